package org.agora.portal.follows.entity;

/** What can be followed. */
public enum FollowTarget {
    POST,
    AREA,
    TAG
}
