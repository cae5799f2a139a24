package kz.egmis.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.egmis.identity.Bin;
import kz.egmis.identity.PersonRecord;
import kz.egmis.identity.Sex;

/**
 * {@code bench --mode identity-api --records N}: the labelled set of {@link SyntheticPeople} sent as Patients through
 * the HTTP API (one NDJSON stream per source system; the registry links each batch as it is stored), then the links
 * read back from {@code GET /api/identity/links} and scored against the truth, as an outside test would. The rate
 * is of ingestion and real-time linking together.
 */
final class IdentityApiBench {

    private static final Pattern LINK = Pattern.compile("\"record\":\"([^\"]+)\",\"personId\":\"([^\"]+)\"");

    private IdentityApiBench() {
    }

    static void run(HttpClient http, String base, String key, long records) throws Exception {
        List<SyntheticPeople.Labelled> labelled = SyntheticPeople.generate((int) records, 15);
        Map<String, StringBuilder> bySource = new LinkedHashMap<>();
        for (SyntheticPeople.Labelled record : labelled) {
            String[] parts = record.record().record().split("/", 3);
            bySource.computeIfAbsent(parts[0], any -> new StringBuilder()).append(patient(parts[0], parts[2], record))
                    .append('\n');
        }
        long start = System.nanoTime();
        for (Map.Entry<String, StringBuilder> source : bySource.entrySet()) {
            String summary = send(http, base + "/ingest/ndjson", key, source.getKey(), source.getValue().toString());
            if (!summary.contains("\"rejected\":0")) {
                throw new IllegalStateException("records were rejected: " + summary.substring(0,
                        Math.min(400, summary.length())));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "sent %d Patients from %d sources and linked them in real time in %.1f s: "
                + "%.0f records/s (ingestion and linking)%n", labelled.size(), bySource.size(), seconds,
                labelled.size() / seconds);
        Map<String, String> personOf = new HashMap<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/identity/links"))
                .timeout(Duration.ofHours(1)).header("Authorization", "Bearer " + key).GET().build();
        for (String line : http.send(request, HttpResponse.BodyHandlers.ofLines()).body().toList()) {
            Matcher link = LINK.matcher(line);
            if (link.find()) {
                personOf.put(link.group(1), link.group(2));
            }
        }
        List<SyntheticPeople.Labelled> read = new ArrayList<>(labelled);
        read.removeIf(record -> !personOf.containsKey(record.record().record()));
        System.out.printf(Locale.ROOT, "GET /api/identity/links: %d of %d records linked%n", read.size(), labelled.size());
        IdentityBench.printQuality(read, personOf::get, false);
        IdentityBench.printQuality(read, personOf::get, true);
    }

    private static String patient(String source, String id, SyntheticPeople.Labelled labelled) {
        PersonRecord record = labelled.record();
        String identifier = record.iin() != null
                ? "{\"system\":\"urn:kz:iin\",\"value\":\"" + record.iin() + "\"}"
                : "{\"system\":\"urn:kz:egmis:mrn:" + facility(source) + "\",\"value\":\"MRN-" + id + "\"}";
        StringBuilder json = new StringBuilder("{\"resourceType\":\"Patient\",\"id\":\"").append(id)
                .append("\",\"identifier\":[").append(identifier).append("],\"name\":[{\"text\":\"")
                .append(labelled.nameText()).append("\"}]");
        if (record.sex() != null) {
            json.append(",\"gender\":\"").append(record.sex() == Sex.MALE ? "male" : "female").append('"');
        }
        json.append(",\"birthDate\":\"").append(record.birthDate()).append('"');
        if (record.region() != null) {
            json.append(",\"address\":[{\"district\":\"").append(record.region()).append("\"}]");
        }
        return json.append('}').toString();
    }

    private static Bin facility(String source) {
        return Bin.of(YearMonth.of(2010, 1), 4, 100 + 2 * Integer.parseInt(source.substring(1)));
    }

    private static String send(HttpClient http, String url, String key, String source, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofHours(1))
                .header("Authorization", "Bearer " + key).header("X-Source-System", source)
                .header("Content-Type", "application/fhir+ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the server answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
