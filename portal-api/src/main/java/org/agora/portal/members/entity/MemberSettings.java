package org.agora.portal.members.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member changes about themselves. {@code version} is the version they last read; a stale
 * one is refused with 409 instead of overwriting a newer change.
 */
public record MemberSettings(
        @NotBlank @Size(max = Member.DISPLAY_NAME_MAX) String displayName,
        @Pattern(regexp = "de|en", message = "must be de or en") String locale,
        @NotNull Integer version) {}
