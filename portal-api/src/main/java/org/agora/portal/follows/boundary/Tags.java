package org.agora.portal.follows.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.agora.portal.follows.control.Followings;
import org.agora.portal.follows.entity.FollowTarget;
import org.agora.portal.follows.entity.Following;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.platform.control.Params;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.posts.control.PostFields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow tags: new posts with the tag and their status changes reach the inbox. */
@Path("tags/{tag}/follow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follows")
@SecurityRequirement(name = "bearer")
public class Tags {

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Followings followings;

    @PUT
    @Operation(summary = "Follow a tag")
    public Following follow(@PathParam("tag") String tag) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        if (!PostFields.isTag(tag)) {
            throw Params.invalid("tag", "1 to 32 lower-case letters, digits or dashes");
        }
        return followings.follow(actor.memberId(), FollowTarget.TAG, tag);
    }

    @DELETE
    @Operation(summary = "Stop following a tag")
    public Following unfollow(@PathParam("tag") String tag) {
        Actor actor = members.actor(caller, Caller.CUSTOMER, Caller.MODERATOR, Caller.PRODUCT_MANAGER, Caller.ADMIN);
        return followings.unfollow(actor.memberId(), FollowTarget.TAG, tag);
    }
}
