package org.agora.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Real sentences that customers wrote, sampled at run time from the shared corpora beside the
 * project ({@code ../shared/data}, never copied into it): English app-store reviews
 * ({@code search-relevance-en/reviews.tsv}) and German posts about public transport
 * ({@code feedback-de/*.xml}). The search benchmark builds its generated posts from them, so that
 * the index sees the vocabulary, the word frequencies and the German compounds of real posts.
 */
record Corpus(List<String> english, List<String> german) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern NOISE = Pattern.compile("https?://\\S+|[.@]?@\\w+|#|\\s+");
    private static final int MIN_WORDS = 3;
    private static final int MAX_CHARS = 300;

    /**
     * The shared data folder: {@code -Dagora.data}, which the bench profile sets to
     * {@code ../shared/data} beside the project root.
     */
    static Path defaultLocation() {
        return Path.of(System.getProperty("agora.data", "../shared/data"));
    }

    static Corpus read(Path data) {
        Path reviews = data.resolve("search-relevance-en/reviews.tsv");
        Path german = data.resolve("feedback-de");
        if (!Files.isRegularFile(reviews) || !Files.isDirectory(german)) {
            throw new IllegalStateException("the search benchmark samples its posts from " + reviews + " and " + german
                    + ": not found (point -Dagora.data at the shared data folder)");
        }
        Set<String> english = new LinkedHashSet<>();
        try (Stream<String> lines = Files.lines(reviews, StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(line -> {
                String[] columns = line.split("\t", 4);
                if (columns.length == 4) {
                    sentences(columns[3], english);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> germanSentences = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(german)) {
            for (Path xml :
                    files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                texts(xml).forEach(text -> sentences(text, germanSentences));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(List.copyOf(english), List.copyOf(germanSentences));
    }

    private static void sentences(String text, Set<String> into) {
        for (String sentence : SENTENCE_END.split(text)) {
            String clean = NOISE.matcher(sentence).replaceAll(" ").strip();
            if (clean.length() <= MAX_CHARS && clean.split(" ").length >= MIN_WORDS) {
                into.add(clean);
            }
        }
    }

    private static List<String> texts(Path xml) {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && reader.getLocalName().equals("text")) {
                    texts.add(reader.getElementText());
                }
            }
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot read " + xml, e);
        }
        return texts;
    }
}
