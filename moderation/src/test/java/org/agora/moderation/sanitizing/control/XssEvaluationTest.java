package org.agora.moderation.sanitizing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.agora.moderation.classifying.control.Corpora;
import org.junit.jupiter.api.Test;

/**
 * Runs every payload of the public XSS lists ({@code xss/} in the data folder, or the files and
 * folders named by {@code -Dagora.xss=path[,path…]}) through the one policy and asserts that no
 * output holds anything executable ({@link Executables}). The AntiSamy vectors also state what
 * their output must not contain; those assertions are checked too. Their exact expected outputs
 * belong to AntiSamy's more permissive test policy (images, styles, fonts) and are only counted.
 */
class XssEvaluationTest {

    private final HtmlPolicy policy = new HtmlPolicy();

    @Test
    void noPayloadSurvivesAsAnythingExecutable() throws IOException {
        List<Path> files = payloadFiles();
        assumeTrue(
                !files.isEmpty(),
                "no XSS payloads at " + Corpora.folder() + "/xss (set -Dagora.xss=... or -D" + Corpora.DATA_PROPERTY
                        + "=...)");
        int payloads = 0;
        int changed = 0;
        int rawExecutable = 0;
        List<String> failures = new ArrayList<>();
        System.out.printf(
                Locale.ROOT,
                "%nXSS payloads through the one policy%n%-60s %8s %8s %10s%n",
                "file",
                "payloads",
                "changed",
                "executable");
        for (Path file : files) {
            boolean antiSamy = file.getFileName().toString().contains("AntiSamy");
            int filePayloads = 0;
            int fileChanged = 0;
            int fileFailures = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || (antiSamy && line.startsWith("#"))) {
                    continue;
                }
                String payload = antiSamy ? unescape(line.split("\t", -1)[1]) : line;
                String out = policy.sanitize(payload);
                if (!Executables.in(payload).isEmpty()) {
                    rawExecutable++;
                }
                filePayloads++;
                if (!out.equals(payload)) {
                    fileChanged++;
                }
                List<String> problems = Executables.in(out);
                if (!problems.isEmpty()) {
                    fileFailures++;
                    failures.add(file.getFileName() + ": " + payload + " -> " + out + " " + problems);
                }
            }
            payloads += filePayloads;
            changed += fileChanged;
            System.out.printf(
                    Locale.ROOT,
                    "%-60s %8d %8d %10d%n",
                    Corpora.folder().relativize(file.toAbsolutePath().normalize()),
                    filePayloads,
                    fileChanged,
                    fileFailures);
        }
        System.out.printf(Locale.ROOT, "%-60s %8d %8d %10d%n", "all", payloads, changed, failures.size());
        System.out.printf(
                Locale.ROOT,
                "unsanitized, the same check finds %d of the %d payloads executable%n",
                rawExecutable,
                payloads);
        failures.stream().limit(20).forEach(System.out::println);
        assertTrue(rawExecutable > payloads / 2, "the check must see what the payloads try");
        assertEquals(List.of(), failures.stream().limit(20).toList(), failures.size() + " outputs can execute");
        assertTrue(payloads > 0);
    }

    @Test
    void antiSamyVectorsKeepTheirNegativeAssertions() throws IOException {
        Path vectors = Corpora.folder().resolve("xss/owasp-java-html-sanitizer-AntiSamyTest-vectors.tsv");
        assumeTrue(Files.exists(vectors), "no AntiSamy vectors at " + vectors);
        int doesNotContain = 0;
        int other = 0;
        List<String> failures = new ArrayList<>();
        for (String line : Files.readAllLines(vectors, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String out = policy.sanitize(unescape(f[1])).toLowerCase(Locale.ROOT);
            if (f[0].equals("assertSanitizedDoesNotContain")) {
                doesNotContain++;
                if (out.contains(unescape(f[2]).toLowerCase(Locale.ROOT))) {
                    failures.add(f[1] + " -> " + out + " contains " + f[2]);
                }
            } else {
                other++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nAntiSamy vectors: %d 'does not contain' assertions checked, %d failed; %d positive or exact"
                        + " assertions of AntiSamy's own (more permissive) policy not applicable%n",
                doesNotContain,
                failures.size(),
                other);
        assertEquals(List.of(), failures);
        assertTrue(doesNotContain > 0);
    }

    static List<Path> payloadFiles() throws IOException {
        String configured = System.getProperty("agora.xss");
        List<Path> roots = configured == null || configured.isBlank()
                ? List.of(Corpora.folder().resolve("xss"))
                : Stream.of(configured.split(","))
                        .map(String::strip)
                        .map(Path::of)
                        .toList();
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().matches("(?i).*(licen[cs]e|copying|header).*"))
                            .sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    /** The vectors file escapes \n \t \r and \\. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(
                        switch (n) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> n;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
