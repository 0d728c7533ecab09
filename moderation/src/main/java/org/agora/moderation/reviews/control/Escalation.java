package org.agora.moderation.reviews.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a sanction lasts (after Discourse's silence and suspend): the first 24 h, the second
 * 72 h, the third 7 days, every later one 30 days — counted over all of the member's earlier
 * sanctions, silences and suspensions alike, lifted ones included (a lift shortens a sanction, it
 * does not erase it). A moderator may choose the duration instead, from 1 hour to 365 days.
 */
public final class Escalation {

    public static final List<Duration> STEPS =
            List.of(Duration.ofHours(24), Duration.ofHours(72), Duration.ofDays(7), Duration.ofDays(30));
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(365);

    private static final Pattern SHORT = Pattern.compile("(\\d{1,4})\\s*([hd])");

    private Escalation() {}

    /** The duration of a member's next sanction after {@code earlier} sanctions. */
    public static Duration after(long earlier) {
        if (earlier < 0) {
            throw new IllegalArgumentException("earlier sanctions: " + earlier);
        }
        return STEPS.get((int) Math.min(earlier, STEPS.size() - 1));
    }

    /**
     * A duration as a moderator writes it: {@code 24h}, {@code 7d}, or ISO-8601 ({@code PT24H},
     * {@code P7D}); empty when it is not one, or outside 1 hour to 365 days.
     */
    public static Optional<Duration> parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher shorthand = SHORT.matcher(value);
        if (shorthand.matches()) {
            long amount = Long.parseLong(shorthand.group(1));
            duration = shorthand.group(2).equals("h") ? Duration.ofHours(amount) : Duration.ofDays(amount);
        } else {
            try {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0
                ? Optional.empty()
                : Optional.of(duration);
    }
}
