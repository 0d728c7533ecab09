package org.agora.moderation.reviews.entity;

/** The author's one appeal: why their held, rejected or hidden contribution should be published. */
public class AppealRequest {

    public String text;
}
