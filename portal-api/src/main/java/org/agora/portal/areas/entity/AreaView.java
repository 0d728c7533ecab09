package org.agora.portal.areas.entity;

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
