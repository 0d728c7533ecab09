package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.portal.areas.entity.ProductArea;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.entity.Problem.FieldError;
import org.agora.portal.posts.entity.Kind;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.PostPage;
import org.agora.portal.posts.entity.PostView;
import org.agora.portal.posts.entity.Sort;
import org.agora.portal.posts.entity.Visibility;

/** Reads posts as a given reader may see them: one post, or a filtered, keyset-paginated listing. */
@ApplicationScoped
public class PostCatalog {

    public static final int PAGE_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberRegistry members;

    /** Filters of a listing; null means "any". */
    public record Filter(Kind kind, String area, String status) {}

    /**
     * The post, if this reader may see it: published posts for everyone, other states for their
     * author and for staff only (to everyone else they do not exist).
     */
    public PostView find(long id, Long readerId, boolean staff) {
        Post post = em.find(Post.class, id);
        if (post == null || !post.publishedOrVisibleTo(readerId == null ? -1 : readerId, staff)) {
            throw new PostNotFound(id);
        }
        return views(List.of(post), readerId).get(0);
    }

    public PostPage list(Filter filter, Sort sort, int limit, String cursor, Long readerId) {
        Long areaId = null;
        if (filter.area() != null) {
            areaId = em.createNamedQuery(ProductArea.BY_SLUG, ProductArea.class)
                    .setParameter("slug", filter.area())
                    .getResultStream()
                    .findFirst()
                    .map(ProductArea::id)
                    .orElse(-1L);
        }
        StringBuilder where = new StringBuilder(" where p.state = :published");
        if (filter.kind() != null) {
            where.append(" and p.kind = :kind");
        }
        if (areaId != null) {
            where.append(" and p.areaId = :areaId");
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
        }
        long total = bind(em.createQuery("select count(p) from Post p" + where, Long.class), filter, areaId)
                .getSingleResult();

        Cursor after = cursor == null ? null : Cursor.decode(cursor, sort);
        String key = "p." + sort.attribute;
        String keyset =
                after == null ? "" : " and (" + key + " < :after or (" + key + " = :after and p.id < :afterId))";
        TypedQuery<Post> query = bind(
                        em.createQuery(
                                "select p from Post p" + where + keyset + " order by " + key + " desc, p.id desc",
                                Post.class),
                        filter,
                        areaId)
                .setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("after", after.value()).setParameter("afterId", after.id());
        }
        List<Post> posts = query.getResultList();
        String next = null;
        if (posts.size() > limit) {
            posts = posts.subList(0, limit);
            next = Cursor.of(posts.get(limit - 1), sort).encode();
        }
        return new PostPage(views(posts, readerId), total, next);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter filter, Long areaId) {
        query.setParameter("published", Visibility.PUBLISHED);
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (areaId != null) {
            query.setParameter("areaId", areaId);
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        return query;
    }

    List<PostView> views(List<Post> posts, Long readerId) {
        Set<Long> ids = posts.stream().map(Post::id).collect(Collectors.toSet());
        Map<Long, String> authors =
                members.displayNames(posts.stream().map(Post::authorId).collect(Collectors.toSet()));
        Map<Long, String> areas = em.createNamedQuery(ProductArea.ALL, ProductArea.class)
                .getResultStream()
                .collect(Collectors.toMap(ProductArea::id, ProductArea::slug));
        Set<Long> voted = readerId == null ? Set.of() : votedBy(readerId, ids);
        return posts.stream()
                .map(p -> new PostView(
                        p.id(),
                        p.kind().name(),
                        p.title(),
                        p.bodyHtml(),
                        p.language(),
                        areas.get(p.areaId()),
                        p.stage(),
                        p.status(),
                        p.state().name(),
                        new PostView.Author(p.authorId(), authors.getOrDefault(p.authorId(), "former member")),
                        p.voteCount(),
                        p.commentCount(),
                        readerId == null ? null : voted.contains(p.id()),
                        p.createdAt(),
                        p.updatedAt(),
                        p.version()))
                .toList();
    }

    private Set<Long> votedBy(long memberId, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("select post_id from votes where member_id = ?1 and post_id = any(?2)")
                .setParameter(1, memberId)
                .setParameter(2, postIds.toArray(Long[]::new))
                .getResultList();
        Set<Long> voted = new HashSet<>();
        rows.forEach(r -> voted.add(((Number) r).longValue()));
        return voted;
    }

    /** Where the previous page ended: the sort value and id of its last post, opaque to clients. */
    record Cursor(Object value, long id) {

        static Cursor of(Post last, Sort sort) {
            Object value =
                    switch (sort) {
                        case NEW -> last.createdAt();
                        case UPDATED -> last.updatedAt();
                        case TOP -> last.voteCount();
                        case DISCUSSED -> last.commentCount();
                    };
            return new Cursor(value, last.id());
        }

        String encode() {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((value + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor, Sort sort) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("two parts expected");
                }
                Object value =
                        switch (sort) {
                            case NEW, UPDATED -> Instant.parse(parts[0]);
                            case TOP, DISCUSSED -> Integer.parseInt(parts[0]);
                        };
                return new Cursor(value, Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInput(
                        "The cursor does not belong to this listing.", List.of(new FieldError("cursor", "invalid")));
            }
        }
    }
}
