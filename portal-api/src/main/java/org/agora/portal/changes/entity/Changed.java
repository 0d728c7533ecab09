package org.agora.portal.changes.entity;

/**
 * Fired in the transaction that wrote a change; observed after success only to wake consumers
 * early. Consumers never rely on it: they also poll the durable log.
 */
public record Changed(ChangeKind kind) {}
