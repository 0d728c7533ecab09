package org.agora.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The HTTP load generator: a fixed number of keep-alive HTTP/1.1 connections in a closed loop,
 * multiplexed on two selector threads as wrk does, because on two cores every microsecond the
 * generator spends is taken from Payara. Each connection follows its own {@link Script}; the
 * latency of a request runs from its write to the last byte of its answer.
 */
final class HttpLoad {

    private static final int THREADS = 2;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] BLANK_LINE = {'\r', '\n', '\r', '\n'};
    private static final byte[] CONTENT_LENGTH = ascii("content-length:");
    private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding:");
    private static final byte[] CONNECTION_CLOSE = ascii("connection: close");

    /** What one connection sends, and whether an answer was right. */
    interface Script {
        byte[] next();

        boolean answered(int status, byte[] body, int offset, int length);

        /** The request got no answer (the connection broke): its effect is unknown. */
        default void lost() {}
    }

    private HttpLoad() {}

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a request without a body, built once where possible and sent many times. */
    static byte[] request(String method, String target, String host, String token) {
        StringBuilder request = new StringBuilder(256 + (token == null ? 0 : token.length()))
                .append(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\nAccept: application/json\r\n");
        if (token != null) {
            request.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (!method.equals("GET")) {
            request.append("Content-Length: 0\r\n");
        }
        return request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static Measurement run(
            String name,
            int connections,
            IntFunction<Script> scripts,
            int port,
            Duration warmup,
            Duration window,
            CpuMeter cpu)
            throws InterruptedException {
        long start = System.nanoTime() + warmup.toNanos();
        long end = start + window.toNanos();
        InetSocketAddress address = new InetSocketAddress("localhost", port);
        List<Thread> threads = new ArrayList<>();
        List<Recorder> recorders = new ArrayList<>();
        int threadCount = Math.min(THREADS, connections);
        for (int t = 0; t < threadCount; t++) {
            List<Connection> mine = new ArrayList<>();
            for (int i = t; i < connections; i += threadCount) {
                mine.add(new Connection(address, scripts.apply(i)));
            }
            Recorder recorder = new Recorder(start, end);
            recorders.add(recorder);
            Thread thread = new Thread(() -> loop(mine, recorder, end), name + "-" + t);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        return ClosedLoop.measure(name, connections, window, start, end, cpu, threads, recorders);
    }

    private static void loop(List<Connection> connections, Recorder recorder, long end) {
        try (Selector selector = Selector.open()) {
            for (Connection connection : connections) {
                connection.open(selector);
            }
            // after the end no new request goes out, but the answers under way are awaited: a vote
            // the server executes must not go unrecorded
            long drained = end + Duration.ofSeconds(30).toNanos();
            for (long now = System.nanoTime();
                    now < end || (now < drained && connections.stream().anyMatch(c -> c.waiting));
                    now = System.nanoTime()) {
                selector.select(50);
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    ((Connection) key.attachment()).ready(key, selector, recorder, end);
                }
            }
            for (Connection connection : connections) {
                if (connection.waiting) {
                    recorder.failed("no answer within 30 s after the end");
                    connection.script.lost();
                }
            }
        } catch (IOException | RuntimeException e) {
            recorder.failed("generator: " + e);
        } finally {
            connections.forEach(Connection::close);
        }
    }

    /**
     * One connection: its script, the request being written and the answer being read. The answer
     * is parsed incrementally on the bytes as they arrive, without strings or rescans, so that the
     * generator stays cheap next to the server it measures.
     */
    private static final class Connection {
        private final InetSocketAddress address;
        private final Script script;
        private SocketChannel channel;
        private SelectionKey key;
        private final ByteBuffer out = ByteBuffer.allocateDirect(64 * 1024);
        private ByteBuffer in = ByteBuffer.allocateDirect(64 * 1024);
        private byte[] body = new byte[32 * 1024];
        private long sent;
        boolean waiting;

        // the answer read so far
        private int scanned; // where the search for the end of the head goes on
        private int bodyStart; // -1 until the head is complete
        private int status;
        private long contentLength;
        private boolean chunked;
        private boolean closing;
        private int chunkAt; // the next chunk's size line
        private int bodyLength;

        Connection(InetSocketAddress address, Script script) {
            this.address = address;
            this.script = script;
        }

        void open(Selector selector) {
            try {
                channel = SocketChannel.open(address);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                key = channel.register(selector, 0, this);
                send();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot connect to " + address, e);
            }
        }

        private void send() throws IOException {
            byte[] request = script.next();
            out.clear();
            out.put(request).flip();
            in.clear();
            scanned = 0;
            bodyStart = -1;
            bodyLength = 0;
            sent = System.nanoTime();
            waiting = true;
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        void ready(SelectionKey ready, Selector selector, Recorder recorder, long end) {
            try {
                if (ready.isWritable()) {
                    channel.write(out);
                    if (!out.hasRemaining()) {
                        key.interestOps(SelectionKey.OP_READ);
                    }
                    return;
                }
                if (!ready.isReadable()) {
                    return;
                }
                if (!in.hasRemaining()) {
                    ByteBuffer larger = ByteBuffer.allocateDirect(in.capacity() * 2);
                    in.flip();
                    larger.put(in);
                    in = larger;
                }
                if (channel.read(in) < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (!complete()) {
                    return;
                }
                long now = System.nanoTime();
                waiting = false;
                if (script.answered(status, body, 0, bodyLength)) {
                    recorder.answered(sent, now, bodyLength);
                } else {
                    recorder.failed("wrong answer: " + status + " "
                            + new String(body, 0, Math.min(bodyLength, 300), StandardCharsets.UTF_8));
                }
                if (closing) {
                    close();
                    if (now < end) {
                        open(selector);
                    }
                } else if (now < end) {
                    send();
                } else {
                    key.interestOps(0);
                }
            } catch (IOException | RuntimeException e) {
                recorder.failed(e.toString());
                if (waiting) {
                    script.lost();
                    waiting = false;
                }
                close();
                if (System.nanoTime() < end) {
                    open(selector);
                }
            }
        }

        /** Whether the whole answer is in; its body is then in {@link #body}. */
        private boolean complete() throws IOException {
            int length = in.position();
            if (bodyStart < 0) {
                int blank = find(Math.max(0, scanned - 3), length, BLANK_LINE);
                if (blank < 0) {
                    scanned = length;
                    return false;
                }
                head(blank);
                bodyStart = blank + 4;
                chunkAt = bodyStart;
            }
            if (!chunked) {
                if (length < bodyStart + contentLength) {
                    return false;
                }
                bodyLength = (int) contentLength;
                copy(bodyStart, 0, bodyLength);
                return true;
            }
            while (true) {
                int lineEnd = find(chunkAt, length, CRLF);
                if (lineEnd < 0) {
                    return false;
                }
                int size = hex(chunkAt, lineEnd);
                int data = lineEnd + 2;
                if (size == 0) {
                    // the last chunk, then optional trailers and a blank line
                    return find(lineEnd, length, BLANK_LINE) >= 0;
                }
                if (length < data + size + 2) {
                    return false;
                }
                copy(data, bodyLength, size);
                bodyLength += size;
                chunkAt = data + size + 2;
            }
        }

        /** The status line and the three headers that matter, read off the bytes. */
        private void head(int end) throws IOException {
            if (end < 12 || in.get(0) != 'H' || in.get(8) != ' ') {
                throw new IOException("not an HTTP answer");
            }
            status = (in.get(9) - '0') * 100 + (in.get(10) - '0') * 10 + (in.get(11) - '0');
            contentLength = -1;
            chunked = false;
            closing = false;
            for (int line = find(0, end, CRLF) + 2; line < end; ) {
                int lineEnd = find(line, end + 2, CRLF);
                if (startsWithIgnoreCase(line, lineEnd, CONTENT_LENGTH)) {
                    contentLength = decimal(line + CONTENT_LENGTH.length, lineEnd);
                } else if (startsWithIgnoreCase(line, lineEnd, TRANSFER_ENCODING)) {
                    chunked = true; // HTTP/1.1 servers send only "chunked" here
                } else if (startsWithIgnoreCase(line, lineEnd, CONNECTION_CLOSE)) {
                    closing = true;
                }
                line = lineEnd + 2;
            }
            if (!chunked && contentLength < 0) {
                throw new IOException("an answer without a length");
            }
        }

        private void copy(int from, int to, int length) {
            if (to + length > body.length) {
                body = Arrays.copyOf(body, Math.max(body.length * 2, to + length));
            }
            in.get(from, body, to, length);
        }

        private int find(int from, int to, byte[] pattern) {
            outer:
            for (int i = from; i <= to - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (in.get(i + j) != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private boolean startsWithIgnoreCase(int from, int to, byte[] lowerCase) {
            if (to - from < lowerCase.length) {
                return false;
            }
            for (int i = 0; i < lowerCase.length; i++) {
                if (Character.toLowerCase(in.get(from + i)) != lowerCase[i]) {
                    return false;
                }
            }
            return true;
        }

        private long decimal(int from, int to) {
            long value = 0;
            for (int i = from; i < to; i++) {
                byte b = in.get(i);
                if (b >= '0' && b <= '9') {
                    value = value * 10 + (b - '0');
                }
            }
            return value;
        }

        private int hex(int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                int digit = Character.digit(in.get(i), 16);
                if (digit < 0) {
                    break; // chunk extensions
                }
                value = value * 16 + digit;
            }
            return value;
        }

        void close() {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
