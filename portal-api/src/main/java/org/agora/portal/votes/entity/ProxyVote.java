package org.agora.portal.votes.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A vote staff cast for a customer: through which channel the customer asked, and a note. */
public class ProxyVote {

    @NotNull
    @Pattern(
            regexp = "SUPPORT|SALES|PHONE|EMAIL|EVENT|OTHER",
            message = "must be SUPPORT, SALES, PHONE, EMAIL, EVENT or OTHER")
    public String channel;

    @Size(max = 500)
    public String note;
}
