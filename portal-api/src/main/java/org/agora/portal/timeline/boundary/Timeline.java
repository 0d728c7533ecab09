package org.agora.portal.timeline.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.agora.portal.members.control.MemberRegistry;
import org.agora.portal.platform.control.Caller;
import org.agora.portal.timeline.control.Timelines;
import org.agora.portal.timeline.entity.TimelineEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A post's timeline across departments. */
@Path("posts/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class Timeline {

    @Inject
    Caller caller;

    @Inject
    MemberRegistry members;

    @Inject
    Timelines timelines;

    @GET
    @Operation(
            summary = "The post's steps, oldest first: public ones for everyone who may see the post, internal"
                    + " ones (moderation, flags, triage, forwards, deliveries) for staff too")
    public List<TimelineEvent> timeline(@PathParam("id") long postId) {
        return timelines.of(postId, members.readerId(caller), caller.staff());
    }
}
