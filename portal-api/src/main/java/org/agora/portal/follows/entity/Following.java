package org.agora.portal.follows.entity;

/** Whether the caller follows the target, as answered by PUT and DELETE. */
public record Following(String type, String target, boolean following) {}
