package org.agora.portal.platform.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A micro-cache for what anonymous readers read (post listings, posts with their comments, areas,
 * stages): the same answer is served from memory for a couple of seconds instead of being rebuilt
 * per request. Signed-in readers never share it (their answers say whether they voted); it says
 * so with {@code Cache-Control: public, max-age} and {@code Vary: Authorization}, so a reverse
 * proxy may cache the same way. When an answer expires, one request rebuilds it while the others
 * are served the expired answer for at most one more TTL. Every successful write through this node empties it; writes on
 * other nodes reach it within the TTL. A TTL of zero switches it off.
 */
@Provider
@PreMatching
public class AnonymousCache implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final Pattern CACHEABLE = Pattern.compile("/?(posts(/\\d+(/comments)?)?|areas|stages)/?");
    private static final Pattern ONE_POST = Pattern.compile("/posts/\\d+(/comments)?/?(\\?|$)");
    private static final String KEY = AnonymousCache.class.getName() + ".key";
    private static final int ENTRIES_MAX = 2_000;
    private static final int BYTES_MAX = 512 * 1024;

    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    /**
     * An answer, fresh until {@code freshUntil}; after that, for one more TTL, it is still served
     * while the one request that won {@code refreshing} rebuilds it (no stampede on expiry).
     */
    private record Entry(byte[] body, MediaType type, long freshUntil, long staleUntil, AtomicBoolean refreshing) {

        boolean servable(long now) {
            return now < freshUntil || now < staleUntil && !refreshing.compareAndSet(false, true);
        }
    }

    @Inject
    @ConfigProperty(name = "portal.cache.anonymous-ttl", defaultValue = "PT2S")
    Duration ttl;

    /**
     * One post with its comments changes only by a write, and every write through this node
     * empties the cache; its TTL only bounds how late writes on other nodes show.
     */
    @Inject
    @ConfigProperty(name = "portal.cache.anonymous-post-ttl", defaultValue = "PT30S")
    Duration postTtl;

    @Override
    public void filter(ContainerRequestContext request) {
        if (ttl.isZero()
                || !HttpMethod.GET.equals(request.getMethod())
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || !CACHEABLE.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        String key = request.getUriInfo().getRequestUri().toString();
        Entry entry = ENTRIES.get(key);
        if (entry != null && entry.servable(System.nanoTime())) {
            request.abortWith(Response.ok(entry.body(), entry.type())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                    .build());
            return;
        }
        request.setProperty(KEY, key);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) && response.getStatus() < 400) {
            // a write through this node is seen at once by this node's anonymous readers
            ENTRIES.clear();
        }
        if (request.getProperty(KEY) == null) {
            return;
        }
        if (response.getStatus() != 200 || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            ENTRIES.remove((String) request.getProperty(KEY));
            request.removeProperty(KEY);
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object key = context.getProperty(KEY);
        if (key == null) {
            context.proceed();
            return;
        }
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(copy);
        context.proceed();
        byte[] body = copy.toByteArray();
        original.write(body);
        if (body.length <= BYTES_MAX) {
            if (ENTRIES.size() >= ENTRIES_MAX) {
                ENTRIES.clear();
            }
            long now = System.nanoTime();
            long life = (ONE_POST.matcher((String) key).find() ? postTtl : ttl).toNanos();
            ENTRIES.put(
                    (String) key,
                    new Entry(body, context.getMediaType(), now + life, now + 2 * life, new AtomicBoolean()));
        }
    }

    private String cacheControl() {
        return "public, max-age=" + Math.max(1, ttl.toSeconds());
    }
}
