package org.agora.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.bench.ceiling.CeilingApi;
import org.agora.bench.ceiling.StaticJson;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The ceiling beside the portal: a static JSON endpoint of the same size on the same Payara Micro,
 * deployed as {@code ceiling.war} at {@code /ceiling}.
 */
final class Ceiling {

    static final String CONTEXT = "/ceiling";

    private Ceiling() {}

    /** Writes {@code ceiling.war} into {@code dir}. */
    static Path buildWar(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path war = dir.resolve("ceiling.war");
        ShrinkWrap.create(WebArchive.class, "ceiling.war")
                .addClasses(CeilingApi.class, StaticJson.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        return war;
    }

    /** Makes {@code /ceiling/<name>…} answer with exactly these bytes. */
    static void store(String server, String name, byte[] body) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server + CONTEXT + "/bodies/" + name))
                                    .header("Content-Type", "application/octet-stream")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the ceiling did not take its body: " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
