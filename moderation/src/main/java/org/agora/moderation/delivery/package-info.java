/**
 * Forwarding ideas to their product team and delivering them through a transactional outbox: the
 * forward writes one delivery row per channel of the team in its own transaction; a worker
 * ({@link org.agora.moderation.delivery.control.Deliveries#deliverDue()}, run by portal-api's
 * background work) claims due rows with {@code for update skip locked} and a lease, sends them
 * (a Standard Webhooks-signed webhook, an e-mail, a Jira create-issue call) with the row's
 * idempotency key, records each attempt, and retries failures with exponential backoff and full
 * jitter until a maximum age makes them dead, for admins to retry. A team's tool reports statuses
 * and links back through a signed inbound hook ({@link org.agora.moderation.delivery.control.InboundSync}).
 */
package org.agora.moderation.delivery;
