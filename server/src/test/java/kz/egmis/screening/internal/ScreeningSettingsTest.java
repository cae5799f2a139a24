package kz.egmis.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import kz.egmis.platform.StartupFailure;

/** Screening's settings are checked when the server starts: a wrong one stops it with a code and what to do. */
class ScreeningSettingsTest {

    @Test
    void a_work_memory_that_is_not_a_postgresql_size_stops_the_start() {
        for (String workMemory : new String[] {"lots", "1 GB", "1TB", "-1MB", "1GB'; drop table finding; --", ""}) {
            assertThatThrownBy(() -> runner(workMemory, 0)).isInstanceOfSatisfying(StartupFailure.class,
                    failure -> assertThat(failure.code()).isEqualTo("SCREENING_WORK_MEM_INVALID"));
        }
    }

    @Test
    void a_number_of_connections_below_zero_or_above_eight_stops_the_start() {
        for (int connections : new int[] {-1, 9, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> runner("1GB", connections)).isInstanceOfSatisfying(StartupFailure.class,
                    failure -> assertThat(failure.code()).isEqualTo("SCREENING_CONNECTIONS_INVALID"));
        }
    }

    /** The settings are checked before anything else is touched, so the collaborators may be absent. */
    private static ScreeningRunner runner(String workMemory, int connections) {
        return new ScreeningRunner(null, null, null, null, null, null, null, workMemory, connections);
    }
}
