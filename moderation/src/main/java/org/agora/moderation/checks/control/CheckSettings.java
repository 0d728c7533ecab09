package org.agora.moderation.checks.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.agora.moderation.checks.entity.Action;
import org.eclipse.microprofile.config.Config;

/**
 * The thresholds of the automatic checks, read from MicroProfile Config ({@code moderation.*}).
 * Every key has the default documented in {@link #defaults()} and in the README.
 *
 * @param maxRawChars {@code moderation.body.max-raw-chars} (60000): longest body as written → block
 * @param maxSanitizedChars {@code moderation.body.max-sanitized-chars} (40000): longest body after
 *     sanitizing → block
 * @param premoderateBelowTrust {@code moderation.premoderation.below-trust} (1): posts of members
 *     below this level are held for review (0 switches pre-moderation off)
 * @param premoderatedAreas {@code moderation.premoderation.areas} ({@code *}): comma-separated area
 *     keys where pre-moderation applies, {@code *} for all, {@code -} for none
 * @param newMemberBelowTrust {@code moderation.links.new-member-below-trust} (1): who counts as new
 *     (for the link limit, and whose links to held domains are held rather than flagged)
 * @param newMemberMaxLinks {@code moderation.links.new-member-max} (2): more links than this from a
 *     new member → hold
 * @param blockedDomains {@code moderation.links.blocked-domains} (none): links to these domains or
 *     their subdomains → block
 * @param heldDomains {@code moderation.links.held-domains} (common URL shorteners, which hide the
 *     target): → hold for new members, flag for others
 * @param watchedWords {@code moderation.watched-words} (none) extra entries {@code action:regex}
 *     separated by newlines or {@code ;;}, added to the built-in German and English list, which
 *     {@code moderation.watched-words.builtin=false} switches off
 * @param duplicateSimilarity {@code moderation.duplicate.similarity} (0.85): similarity to one of
 *     the author's recent texts from which a contribution is a duplicate
 * @param duplicateAction {@code moderation.duplicate.action} ({@code block})
 * @param shoutingMinLetters {@code moderation.shouting.min-letters} (20)
 * @param shoutingRatio {@code moderation.shouting.ratio} (0.7): share of upper-case letters
 * @param shoutingAction {@code moderation.shouting.action} ({@code flag}: 0.7 % of ordinary English
 *     app reviews are written in capitals, many of them praise; shouting harms nobody, so a
 *     moderator looks without hiding it)
 * @param entropyMinChars {@code moderation.entropy.min-chars} (20): shorter texts are not judged
 * @param entropyMinBits {@code moderation.entropy.min-bits} (2.5): character entropy below → junk
 * @param maxRepeatedChars {@code moderation.entropy.max-repeated-chars} (12): longest run of one
 *     character
 * @param entropyAction {@code moderation.entropy.action} ({@code block})
 * @param offensiveFlag {@code moderation.offensive.flag-threshold} ({@link #OFFENSIVE_FLAG}): model
 *     probability from which a text is flagged as possibly offensive (published, reviewed)
 * @param offensiveHold {@code moderation.offensive.hold-threshold} ({@link #OFFENSIVE_HOLD}): from
 *     which it is held; a threshold above 1 switches that action off
 * @param spamFlag {@code moderation.spam.flag-threshold} ({@link #SPAM_FLAG})
 * @param spamHold {@code moderation.spam.hold-threshold} ({@link #SPAM_HOLD})
 * @param spamHoldBelowTrust {@code moderation.spam.hold-below-trust} (2): members from this trust
 *     level on are never held as spam, only flagged — established customers rarely spam, and a
 *     model trained on SMS misjudges some ordinary texts (0.4 % of English app reviews)
 */
public record CheckSettings(
        int maxRawChars,
        int maxSanitizedChars,
        int premoderateBelowTrust,
        Set<String> premoderatedAreas,
        int newMemberBelowTrust,
        int newMemberMaxLinks,
        Set<String> blockedDomains,
        Set<String> heldDomains,
        boolean builtinWatchedWords,
        String watchedWords,
        double duplicateSimilarity,
        Action duplicateAction,
        int shoutingMinLetters,
        double shoutingRatio,
        Action shoutingAction,
        int entropyMinChars,
        double entropyMinBits,
        int maxRepeatedChars,
        Action entropyAction,
        double offensiveFlag,
        double offensiveHold,
        double spamFlag,
        double spamHold,
        int spamHoldBelowTrust) {

    public static final String HELD_DOMAINS =
            "bit.ly,tinyurl.com,goo.gl,t.co,ow.ly,is.gd,buff.ly,rebrand.ly,cutt.ly,shorturl.at";

    /**
     * Probabilities of the shipped models from which a contribution is flagged (stays public, a
     * moderator looks) or held; chosen by cross-validation on training data only, see the
     * classifying package.
     */
    public static final double OFFENSIVE_FLAG = 0.58;

    public static final double OFFENSIVE_HOLD = 0.81;
    public static final double SPAM_FLAG = 0.29;
    public static final double SPAM_HOLD = 0.59;

    public static CheckSettings defaults() {
        return from(key -> Optional.empty());
    }

    public static CheckSettings from(Config config) {
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /** Reads the settings through any lookup (tests pass a map). */
    public static CheckSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Keys> k = prefix -> new Keys(lookup, prefix);
        Keys m = k.apply("moderation.");
        return new CheckSettings(
                m.integer("body.max-raw-chars", 60_000),
                m.integer("body.max-sanitized-chars", 40_000),
                m.integer("premoderation.below-trust", 1),
                m.set("premoderation.areas", "*"),
                m.integer("links.new-member-below-trust", 1),
                m.integer("links.new-member-max", 2),
                m.set("links.blocked-domains", "-"),
                m.set("links.held-domains", HELD_DOMAINS),
                Boolean.parseBoolean(m.string("watched-words.builtin", "true")),
                m.string("watched-words", ""),
                m.decimal("duplicate.similarity", 0.85),
                m.action("duplicate.action", Action.BLOCK),
                m.integer("shouting.min-letters", 20),
                m.decimal("shouting.ratio", 0.7),
                m.action("shouting.action", Action.FLAG),
                m.integer("entropy.min-chars", 20),
                m.decimal("entropy.min-bits", 2.5),
                m.integer("entropy.max-repeated-chars", 12),
                m.action("entropy.action", Action.BLOCK),
                m.decimal("offensive.flag-threshold", OFFENSIVE_FLAG),
                m.decimal("offensive.hold-threshold", OFFENSIVE_HOLD),
                m.decimal("spam.flag-threshold", SPAM_FLAG),
                m.decimal("spam.hold-threshold", SPAM_HOLD),
                m.integer("spam.hold-below-trust", 2));
    }

    /** Pre-moderation applies to this area. */
    public boolean premoderates(String area) {
        return premoderatedAreas.contains("*") || (area != null && premoderatedAreas.contains(area));
    }

    private record Keys(Function<String, Optional<String>> lookup, String prefix) {

        String string(String key, String fallback) {
            return lookup.apply(prefix + key).orElse(fallback);
        }

        int integer(String key, int fallback) {
            return lookup.apply(prefix + key)
                    .map(String::strip)
                    .map(Integer::parseInt)
                    .orElse(fallback);
        }

        double decimal(String key, double fallback) {
            return lookup.apply(prefix + key)
                    .map(String::strip)
                    .map(Double::parseDouble)
                    .orElse(fallback);
        }

        Action action(String key, Action fallback) {
            return lookup.apply(prefix + key).map(Action::parse).orElse(fallback);
        }

        Set<String> set(String key, String fallback) {
            return Arrays.stream(string(key, fallback).split(","))
                    .map(String::strip)
                    .map(s -> s.toLowerCase(java.util.Locale.ROOT))
                    .filter(s -> !s.isEmpty() && !s.equals("-"))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    static List<String> splitEntries(String configured) {
        return Arrays.stream(configured.split("\\R|;;"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
