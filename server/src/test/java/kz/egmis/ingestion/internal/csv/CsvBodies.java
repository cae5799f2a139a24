package kz.egmis.ingestion.internal.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.egmis.ingestion.domain.ValidationIssue;
import kz.egmis.platform.SourceSystem;
import kz.egmis.reference.AllowedSex;
import kz.egmis.reference.CareSetting;
import kz.egmis.reference.ReferenceCatalog;
import kz.egmis.reference.ServiceDefinition;
import kz.egmis.reference.Specialty;

/** What the CSV tests share: valid identifiers, a fixed clock, a small catalog, and a way to read a body. */
final class CsvBodies {

    /** A woman born 1985-03-12. */
    static final String PATIENT = "850312401235";
    /** PATIENT with a wrong check digit. */
    static final String BAD_IIN = "850312401236";
    static final String BAD_IIN_MESSAGE = "IIN 850312401236 has check digit 6, expected 5: check the number for a typing error";
    /** A man born 1978-11-02. */
    static final String DOCTOR = "781102307779";
    /** A boy born 2026-02-20. */
    static final String NEWBORN = "260220500051";
    static final String CLINIC = "050440012343";
    static final String OTHER_CLINIC = "101140000422";
    static final String BAD_BIN = "050440012344";
    static final String BAD_BIN_MESSAGE = "BIN 050440012344 has check digit 4, expected 3: check the number for a typing error";

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final SourceSystem SOURCE = new SourceSystem("old-his");
    /** Noon of 2026-03-01 in Kazakhstan: 2026-03-02 is within 24 hours, 2026-03-03 is not. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T07:00:00Z"), ZoneOffset.UTC);
    static final int LIMIT = 4096;
    static final ReferenceCatalog CATALOG = new ReferenceCatalog(
            List.of(service("AMB001"), service("PHC001")),
            List.of(new Specialty("GP", "Врач общей практики", "General practitioner")), List.of(), List.of());

    static final String LEGACY_HEADER = "ИИН,БИН,Дата,Код услуги,Кол-во,Сумма,ИИН врача,МКБ-10,Номер записи";

    private CsvBodies() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    static byte[] windows1251(String text) {
        return text.getBytes(WINDOWS_1251);
    }

    static List<CsvRow> read(CsvFormat format, byte[] body) throws IOException, CsvHeaderException {
        return read(format, new ByteArrayInputStream(body));
    }

    static List<CsvRow> read(CsvFormat format, InputStream body) throws IOException, CsvHeaderException {
        return read(format, body, LIMIT);
    }

    static List<CsvRow> read(CsvFormat format, InputStream body, int limit) throws IOException, CsvHeaderException {
        List<CsvRow> rows = new ArrayList<>();
        CsvIngestReader.read(format, body, SOURCE, limit, CATALOG, CLOCK, rows::add);
        return rows;
    }

    /** The only row of a body, which must be rejected. */
    static List<ValidationIssue> issuesOfOnlyRow(CsvFormat format, byte[] body) throws Exception {
        List<CsvRow> rows = read(format, body);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).conversion().isAccepted()).as("accepted").isFalse();
        return rows.get(0).conversion().issues();
    }

    /** Each row as "line: accepted" or "line: location: message | ...", to check many rows at once. */
    static List<String> outcomes(List<CsvRow> rows) {
        List<String> outcomes = new ArrayList<>();
        for (CsvRow row : rows) {
            List<String> issues = row.conversion().issues().stream().map(ValidationIssue::toString).toList();
            outcomes.add(row.line() + ": " + (issues.isEmpty() ? "accepted" : String.join(" | ", issues)));
        }
        return outcomes;
    }

    private static ServiceDefinition service(String code) {
        return new ServiceDefinition(code, "Услуга", "Service", CareSetting.AMB, new BigDecimal("7400"), 20,
                AllowedSex.ANY, 0, 120, Set.of("GP"), 1);
    }
}
