package org.agora.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The query mix of the search benchmark, derived from the same corpus as the posts and the same in
 * every run: single words and two words of middling frequency (neither stop words nor hapaxes),
 * "phrases" of two adjacent words, German compound parts and compounds ("Aufzug" must also find
 * "Bahnhofsaufzug"), typos (two letters swapped in a long word); every third query with a filter
 * (a kind or a product area).
 */
final class SearchQueries {

    /**
     * One query.
     *
     * @param type what sort of query it is (for the report)
     * @param text what the user typed
     * @param filter the facet filtered on ("kind", "area"), or null
     * @param value the filter's value
     */
    record Query(String type, String text, String filter, String value) {
        /** The words only, as PostgreSQL gets them the way Fider builds its tsquery: w1|w2|… */
        String fider() {
            String cleaned = text.replaceAll("[^\\p{L}\\p{N} |]+", " ").replace("|", " ");
            return String.join("|", cleaned.trim().split("\\s+"));
        }
    }

    /** German words that are compounds or parts of compounds in the German corpus. */
    private static final List<String> COMPOUNDS = List.of(
            "Aufzug",
            "Bahnhofsaufzug",
            "Rolltreppe",
            "Treppe",
            "Fahrstuhl",
            "Haltestelle",
            "Anzeigetafel",
            "Anzeige",
            "Bahnsteig",
            "Steig",
            "Zugang",
            "Beleuchtung",
            "Fahrgastinformation",
            "Information",
            "Ersatzverkehr",
            "Verkehr");

    private static final int PER_TYPE = 16;

    private SearchQueries() {}

    static List<Query> mix(Corpus corpus) {
        SplittableRandom random = new SplittableRandom(4);
        List<Query> queries = new ArrayList<>();
        for (List<String> sentences : List.of(corpus.english(), corpus.german())) {
            List<String> words = middling(sentences);
            for (int i = 0; i < PER_TYPE / 2; i++) {
                queries.add(new Query("one word", pick(words, random), null, null));
                queries.add(new Query("two words", pick(words, random) + " " + pick(words, random), null, null));
                String typo = pick(words.stream().filter(w -> w.length() >= 7).toList(), random);
                int at = 1 + random.nextInt(typo.length() - 3);
                queries.add(new Query(
                        "typo",
                        typo.substring(0, at) + typo.charAt(at + 1) + typo.charAt(at) + typo.substring(at + 2),
                        null,
                        null));
                queries.add(new Query("phrase", '"' + phrase(sentences, words, random) + '"', null, null));
            }
        }
        String german = String.join(" ", corpus.german()).toLowerCase(Locale.GERMAN);
        COMPOUNDS.stream()
                .filter(c -> german.contains(c.toLowerCase(Locale.GERMAN)))
                .forEach(c -> queries.add(new Query("German compound", c, null, null)));
        // every third with a filter (the types come in fours, so each type gets some), in a stable order
        List<Query> mixed = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            if (i % 3 == 2) {
                q = i % 2 == 0
                        ? new Query(q.type(), q.text(), "kind", "IDEA")
                        : new Query(q.type(), q.text(), "area", "bench-area-" + (1 + i % 8));
            }
            mixed.add(q);
        }
        return List.copyOf(mixed);
    }

    /** Words of letters only, at least four, ranked by frequency: the ranks 30 to 1,500. */
    private static List<String> middling(List<String> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (String sentence : sentences) {
            for (String word : sentence.split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        List<String> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        return ranked.subList(Math.min(30, ranked.size()), Math.min(1_500, ranked.size()));
    }

    /** Two adjacent words of a sentence, the first one of the middling ones. */
    private static String phrase(List<String> sentences, List<String> words, SplittableRandom random) {
        while (true) {
            String[] tokens = sentences.get(random.nextInt(sentences.size())).split("[^\\p{L}]+");
            for (int i = 0; i + 1 < tokens.length; i++) {
                if (tokens[i + 1].length() >= 3 && words.contains(tokens[i])) {
                    return tokens[i] + " " + tokens[i + 1];
                }
            }
        }
    }

    private static String pick(List<String> words, SplittableRandom random) {
        return words.get(random.nextInt(words.size()));
    }
}
