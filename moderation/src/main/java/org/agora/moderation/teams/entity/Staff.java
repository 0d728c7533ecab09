package org.agora.moderation.teams.entity;

/** The signed-in caller as teams and triage see them. */
public record Staff(long memberId, boolean managesProducts, boolean administers) {}
