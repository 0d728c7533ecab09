package org.agora.portal.platform.entity;

/** Fired once at start-up after the database schema is current. */
public record SchemaMigrated(String version) {}
