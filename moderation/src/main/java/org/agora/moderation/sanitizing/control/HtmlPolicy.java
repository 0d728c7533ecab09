package org.agora.moderation.sanitizing.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Sanitizes user HTML with the portal's single policy. Thread-safe. What survives: paragraphs,
 * formatting, lists, quotes, code, headings h3–h6, rules, and links to http, https and mailto only,
 * always with {@code rel="nofollow ugc noopener noreferrer"}; no images, styles, scripts, frames,
 * forms, classes or ids. Text is kept, markup that is not allowed is dropped, so a customer's words
 * are never lost to the policy.
 *
 * <p>Length limits are the moderation checks' ({@code body.too-long}: {@code
 * moderation.body.max-raw-chars}, default 60,000, and {@code moderation.body.max-sanitized-chars},
 * default 40,000), which refuse with a reason; {@link #sanitize} itself never fails, because
 * stored bodies are sanitized again on edits and exports.
 */
@ApplicationScoped
public class HtmlPolicy {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
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
                    "hr")
            .allowElements("a")
            .allowAttributes("href")
            .onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "ugc", "noopener", "noreferrer")
            .toFactory();

    public String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
