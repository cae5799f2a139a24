package kz.egmis.analytics.internal;

import java.util.List;

/**
 * The people an update touched (analytics_dirty_person): their attachments, the months they were seen, and their
 * part in the attached counts of each facility and month, which is subtracted and added again so that an update
 * costs the people it touched, not the facility's whole list.
 */
final class PersonStatements {

    private static final String DIRTY = "patient_iin in (select patient_iin from analytics_dirty_person)";
    private static final String ATTACHMENT_DIRTY =
            "patient_iin in (select patient_iin from analytics_dirty_attachment_person)";

    private PersonStatements() {
    }

    /** Attachments of the people whose attachment records changed, with the day each really ends. */
    static List<String> replaceAttachments() {
        return List.of(
                "delete from analytics_attachment where " + ATTACHMENT_DIRTY,
                """
                insert into analytics_attachment (source_system, origin_type, attachment_id, patient_iin,
                    organization_bin, start_day, effective_end_day)
                select a.source_system, a.origin_type, a.attachment_id, a.patient_iin, a.organization_bin, a.start_day,
                       case when a.end_day is not null then a.end_day
                            else min(a.start_day) over (partition by a.patient_iin order by a.start_day
                                 range between 1 following and unbounded following) - 1 end
                from resolved_attachment_record a
                where a.patient_iin in (select patient_iin from analytics_dirty_attachment_person)
                """,
                "insert into analytics_dirty_person select patient_iin from analytics_dirty_attachment_person"
                        + " on conflict do nothing",
                // whether their PHC services were billed while attached changes with their attachments
                "with changed as (update analytics_item i set attached_there = not i.attached_there"
                        + " where i.phc_only and i.patient_iin in (select patient_iin from analytics_dirty_attachment_person)"
                        + " and i.attached_there <> " + FactStatements.ATTACHED_THERE
                        + " returning i.organization_bin, i.month_index, i.attached_there)"
                        + " insert into analytics_cell_delta select organization_bin, month_index, 0, 0, 0, 0, 0, 0,"
                        + " sum(case when attached_there then -1 else 1 end), 0 from changed"
                        + " where organization_bin is not null group by organization_bin, month_index");
    }

    /** When the months with data change, every attached person's months change. */
    static String everyAttachedPerson() {
        return "insert into analytics_dirty_person select distinct patient_iin from analytics_attachment"
                + " on conflict do nothing";
    }

    static List<String> replacePersonMonths() {
        return List.of(
                "delete from analytics_person_month where " + DIRTY,
                "insert into analytics_person_month (patient_iin, month_index)"
                        + " select patient_iin, month_index from analytics_item where " + DIRTY
                        + " union select patient_iin, month_index from analytics_encounter where " + DIRTY);
    }

    static List<String> replaceAttachedCounts() {
        return List.of(
                addCounts("-", "analytics_person_attached"),
                "delete from analytics_person_attached where " + DIRTY,
                """
                insert into analytics_person_attached (patient_iin, organization_bin, month_index, not_seen_24m)
                select distinct a.patient_iin, a.organization_bin, m.month_index,
                       not exists (select 1 from analytics_person_month s where s.patient_iin = a.patient_iin
                                   and s.month_index between m.month_index - 23 and m.month_index)
                from analytics_attachment a
                join analytics_month m on m.facts > 0 and a.start_day <= m.last_day
                                      and (a.effective_end_day is null or a.effective_end_day >= m.last_day)
                where a.organization_bin is not null
                  and a.patient_iin in (select patient_iin from analytics_dirty_person)
                """,
                addCounts("", "analytics_person_attached"),
                "delete from analytics_facility_attached where attached = 0");
    }

    private static String addCounts(String sign, String table) {
        return "insert into analytics_facility_attached (organization_bin, month_index, attached, attached_not_seen_24m)"
                + " select organization_bin, month_index, " + sign + "count(*), " + sign
                + "count(*) filter (where not_seen_24m) from " + table + " where " + DIRTY
                + " group by organization_bin, month_index on conflict (organization_bin, month_index) do update"
                + " set attached = analytics_facility_attached.attached + excluded.attached,"
                + " attached_not_seen_24m = analytics_facility_attached.attached_not_seen_24m"
                + " + excluded.attached_not_seen_24m";
    }
}
