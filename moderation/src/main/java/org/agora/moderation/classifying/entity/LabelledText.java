package org.agora.moderation.classifying.entity;

/** A text with its label: {@code positive} is the class a classifier looks for (offensive, spam). */
public record LabelledText(String text, boolean positive) {}
