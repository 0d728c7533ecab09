package org.agora.portal.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A micro-cache for what anonymous readers read (post listings, posts with their comments, areas,
 * stages): the same answer is served from memory for a couple of seconds instead of being rebuilt
 * per request. It is a servlet filter in front of JAX-RS, so that a hit costs no more than writing
 * the bytes (measured: as a JAX-RS filter a hit cost twice the CPU of a static JAX-RS answer).
 * Signed-in readers never share it (their answers say whether they voted); it says so with
 * {@code Cache-Control: public, max-age} and {@code Vary: Authorization}, so a reverse proxy may
 * cache the same way. When an answer expires, one request rebuilds it while the others are served
 * the expired answer for at most one more TTL. Every successful write through this node empties
 * it; writes on other nodes reach it within the TTL. A TTL of zero switches it off.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class AnonymousCache extends HttpFilter {

    private static final Pattern CACHEABLE = Pattern.compile("/api/(posts(/\\d+(/comments)?)?|areas|stages)/?");
    private static final Pattern ONE_POST = Pattern.compile("/api/posts/\\d+");
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final int ENTRIES_MAX = 2_000;
    private static final int BYTES_MAX = 512 * 1024;

    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    /**
     * An answer, fresh until {@code freshUntil}; after that, for one more TTL, it is still served
     * while the one request that won {@code refreshing} rebuilds it (no stampede on expiry).
     */
    private record Entry(byte[] body, String type, long freshUntil, long staleUntil, AtomicBoolean refreshing) {

        boolean servable(long now) {
            return now < freshUntil || now < staleUntil && !refreshing.compareAndSet(false, true);
        }
    }

    private Duration ttl;

    /**
     * One post with its comments changes only by a write, and every write through this node
     * empties the cache; its TTL only bounds how late writes on other nodes show.
     */
    private Duration postTtl;

    private String cacheControl;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        ttl = config.getOptionalValue("portal.cache.anonymous-ttl", Duration.class)
                .orElse(Duration.ofSeconds(2));
        postTtl = config.getOptionalValue("portal.cache.anonymous-post-ttl", Duration.class)
                .orElse(Duration.ofSeconds(30));
        cacheControl = "public, max-age=" + Math.max(1, ttl.toSeconds());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            if (response.getStatus() < 400) {
                // a write through this node is seen at once by this node's anonymous readers
                ENTRIES.clear();
            }
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ttl.isZero()
                || !"GET".equals(request.getMethod())
                || request.getHeader("Authorization") != null
                || !CACHEABLE.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getQueryString() == null ? path : path + '?' + request.getQueryString();
        Entry entry = ENTRIES.get(key);
        if (entry != null && entry.servable(System.nanoTime())) {
            response.setContentType(entry.type());
            send(response, entry.body());
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        String type = response.getContentType();
        if (response.getStatus() == 200
                && !request.isAsyncStarted()
                && type != null
                && type.startsWith("application/json")
                && body.length <= BYTES_MAX) {
            if (ENTRIES.size() >= ENTRIES_MAX) {
                ENTRIES.clear();
            }
            long now = System.nanoTime();
            long life = (ONE_POST.matcher(path).lookingAt() ? postTtl : ttl).toNanos();
            ENTRIES.put(key, new Entry(body, type, now + life, now + 2 * life, new AtomicBoolean()));
            send(response, body);
        } else {
            ENTRIES.remove(key);
            if (!response.isCommitted() && body.length > 0) {
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        }
    }

    private void send(HttpServletResponse response, byte[] body) throws IOException {
        response.setStatus(200);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Authorization");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Keeps the answer's body in memory until the filter decides how to send it. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("the anonymous cache answers synchronously");
            }
        };
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the filter sets the length of what it sends
        }

        @Override
        public void setContentLengthLong(long length) {
            // the filter sets the length of what it sends
        }

        @Override
        public void flushBuffer() {
            // nothing goes out before the filter has seen the whole answer
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            bytes.reset();
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
