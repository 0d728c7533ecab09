package org.agora.moderation.sanitizing.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** Sanitizes user HTML with the portal's single policy. Thread-safe. */
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
