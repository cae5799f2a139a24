package kz.egmis.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import kz.egmis.platform.KazakhstanTime;
import kz.egmis.screening.ScreeningPasses;

/**
 * {@code bench --mode screening --people N --items M}: writes a synthetic region straight into the canonical tables
 * ({@code bench/screening-region.sql}: a year of visits, stays, attachments and deaths, with about 0.1 % of the items
 * offending), then times two full passes over it: the first builds the screening tables and raises every finding;
 * the second, over tables real time keeps up to date, finds them all again and changes nothing, as a pass over a
 * region screened before does.
 */
final class ScreeningBench {

    private static final String SCRIPT = "/bench/screening-region.sql";
    private static final String STEP = "-- step: ";

    private ScreeningBench() {
    }

    static void run(JdbcTemplate jdbc, ScreeningPasses passes, BenchOptions options) {
        writeRegion(jdbc, options);
        print("full pass, screening tables rebuilt", passes.runFullPass(true));
        print("full pass, screening tables up to date", passes.runFullPass(false));
    }

    /** Writes the synthetic region (source system {@code region}) straight into the canonical tables. */
    static void writeRegion(JdbcTemplate jdbc, BenchOptions options) {
        int firstDay = KazakhstanTime.epochDay(Instant.now()) - 365;
        long stays = options.people() / 10 + options.people() / 1000;
        long visits = Math.max(0, (options.items() - stays) / 2);
        long started = System.nanoTime();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                skipForeignKeyChecks(statement);
                long version = version(statement);
                for (String[] step : steps(Map.of("people", options.people(), "items", options.items(),
                        "outpatient_claims", visits, "first_day", (long) firstDay, "days", 365L, "version_id", version))) {
                    long stepStarted = System.nanoTime();
                    statement.execute(step[1]);
                    System.out.printf(Locale.ROOT, "  %-22s %6.1f s%n", step[0], (System.nanoTime() - stepStarted) / 1e9);
                }
                statement.execute("reset session_replication_role");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "region of %d people written in %.1f s: %s%n", options.people(),
                (System.nanoTime() - started) / 1e9, jdbc.queryForObject("select format('%s claim items, %s claims, "
                        + "%s encounters, %s attachments, %s deaths, %s practitioners', (select count(*) from claim_item),"
                        + " (select count(*) from claim), (select count(*) from encounter), (select count(*) from attachment),"
                        + " (select count(*) from death_record), (select count(*) from practitioner))", String.class));
    }

    /**
     * The rows are written consistent by construction; PostgreSQL checking every foreign key row by row would make
     * the load about a third slower. Needs a superuser (the embedded PostgreSQL's); elsewhere the checks stay on.
     */
    private static void skipForeignKeyChecks(Statement statement) {
        try {
            statement.execute("set session_replication_role = replica");
        } catch (SQLException notSuperuser) {
            System.out.println("  (foreign keys checked: " + notSuperuser.getMessage() + ")");
        }
    }

    private static long version(Statement statement) throws SQLException {
        // the canonical rows must name a version; one stands for the whole synthetic load
        try (var result = statement.executeQuery("insert into resource_version (source_system, resource_type, resource_id,"
                + " version, content_sha256, raw_content, transport, received_at) values ('region', 'Bench', 'region', 1,"
                + " '0', '{}', 'bench', 0) returning id")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The script's steps, each [name, SQL], with the parameters substituted (numbers only). */
    private static List<String[]> steps(Map<String, Long> parameters) throws IOException {
        String script;
        try (InputStream in = ScreeningBench.class.getResourceAsStream(SCRIPT)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, Long> parameter : parameters.entrySet()) {
            script = script.replace("${" + parameter.getKey() + "}", Long.toString(parameter.getValue()));
        }
        List<String[]> steps = new ArrayList<>();
        for (String part : script.split("\n" + STEP)) {
            if (!part.startsWith("--")) {
                int end = part.indexOf('\n');
                steps.add(new String[] {part.substring(0, end).trim(), part.substring(end + 1)});
            }
        }
        return steps;
    }

    private static void print(String name, ScreeningPasses.Figures figures) {
        System.out.printf(Locale.ROOT, "%s: %d offences in %.1f s (screening tables %.1f s, rules %.1f s, reconciling %.1f s)%n",
                name, figures.offences(), figures.durationMs() / 1e3, figures.tablesMs() / 1e3,
                figures.rules().stream().mapToLong(ScreeningPasses.RuleFigures::durationMs).sum() / 1e3,
                figures.reconcileMs() / 1e3);
        for (ScreeningPasses.RuleFigures rule : figures.rules()) {
            System.out.printf(Locale.ROOT, "  %-30s %6.1f s %8d offences%n", rule.rule(), rule.durationMs() / 1e3,
                    rule.offences());
        }
    }
}
