package org.agora.portal.moderating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agora.moderation.checks.control.Text;
import org.agora.moderation.teams.control.Ideas;
import org.agora.moderation.teams.entity.Idea;
import org.agora.moderation.teams.entity.Staff;
import org.agora.portal.changes.control.ChangeLog;
import org.agora.portal.changes.entity.ChangeKind;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.PostNotFound;
import org.agora.portal.posts.control.Revisions;
import org.agora.portal.posts.entity.Post;
import org.agora.portal.posts.entity.PostEdit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Answers what teams, triage and delivery ask of the portal (see {@link Ideas}). */
@ApplicationScoped
public class TriageIdeas implements Ideas {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    ChangeLog changes;

    @Inject
    Revisions revisions;

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public Staff caller() {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return new Staff(actor.memberId(), actor.has(Caller.PRODUCT_MANAGER), actor.has(Caller.ADMIN));
    }

    @Override
    public Optional<String> productManager(long memberId) {
        return members.find(memberId)
                .filter(m -> m.roles().contains(Caller.PRODUCT_MANAGER))
                .map(m -> m.displayName());
    }

    @Override
    public Optional<Long> areaId(String slug) {
        List<?> rows = em.createNativeQuery("select id from product_areas where slug = ?1")
                .setParameter(1, slug)
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    @Override
    public Map<Long, String> areaSlugs() {
        List<?> rows =
                em.createNativeQuery("select id, slug from product_areas").getResultList();
        return rows.stream().map(Object[].class::cast).collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r ->
                (String) r[1]));
    }

    @Override
    public Optional<Idea> idea(long postId) {
        return Optional.ofNullable(em.find(Post.class, postId))
                .filter(p -> p.deletedAt() == null && p.mergedIntoId() == null)
                .map(p -> new Idea(
                        p.id(),
                        p.kind().name(),
                        p.state().name(),
                        p.status(),
                        p.title(),
                        Text.plain(p.bodyHtml()),
                        publicUrl + "/posts/" + p.id(),
                        p.areaId(),
                        p.voteCount()));
    }

    @Override
    public void forwarded(long postId, long actorId) {
        changes.record(ChangeKind.POST_FORWARDED, postId, null, actorId);
    }

    @Override
    public void respond(long postId, String status, String response) {
        Post post = Optional.ofNullable(em.find(Post.class, postId)).orElseThrow(() -> new PostNotFound(postId));
        PostEdit edit = new PostEdit();
        edit.version = post.version();
        edit.status = status;
        edit.response = response;
        revisions.revise(members.actor(caller, Caller.PRODUCT_MANAGER, Caller.ADMIN), postId, edit);
    }

    @Override
    public String applyStatus(long postId, String status) {
        return revisions.applyExternalStatus(postId, status);
    }
}
