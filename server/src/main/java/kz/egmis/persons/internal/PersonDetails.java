package kz.egmis.persons.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.identity.LinkChanges;
import kz.egmis.platform.KazakhstanTime;

/**
 * A person as {@code GET /api/identity/persons/{id}} shows it: its records, each with what it says, and the attributes
 * chosen from them: the IIN the person holds, the name and region most records give (records with the IIN first),
 * sex and birth date from the IIN when there is one, the earliest date of death.
 */
@Component
class PersonDetails {

    private final JdbcTemplate jdbc;

    PersonDetails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Object> of(String personId, String iin, List<LinkChanges.Link> links) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (LinkChanges.Link link : links.stream().sorted(Comparator.comparing(LinkChanges.Link::record)).toList()) {
            records.add(record(link));
        }
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("personId", personId);
        person.put("iin", iin);
        List<Map<String, Object>> withIin = records.stream().filter(record -> iin != null && iin.equals(record.get("iin")))
                .toList();
        person.put("name", mostCommon(withIin.isEmpty() ? records : withIin, record -> record.get("name")));
        person.put("sex", mostCommon(records, record -> record.get("sex")));
        person.put("birthDate", mostCommon(withIin.isEmpty() ? records : withIin, record -> record.get("birthDate")));
        person.put("region", mostCommon(records, record -> record.get("region")));
        person.put("deceasedDate", records.stream().map(record -> (String) record.get("deceasedDate"))
                .filter(Objects::nonNull).sorted().findFirst().orElse(null));
        person.put("records", records);
        return person;
    }

    private Map<String, Object> record(LinkChanges.Link link) {
        String[] parts = link.record().split("/", 3);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("record", link.record());
        record.put("grade", link.grade().code());
        record.put("score", link.score());
        if (parts[1].equals("Patient")) {
            jdbc.query("select iin, record_number_system, record_number, name, sex, birth_day, region_code, deceased_day "
                    + "from patient where source_system = ? and resource_id = ?", row -> {
                        record.put("iin", row.getString(1) == null ? null : row.getString(1).trim());
                        record.put("recordNumber", row.getString(3) == null ? null
                                : Map.of("system", row.getString(2), "value", row.getString(3)));
                        record.put("name", row.getString(4));
                        record.put("sex", row.getString(5) == null ? null : "M".equals(row.getString(5).trim())
                                ? "male" : "female");
                        record.put("birthDate", day(row, 6));
                        record.put("region", row.getString(7));
                        record.put("deceasedDate", day(row, 8));
                    }, parts[0], parts[2]);
        } else {
            String sql = switch (parts[1]) {
                case "death-registry" -> "select iin, death_day from death_record where source_system = ? "
                        + "and record_number = ?";
                case "attachment-registry" -> "select patient_iin, null from attachment where source_system = ? "
                        + "and origin_type = 'attachment-registry' and attachment_id = ?";
                default -> "select patient_iin, null from claim where source_system = ? and resource_id = ?";
            };
            jdbc.query(sql, row -> {
                record.put("iin", row.getString(1) == null ? null : row.getString(1).trim());
                record.put("deceasedDate", day(row, 2));
            }, parts[0], parts[2]);
        }
        return record;
    }

    private static String day(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        int day = row.getInt(column);
        return row.wasNull() ? null : KazakhstanTime.day(day).toString();
    }

    private static Object mostCommon(List<Map<String, Object>> records, Function<Map<String, Object>, Object> value) {
        Map<Object, Integer> counts = new HashMap<>();
        Object best = null;
        for (Map<String, Object> record : records) {
            Object current = value.apply(record);
            if (current != null) {
                int count = counts.merge(current, 1, Integer::sum);
                if (best == null || count > counts.get(best)) {
                    best = current;
                }
            }
        }
        return best;
    }
}
