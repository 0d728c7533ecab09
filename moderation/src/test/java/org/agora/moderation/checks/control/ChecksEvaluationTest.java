package org.agora.moderation.checks.control;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Contribution;
import org.agora.moderation.checks.entity.ContributionKind;
import org.agora.moderation.checks.entity.Finding;
import org.agora.moderation.checks.entity.Verdict;
import org.agora.moderation.classifying.control.Corpora;
import org.junit.jupiter.api.Test;

/**
 * All checks with their defaults on ordinary customer texts that nobody on the project wrote —
 * German posts about public transport (MobASA) and English app-store reviews — as comments of an
 * established member (trust 2, so pre-moderation and the new-member link limit stay out of it):
 * how many would be held or refused, by which rule, and how fast. These texts are not labelled;
 * some are really offensive or junk, so the shares are upper bounds of the false holds.
 *
 * <p>Fails on a crash, or when the held-or-refused share rises more than 1 point above the
 * measured one (German 0.4 %: 16 offensive holds; English 0.03 %: 3 refusals of one word
 * repeated, e.g. "love love love …"; 2026-11-24). The German tweets carry Twitter's t.co links,
 * which the held-domains rule flags (about a third of them): a portal post rarely has one.
 */
class ChecksEvaluationTest {

    static final double GERMAN_HELD_OR_BLOCKED = 0.4;
    static final double ENGLISH_HELD_OR_BLOCKED = 0.03;

    private final Checks checks = Checks.withDefaults();

    @Test
    void ordinaryCustomerTextsAreRarelyHeld() throws IOException {
        Path data = Corpora.folder();
        List<String> german = Corpora.germanCustomerPosts(data);
        List<String> english = Corpora.englishCustomerReviews(data);
        assumeTrue(!german.isEmpty() && !english.isEmpty(), "no evaluation data at " + data);
        double germanShare = run("German customer posts (MobASA)", german, "de");
        double englishShare = run("English app reviews", english, "en");
        assertTrue(germanShare <= GERMAN_HELD_OR_BLOCKED + 1, "German held or refused " + germanShare + " %");
        assertTrue(englishShare <= ENGLISH_HELD_OR_BLOCKED + 1, "English held or refused " + englishShare + " %");
    }

    private double run(String name, List<String> texts, String language) {
        Map<Action, Integer> actions = new EnumMap<>(Action.class);
        Map<String, Integer> rules = new TreeMap<>();
        Map<String, List<String>> examples = new TreeMap<>();
        long start = System.nanoTime();
        for (String text : texts) {
            Contribution c = new Contribution(
                    ContributionKind.COMMENT,
                    5,
                    2,
                    Duration.ofDays(100),
                    null,
                    "",
                    "<p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p>",
                    List.of(),
                    language);
            Verdict v = checks.check(c);
            actions.merge(v.action(), 1, Integer::sum);
            for (Finding f : v.findings()) {
                String key = f.rule() + " " + f.action().name().toLowerCase(Locale.ROOT);
                rules.merge(key, 1, Integer::sum);
                List<String> some = examples.computeIfAbsent(key, k -> new java.util.ArrayList<>());
                if (some.size() < 3 && f.action().compareTo(Action.HOLD) >= 0) {
                    some.add(text.length() > 90 ? text.substring(0, 90) + "…" : text);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double held =
                100.0 * (actions.getOrDefault(Action.HOLD, 0) + actions.getOrDefault(Action.BLOCK, 0)) / texts.size();
        System.out.printf(
                Locale.ROOT,
                "%nAll checks on %d %s (trust 2): %s; held or refused %.1f %%; %,.0f texts/s (one thread)%n  by rule: %s%n",
                texts.size(),
                name,
                actions,
                held,
                texts.size() / seconds,
                rules);
        examples.forEach((rule, some) -> some.forEach(t -> System.out.println("  " + rule + ": " + t)));
        return held;
    }
}
