package org.agora.moderation.checks.entity;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One rule's objection to a contribution, explainable to the author and the moderator.
 *
 * @param rule the rule's name, e.g. {@code links.new-member}, {@code spam}
 * @param score the rule's measure (a probability for the classifiers, a count or ratio elsewhere),
 *     for sorting and for the moderator's eyes
 * @param action what the rule asks for
 * @param reasonCode key of the reason text in {@code Reasons.properties} (English) and
 *     {@code Reasons_de.properties} (German)
 * @param params the values the reason text shows ({@link MessageFormat} arguments {0}, {1} …)
 */
public record Finding(String rule, double score, Action action, String reasonCode, List<String> params) {

    private static final String BUNDLE = "org.agora.moderation.checks.entity.Reasons";

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reasonCode, "reasonCode");
        params = params == null ? List.of() : List.copyOf(params);
    }

    /** The reason in the reader's language: German for {@code de}, English otherwise. */
    public String reason(Locale locale) {
        Locale language = "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ROOT;
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = texts.getString(reasonCode);
        } catch (MissingResourceException e) {
            return reasonCode + " " + params;
        }
        return new MessageFormat(pattern, language).format(params.toArray());
    }
}
