package org.agora.moderation.checks.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.moderation.checks.entity.Action;
import org.agora.moderation.checks.entity.Finding;

/**
 * Words and phrases (regular expressions) that block, hold or flag a contribution: a built-in
 * German and English list plus the configured ones. A malformed entry stops the deployment rather
 * than silently letting everything through.
 */
public class WatchedWords implements Rule {

    private static final int FLAGS =
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL;

    /** One watched entry. */
    public record Entry(Action action, Pattern pattern) {

        /** Parses {@code action:regex}. */
        public static Entry parse(String line) {
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("watched word must read action:regex, not " + line);
            }
            return new Entry(
                    Action.parse(line.substring(0, colon)),
                    Pattern.compile(line.substring(colon + 1).strip(), FLAGS));
        }
    }

    private final List<Entry> entries;

    public WatchedWords(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The built-in list (if wanted) followed by the configured entries. */
    public static WatchedWords of(boolean builtin, String configured) {
        List<Entry> entries = new ArrayList<>();
        if (builtin) {
            entries.addAll(builtin());
        }
        CheckSettings.splitEntries(configured).forEach(e -> entries.add(Entry.parse(e)));
        return new WatchedWords(entries);
    }

    static List<Entry> builtin() {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = WatchedWords.class.getResourceAsStream("watched-words.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    entries.add(Entry.parse(l));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    @Override
    public String name() {
        return "watched-word";
    }

    @Override
    public List<Finding> check(Submission s) {
        List<Finding> findings = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern().matcher(s.plain());
            if (m.find()) {
                findings.add(new Finding(name(), 1, e.action(), "watched-word", List.of(quote(m.group()))));
            }
        }
        return findings;
    }

    private static String quote(String matched) {
        String m = matched.replaceAll("\\s+", " ").strip();
        return m.length() > 60 ? m.substring(0, 60) + "…" : m;
    }
}
