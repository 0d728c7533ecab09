package org.agora.portal.areas.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A product area as an admin creates or changes it; {@code version} is required for changes. */
public class AreaDraft {

    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "lower-case letters, digits and dashes, at most 64")
    public String slug;

    @NotBlank
    @Size(max = 100)
    public String nameDe;

    @NotBlank
    @Size(max = 100)
    public String nameEn;

    @Size(max = 2000)
    public String descriptionDe;

    @Size(max = 2000)
    public String descriptionEn;

    public int position;

    public Integer version;
}
