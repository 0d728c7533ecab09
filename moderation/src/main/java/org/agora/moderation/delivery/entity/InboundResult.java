package org.agora.moderation.delivery.entity;

/**
 * What an inbound call did: {@code outcome} is {@code applied}, {@code unchanged}, {@code unmapped}
 * or why the status was not applied; a replay of the same webhook-id answers the first call's
 * result with {@code duplicate}.
 */
public record InboundResult(String webhookId, Long postId, String outcome, boolean duplicate) {}
