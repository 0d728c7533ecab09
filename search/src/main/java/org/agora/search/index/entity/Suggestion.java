package org.agora.search.index.entity;

/** A title completing what the user is typing. {@code title} is plain text (not HTML). */
public record Suggestion(long id, String title) {}
