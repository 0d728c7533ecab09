package org.agora.portal.platform.entity;

import java.util.List;

/**
 * The one error shape, RFC 9457 {@code application/problem+json}. {@code errors} lists field
 * errors of a rejected request; null members are left out of the JSON.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}
}
