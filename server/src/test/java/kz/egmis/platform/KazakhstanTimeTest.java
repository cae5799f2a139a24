package kz.egmis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class KazakhstanTimeTest {

    @Test
    void an_instant_before_19_00_utc_is_still_the_same_kazakhstan_day() {
        Instant lateUtcEvening = Instant.parse("2026-03-01T18:59:59Z");
        assertThat(KazakhstanTime.day(KazakhstanTime.epochDay(lateUtcEvening))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void an_instant_at_19_00_utc_is_already_the_next_kazakhstan_day() {
        Instant midnightInAstana = Instant.parse("2026-03-01T19:00:00Z");
        assertThat(KazakhstanTime.day(KazakhstanTime.epochDay(midnightInAstana))).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void a_day_starts_at_midnight_utc_plus_five() {
        assertThat(KazakhstanTime.startOfDayEpochSeconds(LocalDate.of(1970, 1, 2))).isEqualTo(86_400 - 5 * 3600);
        assertThat(KazakhstanTime.epochDay(LocalDate.of(1970, 1, 2))).isEqualTo(1);
    }
}
