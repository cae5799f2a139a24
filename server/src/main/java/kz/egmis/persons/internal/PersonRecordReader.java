package kz.egmis.persons.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.identity.Iin;
import kz.egmis.identity.PersonName;
import kz.egmis.identity.PersonRecord;
import kz.egmis.identity.Sex;
import kz.egmis.ingestion.RecordsStored;
import kz.egmis.platform.KazakhstanTime;

/**
 * Reads person records from ingestion's canonical tables: Patients, and the IIN of every legacy CSV row (death
 * registry, attachment registry, legacy services). A record is named {@code <source>/<type>/<id>}, legacy services
 * by their format ({@code <source>/legacy-services/<row>}).
 */
@Component
class PersonRecordReader {

    private static final String PATIENTS = "select source_system, resource_id, iin, name, sex, birth_day, region_code "
            + "from patient";
    private static final String DEATHS = "select source_system, record_number, iin from death_record";
    private static final String ATTACHMENTS = "select source_system, attachment_id, patient_iin from attachment "
            + "where origin_type = 'attachment-registry' and patient_iin is not null";
    private static final String LEGACY_SERVICES = "select source_system, resource_id, patient_iin from claim "
            + "where origin_type = 'legacy-services' and patient_iin is not null";

    private final JdbcTemplate jdbc;

    PersonRecordReader(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(10_000);
    }

    void readAll(Consumer<PersonRecord> sink) {
        jdbc.query(PATIENTS, row -> {
            sink.accept(patient(row));
        });
        jdbc.query(DEATHS, row -> {
            sink.accept(iinOnly(row, "death-registry"));
        });
        jdbc.query(ATTACHMENTS, row -> {
            sink.accept(iinOnly(row, "attachment-registry"));
        });
        jdbc.query(LEGACY_SERVICES, row -> {
            sink.accept(iinOnly(row, "legacy-services"));
        });
    }

    /** The person records among the records of one ingest. */
    List<PersonRecord> read(RecordsStored stored) {
        List<String> patients = new ArrayList<>();
        List<String> deaths = new ArrayList<>();
        List<String> attachments = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (RecordsStored.StoredRecord record : stored.records()) {
            switch (record.type()) {
                case "Patient" -> patients.add(record.id());
                case "death-registry" -> deaths.add(record.id());
                case "attachment-registry" -> attachments.add(record.id());
                case "Claim" -> claims.add(record.id());
                default -> { }
            }
        }
        List<PersonRecord> records = new ArrayList<>();
        String source = stored.sourceSystem();
        query(PATIENTS + " where source_system = ? and resource_id = any(?)", source, patients,
                row -> records.add(patient(row)));
        query(DEATHS + " where source_system = ? and record_number = any(?)", source, deaths,
                row -> records.add(iinOnly(row, "death-registry")));
        query(ATTACHMENTS + " and source_system = ? and attachment_id = any(?)", source, attachments,
                row -> records.add(iinOnly(row, "attachment-registry")));
        query(LEGACY_SERVICES + " and source_system = ? and resource_id = any(?)", source, claims,
                row -> records.add(iinOnly(row, "legacy-services")));
        return records;
    }

    private void query(String sql, String source, List<String> ids, RowSink sink) {
        if (!ids.isEmpty()) {
            jdbc.query(connection -> {
                var statement = connection.prepareStatement(sql);
                statement.setString(1, source);
                statement.setArray(2, connection.createArrayOf("text", ids.toArray()));
                return statement;
            }, (ResultSet row) -> {
                sink.accept(row);
            });
        }
    }

    private interface RowSink {
        void accept(ResultSet row) throws SQLException;
    }

    private static PersonRecord patient(ResultSet row) throws SQLException {
        String sex = row.getString(5);
        int birthDay = row.getInt(6);
        boolean born = !row.wasNull();
        return new PersonRecord(row.getString(1) + "/Patient/" + row.getString(2), iin(row.getString(3)),
                PersonName.parse(row.getString(4)), sex == null ? null : "M".equals(sex.trim()) ? Sex.MALE : Sex.FEMALE,
                born ? KazakhstanTime.day(birthDay) : null, row.getString(7));
    }

    private static PersonRecord iinOnly(ResultSet row, String type) throws SQLException {
        Iin iin = iin(row.getString(3));
        return new PersonRecord(row.getString(1) + "/" + type + "/" + row.getString(2), iin, PersonName.NONE,
                iin == null ? null : iin.sex(), iin == null ? null : iin.birthDate(), null);
    }

    private static Iin iin(String value) {
        return value == null ? null : Iin.tryParse(value.trim()).orElse(null);
    }
}
