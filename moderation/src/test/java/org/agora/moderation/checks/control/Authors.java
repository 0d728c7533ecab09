package org.agora.moderation.checks.control;

import java.time.Duration;
import java.util.List;
import org.agora.moderation.checks.entity.Contribution;
import org.agora.moderation.checks.entity.ContributionKind;

/** Named personas for the checks: who writes, at which trust level. */
final class Authors {

    /** Signed up an hour ago: trust level 0. */
    static final long NEW_CUSTOMER = 101;

    /** Known for months: trust level 2. */
    static final long ESTABLISHED_CUSTOMER = 102;

    private Authors() {}

    static Contribution newCustomerPost(String title, String html) {
        return new Contribution(
                ContributionKind.POST, NEW_CUSTOMER, 0, Duration.ofHours(1), "billing", title, html, List.of(), "de");
    }

    static Contribution newCustomerComment(String html) {
        return new Contribution(
                ContributionKind.COMMENT, NEW_CUSTOMER, 0, Duration.ofHours(1), null, "", html, List.of(), "de");
    }

    static Contribution establishedPost(String title, String html) {
        return new Contribution(
                ContributionKind.POST,
                ESTABLISHED_CUSTOMER,
                2,
                Duration.ofDays(200),
                "app",
                title,
                html,
                List.of(),
                "de");
    }

    static Contribution establishedComment(String html, String language) {
        return new Contribution(
                ContributionKind.COMMENT,
                ESTABLISHED_CUSTOMER,
                2,
                Duration.ofDays(200),
                null,
                "",
                html,
                List.of(),
                language);
    }
}
