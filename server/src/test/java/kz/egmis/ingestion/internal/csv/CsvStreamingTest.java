package kz.egmis.ingestion.internal.csv;

import static kz.egmis.ingestion.internal.csv.CsvBodies.CATALOG;
import static kz.egmis.ingestion.internal.csv.CsvBodies.CLINIC;
import static kz.egmis.ingestion.internal.csv.CsvBodies.CLOCK;
import static kz.egmis.ingestion.internal.csv.CsvBodies.DOCTOR;
import static kz.egmis.ingestion.internal.csv.CsvBodies.PATIENT;
import static kz.egmis.ingestion.internal.csv.CsvBodies.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Rows go to the sink as they are read: a body of any length never has to fit in memory. */
class CsvStreamingTest {

    private static final int ROWS = 200_000;

    @Test
    void two_hundred_thousand_generated_rows_are_converted_one_by_one_as_they_arrive() throws Exception {
        // Every 1000th row has a bad amount; every 7th has a quoted record number over two lines.
        GeneratedLegacyServices body = new GeneratedLegacyServices(ROWS, number -> PATIENT + "," + CLINIC
                + ",05.01.2026,AMB001,1," + (number % 1000 == 0 ? "abc" : "\"7400,00\"") + "," + DOCTOR + ",J06.9,"
                + (number % 7 == 0 ? "\"Запись\r\n" + number + "\"" : "Запись-" + number));
        AtomicLong accepted = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        AtomicLong lastLine = new AtomicLong();
        AtomicLong rowsMadeAtFirstRow = new AtomicLong(-1);

        CsvIngestReader.read(CsvFormat.LEGACY_SERVICES, body, SOURCE, 1024 * 1024, CATALOG, CLOCK, row -> {
            rowsMadeAtFirstRow.compareAndSet(-1, body.rowsMade());
            (row.conversion().isAccepted() ? accepted : rejected).incrementAndGet();
            lastLine.set(row.line());
        });

        assertThat(accepted.get()).isEqualTo(ROWS - ROWS / 1000);
        assertThat(rejected.get()).isEqualTo(ROWS / 1000);
        // Header, then each row one line, every 7th two: the last row (200000, not a multiple of 7) starts here.
        assertThat(lastLine.get()).isEqualTo(1 + ROWS + (ROWS - 1) / 7);
        assertThat(rowsMadeAtFirstRow.get()).as("rows made before the first reached the sink").isLessThan(ROWS / 100);
    }
}
