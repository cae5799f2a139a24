package kz.egmis.demo.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import kz.egmis.analytics.AnalyticsUpdates;
import kz.egmis.database.DatabaseSettings;
import kz.egmis.demo.DemoSettings;
import kz.egmis.platform.KazakhstanTime;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.security.Accounts;
import kz.egmis.security.AdministratorKeyHint;
import kz.egmis.security.Role;
import kz.egmis.security.Scope;
import kz.egmis.security.ServiceKeys;

/** With {@code egmis.demo.enabled} (the {@code demo} command), loads the demo region once the server answers. */
@Component
@ConditionalOnProperty(name = "egmis.demo.enabled", havingValue = "true")
class DemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStartup.class);

    private final Environment environment;
    private final ServiceKeys keys;
    private final AdministratorKeyHint keyHint;
    private final AnalyticsUpdates analytics;
    private final DemoFolder folder;
    private final DemoLogins logins;
    private final CompletableFuture<String> preparation;

    DemoStartup(Environment environment, DatabaseSettings database, ServiceKeys keys, AdministratorKeyHint keyHint,
                Accounts accounts, AnalyticsUpdates analytics,
                ReferenceCatalog catalog, Clock clock,
                @Value("${egmis.demo.seed:" + DemoSettings.DEFAULT_SEED + "}") long seed,
                @Value("${egmis.demo.people:" + DemoSettings.DEFAULT_PEOPLE + "}") int people,
                @Value("${egmis.demo.months:" + DemoSettings.DEFAULT_MONTHS + "}") int months,
                @Value("${egmis.demo.regions:35}") String regions) {
        this.environment = environment;
        this.keys = keys;
        this.keyHint = keyHint;
        this.analytics = analytics;
        LocalDate yesterday = KazakhstanTime.day(KazakhstanTime.epochDay(clock.instant())).minusDays(1);
        DemoSettings wanted = new DemoSettings(seed, people, months, yesterday,
                Arrays.stream(regions.split(",")).map(String::strip).toList());
        this.folder = new DemoFolder(database.dataDirectory());
        this.logins = new DemoLogins(database.dataDirectory(), accounts);
        // generated while the rest of the server starts
        this.preparation = CompletableFuture.supplyAsync(() -> DemoRun.prepare(folder, wanted, catalog),
                task -> daemon(task, "demo-region-generator").start());
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenReady() {
        daemon(this::loadAndReport, "demo-region").start();
    }

    private void loadAndReport() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String baseUrl = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        ServiceKeys.ServiceKey key = keys.issue("demo loader", Scope.unbound(Role.ADMINISTRATOR));
        try {
            out.println();
            out.println("EGMIS demo: a synthetic region with planted schemes, sent through the API by its source systems");
            out.println(preparation.join());
            DemoRun.Result result = new DemoRun(folder, out, System.console() != null,
                    () -> awaitAnalytics(baseUrl, key.secret())).run(baseUrl, key.secret());
            whereToLook(out, baseUrl, result.settings(), logins.ensure(result.highlights()));
        } catch (RuntimeException e) {
            LOG.error("EGMIS-DEMO-001: the demo region could not be loaded: {}. The server keeps running; start again "
                    + "to retry (data already loaded stays).", e.getMessage(), e);
        } finally {
            keys.revoke(key);
        }
    }

    /**
     * Real-time updates follow the load within seconds; when they are off (or still busy after five minutes) the
     * report asks for a full computation instead.
     */
    private void awaitAnalytics(String baseUrl, String apiKey) {
        boolean realTime = environment.getProperty("egmis.analytics.real-time", Boolean.class, true);
        try {
            if (realTime && analytics.awaitCurrent(Duration.ofMinutes(5))) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        new ApiReader(baseUrl, apiKey).post("/api/analytics/update");
    }

    private void whereToLook(PrintStream out, String baseUrl, DemoSettings settings, List<DemoLogins.Login> people) {
        String key = keyHint.generatedKey();
        double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        out.println();
        out.printf(Locale.ROOT, "  Ready in %.0f s. Where to look:%n", seconds);
        out.println("    API           " + baseUrl + "   (health: " + baseUrl + "/actuator/health)");
        out.println("    API key       " + (key != null ? key + "   (" + keyHint.whereTheKeyIs() + ")" : keyHint.whereTheKeyIs()));
        out.println("    findings      curl -H \"Authorization: Bearer " + (key != null ? key : "<key>") + "\" \"" + baseUrl
                + "/api/findings?rule=DECEASED_SERVICE\"");
        out.println("    sign in       " + baseUrl + "/login   (the workbench: findings queue, findings, ledger)");
        for (DemoLogins.Login login : people) {
            out.printf(Locale.ROOT, "      %-8s password %-21s %s: %s%n", login.username(), login.password(),
                    login.role(), login.scope());
        }
        out.println("    ledger        " + baseUrl + "/api/ledger/sth   (public)");
        out.println("    ground truth  " + folder.path().resolve(GroundTruthFile.FILE)
                + "   (every planted offence, " + settings.people() + " people, " + settings.firstDay() + " to "
                + settings.lastDay() + ")");
        out.println("  Stop with Ctrl+C; the next start reuses the data.");
    }
}
