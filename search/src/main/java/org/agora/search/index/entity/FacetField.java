package org.agora.search.index.entity;

/** The fields a search can filter on and count by. */
public enum FacetField {
    KIND("kind"),
    STATUS("status"),
    AREA("area"),
    TAG("tag"),
    STAGE("stage"),
    LANGUAGE("language");

    private final String field;

    FacetField(String field) {
        this.field = field;
    }

    /** The index field's name (also the name the REST API should use). */
    public String field() {
        return field;
    }
}
