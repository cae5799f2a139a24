package kz.egmis.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import kz.egmis.platform.KazakhstanTime;

class MonthsTest {

    @Test
    void a_month_index_counts_months_from_year_zero_as_the_calendar_table_does() {
        assertThat(Months.index(YearMonth.of(2026, 3))).isEqualTo(2026 * 12 + 2);
        assertThat(Months.text(2026 * 12 + 11)).isEqualTo("2026-12");
        assertThat(Months.month(Months.index(YearMonth.of(2027, 1)))).isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void the_last_day_of_a_month_is_its_kazakhstan_epoch_day() {
        int february = Months.index(YearMonth.of(2028, 2));
        assertThat(Months.lastDay(february)).isEqualTo(KazakhstanTime.epochDay(LocalDate.of(2028, 2, 29)));
        assertThat(Months.firstDay(february)).isEqualTo(KazakhstanTime.epochDay(LocalDate.of(2028, 2, 1)));
    }

    @Test
    void an_instant_late_on_the_last_utc_day_of_a_month_falls_in_the_next_month_in_kazakhstan() {
        int day = KazakhstanTime.epochDay(Instant.parse("2026-03-31T19:30:00Z"));
        assertThat(day).isEqualTo(Months.firstDay(Months.index(YearMonth.of(2026, 4))));
        assertThat(KazakhstanTime.epochDay(Instant.parse("2026-03-31T18:59:59Z")))
                .isEqualTo(Months.lastDay(Months.index(YearMonth.of(2026, 3))));
    }

    @Test
    void only_months_written_yyyy_mm_are_read() {
        assertThat(Months.parse("2026-04")).contains(Months.index(YearMonth.of(2026, 4)));
        assertThat(Months.parse("2026-4")).isEmpty();
        assertThat(Months.parse("2026-13")).isEmpty();
        assertThat(Months.parse("April")).isEmpty();
        assertThat(Months.parse(null)).isEmpty();
    }
}
