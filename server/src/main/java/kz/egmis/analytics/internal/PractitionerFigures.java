package kz.egmis.analytics.internal;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Practitioners' months: the median of their daily catalog minutes and daily distinct patients over every facility,
 * their specialty (the first in code order of their roles' specialties) and their region (that of the facility
 * where they billed most items that month).
 */
@Component
class PractitionerFigures {

    /** One practitioner in one month. */
    record PractitionerMonth(String iin, String name, String specialty, String region, String mainBin, int month,
                             long days, double medianDayMinutes, double medianDayPatients) {
    }

    /** One item of a practitioner's day, as it counts towards the day's minutes. */
    record DayItem(int day, String claim, int sequence, String organizationBin, String serviceCode, double quantity,
                   double minutes) {
    }

    private final JdbcTemplate jdbc;

    PractitionerFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PractitionerMonth> month(int month) {
        return jdbc.query("""
                select pm.practitioner_iin, pr.name, sp.specialty, o.region_code, pm.main_organization_bin, pm.month_index,
                       pm.days, pm.median_day_minutes, pm.median_day_patients
                from analytics_practitioner_month pm
                left join (select bin, min(region_code) as region_code from organization group by bin) o
                       on o.bin = pm.main_organization_bin
                left join (select practitioner_iin, min(specialty_code) as specialty from resolved_role_specialty
                           group by practitioner_iin) sp on sp.practitioner_iin = pm.practitioner_iin
                left join (select iin, min(name) as name from practitioner group by iin) pr on pr.iin = pm.practitioner_iin
                where pm.month_index = ?
                """, (row, number) -> new PractitionerMonth(row.getString(1).trim(), row.getString(2), row.getString(3),
                trimmed(row.getString(4)), trimmed(row.getString(5)), row.getInt(6), row.getLong(7), row.getDouble(8),
                row.getDouble(9)), month);
    }

    /** Every item of the practitioner's days in that month, by day: what makes the median of daily minutes. */
    List<DayItem> dayItems(String iin, int month) {
        return jdbc.query("""
                select ip.day, ip.source_system || '/Claim/' || ip.claim_id, ip.item_sequence, ip.organization_bin,
                       i.service_code, i.quantity, ip.minutes
                from analytics_item_practitioner ip
                join claim_item i on i.source_system = ip.source_system and i.claim_id = ip.claim_id
                                 and i.sequence = ip.item_sequence
                where ip.practitioner_iin = ? and ip.day between ? and ?
                order by ip.day, 2, ip.item_sequence
                """, (row, number) -> new DayItem(row.getInt(1), row.getString(2), row.getInt(3),
                trimmed(row.getString(4)), row.getString(5), row.getDouble(6), row.getDouble(7)),
                iin, Months.firstDay(month), Months.lastDay(month));
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }
}
