package kz.egmis.database.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import kz.egmis.database.DatabaseSettings;
import kz.egmis.platform.StartupFailure;

/**
 * The connection pool and, on the embedded default, the server behind it. Closing stops both in that order.
 */
final class DatabaseConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConnection.class);
    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    private final Optional<EmbeddedPostgresServer> embeddedServer;
    private final HikariDataSource pool;

    private DatabaseConnection(Optional<EmbeddedPostgresServer> embeddedServer, HikariDataSource pool) {
        this.embeddedServer = embeddedServer;
        this.pool = pool;
    }

    static DatabaseConnection open(DatabaseSettings settings, Supplier<DataFolder> dataFolder) {
        if (settings.usesEmbeddedServer()) {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataFolder.get());
            try {
                return new DatabaseConnection(Optional.of(server), pool(server.jdbcUrl(), "postgres", ""));
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        checkReachable(settings);
        log.info("Using the external PostgreSQL at {}", settings.redactedUrl());
        return new DatabaseConnection(Optional.empty(), pool(settings.url(), settings.user(), settings.password()));
    }

    /** One clear line instead of the pool's stack trace when the configured server cannot be reached. */
    private static void checkReachable(DatabaseSettings settings) {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        try (Connection ignored = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            // reachable and the credentials work
        } catch (SQLException e) {
            throw new StartupFailure("EGMIS-DB-001",
                    "PostgreSQL at " + settings.redactedUrl() + " cannot be reached as user '" + settings.user() + "' ("
                            + firstLine(e.getMessage()) + ").",
                    "Start that PostgreSQL server or correct EGMIS_DB_URL, EGMIS_DB_USER and EGMIS_DB_PASSWORD; "
                            + "unset EGMIS_DB_URL to use the embedded PostgreSQL.",
                    e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("egmis");
        config.setMaximumPoolSize(16);
        // one multi-row INSERT per JDBC batch instead of a round trip per row
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        embeddedServer.ifPresent(EmbeddedPostgresServer::close);
    }
}
