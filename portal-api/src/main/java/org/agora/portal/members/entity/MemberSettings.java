package org.agora.portal.members.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member changes about themselves. {@code version} is the version they last read; a stale
 * one is refused with 409 instead of overwriting a newer change.
 *
 * <p>A class with annotated fields, not a record: Payara's OpenAPI generator fails on Bean
 * Validation annotations that a record copies onto its constructor parameters.
 */
public class MemberSettings {

    @NotBlank
    @Size(max = Member.DISPLAY_NAME_MAX)
    public String displayName;

    @Pattern(regexp = "de|en", message = "must be de or en")
    public String locale;

    /** NONE, INSTANT or DAILY (a digest once a day); left out: unchanged. */
    @Pattern(regexp = "NONE|INSTANT|DAILY", message = "must be NONE, INSTANT or DAILY")
    public String emailMode;

    @NotNull
    public Integer version;

    public MemberSettings() {}

    public MemberSettings(String displayName, String locale, Integer version) {
        this.displayName = displayName;
        this.locale = locale;
        this.version = version;
    }
}
