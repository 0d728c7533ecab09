package org.agora.portal.areas.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.portal.areas.entity.AreaView;
import org.agora.portal.areas.entity.ProductArea;
import org.agora.portal.follows.control.Followings;
import org.agora.portal.follows.entity.FollowTarget;
import org.agora.portal.follows.entity.Following;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Caller;
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
}
