package kz.egmis.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The database password never reaches a log line through the settings or the URL. */
class DatabaseSettingsTest {

    @Test
    void the_settings_print_without_their_password() {
        DatabaseSettings settings = new DatabaseSettings(Path.of("data"), "jdbc:postgresql://db:5432/egmis", "egmis",
                "s3cret-Passw0rd");
        assertThat(settings.toString()).doesNotContain("s3cret-Passw0rd").contains("password=***", "user=egmis",
                "jdbc:postgresql://db:5432/egmis");
    }

    @Test
    void a_password_inside_the_jdbc_url_is_masked_in_every_form() {
        assertThat(DatabaseSettings.redact("jdbc:postgresql://db:5432/egmis?user=egmis&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/egmis?user=egmis&password=***&ssl=true");
        assertThat(DatabaseSettings.redact("jdbc:postgresql://db/egmis?PASSWORD=s3cret"))
                .isEqualTo("jdbc:postgresql://db/egmis?PASSWORD=***");
        assertThat(DatabaseSettings.redact("jdbc:postgresql://egmis:s3cret@db:5432/egmis"))
                .isEqualTo("jdbc:postgresql://egmis:***@db:5432/egmis");
        assertThat(DatabaseSettings.redact("jdbc:postgresql://db:5432/egmis")).isEqualTo("jdbc:postgresql://db:5432/egmis");
        assertThat(new DatabaseSettings(Path.of("d"), "jdbc:postgresql://h/e?password=x1", "u", "").toString())
                .doesNotContain("x1");
    }
}
