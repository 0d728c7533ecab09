package org.agora.search.language.control;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives {@link CharacterTrigrams}' profile from German tweets (GermEval 2018 training set) and
 * English SMS (SMS Spam Collection) — deliberately not from MobASA or the app reviews, on which
 * {@code LanguageDetectionEvaluationTest} reports. Naive Bayes with add-one smoothing; trigrams seen
 * fewer than {@value #MIN_COUNT} times or leaning less than {@value #MIN_LEANING} are left out.
 *
 * <pre>
 * ./mvnw -pl search test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.agora.search.language.control.DeriveTrigramProfile [-Dagora.data=...]
 * </pre>
 */
public final class DeriveTrigramProfile {

    static final int MIN_COUNT = 3;
    static final double MIN_LEANING = 0.05;

    private DeriveTrigramProfile() {}

    public static void main(String[] args) throws IOException {
        Path data = Corpora.folder();
        Path target = args.length > 0
                ? Path.of(args[0])
                : Corpora.projectRoot()
                        .resolve("search/src/main/resources/org/agora/search/language/control")
                        .resolve(CharacterTrigrams.PROFILE);
        Map<String, long[]> counts = new TreeMap<>();
        long[] totals = new long[2];
        count(Corpora.germanOffensiveTweets(data), 0, counts, totals);
        count(Corpora.englishSms(data), 1, counts, totals);
        double vocabulary = counts.size();
        int written = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8))) {
            out.println("# ln P(trigram | de) / P(trigram | en), add-one smoothing; _ marks a word boundary.");
            out.println("# Derived by DeriveTrigramProfile (search module tests) from counts of letter trigrams in:");
            out.println(
                    "#   de: GermEval 2018 training set, Wiegand, Siegel, Ruppenhofer 2018 (uds-lsv/GermEval-2018-Data),");
            out.println(
                    "#       CC BY 4.0 https://creativecommons.org/licenses/by/4.0/ - only trigram statistics are kept");
            out.println(
                    "#   en: SMS Spam Collection v.1, Almeida, Gomez Hidalgo, Yamakami 2011 (free for all purposes)");
            out.printf(Locale.ROOT, "# %d German and %d English trigrams counted%n", totals[0], totals[1]);
            for (Map.Entry<String, long[]> e : counts.entrySet()) {
                long[] c = e.getValue();
                double leaning = Math.log((c[0] + 1) / (totals[0] + vocabulary))
                        - Math.log((c[1] + 1) / (totals[1] + vocabulary));
                if (c[0] + c[1] >= MIN_COUNT && Math.abs(leaning) >= MIN_LEANING) {
                    out.printf(Locale.ROOT, "%s\t%.2f%n", e.getKey(), leaning);
                    written++;
                }
            }
        }
        System.out.printf("%d of %d trigrams written to %s%n", written, counts.size(), target);
    }

    private static void count(List<String> texts, int language, Map<String, long[]> counts, long[] totals) {
        for (String text : texts) {
            Words.forEach(Words.plain(text), word -> {
                for (String trigram : CharacterTrigrams.of(word)) {
                    counts.computeIfAbsent(trigram, t -> new long[2])[language]++;
                    totals[language]++;
                }
                return true;
            });
        }
    }
}
