package org.agora.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro running the portal's WAR at the root context, as its own process. */
public final class Payara implements AutoCloseable {

    private final Process process;
    private final int port;

    private Payara(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Payara start(Path jar, Path war, int port, Path rootDir, Map<String, String> settings, Path log) {
        return start(jar, war, List.of(), port, rootDir, settings, log);
    }

    /**
     * Also deploys {@code moreWars} beside the portal, each at the context root of its file name
     * ({@code ceiling.war} at {@code /ceiling}); the benchmark's ceiling endpoint runs that way.
     */
    public static Payara start(
            Path jar, Path war, List<Path> moreWars, int port, Path rootDir, Map<String, String> settings, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        String jvmOptions = System.getProperty("agora.payara.jvmOptions", "");
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.strip().split("\\s+")));
        }
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString(), "--deploy", war.toString(), "--contextRoot", "/"));
        moreWars.forEach(more -> command.addAll(List.of("--deploy", more.toString())));
        command.addAll(List.of("--port", Integer.toString(port), "--nocluster", "--rootDir", rootDir.toString()));
        try {
            Files.createDirectories(rootDir);
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new Payara(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Payara Micro did not start", e);
        }
    }

    /** Waits until the portal's own readiness checks answer UP, not merely some server on the port. */
    public Payara awaitReady(Duration deadline) {
        Http.await(
                "Payara Micro",
                deadline,
                process::isAlive,
                () -> Http.answers200With(url() + "/health/ready", "\"name\":\"database\""));
        return this;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        Http.stop(process);
    }
}
