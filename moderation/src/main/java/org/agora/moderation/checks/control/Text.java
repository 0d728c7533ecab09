package org.agora.moderation.checks.control;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the rules read from a contribution: plain text and links, taken from sanitized HTML. */
public final class Text {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)<(?:/p|br|/li|/h[3-6]|/blockquote|/pre|hr)[^>]*>");
    private static final Pattern HREF = Pattern.compile("(?i)<a\\s[^>]*href=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern BARE_URL = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+|(?<![@\\w.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|de|info|biz|ru|xyz|top|io|ly|co|uk)(?:/[^\\s<>\"]*)?\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {}

    /** The text a reader sees, with line breaks where blocks end and entities decoded. */
    public static String plain(String sanitizedHtml) {
        String s = BLOCK_TAG.matcher(sanitizedHtml).replaceAll("$0\n");
        s = TAG.matcher(s).replaceAll("");
        return decode(s).strip();
    }

    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r =
                    switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "nbsp" -> " ";
                        default -> {
                            try {
                                int cp = e.startsWith("#x") || e.startsWith("#X")
                                        ? Integer.parseInt(e.substring(2), 16)
                                        : Integer.parseInt(e.substring(1));
                                yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
                            } catch (NumberFormatException ex) {
                                yield m.group();
                            }
                        }
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Every link a reader could follow: the targets of anchors, and URLs or domain names written
     * as text (readers copy them), each once.
     */
    public static List<String> links(String sanitizedHtml, String plain) {
        Set<String> links = new LinkedHashSet<>();
        Matcher a = HREF.matcher(sanitizedHtml);
        while (a.find()) {
            links.add(decode(a.group(1)));
        }
        Matcher bare = BARE_URL.matcher(plain);
        while (bare.find()) {
            String url = bare.group();
            boolean known = links.stream().anyMatch(l -> l.contains(stripScheme(url)));
            if (!known) {
                links.add(url);
            }
        }
        return new ArrayList<>(links);
    }

    private static String stripScheme(String url) {
        return url.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
    }

    /** The host of a link in lower case, without {@code www.}; empty for mailto and garbage. */
    public static Optional<String> host(String link) {
        String l = link.strip();
        if (l.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.empty();
        }
        if (!l.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            l = "http://" + l;
        }
        try {
            String host = URI.create(l.replace(" ", "%20")).getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Lower case, accents folded, words separated by single spaces: for comparing texts. */
    public static String normalised(String plain) {
        String s = Normalizer.normalize(plain.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss");
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }
}
