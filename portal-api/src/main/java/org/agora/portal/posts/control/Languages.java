package org.agora.portal.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.agora.search.language.control.LanguageDetector;

/**
 * The language of a post: the author's choice, else detected from title and body, else the
 * author's language, else English.
 */
@ApplicationScoped
public class Languages {

    @Inject
    LanguageDetector detector;

    public String of(String chosen, String title, String bodyHtml, String authorLanguage) {
        if (chosen != null) {
            return chosen;
        }
        return detector.detect(title + "\n" + bodyHtml).orElse(authorLanguage != null ? authorLanguage : "en");
    }
}
