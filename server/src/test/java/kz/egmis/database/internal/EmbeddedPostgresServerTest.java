package kz.egmis.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: a real PostgreSQL in the data folder that keeps its data across restarts. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_second_start_on_the_same_folder_finds_the_data_of_the_first() throws SQLException {
        try (DataFolder folder = DataFolder.open(dataDirectory);
             EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder)) {
            execute(server, "create table kept (value text)", "insert into kept values ('still here')");
        }
        try (DataFolder folder = DataFolder.open(dataDirectory);
             EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder);
             Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select value, current_database() from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(rows.getString(2)).isEqualTo(EmbeddedPostgresServer.DATABASE_NAME);
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
