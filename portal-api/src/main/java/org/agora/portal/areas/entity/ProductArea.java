package org.agora.portal.areas.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "product_areas")
@NamedQuery(name = ProductArea.ALL, query = "select a from ProductArea a order by a.position, a.slug")
@NamedQuery(name = ProductArea.BY_SLUG, query = "select a from ProductArea a where a.slug = :slug")
public class ProductArea {

    public static final String ALL = "ProductArea.all";
    public static final String BY_SLUG = "ProductArea.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "name_de", nullable = false)
    private String nameDe;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_de")
    private String descriptionDe;

    @Column(name = "description_en")
    private String descriptionEn;

    private int position;

    @Version
    private int version;

    protected ProductArea() {}

    public ProductArea(String slug, AreaDraft draft) {
        this.slug = slug;
        change(draft);
    }

    /** Takes names, descriptions and position; the slug stays, as links and follows use it. */
    public void change(AreaDraft draft) {
        nameDe = draft.nameDe.strip();
        nameEn = draft.nameEn.strip();
        descriptionDe = draft.descriptionDe;
        descriptionEn = draft.descriptionEn;
        position = draft.position;
    }

    public int version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name(String language) {
        return "de".equals(language) ? nameDe : nameEn;
    }

    public String description(String language) {
        return "de".equals(language) ? descriptionDe : descriptionEn;
    }

    public int position() {
        return position;
    }
}
