package org.agora.search.language.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The public corpora that evaluations read where they lie, never copied into the project: the
 * folder named by the system property {@code agora.data}, else {@code shared/data} beside the
 * project root (see its README.md for sources and licences).
 */
final class Corpora {

    static final String DATA_PROPERTY = "agora.data";

    private Corpora() {}

    static Path folder() {
        String configured = System.getProperty(DATA_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return projectRoot().resolve("../shared/data").normalize();
    }

    /** The reactor's root: the nearest folder upwards from the working directory with a {@code .mvn}. */
    static Path projectRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".mvn"))) {
                return p;
            }
        }
        return start;
    }

    /** German: MobASA tweets about public transport and accessibility (CC BY 4.0). */
    static List<String> germanTransportTweets(Path data) throws IOException {
        Path file = data.resolve("feedback-de/dev-sim3s-mobasa_v1.xml");
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("text")) {
                    texts.add(xml.getElementText());
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot read " + file, e);
        }
        return texts;
    }

    /** English: app-store reviews, column {@code content} of {@code reviews.tsv} (MIT). */
    static List<String> englishAppReviews(Path data) throws IOException {
        return column(data.resolve("search-relevance-en/reviews.tsv"), 3, true);
    }

    /** German: GermEval 2018 training tweets (CC BY 4.0); {@code |LBR|} marks a line break. */
    static List<String> germanOffensiveTweets(Path data) throws IOException {
        List<String> texts = column(data.resolve("offensive-de/germeval2018.training.txt"), 0, false);
        texts.replaceAll(t -> t.replace("|LBR|", " "));
        return texts;
    }

    /** English: SMS Spam Collection, ham and spam alike. */
    static List<String> englishSms(Path data) throws IOException {
        return column(data.resolve("spam/SMSSpamCollection.tsv"), 1, true);
    }

    private static List<String> column(Path tsv, int column, boolean header) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<String> values = new ArrayList<>(lines.size());
        for (String line : header ? lines.subList(1, lines.size()) : lines) {
            String[] fields = line.split("\t", column + 2);
            if (fields.length > column) {
                values.add(fields[column]);
            }
        }
        return values;
    }
}
