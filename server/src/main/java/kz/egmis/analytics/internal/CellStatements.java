package kz.egmis.analytics.internal;

import java.util.List;

/** The facility months and practitioner days an update touched, recomputed from their facts. */
final class CellStatements {

    private CellStatements() {
    }

    static List<String> replaceFacilityMonths() {
        return List.of("""
                delete from analytics_facility_month f using analytics_dirty_cell d
                where f.organization_bin = d.organization_bin and f.month_index = d.month_index
                """, """
                insert into analytics_facility_month (organization_bin, month_index, claims, items, patients,
                    amount_gobmp_kzt, amount_osms_kzt, amount_kzt, phc_only_items, phc_only_unattached_items,
                    practitioner_days, median_practitioner_day_minutes, median_practitioner_day_patients)
                select d.organization_bin, d.month_index, x.claims, x.items, x.patients, x.gobmp, x.osms, x.amount,
                       x.phc_only, x.unattached, coalesce(p.days, 0), p.median_minutes, p.median_patients
                from analytics_dirty_cell d
                join lateral (
                    select count(distinct i.source_system || '/' || i.claim_id) as claims, count(*) as items,
                           count(distinct i.patient_iin) as patients,
                           coalesce(sum(i.amount_kzt) filter (where i.funding_code = 'GOBMP'), 0) as gobmp,
                           coalesce(sum(i.amount_kzt) filter (where i.funding_code = 'OSMS'), 0) as osms,
                           coalesce(sum(i.amount_kzt), 0) as amount,
                           count(*) filter (where i.phc_only) as phc_only,
                           count(*) filter (where i.phc_only and i.patient_iin is not null
                                            and not i.attached_there) as unattached
                    from analytics_item i
                    where i.organization_bin = d.organization_bin and i.month_index = d.month_index) x on x.items > 0
                left join lateral (
                    select count(*) as days,
                           percentile_cont(0.5) within group (order by pd.minutes) as median_minutes,
                           percentile_cont(0.5) within group (order by pd.patients) as median_patients
                    from (select ip.practitioner_iin, ip.day, sum(ip.minutes) as minutes,
                                 count(distinct ip.patient_iin) as patients
                          from analytics_item_practitioner ip
                          where ip.organization_bin = d.organization_bin and ip.month_index = d.month_index
                          group by ip.practitioner_iin, ip.day) pd) p on true
                """);
    }

    static List<String> replacePractitionerFigures() {
        String dirtyMonths = "(select distinct d.practitioner_iin, c.month_index from analytics_dirty_practitioner_day d"
                + " join calendar_day c on c.epoch_day = d.day)";
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
                """);
    }
}
