package org.agora.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One member toggling votes: picks a post at random, withdraws the vote if the member holds it,
 * casts it otherwise, and checks that the answer says so. Only this connection votes as this
 * member, so its {@link Ledger} knows exactly which votes the member must hold afterwards. Against
 * the ceiling ({@code checked == false}) it sends the same requests and checks only the status.
 */
final class Toggles implements HttpLoad.Script {

    /** The votes a member holds as far as the client knows, and the posts where a lost request left that open. */
    static final class Ledger {
        final String username;
        final Set<Long> held = new HashSet<>();
        final Set<Long> uncertain = new HashSet<>();

        Ledger(String username) {
            this.username = username;
        }
    }

    private final String host;
    private final String pathPrefix;
    private final String pathSuffix;
    private final String token;
    private final long[] posts;
    private final SplittableRandom random;
    private final boolean checked;
    private final Ledger ledger;
    private long post;
    private boolean vote;

    Toggles(
            String host,
            String pathPrefix,
            String pathSuffix,
            String token,
            long[] posts,
            long seed,
            boolean checked,
            Ledger ledger) {
        this.host = host;
        this.pathPrefix = pathPrefix;
        this.pathSuffix = pathSuffix;
        this.token = token;
        this.posts = posts;
        this.random = new SplittableRandom(seed);
        this.checked = checked;
        this.ledger = ledger;
    }

    @Override
    public byte[] next() {
        post = posts[random.nextInt(posts.length)];
        vote = !ledger.held.contains(post);
        return HttpLoad.request(vote ? "PUT" : "DELETE", pathPrefix + post + pathSuffix, host, token);
    }

    @Override
    public boolean answered(int status, byte[] body, int offset, int length) {
        boolean right = status == 200;
        if (right && checked) {
            String answer = new String(body, offset, length, StandardCharsets.UTF_8);
            right = answer.contains("\"voted\":" + vote) && answer.contains("\"postId\":" + post);
        }
        if (!right) {
            ledger.uncertain.add(post);
            return false;
        }
        if (vote) {
            ledger.held.add(post);
        } else {
            ledger.held.remove(post);
        }
        ledger.uncertain.remove(post);
        return true;
    }

    @Override
    public void lost() {
        ledger.uncertain.add(post);
    }
}
