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
import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.ledger.LedgerBenchmark;
import kz.egmis.ledger.LedgerVerification;
import kz.egmis.ledger.VerificationReport;
import kz.egmis.analytics.AnalyticsUpdates;
import kz.egmis.screening.ScreeningPasses;

/**
 * {@code java -jar egmis.jar bench [--resources N] [--mode ndjson|bundle|ledger|verify|screening|analytics|identity|identity-api] [--bundle-size 500]
 * [--people N --items M] [--db-url URL --db-user U]}: starts a server in this JVM (embedded PostgreSQL in a fresh
 * temporary folder, or the given database), generates N synthetic FHIR resources and loads them through the real
 * HTTP API, then prints resources per second, the peak heap of the JVM, and when real-time screening had screened
 * the load. {@code verify} loads as {@code ndjson} does, then times verifying the whole ledger against the
 * database; {@code screening} writes a region straight into the database and times full screening passes.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static void run(Class<?> application, String[] arguments) throws Exception {
        BenchOptions options = BenchOptions.parse(arguments);
        if (options.mode().equals("identity")) {
            IdentityBench.run(options.resources()); // the linker alone: no server
            return;
        }
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
            System.out.printf(Locale.ROOT, "EGMIS bench: %s as %s on %s, %d cores, max heap %d MiB%n",
                    List.of("screening", "analytics").contains(options.mode()) ? options.people() + " people, " + options.items() + " claim items"
                            : options.resources() + " resources", options.mode(), options.databaseUrl() == null ? "embedded PostgreSQL"
                            : options.databaseUrl(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            if (options.mode().equals("ledger")) {
                printLedger(server.getBean(LedgerBenchmark.class).run(options.resources()));
                return;
            }
            if (options.mode().equals("identity-api")) {
                IdentityApiBench.run(HttpClient.newHttpClient(), "http://127.0.0.1:" + port, key, options.resources());
                return;
            }
            ScreeningPasses screening = server.getBean(ScreeningPasses.class);
            if (options.mode().equals("screening")) {
                ScreeningBench.run(server.getBean(JdbcTemplate.class), screening, options);
                return;
            }
            if (options.mode().equals("analytics")) {
                AnalyticsBench.run(server.getBean(JdbcTemplate.class), server.getBean(AnalyticsUpdates.class), options,
                        HttpClient.newHttpClient(), "http://127.0.0.1:" + port, key);
                return;
            }
            BenchLoad load = new BenchLoad(HttpClient.newHttpClient(), "http://127.0.0.1:" + port, key);
            load.warmUp(data);
            // the warm-up's own screening (a full pass: the first after start) is not part of what is measured
            screening.awaitRealTimeScreening(Duration.ofHours(1));
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
            printRealTimeScreening(screening, start, result.accepted());
            printRealTimeAnalytics(server.getBean(AnalyticsUpdates.class), start, result.accepted());
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

    /**
     * Real time screens a load while it streams in (a pass once ingests pause, or every 30 s) and once more when it
     * ends: the load is screened when the last of those passes is done. Its cost is the time from the start of the
     * load to then, compared with the load alone (run with EGMIS_SCREENING_REAL_TIME=false for that).
     */
    private static void printRealTimeScreening(ScreeningPasses screening, long start, long resources)
            throws InterruptedException {
        ScreeningPasses.RealTimeFigures before = screening.realTimeFigures();
        screening.awaitRealTimeScreening(Duration.ofHours(2));
        double seconds = (System.nanoTime() - start) / 1e9;
        ScreeningPasses.RealTimeFigures after = screening.realTimeFigures();
        if (after.latest() == null) {
            System.out.println("real-time screening is off");
            return;
        }
        ScreeningPasses.Figures last = after.latest();
        System.out.printf(Locale.ROOT, "loaded and screened in real time in %.1f s: %.0f resources/s; %d scoped and %d full "
                        + "passes in all, the last %s: %.1f s (tables %.1f s, reconciling %.1f s), %d offences%n", seconds,
                resources / seconds, after.scopedPasses(), after.fullPasses(), last.full() ? "full" : "scoped",
                last.durationMs() / 1e3, last.tablesMs() / 1e3, last.reconcileMs() / 1e3, last.offences());
    }

    /** Analytics keeps up with a load by updates of what it touched; compare with EGMIS_ANALYTICS_REAL_TIME=false. */
    private static void printRealTimeAnalytics(AnalyticsUpdates analytics, long start, long resources)
            throws InterruptedException {
        analytics.awaitCurrent(Duration.ofHours(2));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "loaded, screened and in the analytics tables in %.1f s: %.0f resources/s,"
                + " %d failed analytics updates%n", seconds, resources / seconds, analytics.failedUpdates());
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
