package org.agora.moderation.classifying.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.agora.moderation.classifying.entity.LabelledText;

/**
 * The public corpora that evaluations read where they lie, never copied into the project: the
 * folder named by the system property {@code agora.data}, else {@code shared/data} beside the
 * project root (see its README.md for sources and licences). Single files can be replaced with
 * {@code -Dagora.offensive.train=…}, {@code -Dagora.offensive.test=…} (TSV text, label
 * OFFENSE/OTHER) and {@code -Dagora.spam=…} (TSV label ham/spam, text), so the evaluation runs on
 * other data too.
 */
public final class Corpora {

    public static final String DATA_PROPERTY = "agora.data";

    /** The fixed seed of the spam split: the same held-out fifth on every run. */
    public static final long SEED = 20181;

    private Corpora() {}

    public static Path folder() {
        String configured = System.getProperty(DATA_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return projectRoot().resolve("../shared/data").normalize();
    }

    /** The reactor's root: the nearest folder upwards from the working directory with a {@code .mvn}. */
    public static Path projectRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".mvn"))) {
                return p;
            }
        }
        return start;
    }

    static Path file(String property, Path fallback) {
        String configured = System.getProperty(property);
        return configured == null || configured.isBlank() ? fallback : Path.of(configured);
    }

    public static Path germEvalTrain(Path data) {
        return file("agora.offensive.train", data.resolve("offensive-de/germeval2018.training.txt"));
    }

    public static Path germEvalTest(Path data) {
        return file("agora.offensive.test", data.resolve("offensive-de/germeval2018.test.txt"));
    }

    /** GermEval 2018 format: {@code text<TAB>OFFENSE|OTHER<TAB>fine label}, no header. */
    public static List<LabelledText> germEval(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                texts.add(new LabelledText(
                        f[0].replace("|LBR|", " "), f[1].strip().equals("OFFENSE")));
            }
        }
        return texts;
    }

    /** SMS Spam Collection: header, then {@code ham|spam<TAB>text}. */
    public static List<LabelledText> sms(Path data) throws IOException {
        Path file = file("agora.spam", data.resolve("spam/SMSSpamCollection.tsv"));
        List<LabelledText> texts = new ArrayList<>();
        for (String line : lenient(file)) {
            String[] f = line.split("\t", 2);
            if (f.length == 2 && (f[0].equals("ham") || f[0].equals("spam"))) {
                texts.add(new LabelledText(f[1], f[0].equals("spam")));
            }
        }
        return texts;
    }

    /** YouTube Spam Collection: Psy as {@code label,content}, Shakira with the original columns. */
    public static List<LabelledText> youtube(Path data) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        Path psy = data.resolve("spam/Youtube01-Psy.label-content.csv");
        if (Files.exists(psy)) {
            for (List<String> row : csv(psy)) {
                if (row.size() >= 2 && (row.get(0).equals("spam") || row.get(0).equals("ham"))) {
                    texts.add(new LabelledText(row.get(1), row.get(0).equals("spam")));
                }
            }
        }
        Path shakira = data.resolve("spam/Youtube05-Shakira.csv");
        if (Files.exists(shakira)) {
            List<List<String>> rows = csv(shakira);
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() >= 5) {
                    texts.add(new LabelledText(row.get(3), row.get(4).strip().equals("1")));
                }
            }
        }
        return texts;
    }

    /**
     * German customer posts about public transport (MobASA, CC BY 4.0): not labelled for offence
     * or spam, but nearly all ordinary feedback — what the checks must let through.
     */
    public static List<String> germanCustomerPosts(Path data) throws IOException {
        Path file = data.resolve("feedback-de/dev-sim3s-mobasa_v1.xml");
        List<String> texts = new ArrayList<>();
        if (!Files.exists(file)) {
            return texts;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
            factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("text")) {
                    texts.add(xml.getElementText());
                }
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IOException("cannot read " + file, e);
        }
        return texts;
    }

    /** English app-store reviews (MIT): ordinary customer feedback, not labelled for spam. */
    public static List<String> englishCustomerReviews(Path data) throws IOException {
        Path file = data.resolve("search-relevance-en/reviews.tsv");
        List<String> texts = new ArrayList<>();
        if (!Files.exists(file)) {
            return texts;
        }
        List<String> lines = lenient(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", 5);
            if (f.length >= 4) {
                texts.add(f[3]);
            }
        }
        return texts;
    }

    /** Shuffles with the fixed seed and cuts off the last fifth as the held-out part. */
    public static Split split(List<LabelledText> texts) {
        List<LabelledText> shuffled = new ArrayList<>(texts);
        Collections.shuffle(shuffled, new Random(SEED));
        int cut = shuffled.size() * 4 / 5;
        return new Split(shuffled.subList(0, cut), shuffled.subList(cut, shuffled.size()));
    }

    public record Split(List<LabelledText> train, List<LabelledText> test) {}

    /** Lines of a file that may hold a few bytes that are not UTF-8 (the Psy file has some). */
    static List<String> lenient(Path file) throws IOException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        return text.lines().toList();
    }

    /** RFC 4180 CSV: quoted fields with doubled quotes and line breaks. */
    static List<List<String>> csv(Path file) throws IOException {
        String text = String.join("\n", lenient(file));
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
