package org.agora.portal.members.entity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A member's customer segment and the weight of their votes in idea scores (1 when left out);
 * {@code segment} null or empty removes the member from their segment (weight 1 again).
 */
public class SegmentRequest {

    @Size(max = 64)
    @Pattern(regexp = "[\\p{L}\\p{N} ._&-]*", message = "letters, digits, spaces and . _ & -")
    public String segment;

    @Positive
    @DecimalMax("100")
    public Double weight;
}
