package org.agora.portal.members.entity;

/** A member's segment and vote weight. */
public record SegmentView(long member, String segment, double weight) {}
