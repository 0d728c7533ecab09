package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.agora.portal.areas.entity.ProductArea;
import org.agora.portal.platform.entity.Problem.FieldError;

/** The checks of a post's fields that need the database (area, stage) or a rule of their own (tags). */
@ApplicationScoped
public class PostFields {

    public static final int TAGS_MAX = 5;
    private static final Pattern TAG = Pattern.compile("[a-z0-9äöüß][a-z0-9äöüß-]{0,31}");

    @PersistenceContext
    EntityManager em;

    /** The id of the area with this slug, or null after adding a field error. */
    Long areaId(String slug, List<FieldError> errors) {
        Long id = em.createNamedQuery(ProductArea.BY_SLUG, ProductArea.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(ProductArea::id)
                .orElse(null);
        if (id == null) {
            errors.add(new FieldError("area", "no such product area"));
        }
        return id;
    }

    void checkStage(String code, List<FieldError> errors) {
        if (code != null
                && em.createNativeQuery("select 1 from journey_stages where code = ?1")
                        .setParameter(1, code)
                        .getResultList()
                        .isEmpty()) {
            errors.add(new FieldError("stage", "no such journey stage"));
        }
    }

    /** Tags in lower case, without duplicates, sorted; a field error for each bad one. */
    static List<String> tags(List<String> given, List<FieldError> errors) {
        if (given == null) {
            return List.of();
        }
        TreeSet<String> tags = new TreeSet<>();
        for (String tag : given) {
            String normal = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(normal).matches()) {
                errors.add(new FieldError(
                        "tags",
                        "'" + abbreviate(tag) + "' is not a tag: 1 to 32 lower-case letters, digits or dashes"));
            } else {
                tags.add(normal);
            }
        }
        if (tags.size() > TAGS_MAX) {
            errors.add(new FieldError("tags", "at most " + TAGS_MAX + " tags"));
        }
        return new ArrayList<>(tags);
    }

    public static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }

    void replaceTags(long postId, List<String> tags) {
        em.createNativeQuery("delete from post_tags where post_id = ?1")
                .setParameter(1, postId)
                .executeUpdate();
        for (String tag : tags) {
            em.createNativeQuery("insert into post_tags (post_id, tag) values (?1, ?2)")
                    .setParameter(1, postId)
                    .setParameter(2, tag)
                    .executeUpdate();
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
