package org.agora.portal.areas.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.agora.moderation.reviews.control.AuditLog;
import org.agora.moderation.reviews.entity.TargetType;
import org.agora.portal.areas.entity.AreaDraft;
import org.agora.portal.areas.entity.AreaView;
import org.agora.portal.areas.entity.ProductArea;
import org.agora.portal.follows.control.Followings;
import org.agora.portal.follows.entity.FollowTarget;
import org.agora.portal.follows.entity.Following;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Failures.Conflict;
import org.agora.portal.platform.control.Failures.StaleVersion;
import org.agora.portal.platform.control.Inputs;
import org.agora.portal.platform.control.Params;
import org.agora.portal.platform.control.ProblemException;
import org.agora.portal.platform.entity.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The product areas; public, like everything a reader browses. */
@Path("areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Areas")
public class Areas {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Followings followings;

    @Inject
    Inputs inputs;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "All product areas in their order")
    public List<AreaView> areas() {
        return em.createNamedQuery(ProductArea.ALL, ProductArea.class)
                .getResultStream()
                .map(AreaView::of)
                .toList();
    }

    @PUT
    @Path("{slug}/follow")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Follow a product area: its new posts and status changes reach the inbox")
    public Following follow(@PathParam("slug") String slug) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        if (em.createNamedQuery(ProductArea.BY_SLUG, ProductArea.class)
                .setParameter("slug", slug)
                .getResultList()
                .isEmpty()) {
            throw new AreaNotFound(slug);
        }
        return followings.follow(actor.memberId(), FollowTarget.AREA, slug);
    }

    @DELETE
    @Path("{slug}/follow")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Stop following a product area")
    public Following unfollow(@PathParam("slug") String slug) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return followings.unfollow(actor.memberId(), FollowTarget.AREA, slug);
    }

    static final class AreaNotFound extends ProblemException {
        AreaNotFound(String slug) {
            super(404, "area-not-found", "Area not found", "There is no product area " + slug + ".");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a product area (admin)")
    public Response create(AreaDraft draft, @Context UriInfo uri) {
        Actor admin = members.actor(caller, Caller.ADMIN);
        AreaDraft valid = inputs.valid(draft);
        if (valid.slug == null) {
            throw Params.invalid("slug", "required");
        }
        if (!em.createNamedQuery(ProductArea.BY_SLUG, ProductArea.class)
                .setParameter("slug", valid.slug)
                .getResultList()
                .isEmpty()) {
            throw new Conflict("area-exists", "Area exists", "There is already an area " + valid.slug + ".");
        }
        ProductArea area = new ProductArea(valid.slug, valid);
        em.persist(area);
        em.flush();
        audit.record(
                admin.memberId(),
                "AREA_CREATED",
                TargetType.AREA,
                area.id(),
                null,
                null,
                null,
                AreaView.of(area).json(),
                Map.of("slug", area.slug()),
                clock.instant());
        return Response.created(uri.getAbsolutePathBuilder().path(valid.slug).build())
                .entity(AreaView.of(area))
                .build();
    }

    @PATCH
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change an area's names, descriptions and position (admin); 409 when the version is stale")
    public AreaView change(@PathParam("slug") String slug, AreaDraft draft) {
        Actor admin = members.actor(caller, Caller.ADMIN);
        AreaDraft valid = inputs.valid(draft);
        ProductArea area = em.createNamedQuery(ProductArea.BY_SLUG, ProductArea.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new AreaNotFound(slug));
        if (valid.version == null || valid.version != area.version()) {
            throw new StaleVersion();
        }
        String before = AreaView.of(area).json();
        area.change(valid);
        em.flush();
        audit.record(
                admin.memberId(),
                "AREA_CHANGED",
                TargetType.AREA,
                area.id(),
                null,
                null,
                before,
                AreaView.of(area).json(),
                Map.of("slug", area.slug()),
                clock.instant());
        return AreaView.of(area);
    }
}
