package kz.egmis.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

/**
 * Sends the region's files through the real HTTP API, as the source systems would: NDJSON streams, CSV exports and
 * FHIR Bundles, each with its source's X-Source-System, in the delivery order (two at a time). Counts what the server accepted,
 * found unchanged and rejected, and keeps the first rejections to show.
 */
public final class DemoLoader {

    /** What the server answered over all deliveries. */
    public record Totals(long accepted, long unchanged, long rejected, List<String> firstRejections, long millis) {
    }

    private static final int SENDERS = 2;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String apiKey;
    private final ProgressBar progress;
    private long accepted;
    private long unchanged;
    private long rejected;
    private final List<String> rejections = new ArrayList<>();

    public DemoLoader(String baseUrl, String apiKey, ProgressBar progress) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.progress = progress;
    }

    /** Sends the deliveries two at a time (sources send concurrently; the server uses both cores either way). */
    public Totals load(Path folder, List<Delivery> deliveries) {
        long started = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Delivery delivery : deliveries) {
                sent.add(senders.submit(() -> send(folder, delivery)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Loading the demo region was interrupted", e);
        } finally {
            senders.shutdownNow();
        }
        progress.finish();
        synchronized (this) {
            return new Totals(accepted, unchanged, rejected, List.copyOf(rejections), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void send(Path folder, Delivery delivery) {
        Path file = folder.resolve(delivery.file());
        switch (delivery.kind()) {
            case "ndjson" -> summary(delivery, post("/ingest/ndjson", "application/fhir+ndjson", delivery, file));
            case "csv" -> summary(delivery, post("/ingest/csv/" + delivery.format(), "text/csv", delivery, file));
            case "bundles" -> bundles(delivery, file);
            default -> throw new IllegalArgumentException("unknown delivery kind " + delivery.kind());
        }
        progress.advance(delivery.records(), delivery.file());
    }

    private void bundles(Delivery delivery, Path file) {
        try (var lines = Files.lines(file)) {
            lines.forEach(bundle -> {
                JsonNode response = send(delivery, HttpRequest.BodyPublishers.ofString(bundle), "/fhir", "application/fhir+json");
                for (JsonNode entry : response.path("entry")) {
                    String status = entry.path("response").path("status").asString("");
                    if (status.startsWith("2")) {
                        countAccepted(1);
                    } else {
                        reject(delivery, status + " " + entry.path("response").path("outcome").toString());
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo file " + file, e);
        }
    }

    private JsonNode post(String path, String contentType, Delivery delivery, Path file) {
        try {
            return send(delivery, HttpRequest.BodyPublishers.ofFile(file), path, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo file " + file, e);
        }
    }

    private JsonNode send(Delivery delivery, HttpRequest.BodyPublisher body, String path, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + apiKey)
                .header("X-Source-System", delivery.sourceSystem())
                .header("Content-Type", contentType)
                .POST(body).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                reject(delivery, "HTTP " + response.statusCode() + " " + response.body());
                return FhirJson.MAPPER.createObjectNode();
            }
            return FhirJson.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("The server did not answer " + path + " for " + delivery.file(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Loading the demo region was interrupted", e);
        }
    }

    private synchronized void countAccepted(long records) {
        accepted += records;
    }

    private synchronized void summary(Delivery delivery, JsonNode summary) {
        accepted += summary.path("accepted").asLong();
        unchanged += summary.path("unchanged").asLong();
        for (JsonNode error : summary.path("errors")) {
            reject(delivery, "line " + error.path("line").asLong() + ": " + error.path("message").asString(""));
        }
        rejected += Math.max(0, summary.path("rejected").asLong() - summary.path("errors").size());
    }

    private synchronized void reject(Delivery delivery, String reason) {
        rejected++;
        if (rejections.size() < 10) {
            rejections.add(delivery.file() + ": " + reason);
        }
    }
}
