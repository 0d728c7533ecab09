package org.agora.moderation.triage.entity;

/**
 * One action on an idea in triage, with the triage {@code version} read: {@code ACCEPT} (into
 * review; an idea not yet in triage enters at version 0), {@code DECLINE} (with a public
 * {@code response}), {@code STATUS} (a {@code status} of the post's workflow and a public
 * {@code response}), {@code ASSIGN} (an {@code owner}: a product manager of the team) or
 * {@code NOTE} (an internal {@code note}, staff-only).
 */
public class TriageAction {

    public String action;

    public Integer version;

    public String status;

    public String response;

    public Long owner;

    public String note;
}
