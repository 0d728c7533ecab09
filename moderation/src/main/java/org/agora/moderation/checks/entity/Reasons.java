package org.agora.moderation.checks.entity;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts behind every reason code of moderation (findings, rate limits, refused flags), in
 * German and English: {@code Reasons.properties} and {@code Reasons_de.properties} beside this
 * class. Callers store the code and its params and render them in the reader's language.
 */
public final class Reasons {

    private static final String BUNDLE = "org.agora.moderation.checks.entity.Reasons";

    private Reasons() {}

    /** The reason in the reader's language: German for {@code de}, English otherwise. */
    public static String text(String code, List<String> params, Locale locale) {
        Locale language = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ROOT;
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = texts.getString(code);
        } catch (MissingResourceException e) {
            return code + " " + params;
        }
        return new MessageFormat(pattern, language).format(params.toArray());
    }

    /** The codes that start with a prefix (such as {@code reject.}), sorted. */
    public static List<String> codes(String prefix) {
        return ResourceBundle.getBundle(
                        BUNDLE,
                        Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .keySet()
                .stream()
                .filter(code -> code.startsWith(prefix))
                .sorted()
                .toList();
    }

    /** Whether a code has a text (in English; the German bundle is tested to have the same keys). */
    public static boolean known(String code) {
        return ResourceBundle.getBundle(
                        BUNDLE,
                        Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .containsKey(code);
    }
}
