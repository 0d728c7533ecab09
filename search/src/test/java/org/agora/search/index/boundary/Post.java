package org.agora.search.index.boundary;

import java.time.Instant;
import java.util.List;
import org.agora.search.index.entity.PostDocument;

/** Builds the posts of the tests: a published English idea unless told otherwise. */
final class Post {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final long id;
    private String kind = "idea";
    private String status = "published";
    private boolean visible = true;
    private String area = "app";
    private List<String> tags = List.of();
    private String stage = null;
    private String language = null;
    private String title = "";
    private String body = "";
    private int votes = 0;
    private Instant updated = NOW;

    private Post(long id) {
        this.id = id;
    }

    static Post post(long id) {
        return new Post(id);
    }

    Post title(String t) {
        title = t;
        return this;
    }

    Post body(String b) {
        body = b;
        return this;
    }

    Post german() {
        language = "de";
        return this;
    }

    Post english() {
        language = "en";
        return this;
    }

    Post kind(String k) {
        kind = k;
        return this;
    }

    Post area(String a) {
        area = a;
        return this;
    }

    Post tags(String... t) {
        tags = List.of(t);
        return this;
    }

    Post stage(String s) {
        stage = s;
        return this;
    }

    Post votes(int v) {
        votes = v;
        return this;
    }

    Post updated(Instant at) {
        updated = at;
        return this;
    }

    /** Held for review: pending and not visible to the public. */
    Post pending() {
        status = "pending";
        visible = false;
        return this;
    }

    Post hidden() {
        status = "hidden";
        visible = false;
        return this;
    }

    PostDocument doc() {
        return new PostDocument(
                id, kind, status, visible, area, tags, stage, language, title, body, votes, 0, updated, updated);
    }
}
