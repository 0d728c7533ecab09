package org.agora.moderation.checks.control;

import java.util.List;
import org.agora.moderation.checks.entity.Contribution;
import org.agora.moderation.checks.entity.Finding;

/** One named automatic check. Rules are pure: same submission, same findings. */
public interface Rule {

    /** The name findings carry, e.g. {@code links.new-member}. */
    String name();

    List<Finding> check(Submission submission);

    /**
     * A contribution with what every rule reads, computed once.
     *
     * @param contribution as submitted
     * @param sanitizedHtml the body after the one policy
     * @param plain title and body as a reader sees them, title first
     * @param links the links a reader could follow
     */
    record Submission(Contribution contribution, String sanitizedHtml, String plain, List<String> links) {

        public static Submission of(Contribution contribution, String sanitizedHtml) {
            String body = Text.plain(sanitizedHtml);
            String title = Text.decode(contribution.title().strip());
            String plain = title.isEmpty() ? body : title + "\n" + body;
            return new Submission(contribution, sanitizedHtml, plain, Text.links(sanitizedHtml, plain));
        }
    }
}
