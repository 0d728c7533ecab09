package org.agora.portal.areas.entity;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** An area as the API shows it, in both languages. */
public record AreaView(
        long id,
        String slug,
        String nameDe,
        String nameEn,
        String descriptionDe,
        String descriptionEn,
        int position,
        int version) {

    /** The area's names, descriptions and position as a small JSON object (the audit log's before and after). */
    public String json() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("slug", slug)
                .add("nameDe", nameDe)
                .add("nameEn", nameEn)
                .add("position", position);
        if (descriptionDe != null) {
            json.add("descriptionDe", descriptionDe);
        }
        if (descriptionEn != null) {
            json.add("descriptionEn", descriptionEn);
        }
        return json.build().toString();
    }

    public static AreaView of(ProductArea area) {
        return new AreaView(
                area.id(),
                area.slug(),
                area.name("de"),
                area.name("en"),
                area.description("de"),
                area.description("en"),
                area.position(),
                area.version());
    }
}
