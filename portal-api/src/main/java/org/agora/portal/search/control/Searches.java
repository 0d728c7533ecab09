package org.agora.portal.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.agora.portal.platform.control.Failures.NotPermitted;
import org.agora.portal.platform.control.Failures.NotSignedIn;
import org.agora.portal.platform.control.ProblemException;
import org.agora.portal.platform.entity.Actor;
import org.agora.portal.search.entity.SearchAnswer;
import org.agora.search.index.boundary.SearchIndex;
import org.agora.search.index.entity.FacetField;
import org.agora.search.index.entity.IndexStatus;
import org.agora.search.index.entity.SearchRequest;
import org.agora.search.index.entity.SimilarPost;
import org.agora.search.index.entity.Suggestion;

/**
 * Searches with the reader's visibility: customers and anonymous readers find published posts
 * only; staff (moderators, product managers, admins) may ask for everything, pending, hidden and
 * rejected posts included.
 */
@ApplicationScoped
public class Searches {

    @Inject
    SearchIndex index;

    @Inject
    IndexFeed feed;

    /** Admins rebuild this node's index from the database; the current index serves meanwhile. */
    public void rebuild(Actor actor) {
        if (!actor.has(Actor.ADMIN)) {
            throw new NotPermitted("Only admins rebuild the search index.");
        }
        feed.rebuild();
    }

    /** @param reader the signed-in reader, or null */
    public SearchAnswer search(
            Actor reader,
            String query,
            Map<FacetField, List<String>> filters,
            boolean everything,
            int offset,
            int limit) {
        boolean hidden = mayIncludeHidden(reader, everything);
        requireServing();
        SearchRequest request = new SearchRequest(query, filters, hidden, offset, limit, null);
        return SearchAnswer.of(index.search(request), request.offset());
    }

    public List<Suggestion> suggest(Actor reader, String prefix, int limit, boolean everything) {
        boolean hidden = mayIncludeHidden(reader, everything);
        requireServing();
        return index.suggest(prefix, limit, hidden);
    }

    public List<SimilarPost> similar(Actor reader, String title, String body, int limit, boolean everything) {
        boolean hidden = mayIncludeHidden(reader, everything);
        requireServing();
        return index.similar(title, body == null ? "" : body, limit, hidden);
    }

    private static boolean mayIncludeHidden(Actor reader, boolean everything) {
        if (everything && reader == null) {
            throw new NotSignedIn();
        }
        if (everything && !reader.staff()) {
            throw new NotPermitted("Only staff search posts that are not published.");
        }
        return everything;
    }

    private void requireServing() {
        IndexStatus status = index.status();
        if (status.state() == IndexStatus.State.STARTING || status.state() == IndexStatus.State.FAILED) {
            throw new SearchUnavailable(status);
        }
    }

    /** 503 with Retry-After while the index is not open. */
    public static final class SearchUnavailable extends ProblemException {
        public SearchUnavailable(IndexStatus status) {
            super(
                    503,
                    "search-unavailable",
                    "Search unavailable",
                    "Search is not available yet (" + status.state()
                            + (status.detail() == null ? "" : ": " + status.detail()) + "). Try again shortly.");
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("Retry-After", Long.toString(Duration.ofSeconds(5).toSeconds()));
        }
    }
}
