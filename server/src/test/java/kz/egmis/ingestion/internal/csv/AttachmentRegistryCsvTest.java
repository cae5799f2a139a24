package kz.egmis.ingestion.internal.csv;

import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_BIN;
import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_BIN_MESSAGE;
import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_IIN;
import static kz.egmis.ingestion.internal.csv.CsvBodies.BAD_IIN_MESSAGE;
import static kz.egmis.ingestion.internal.csv.CsvBodies.CLINIC;
import static kz.egmis.ingestion.internal.csv.CsvBodies.PATIENT;
import static kz.egmis.ingestion.internal.csv.CsvBodies.SOURCE;
import static kz.egmis.ingestion.internal.csv.CsvBodies.issuesOfOnlyRow;
import static kz.egmis.ingestion.internal.csv.CsvBodies.read;
import static kz.egmis.ingestion.internal.csv.CsvBodies.utf8;
import static kz.egmis.ingestion.internal.csv.CsvFormat.ATTACHMENT_REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.egmis.identity.Bin;
import kz.egmis.identity.Iin;
import kz.egmis.ingestion.domain.AttachmentRecord;
import kz.egmis.ingestion.domain.Conversion;
import kz.egmis.ingestion.domain.RecordKey;
import kz.egmis.ingestion.domain.Reference;
import kz.egmis.ingestion.domain.ValidationIssue;

class AttachmentRegistryCsvTest {

    private static final String HEADER = "iin;bin;attached_from;attached_to\n";

    @Test
    void a_closed_attachment_becomes_a_record_identified_by_iin_bin_and_first_day() throws Exception {
        Conversion conversion = read(ATTACHMENT_REGISTRY, utf8(HEADER + PATIENT + ";" + CLINIC
                + ";2024-01-15;2025-12-31\n")).get(0).conversion();

        String id = PATIENT + ":" + CLINIC + ":2024-01-15";
        assertThat(conversion.record()).isEqualTo(new AttachmentRecord(
                new RecordKey(SOURCE, "attachment-registry", id), "attachment-registry",
                Reference.person("Patient", Iin.parse(PATIENT)), Reference.organization(Bin.parse(CLINIC)),
                LocalDate.of(2024, 1, 15), LocalDate.of(2025, 12, 31)));
        assertThat(conversion.record().key().toString()).isEqualTo("old-his/attachment-registry/" + id);
        assertThat(conversion.canonicalContent()).isEqualTo("attachment-registry|iin=" + PATIENT + "|bin=" + CLINIC
                + "|attached_from=2024-01-15|attached_to=2025-12-31");
        assertThat(conversion.rawContent()).isEqualTo(PATIENT + ";" + CLINIC + ";2024-01-15;2025-12-31");
    }

    @Test
    void an_empty_attached_to_means_still_attached() throws Exception {
        Conversion conversion = read(ATTACHMENT_REGISTRY, utf8(HEADER + PATIENT + ";" + CLINIC + ";2024-01-15;\n"))
                .get(0).conversion();

        assertThat(((AttachmentRecord) conversion.record()).end()).isNull();
        assertThat(conversion.canonicalContent()).endsWith("|attached_from=2024-01-15|attached_to=");
    }

    @Test
    void an_attachment_of_one_day_is_fine_but_one_ending_before_it_starts_is_rejected() throws Exception {
        List<CsvRow> rows = read(ATTACHMENT_REGISTRY, utf8(HEADER
                + PATIENT + ";" + CLINIC + ";2024-01-15;2024-01-15\n"
                + PATIENT + ";" + CLINIC + ";2024-01-15;2024-01-14\n"));

        assertThat(rows.get(0).conversion().isAccepted()).isTrue();
        assertThat(rows.get(1).conversion().issues()).containsExactly(ValidationIssue.value("attached_to",
                "2024-01-14 is before attached_from 2024-01-15: send the last day of the attachment, on or after"
                        + " its first day, or leave it empty while the person is still attached"));
    }

    @Test
    void every_check_of_a_row_is_reported_together() throws Exception {
        assertThat(issuesOfOnlyRow(ATTACHMENT_REGISTRY, utf8(HEADER + BAD_IIN + ";" + BAD_BIN
                + ";2026-03-03;2026-13-01\n"))).containsExactly(
                ValidationIssue.value("iin", BAD_IIN_MESSAGE),
                ValidationIssue.value("bin", BAD_BIN_MESSAGE),
                ValidationIssue.value("attached_from", "2026-03-03 is more than 24 hours in the future"
                        + " (Kazakhstan time): send the day it happened, not a planned day"),
                ValidationIssue.value("attached_to", "'2026-13-01' is not a calendar date: send a real date as"
                        + " YYYY-MM-DD, e.g. 2026-01-05"));
    }

    @Test
    void missing_identifiers_and_first_day_are_required() throws Exception {
        assertThat(issuesOfOnlyRow(ATTACHMENT_REGISTRY, utf8(HEADER + ";;;\n"))).containsExactly(
                ValidationIssue.required("iin", "is empty: send the 12-digit IIN of the attached person"),
                ValidationIssue.required("bin", "is empty: send the 12-digit BIN of the PHC facility"),
                ValidationIssue.required("attached_from", "is empty: send the date as YYYY-MM-DD, e.g. 2026-01-05"));
    }

    @Test
    void an_end_in_the_future_is_fine_since_an_attachment_may_be_closed_ahead() throws Exception {
        assertThat(read(ATTACHMENT_REGISTRY, utf8(HEADER + PATIENT + ";" + CLINIC + ";2024-01-15;2027-01-01\n"))
                .get(0).conversion().isAccepted()).isTrue();
    }
}
