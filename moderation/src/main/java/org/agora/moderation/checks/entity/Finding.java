package org.agora.moderation.checks.entity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule's objection to a contribution, explainable to the author and the moderator.
 *
 * @param rule the rule's name, e.g. {@code links.new-member}, {@code spam}
 * @param score the rule's measure (a probability for the classifiers, a count or ratio elsewhere),
 *     for sorting and for the moderator's eyes
 * @param action what the rule asks for
 * @param reasonCode key of the reason text in {@code Reasons.properties} (English) and
 *     {@code Reasons_de.properties} (German)
 * @param params the values the reason text shows (arguments {0}, {1} … of the text)
 */
public record Finding(String rule, double score, Action action, String reasonCode, List<String> params) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reasonCode, "reasonCode");
        params = params == null ? List.of() : List.copyOf(params);
    }

    /** The reason in the reader's language: German for {@code de}, English otherwise. */
    public String reason(Locale locale) {
        return Reasons.text(reasonCode, params, locale);
    }
}
