package org.agora.moderation.delivery.entity;

/** How an attempt ended. */
public record Outcome(boolean delivered, Integer statusCode, String error, String externalRef, String externalUrl) {

    public static Outcome delivered(Integer statusCode) {
        return new Outcome(true, statusCode, null, null, null);
    }

    public static Outcome failed(Integer statusCode, String error) {
        return new Outcome(false, statusCode, error, null, null);
    }
}
