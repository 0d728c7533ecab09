package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.moderation.reviews.control.Reviews;
import org.agora.moderation.reviews.entity.AuthorNote;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.areas.entity.ProductArea;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.members.entity.Member;
import org.agora.portal.platform.control.Failures.InvalidInput;
import org.agora.portal.platform.control.Rows;
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
    /** Totals of reader-independent listings are shared for this long: a count is the costliest part. */
    private static final Duration TOTAL_TTL = Duration.ofSeconds(5);

    private static final String LISTED =
            " where p.state = 'PUBLISHED' and p.merged_into_id is null and p.deleted_at is null";

    @PersistenceContext
    EntityManager em;

    @Inject
    Reviews reviews;

    @Inject
    MemberRegistry members;

    @Inject
    Clock clock;

    private final Map<String, Total> totals = new ConcurrentHashMap<>();

    private record Total(long count, Instant at) {}

    /**
     * Filters of a listing; null means "any". {@code votedBy} and {@code followedBy} are member
     * ids (the reader's own, checked by the boundary).
     */
    public record Filter(
            Kind kind,
            String area,
            String status,
            String tag,
            String stage,
            Long authorId,
            Long votedBy,
            Long followedBy) {

        boolean personal() {
            return votedBy != null || followedBy != null;
        }
    }

    /**
     * The post, if this reader may see it: published posts for everyone, other states for their
     * author and for staff only (to everyone else they do not exist).
     */
    public PostView find(long id, Long readerId, boolean staff) {
        Post post = em.find(Post.class, id);
        if (post == null || !post.visibleTo(readerId == null ? -1 : readerId, staff)) {
            throw new PostNotFound(id);
        }
        return views(List.of(post), readerId).get(0);
    }

    /** The entity, if this reader may see it; for controls that act on it. */
    public Post visible(long id, long readerId, boolean staff) {
        Post post = em.find(Post.class, id);
        if (post == null || !post.visibleTo(readerId, staff)) {
            throw new PostNotFound(id);
        }
        return post;
    }

    public PostPage list(Filter filter, Sort sort, int limit, String cursor, Long readerId) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(LISTED);
        if (filter.kind() != null) {
            where.append(" and p.kind = ?").append(bind(params, filter.kind().name()));
        }
        if (filter.area() != null) {
            where.append(" and p.area_id = (select a.id from product_areas a where a.slug = ?")
                    .append(bind(params, filter.area()))
                    .append(")");
        }
        if (filter.status() != null) {
            where.append(" and p.status = ?").append(bind(params, filter.status()));
        }
        if (filter.stage() != null) {
            where.append(" and p.stage = ?").append(bind(params, filter.stage()));
        }
        if (filter.authorId() != null) {
            where.append(" and p.author_id = ?").append(bind(params, filter.authorId()));
        }
        if (filter.tag() != null) {
            where.append(" and exists (select 1 from post_tags t where t.post_id = p.id and t.tag = ?")
                    .append(bind(params, filter.tag()))
                    .append(")");
        }
        if (filter.votedBy() != null) {
            where.append(" and exists (select 1 from votes v where v.post_id = p.id and v.member_id = ?")
                    .append(bind(params, filter.votedBy()))
                    .append(")");
        }
        if (filter.followedBy() != null) {
            int member = bind(params, filter.followedBy());
            where.append(" and exists (select 1 from follows f where f.member_id = ?")
                    .append(member)
                    .append(" and ((f.target_type = 'POST' and f.target = p.id::text)")
                    .append(
                            " or (f.target_type = 'AREA' and f.target = (select a.slug from product_areas a where a.id = p.area_id))")
                    .append(
                            " or (f.target_type = 'TAG' and f.target in (select t.tag from post_tags t where t.post_id = p.id))))");
        }
        long total = total(where.toString(), params, !filter.personal());

        Cursor after = cursor == null ? null : Cursor.decode(cursor, sort);
        String key = "p." + sort.column;
        if (after != null) {
            int value = bind(params, after.value());
            int id = bind(params, after.id());
            where.append(" and (")
                    .append(key)
                    .append(" < ?")
                    .append(value)
                    .append(" or (")
                    .append(key)
                    .append(" = ?")
                    .append(value)
                    .append(" and p.id < ?")
                    .append(id)
                    .append("))");
        }
        int limitParam = bind(params, limit + 1);
        Query query = em.createNativeQuery(
                "select p.id from posts p" + where + " order by " + key + " desc, p.id desc limit ?" + limitParam);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Long> ids = Rows.ids(query.getResultList());
        boolean more = ids.size() > limit;
        List<Post> posts = load(more ? ids.subList(0, limit) : ids);
        String next = more && !posts.isEmpty()
                ? Cursor.of(posts.get(posts.size() - 1), sort).encode()
                : null;
        return new PostPage(views(posts, readerId), total, next);
    }

    /** Ids of the member's own posts in every state except deleted, newest first. */
    public List<Long> authoredBy(long memberId, int limit) {
        return Rows.ids(em.createNativeQuery(
                        "select id from posts where author_id = ?1 and deleted_at is null order by id desc limit ?2")
                .setParameter(1, memberId)
                .setParameter(2, limit)
                .getResultList());
    }

    /** Posts by id, in the order of the ids. */
    public List<Post> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Post> byId = em.createQuery("select p from Post p where p.id in :ids", Post.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Post::id, Function.identity()));
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    private long total(String where, List<Object> params, boolean shared) {
        String key = where + params;
        Instant now = clock.instant();
        Total cached = shared ? totals.get(key) : null;
        if (cached != null && cached.at().plus(TOTAL_TTL).isAfter(now)) {
            return cached.count();
        }
        Query count = em.createNativeQuery("select count(*) from posts p" + where);
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
        }
        long value = ((Number) count.getSingleResult()).longValue();
        if (shared) {
            if (totals.size() > 10_000) {
                totals.clear();
            }
            totals.put(key, new Total(value, now));
        }
        return value;
    }

    private static int bind(List<Object> params, Object value) {
        params.add(value instanceof Instant instant ? Timestamp.from(instant) : value);
        return params.size();
    }

    public List<PostView> views(List<Post> posts, Long readerId) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = posts.stream().map(Post::id).collect(Collectors.toSet());
        Map<Long, String> authors =
                members.displayNames(posts.stream().map(Post::authorId).collect(Collectors.toSet()));
        Map<Long, String> areas = areaSlugs(posts.stream().allMatch(p -> areaSlugs.containsKey(p.areaId())));
        Map<Long, List<String>> tags = tagsOf(ids);
        Set<Long> voted = readerId == null
                ? Set.of()
                : postIds("select post_id from votes where member_id = ?1 and post_id = any(?2)", readerId, ids);
        Set<Long> followed = readerId == null
                ? Set.of()
                : postIds(
                        "select target::bigint from follows where member_id = ?1 and target_type = 'POST'"
                                + " and target = any(cast(?2 as text[]))",
                        readerId,
                        ids.stream().map(String::valueOf).toList());
        Map<Long, AuthorNote> notes = notes(posts, readerId);
        return posts.stream()
                .map(p -> new PostView(
                        p.id(),
                        p.kind().name(),
                        p.title(),
                        p.bodyHtml(),
                        p.language(),
                        areas.get(p.areaId()),
                        p.stage(),
                        tags.getOrDefault(p.id(), List.of()),
                        p.status(),
                        p.state().name(),
                        new PostView.Author(
                                p.authorId(), authors.getOrDefault(p.authorId(), MemberRegistry.FORMER_MEMBER)),
                        p.voteCount(),
                        p.commentCount(),
                        readerId == null ? null : voted.contains(p.id()),
                        readerId == null ? null : followed.contains(p.id()),
                        p.mergedIntoId(),
                        p.deletedAt() != null,
                        p.createdAt(),
                        p.updatedAt(),
                        p.editedAt(),
                        p.version(),
                        null,
                        null,
                        null))
                .map(view -> note(view, notes))
                .toList();
    }

    private static PostView note(PostView view, Map<Long, AuthorNote> notes) {
        AuthorNote note = notes.get(view.id());
        return note == null ? view : view.withModeration(note);
    }

    /** What moderation tells the reader about their own posts (staff: about any), in their language. */
    private Map<Long, AuthorNote> notes(List<Post> posts, Long readerId) {
        if (readerId == null) {
            return Map.of();
        }
        List<Long> own = posts.stream()
                .filter(p -> p.authorId().equals(readerId)
                        || p.state() != Visibility.PUBLISHED) // others' unpublished posts reach staff only
                .map(Post::id)
                .toList();
        if (own.isEmpty()) {
            return Map.of();
        }
        Locale locale = members.find(readerId).map(Member::language).orElse(Locale.ENGLISH);
        return reviews.notes(TargetType.POST, own, locale);
    }

    private volatile Map<Long, String> areaSlugs = Map.of();
    private volatile Instant areaSlugsRead = Instant.EPOCH;

    /** Area slugs by id, read at most every few seconds: areas change rarely, every listing names them. */
    private Map<Long, String> areaSlugs(boolean complete) {
        Instant now = clock.instant();
        if (!complete || now.isAfter(areaSlugsRead.plus(TOTAL_TTL))) {
            areaSlugs = em.createNamedQuery(ProductArea.ALL, ProductArea.class)
                    .getResultStream()
                    .collect(Collectors.toMap(ProductArea::id, ProductArea::slug));
            areaSlugsRead = now;
        }
        return areaSlugs;
    }

    public Map<Long, List<String>> tagsOf(Collection<Long> postIds) {
        Map<Long, List<String>> tags = new TreeMap<>();
        em.createNativeQuery("select post_id, tag from post_tags where post_id = any(?1) order by tag")
                .setParameter(1, postIds.toArray(Long[]::new))
                .getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    tags.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                            .add((String) r[1]);
                });
        return tags;
    }

    private Set<Long> postIds(String sql, long memberId, Collection<?> ids) {
        Object array = ids.iterator().next() instanceof String ? ids.toArray(String[]::new) : ids.toArray(Long[]::new);
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, memberId)
                .setParameter(2, array)
                .getResultList();
        Set<Long> found = new HashSet<>();
        rows.forEach(r -> found.add(((Number) r).longValue()));
        return found;
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
                        case TRENDING -> last.trending();
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
                            case TRENDING -> Double.parseDouble(parts[0]);
                        };
                return new Cursor(value, Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidInput(
                        "The cursor does not belong to this listing.", List.of(new FieldError("cursor", "invalid")));
            }
        }
    }
}
