package kz.egmis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test server at a fresh database and a fresh data folder, with a known administrator key. */
public class TestServerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMINISTRATOR_KEY = "test-administrator-key-0123456789";
    private static final String HEAD_INTERVAL = "egmis.ledger.head-interval-seconds";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabases.Database database = TestDatabases.freshDatabase();
        LoggerFactory.getLogger(TestServerInitializer.class).info("Test server on {}: {}", database.engine(), database.url());
        try {
            Path folder = Files.createTempDirectory("egmis-test-data");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(folder)));
            String dataDirectory = folder.toString();
            Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                    "egmis.db.url", database.url(),
                    "egmis.db.user", database.user(),
                    "egmis.db.password", database.password(),
                    "egmis.data-dir", dataDirectory,
                    "egmis.bootstrap-api-key", ADMINISTRATOR_KEY));
            var testProperties = context.getEnvironment().getPropertySources().get("Inlined Test Properties");
            if (testProperties == null || !testProperties.containsProperty(HEAD_INTERVAL)) {
                // heads are stored by the scheduler only: every second, so that tests of stored heads are quick
                properties.put(HEAD_INTERVAL, "1");
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("egmis-test", properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
