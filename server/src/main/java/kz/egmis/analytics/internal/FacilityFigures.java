package kz.egmis.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.egmis.analytics.internal.FacilityMonth.Facility;

/**
 * Reads the facility months of the analytics tables, with each facility as its Organization records describe it,
 * and the findings of screening per facility and month (counted when asked: findings change with passes and reviews,
 * and there are few of them).
 */
@Component
class FacilityFigures {

    private static final String FACILITIES = "(select bin, min(name) as name, min(facility_type) as facility_type,"
            + " min(region_code) as region_code from organization group by bin)";

    private final JdbcTemplate jdbc;

    FacilityFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Facility> facility(String bin) {
        return jdbc.query("select * from " + FACILITIES + " o where o.bin = ?", (row, number) -> facility(row), bin)
                .stream().findFirst();
    }

    /** Facility months from {@code from} to {@code to} (month indexes): of one BIN, or of every facility when null. */
    List<FacilityMonth> months(int from, int to, String bin) {
        String binFilter = bin == null ? "" : " and organization_bin = ?";
        List<Object> arguments = new ArrayList<>(List.of(from, to));
        if (bin != null) {
            arguments.add(bin);
        }
        arguments.addAll(new ArrayList<>(arguments));
        return jdbc.query("select coalesce(f.organization_bin, a.organization_bin) as bin,"
                + " coalesce(f.month_index, a.month_index) as month_index, o.name, o.facility_type, o.region_code,"
                + " f.claims, f.items, f.patients, f.amount_gobmp_kzt, f.amount_osms_kzt, f.amount_kzt, f.phc_only_items,"
                + " f.phc_only_unattached_items, f.practitioner_days, f.median_practitioner_day_minutes,"
                + " f.median_practitioner_day_patients, a.attached, a.attached_not_seen_24m"
                + " from (select * from analytics_facility_month where month_index between ? and ?" + binFilter + ") f"
                + " full join (select * from analytics_facility_attached where month_index between ? and ?" + binFilter
                + ") a on a.organization_bin = f.organization_bin and a.month_index = f.month_index"
                + " left join " + FACILITIES + " o on o.bin = coalesce(f.organization_bin, a.organization_bin)"
                + " order by 2, 1", (row, number) -> month(row), arguments.toArray());
    }

    /** Findings per BIN and month index, from {@code from} to {@code to}: of one BIN, or of every facility. */
    Map<String, Map<Integer, FindingFigures>> findings(int from, int to, String bin) {
        List<Object> arguments = new ArrayList<>(List.of(Months.firstDay(from), Months.lastDay(to)));
        if (bin != null) {
            arguments.add(bin);
        }
        Map<String, Map<Integer, FindingFigures>> findings = new HashMap<>();
        jdbc.query("select f.organization_bin, c.month_index, f.rule, count(*) as findings,"
                + " coalesce(sum(f.amount_kzt), 0) as at_risk, count(*) filter (where f.status = 'confirmed') as confirmed,"
                + " count(*) filter (where f.status = 'dismissed') as dismissed"
                + " from finding f join calendar_day c on c.epoch_day = f.day"
                + " where f.status <> 'withdrawn' and f.organization_bin is not null and f.day between ? and ?"
                + (bin == null ? "" : " and f.organization_bin = ?")
                + " group by f.organization_bin, c.month_index, f.rule", row -> {
                    findings.computeIfAbsent(row.getString(1).trim(), key -> new HashMap<>()).merge(row.getInt(2),
                            FindingFigures.NONE.plus(row.getString(3), row.getLong(4), row.getBigDecimal(5),
                                    row.getLong(6), row.getLong(7)), FindingFigures::plus);
                }, arguments.toArray());
        return findings;
    }

    private static Facility facility(ResultSet row) throws SQLException {
        return new Facility(row.getString("bin").trim(), row.getString("name"), row.getString("facility_type"),
                trimmed(row.getString("region_code")));
    }

    private static FacilityMonth month(ResultSet row) throws SQLException {
        return new FacilityMonth(facility(row), row.getInt("month_index"), row.getLong("claims"), row.getLong("items"),
                row.getLong("patients"), amount(row, "amount_gobmp_kzt"), amount(row, "amount_osms_kzt"),
                amount(row, "amount_kzt"), row.getLong("phc_only_items"), row.getLong("phc_only_unattached_items"),
                row.getLong("practitioner_days"), decimal(row, "median_practitioner_day_minutes"),
                decimal(row, "median_practitioner_day_patients"), row.getLong("attached"),
                row.getLong("attached_not_seen_24m"));
    }

    private static java.math.BigDecimal amount(ResultSet row, String column) throws SQLException {
        java.math.BigDecimal amount = row.getBigDecimal(column);
        return amount == null ? java.math.BigDecimal.ZERO : amount;
    }

    private static Double decimal(ResultSet row, String column) throws SQLException {
        java.math.BigDecimal value = row.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }
}
