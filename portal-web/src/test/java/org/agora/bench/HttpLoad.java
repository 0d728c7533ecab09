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

    private enum Answer {
        INCOMPLETE,
        COMPLETE,
        CLOSING
    }

    /** What one connection sends, and whether an answer was right. */
    interface Script {
        byte[] next();

        boolean answered(int status, byte[] body, int offset, int length);

        /** The request got no answer (the connection broke): its effect is unknown. */
        default void lost() {}
    }

    private HttpLoad() {}

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

    /** One connection: its script, the request being written and the answer being read. */
    private static final class Connection {
        private final InetSocketAddress address;
        private final Script script;
        private SocketChannel channel;
        private ByteBuffer out;
        private byte[] in = new byte[32 * 1024];
        private int inLength;
        private byte[] dechunked = new byte[32 * 1024];
        private long sent;

        Connection(InetSocketAddress address, Script script) {
            this.address = address;
            this.script = script;
        }

        boolean waiting;

        void open(Selector selector) {
            try {
                channel = SocketChannel.open(address);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                channel.register(selector, 0, this);
                inLength = 0;
                send(selector);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot connect to " + address, e);
            }
        }

        private void send(Selector selector) throws IOException {
            out = ByteBuffer.wrap(script.next());
            sent = System.nanoTime();
            waiting = true;
            channel.write(out);
            channel.keyFor(selector).interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        void ready(SelectionKey key, Selector selector, Recorder recorder, long end) {
            try {
                if (key.isWritable()) {
                    channel.write(out);
                    if (!out.hasRemaining()) {
                        key.interestOps(SelectionKey.OP_READ);
                    }
                    return;
                }
                if (!key.isReadable()) {
                    return;
                }
                if (inLength == in.length) {
                    in = Arrays.copyOf(in, in.length * 2);
                }
                int n = channel.read(ByteBuffer.wrap(in, inLength, in.length - inLength));
                if (n < 0) {
                    throw new IOException("the server closed the connection");
                }
                inLength += n;
                Answer answer = parse(recorder);
                if (answer == Answer.INCOMPLETE) {
                    return;
                }
                waiting = false;
                if (answer == Answer.CLOSING) {
                    close();
                    if (System.nanoTime() < end) {
                        open(selector);
                    }
                } else if (System.nanoTime() < end) {
                    send(selector);
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

        /** Once the whole answer is in, it is judged and recorded, and the next request may go. */
        private Answer parse(Recorder recorder) throws IOException {
            int headerEnd = indexOf(in, inLength, 0, BLANK_LINE);
            if (headerEnd < 0) {
                return Answer.INCOMPLETE;
            }
            int bodyStart = headerEnd + 4;
            String head = new String(in, 0, headerEnd, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            long contentLength = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String header = line.substring(0, colon).trim();
                if (header.equalsIgnoreCase("Content-Length")) {
                    contentLength = Long.parseLong(line.substring(colon + 1).trim());
                } else if (header.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = line.toLowerCase().contains("chunked");
                } else if (header.equalsIgnoreCase("Connection")) {
                    closing = line.toLowerCase().contains("close");
                }
            }
            byte[] body;
            int offset;
            int length;
            if (chunked) {
                length = 0;
                int at = bodyStart;
                while (true) {
                    int lineEnd = indexOf(in, inLength, at, CRLF);
                    if (lineEnd < 0) {
                        return Answer.INCOMPLETE;
                    }
                    String sizeLine = new String(in, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                    int extension = sizeLine.indexOf(';');
                    int size =
                            Integer.parseInt((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
                    at = lineEnd + 2;
                    if (size == 0) {
                        if (indexOf(in, inLength, at - 2, BLANK_LINE) < 0) {
                            return Answer.INCOMPLETE; // the final CRLF (after optional trailers) is not in yet
                        }
                        break;
                    }
                    if (at + size + 2 > inLength) {
                        return Answer.INCOMPLETE;
                    }
                    if (length + size > dechunked.length) {
                        dechunked = Arrays.copyOf(dechunked, Math.max(dechunked.length * 2, length + size));
                    }
                    System.arraycopy(in, at, dechunked, length, size);
                    length += size;
                    at += size + 2;
                }
                body = dechunked;
                offset = 0;
            } else if (contentLength >= 0) {
                if (bodyStart + contentLength > inLength) {
                    return Answer.INCOMPLETE;
                }
                body = in;
                offset = bodyStart;
                length = (int) contentLength;
            } else {
                throw new IOException("an answer without length: " + head);
            }
            long now = System.nanoTime();
            if (script.answered(status, body, offset, length)) {
                recorder.answered(sent, now, length);
            } else {
                recorder.failed("wrong answer: " + head.lines().findFirst().orElse("") + " "
                        + new String(body, offset, Math.min(length, 300), StandardCharsets.UTF_8));
            }
            inLength = 0;
            return closing ? Answer.CLOSING : Answer.COMPLETE;
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

        private static int indexOf(byte[] data, int length, int from, byte[] pattern) {
            outer:
            for (int i = Math.max(0, from); i <= length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (data[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
