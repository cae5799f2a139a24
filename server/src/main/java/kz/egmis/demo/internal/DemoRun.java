package kz.egmis.demo.internal;

import java.io.PrintStream;
import java.util.Locale;

import kz.egmis.demo.DemoSettings;
import kz.egmis.reference.ReferenceCatalog;

/**
 * The run command's work once the server answers: generate the region (or reuse the one in the data folder), load it
 * through the API, screen it, and print the report and where to look.
 */
public final class DemoRun {

    private final DemoFolder folder;
    private final PrintStream out;
    private final boolean terminal;

    private final Runnable analyticsCurrent;

    /** {@code analyticsCurrent} waits until the analytics tables hold everything loaded, before the report reads them. */
    public DemoRun(DemoFolder folder, PrintStream out, boolean terminal, Runnable analyticsCurrent) {
        this.folder = folder;
        this.out = out;
        this.terminal = terminal;
        this.analyticsCurrent = analyticsCurrent;
    }

    /**
     * Generates the region unless the folder holds one already; answers what to tell the person at the console. Runs
     * while the server starts, so the two overlap.
     */
    public static String prepare(DemoFolder folder, DemoSettings wanted, ReferenceCatalog catalog) {
        if (!folder.holdsRegion()) {
            long started = System.nanoTime();
            folder.generate(wanted, catalog);
            return String.format(Locale.ROOT, "  Generated the demo region %s in %.1f s (%s)", wanted.name(),
                    (System.nanoTime() - started) / 1e9, folder.path());
        }
        if (!folder.settings().equals(wanted) && !folder.isLoaded()) {
            return "  This data folder already holds the demo region " + folder.settings().name()
                    + "; using it (for another region, start with an empty EGMIS_DATA_DIR).";
        }
        return "  Using the demo region " + folder.settings().name() + " in " + folder.path();
    }

    /** The region in the folder, and what its report highlighted. */
    public record Result(DemoSettings settings, DemoReport.Highlights highlights) {
    }

    /** Loads what is not loaded yet and prints the report. */
    public Result run(String baseUrl, String loaderKey) {
        ApiReader api = new ApiReader(baseUrl, loaderKey);
        DemoSettings settings = folder.settings();
        if (folder.isLoaded()) {
            out.println("  The demo region was loaded at an earlier start; reusing it.");
        } else {
            var deliveries = folder.deliveries();
            long records = deliveries.stream().mapToLong(Delivery::records).sum();
            DemoLoader.Totals totals = new DemoLoader(baseUrl, loaderKey, new ProgressBar(out, terminal, records))
                    .load(folder.path(), deliveries);
            long sources = deliveries.stream().map(Delivery::sourceSystem).distinct().count();
            out.printf(Locale.ROOT, "  Loaded %,d records in %d files from %d source systems in %.1f s: %,d accepted, %,d "
                    + "unchanged, %,d rejected%n", records, deliveries.size(), sources, totals.millis() / 1e3, totals.accepted(),
                    totals.unchanged(), totals.rejected());
            totals.firstRejections().forEach(rejection -> out.println("    rejected: " + rejection));
            var pass = api.post("/api/screening/run");
            out.printf(Locale.ROOT, "  Screened everything in %.1f s%n", pass.path("durationMs").asLong() / 1e3);
            folder.markLoaded();
        }
        DemoReport.Highlights highlights = DemoReport.print(out, api, folder.facilityNames());
        analyticsCurrent.run();
        OutliersReport.print(out, api, OutliersReport.lastFullMonth(settings.lastDay()));
        return new Result(settings, highlights);
    }
}
