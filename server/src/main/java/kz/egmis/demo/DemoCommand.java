package kz.egmis.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;

import kz.egmis.demo.internal.DemoFolder;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.reference.ReferenceCatalogFiles;

/**
 * {@code java -jar egmis.jar demo [--people N] [--months N] [--seed N] [--regions 35,71]}: the server on its data
 * folder (the embedded PostgreSQL by default), loaded with the demo region. The flags become Spring properties;
 * any other argument is passed to Spring as it is.
 */
public final class DemoCommand {

    private static final List<String> FLAGS = List.of("--people", "--months", "--seed", "--regions");

    private DemoCommand() {
    }

    public static void run(Class<?> application, String[] args) {
        List<String> arguments = new ArrayList<>(List.of("--egmis.demo.enabled=true"));
        Map<String, String> flags = flags(args, 1, arguments);
        flags.forEach((name, value) -> arguments.add("--egmis.demo." + name + "=" + value));
        SpringApplication.run(application, arguments.toArray(String[]::new));
    }

    /**
     * {@code java -jar egmis.jar demo-files <folder> [flags]}: only writes the region's files and ground truth into
     * {@code <folder>/demo}, for integrators who want the standard's formats to test their own tools against. No
     * server, no database.
     */
    public static void writeFiles(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new IllegalArgumentException("EGMIS-DEMO-003: name the folder to write to: demo-files <folder> [--people N]");
        }
        List<String> unknown = new ArrayList<>();
        Map<String, String> flags = flags(args, 2, unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("EGMIS-DEMO-003: unknown arguments " + unknown + "; use " + FLAGS);
        }
        DemoSettings settings = new DemoSettings(
                Long.parseLong(flags.getOrDefault("seed", Long.toString(DemoSettings.DEFAULT_SEED))),
                Integer.parseInt(flags.getOrDefault("people", Integer.toString(DemoSettings.DEFAULT_PEOPLE))),
                Integer.parseInt(flags.getOrDefault("months", Integer.toString(DemoSettings.DEFAULT_MONTHS))),
                LocalDate.now(KazakhstanTime.OFFSET).minusDays(1),
                List.of(flags.getOrDefault("regions", String.join(",", DemoSettings.DEFAULT_REGIONS)).split(",")));
        long started = System.nanoTime();
        DemoFolder folder = new DemoFolder(Path.of(args[1]));
        folder.generate(settings, ReferenceCatalogFiles.bundled());
        System.out.printf(Locale.ROOT, "Wrote the demo region %s to %s in %.1f s%n", settings.name(), folder.path(),
                (System.nanoTime() - started) / 1e9);
    }

    /** The demo flags from {@code from} on, by name without dashes; other arguments go to {@code others}. */
    private static Map<String, String> flags(String[] args, int from, List<String> others) {
        Map<String, String> flags = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            if (!FLAGS.contains(args[i])) {
                others.add(args[i]);
            } else if (i + 1 >= args.length) {
                throw new IllegalArgumentException("EGMIS-DEMO-003: " + args[i] + " needs a value");
            } else {
                flags.put(args[i].substring(2), args[++i]);
            }
        }
        return flags;
    }
}
