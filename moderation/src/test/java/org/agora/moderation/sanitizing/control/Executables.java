package org.agora.moderation.sanitizing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what could run or restyle in sanitized HTML: any element or attribute outside the
 * policy's list (script, style, iframe, object, embed, form, img, svg … all fall outside), event
 * handlers, style attributes, and link targets with a scheme other than http, https or mailto
 * (javascript:, vbscript:, data: …), after decoding entities and dropping the whitespace and
 * control characters browsers ignore in URLs. Text is not inspected: the sanitizer escapes every
 * {@code <} in text, so "javascript:" written as words is harmless.
 */
final class Executables {

    static final Set<String> ELEMENTS = Set.of(
            "p",
            "br",
            "b",
            "strong",
            "i",
            "em",
            "u",
            "s",
            "del",
            "ins",
            "sub",
            "sup",
            "ul",
            "ol",
            "li",
            "blockquote",
            "pre",
            "code",
            "h3",
            "h4",
            "h5",
            "h6",
            "hr",
            "a");
    static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "rel"));

    private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)(?:\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern SAFE_URL = Pattern.compile("^(?:https?:.*|mailto:.*|[^:]*|[^:]*?[/?#].*)$");

    private Executables() {}

    /** What is wrong with the output; empty when nothing can execute. */
    static List<String> in(String output) {
        List<String> problems = new ArrayList<>();
        // the sanitizer breaks "{{" template syntax with an empty comment: inert
        String sanitized = output.replace("<!-- -->", "");
        if (sanitized.indexOf('<') >= 0
                && sanitized.replaceAll(TAG.pattern(), "").indexOf('<') >= 0) {
            problems.add("stray <");
        }
        Matcher tag = TAG.matcher(sanitized);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!ELEMENTS.contains(name)) {
                problems.add("element " + name);
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String attr = attribute.group(1).toLowerCase(Locale.ROOT);
                if (!ATTRIBUTES.getOrDefault(name, Set.of()).contains(attr)) {
                    problems.add("attribute " + attr + " on " + name);
                } else if (attr.equals("href")) {
                    String url = decode(attribute.group(2) == null ? "" : attribute.group(2))
                            .replaceAll("[\\x00-\\x20\\x7f]", "")
                            .toLowerCase(Locale.ROOT);
                    if (!SAFE_URL.matcher(url).matches()) {
                        problems.add("url " + url);
                    }
                }
            }
        }
        String lower = sanitized.toLowerCase(Locale.ROOT);
        if (lower.contains("expression(") && lower.contains("style")) {
            problems.add("css expression");
        }
        return problems;
    }

    private static String decode(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);?|&(amp|quot|lt|gt|colon|tab|newline);")
                .matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r;
            if (m.group(3) != null) {
                r = switch (m.group(3)) {
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "colon" -> ":";
                    default -> " ";
                };
            } else {
                int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
                r = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
