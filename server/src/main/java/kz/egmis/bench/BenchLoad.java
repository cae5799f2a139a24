package kz.egmis.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pushes synthetic resources through the HTTP API: one NDJSON stream, or batch Bundles one after another. */
final class BenchLoad {

    record Result(long accepted, long rejected, long bytes) {
    }

    private static final Pattern COUNT = Pattern.compile("\"(accepted|unchanged|rejected)\":(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\d{3})");

    private final HttpClient http;
    private final String baseUrl;
    private final String key;

    BenchLoad(HttpClient http, String baseUrl, String key) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.key = key;
    }

    /** A small load first, so the rates measure a warm server. */
    void warmUp(Path folder) throws IOException, InterruptedException {
        ndjson(ndjsonFile(20_000, folder));
        bundles(bundleFiles(2_000, 500, folder));
    }

    /** Writes the NDJSON file first (not timed: the server, not the generator, is measured). */
    static Path ndjsonFile(long resources, Path folder) throws IOException {
        Path file = folder.resolve("load-" + resources + ".ndjson");
        try (InputStream body = new GeneratedStream(new SyntheticResources(resources, run()), resources)) {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** Writes the batch Bundles first, one file each (not timed). */
    static List<Path> bundleFiles(long resources, int bundleSize, Path folder) throws IOException {
        SyntheticResources generator = new SyntheticResources(resources + 1, run());
        List<Path> files = new ArrayList<>();
        for (long sent = 0; sent < resources; sent += bundleSize) {
            int size = (int) Math.min(bundleSize, resources - sent);
            StringBuilder bundle = new StringBuilder(size * 1200).append("{\"resourceType\":\"Bundle\",\"type\":\"batch\",\"entry\":[");
            for (int i = 0; i < size; i++) {
                String resource = generator.next();
                String type = field(resource, "resourceType");
                String id = field(resource, "id");
                bundle.append(i == 0 ? "" : ",").append("{\"resource\":").append(resource)
                        .append(",\"request\":{\"method\":\"PUT\",\"url\":\"").append(type).append('/').append(id).append("\"}}");
            }
            Path file = folder.resolve("bundle-" + resources + "-" + files.size() + ".json");
            Files.writeString(file, bundle.append("]}"));
            files.add(file);
        }
        return files;
    }

    Result ndjson(Path file) throws IOException, InterruptedException {
        String summary = BenchCommand.post(http, baseUrl + "/ingest/ndjson", key, HttpRequest.BodyPublishers.ofFile(file),
                "application/fhir+ndjson");
        return new Result(count(summary, "accepted") + count(summary, "unchanged"), count(summary, "rejected"),
                Files.size(file));
    }

    Result bundles(List<Path> files) throws IOException, InterruptedException {
        long accepted = 0;
        long rejected = 0;
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            String response = BenchCommand.post(http, baseUrl + "/fhir", key, HttpRequest.BodyPublishers.ofFile(file),
                    "application/fhir+json");
            Matcher statuses = STATUS.matcher(response);
            while (statuses.find()) {
                if (statuses.group(1).startsWith("2")) {
                    accepted++;
                } else {
                    rejected++;
                }
            }
        }
        return new Result(accepted, rejected, bytes);
    }

    private static String run() {
        return "r" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private static long count(String summary, String name) {
        Matcher matcher = COUNT.matcher(summary);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return Long.parseLong(matcher.group(2));
            }
        }
        return 0;
    }
}
