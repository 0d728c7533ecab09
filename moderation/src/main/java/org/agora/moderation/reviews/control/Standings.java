package org.agora.moderation.reviews.control;

import java.util.Optional;
import org.agora.moderation.reviews.entity.Contributions;
import org.agora.moderation.reviews.entity.Standing;

/**
 * What sanctions and member review items need to know about members, implemented by portal-api
 * (like {@link Community}, so that moderation never imports portal-api).
 */
public interface Standings {

    /** The member's standing; empty when there is no such member. */
    Optional<Standing> standing(long memberId);

    /** What the member wrote, summed up, with the latest {@code recent} contributions. */
    Contributions contributions(long memberId, int recent);
}
