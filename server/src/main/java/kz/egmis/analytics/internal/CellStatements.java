package kz.egmis.analytics.internal;

import java.util.List;

/**
 * Facility months and practitioner days from what an update changed: the additive figures by adding the changes
 * (analytics_cell_delta), distinct patients by the facility-month-patient pairs the touched facts name, medians by
 * recomputing the practitioner days touched and the facility months they belong to.
 */
final class CellStatements {

    private static final String PAIR = "cp.organization_bin = d.organization_bin and cp.month_index = d.month_index"
            + " and cp.patient_iin = d.patient_iin";
    private static final String DIRTY_DAY = "(practitioner_iin, day) in"
            + " (select practitioner_iin, day from analytics_dirty_practitioner_day)";

    private CellStatements() {
    }

    static List<String> updateFacilityMonths() {
        return List.of(
                patients("-"),
                "delete from analytics_cell_patient cp using analytics_dirty_cell_patient d where " + PAIR,
                "insert into analytics_cell_patient (organization_bin, month_index, patient_iin, items)"
                        + " select i.organization_bin, i.month_index, i.patient_iin, count(*) from analytics_item i"
                        + " join analytics_dirty_cell_patient d on d.patient_iin = i.patient_iin"
                        + " and d.month_index = i.month_index and d.organization_bin = i.organization_bin"
                        + " group by i.organization_bin, i.month_index, i.patient_iin",
                patients(""),
                """
                insert into analytics_facility_month as f (organization_bin, month_index, claims, items, patients,
                    amount_gobmp_kzt, amount_osms_kzt, amount_kzt, phc_only_items, phc_only_unattached_items,
                    practitioner_days, median_practitioner_day_minutes, median_practitioner_day_patients)
                select organization_bin, month_index, sum(claims), sum(items), sum(patients), sum(amount_gobmp_kzt),
                       sum(amount_osms_kzt), sum(amount_kzt), sum(phc_only_items), sum(phc_only_unattached_items), 0,
                       null, null
                from analytics_cell_delta group by organization_bin, month_index
                on conflict (organization_bin, month_index) do update set claims = f.claims + excluded.claims,
                    items = f.items + excluded.items, patients = f.patients + excluded.patients,
                    amount_gobmp_kzt = f.amount_gobmp_kzt + excluded.amount_gobmp_kzt,
                    amount_osms_kzt = f.amount_osms_kzt + excluded.amount_osms_kzt,
                    amount_kzt = f.amount_kzt + excluded.amount_kzt,
                    phc_only_items = f.phc_only_items + excluded.phc_only_items,
                    phc_only_unattached_items = f.phc_only_unattached_items + excluded.phc_only_unattached_items
                """);
    }

    private static String patients(String sign) {
        return "insert into analytics_cell_delta select cp.organization_bin, cp.month_index, 0, 0, 0, 0, 0, 0, 0, "
                + sign + "count(*) from analytics_cell_patient cp join analytics_dirty_cell_patient d on " + PAIR
                + " group by cp.organization_bin, cp.month_index";
    }

    static List<String> replacePractitionerFigures() {
        String dirtyMonths = "(select distinct d.practitioner_iin, c.month_index from analytics_dirty_practitioner_day d"
                + " join calendar_day c on c.epoch_day = d.day)";
        String medianCells = "insert into analytics_dirty_median_cell select distinct organization_bin, month_index"
                + " from analytics_facility_practitioner_day where " + DIRTY_DAY + " on conflict do nothing";
        return List.of("""
                delete from analytics_practitioner_day p using analytics_dirty_practitioner_day d
                where p.practitioner_iin = d.practitioner_iin and p.day = d.day
                """, """
                insert into analytics_practitioner_day (practitioner_iin, day, month_index, minutes, patients,
                    main_organization_bin)
                select ip.practitioner_iin, ip.day, min(ip.month_index), sum(ip.minutes), count(distinct ip.patient_iin),
                       mode() within group (order by ip.organization_bin)
                from analytics_item_practitioner ip
                join analytics_dirty_practitioner_day d on d.practitioner_iin = ip.practitioner_iin and d.day = ip.day
                group by ip.practitioner_iin, ip.day
                """,
                "delete from analytics_practitioner_month where (practitioner_iin, month_index) in " + dirtyMonths,
                """
                insert into analytics_practitioner_month (practitioner_iin, month_index, days, median_day_minutes,
                    median_day_patients, main_organization_bin)
                select practitioner_iin, month_index, count(*),
                       percentile_cont(0.5) within group (order by minutes),
                       percentile_cont(0.5) within group (order by patients),
                       mode() within group (order by main_organization_bin)
                from analytics_practitioner_day
                where (practitioner_iin, month_index) in\s""" + dirtyMonths + """

                group by practitioner_iin, month_index
                """,
                medianCells,
                "delete from analytics_facility_practitioner_day where " + DIRTY_DAY,
                """
                insert into analytics_facility_practitioner_day (organization_bin, practitioner_iin, day, month_index,
                    minutes, patients)
                select ip.organization_bin, ip.practitioner_iin, ip.day, min(ip.month_index), sum(ip.minutes),
                       count(distinct ip.patient_iin)
                from analytics_item_practitioner ip
                join analytics_dirty_practitioner_day d on d.practitioner_iin = ip.practitioner_iin and d.day = ip.day
                where ip.organization_bin is not null
                group by ip.organization_bin, ip.practitioner_iin, ip.day
                """,
                medianCells,
                """
                update analytics_facility_month f set practitioner_days = m.days,
                       median_practitioner_day_minutes = m.median_minutes,
                       median_practitioner_day_patients = m.median_patients
                from (select d.organization_bin, d.month_index, count(fp.day) as days,
                             percentile_cont(0.5) within group (order by fp.minutes) as median_minutes,
                             percentile_cont(0.5) within group (order by fp.patients) as median_patients
                      from analytics_dirty_median_cell d
                      left join analytics_facility_practitioner_day fp on fp.organization_bin = d.organization_bin
                                                                      and fp.month_index = d.month_index
                      group by d.organization_bin, d.month_index) m
                where f.organization_bin = m.organization_bin and f.month_index = m.month_index
                """,
                "delete from analytics_facility_month where items = 0");
    }
}
