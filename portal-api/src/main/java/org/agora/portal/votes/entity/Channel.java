package org.agora.portal.votes.entity;

/** Where a customer asked for something when staff vote on their behalf. */
public enum Channel {
    SUPPORT,
    SALES,
    PHONE,
    EMAIL,
    EVENT,
    OTHER
}
