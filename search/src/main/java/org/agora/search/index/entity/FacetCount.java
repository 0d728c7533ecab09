package org.agora.search.index.entity;

/** How many hits have this value in a facet field. */
public record FacetCount(String value, long count) {}
