package kz.egmis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import kz.egmis.ledger.LedgerBenchmark;
import kz.egmis.ledger.LedgerVerification;
import kz.egmis.ledger.VerificationReport;

/**
 * {@code java -jar egmis.jar bench [--resources N] [--mode ndjson|bundle|ledger|verify] [--bundle-size 500] [--db-url URL
 * --db-user U]}: starts a server in this JVM (embedded PostgreSQL in a fresh temporary folder, or the given
 * database), generates N synthetic FHIR resources and loads them through the real HTTP API, then prints
 * resources per second and the peak heap of the JVM. {@code verify} loads as {@code ndjson} does, then times
 * verifying the whole ledger against the database.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static void run(Class<?> application, String[] arguments) throws Exception {
        BenchOptions options = BenchOptions.parse(arguments);
        Path data = Files.createTempDirectory("egmis-bench");
        String key = "bench-" + UUID.randomUUID();
        List<String> serverArguments = new ArrayList<>(List.of("--server.port=0", "--egmis.data-dir=" + data,
                "--egmis.bootstrap-api-key=" + key, "--logging.level.root=WARN",
                "--logging.level.kz.egmis.ledger.internal.LedgerVerifier=INFO"));
        if (options.databaseUrl() != null) {
            serverArguments.add("--egmis.db.url=" + options.databaseUrl());
            serverArguments.add("--egmis.db.user=" + options.databaseUser());
        }
        try (ConfigurableApplicationContext server = SpringApplication.run(application,
                serverArguments.toArray(String[]::new))) {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            System.out.printf(Locale.ROOT, "EGMIS bench: %d resources as %s on %s, %d cores, max heap %d MiB%n",
                    options.resources(), options.mode(), options.databaseUrl() == null ? "embedded PostgreSQL"
                            : options.databaseUrl(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            if (options.mode().equals("ledger")) {
                printLedger(server.getBean(LedgerBenchmark.class).run(options.resources()));
                return;
            }
            BenchLoad load = new BenchLoad(HttpClient.newHttpClient(), "http://127.0.0.1:" + port, key);
            load.warmUp(data);
            boolean bundles = options.mode().equals("bundle");
            Path ndjson = bundles ? null : BenchLoad.ndjsonFile(options.resources(), data);
            List<Path> bundleFiles = bundles ? BenchLoad.bundleFiles(options.resources(), options.bundleSize(), data) : null;
            resetPeaks();
            long start = System.nanoTime();
            BenchLoad.Result result = bundles ? load.bundles(bundleFiles) : load.ndjson(ndjson);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "stored %d, rejected %d, %.1f MB sent in %.1f s: %.0f resources/s, "
                            + "peak heap %d MiB%n", result.accepted(), result.rejected(), result.bytes() / 1e6, seconds,
                    result.accepted() / seconds, peakHeapBytes() >> 20);
            if (options.mode().equals("verify")) {
                resetPeaks();
                VerificationReport report = server.getBean(LedgerVerification.class).verify();
                System.out.printf(Locale.ROOT, "verified %d leaves and %d tree heads in %.1f s: %.0f leaves/s, %d problems, "
                        + "peak heap %d MiB%n", report.leavesChecked(), report.headsChecked(), report.durationMs() / 1e3,
                        report.leavesChecked() * 1e3 / Math.max(1, report.durationMs()),
                        report.problems().size() + report.problemsNotListed(), peakHeapBytes() >> 20);
            }
        } finally {
            deleteRecursively(data);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void printLedger(LedgerBenchmark.Figures figures) {
        System.out.printf(Locale.ROOT, "queued %d leaves in %.1f s (%.0f/s, in the writers' transactions); sequenced and "
                        + "persisted them in %.1f s: %.0f leaves/s; root %.1f ms; inclusion proof %.1f µs, consistency proof "
                        + "%.1f µs on average%n", figures.leaves(), figures.queueSeconds(),
                figures.leaves() / figures.queueSeconds(), figures.sequenceSeconds(),
                figures.leaves() / figures.sequenceSeconds(), figures.rootSeconds() * 1000, figures.inclusionMicros(),
                figures.consistencyMicros());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** Posts a body and answers the JSON text; a non-2xx status ends the bench with the server's answer. */
    static String post(HttpClient http, String url, String key, HttpRequest.BodyPublisher body, String type)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofHours(2))
                .header("Authorization", "Bearer " + key).header("X-Source-System", "bench")
                .header("Content-Type", type).POST(body).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the server answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
