package kz.egmis.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Fresh, empty PostgreSQL databases for tests: on one embedded server per test JVM, or, when the system
 * property {@code egmis.test.database} is {@code external}, on the machine's PostgreSQL server
 * ({@code EGMIS_TEST_EXTERNAL_DB_URL}, default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, user
 * {@code postgres}). Databases made on the external server are dropped when the JVM exits.
 */
public final class TestDatabases {

    public record Database(String url, String user, String password, String engine) {
    }

    private static EmbeddedPostgres embedded;
    private static final List<String> externalDatabases = new ArrayList<>();

    private TestDatabases() {
    }

    public static boolean usesExternalServer() {
        return "external".equals(System.getProperty("egmis.test.database"));
    }

    public static String externalAdministrationUrl() {
        String url = System.getenv("EGMIS_TEST_EXTERNAL_DB_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/postgres" : url;
    }

    public static String externalUser() {
        String user = System.getenv("EGMIS_TEST_EXTERNAL_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static synchronized Database freshDatabase() {
        String name = "egmis_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return usesExternalServer() ? freshExternal(name) : freshEmbedded(name);
    }

    /** Whether the external server answers; tests skip on a laptop without one, and fail under CI=true. */
    public static boolean externalServerAnswers() {
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(externalAdministrationUrl(), externalUser(), "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Database freshEmbedded(String name) {
        try {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().setLocaleConfig("locale", "C").start();
            }
            try (Connection connection = embedded.getPostgresDatabase().getConnection()) {
                execute(connection, "create database " + name);
            }
            return new Database(embedded.getJdbcUrl("postgres", name), "postgres", "", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Database freshExternal(String name) {
        String administrationUrl = externalAdministrationUrl();
        try (Connection connection = DriverManager.getConnection(administrationUrl, externalUser(), "")) {
            execute(connection, "create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The external PostgreSQL at " + administrationUrl + " does not answer ("
                    + e.getMessage() + "). Start it: pg_ctlcluster --skip-systemctl-redirect 15 main start", e);
        }
        if (externalDatabases.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropExternalDatabases));
        }
        externalDatabases.add(name);
        String url = administrationUrl.substring(0, administrationUrl.lastIndexOf('/') + 1) + name;
        return new Database(url, externalUser(), "", "external PostgreSQL " + administrationUrl);
    }

    private static void dropExternalDatabases() {
        try (Connection connection = DriverManager.getConnection(externalAdministrationUrl(), externalUser(), "")) {
            for (String name : externalDatabases) {
                execute(connection, "drop database if exists " + name + " with (force)");
            }
        } catch (SQLException ignored) {
            // the server went away: nothing left to clean
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
