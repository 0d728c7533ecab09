package org.agora.search.language.control;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a post as the language detector reads them: no markup, links or @handles. */
final class Words {

    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern NOT_WORDS = Pattern.compile(
            "(?:https?://|www\\.)\\S*" // links
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+\\.[\\p{L}\\p{N}.-]+" // e-mail addresses
                    + "|@[\\p{L}\\p{N}_]+"); // @handles
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"),
            Map.entry("lt", "<"),
            Map.entry("gt", ">"),
            Map.entry("quot", "\""),
            Map.entry("apos", "'"),
            Map.entry("rsquo", "'"),
            Map.entry("lsquo", "'"),
            Map.entry("auml", "ä"),
            Map.entry("ouml", "ö"),
            Map.entry("uuml", "ü"),
            Map.entry("Auml", "Ä"),
            Map.entry("Ouml", "Ö"),
            Map.entry("Uuml", "Ü"),
            Map.entry("szlig", "ß"));

    private Words() {}

    /** The text without tags, links, e-mail addresses and @handles, with entities decoded. */
    static String plain(String text) {
        String plain = text;
        if (plain.indexOf('<') >= 0) {
            plain = TAG.matcher(plain).replaceAll(" ");
        }
        if (plain.indexOf('&') >= 0) {
            plain = decodeEntities(plain);
        }
        if (plain.indexOf('@') >= 0 || plain.indexOf("//") >= 0 || plain.indexOf("www.") >= 0) {
            plain = NOT_WORDS.matcher(plain).replaceAll(" ");
        }
        return plain;
    }

    private static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String decode(String entity) {
        if (entity.charAt(0) != '#') {
            return NAMED_ENTITIES.getOrDefault(entity, " ");
        }
        try {
            int codePoint = entity.charAt(1) == 'x' || entity.charAt(1) == 'X'
                    ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : " ";
        } catch (NumberFormatException e) {
            return " ";
        }
    }

    /**
     * Hands the words of a plain text to {@code sink}, lower-cased, until it returns false. A word
     * is a run of letters, with apostrophes inside (don't, I'm).
     */
    static void forEach(String text, Predicate<String> sink) {
        StringBuilder word = new StringBuilder(24);
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (isApostrophe(c)
                    && word.length() > 0
                    && i + 1 < length
                    && Character.isLetter(text.charAt(i + 1))) {
                word.append('\'');
            } else if (word.length() > 0) {
                if (!sink.test(word.toString())) {
                    return;
                }
                word.setLength(0);
            }
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
