package kz.egmis.analytics.internal;

import java.util.List;

/**
 * The resolved facts of the records an update touched (analytics_touched_*): first the people, facility months and
 * practitioner days their old facts belonged to are marked dirty, then the facts are replaced from the canonical rows
 * (through the {@code resolved_*} definitions screening keeps), then what the new facts belong to is marked too.
 */
final class FactStatements {

    private static final String TOUCHED_CLAIM =
            "(source_system, claim_id) in (select source_system, claim_id from analytics_touched_claim)";
    private static final String TOUCHED_ENCOUNTER =
            "(source_system, encounter_id) in (select source_system, encounter_id from analytics_touched_encounter)";
    private static final String TOUCHED_ATTACHMENT = "(source_system, origin_type, attachment_id) in"
            + " (select source_system, origin_type, attachment_id from analytics_touched_attachment)";

    /** Whether item {@code i}'s patient was attached to its facility on its day (analytics_attachment). */
    static final String ATTACHED_THERE = "exists (select 1 from analytics_attachment a where a.patient_iin = i.patient_iin"
            + " and a.organization_bin = i.organization_bin and a.start_day <= i.day"
            + " and (a.effective_end_day is null or a.effective_end_day >= i.day))";

    private FactStatements() {
    }

    /** What the facts of the touched records belong to: run before they are replaced and again after. */
    static List<String> markDirty() {
        return List.of(
                "insert into analytics_dirty_cell_patient select distinct organization_bin, month_index, patient_iin"
                        + " from analytics_item where organization_bin is not null and patient_iin is not null and "
                        + TOUCHED_CLAIM + " on conflict do nothing",
                "insert into analytics_dirty_person select distinct patient_iin from analytics_item"
                        + " where patient_iin is not null and " + TOUCHED_CLAIM + " on conflict do nothing",
                "insert into analytics_dirty_practitioner_day select distinct practitioner_iin, day"
                        + " from analytics_item_practitioner where " + TOUCHED_CLAIM + " on conflict do nothing",
                "insert into analytics_dirty_person select distinct patient_iin from analytics_encounter"
                        + " where patient_iin is not null and " + TOUCHED_ENCOUNTER + " on conflict do nothing",
                "insert into analytics_dirty_attachment_person select distinct patient_iin from analytics_attachment"
                        + " where " + TOUCHED_ATTACHMENT + " on conflict do nothing",
                "insert into analytics_dirty_attachment_person select distinct patient_iin from resolved_attachment_record"
                        + " where patient_iin is not null and " + TOUCHED_ATTACHMENT + " on conflict do nothing");
    }

    /** What the touched claims' facts add to their facility months ({@code sign} "-": what they take away). */
    static String cellContributions(String sign) {
        return "insert into analytics_cell_delta select organization_bin, month_index, " + sign
                + "count(distinct source_system || '/' || claim_id), " + sign + "count(*), " + sign
                + "coalesce(sum(amount_kzt) filter (where funding_code = 'GOBMP'), 0), " + sign
                + "coalesce(sum(amount_kzt) filter (where funding_code = 'OSMS'), 0), " + sign + "coalesce(sum(amount_kzt), 0), "
                + sign + "count(*) filter (where phc_only), " + sign
                + "count(*) filter (where phc_only and patient_iin is not null and not attached_there), 0"
                + " from analytics_item where organization_bin is not null and " + TOUCHED_CLAIM
                + " group by organization_bin, month_index";
    }

    /** Counts of facts per month leave with the old facts (analytics_month.facts). */
    static List<String> countMonths(String sign) {
        return List.of(
                countMonths(sign, "analytics_item", TOUCHED_CLAIM),
                countMonths(sign, "analytics_encounter", TOUCHED_ENCOUNTER));
    }

    private static String countMonths(String sign, String table, String touched) {
        return "insert into analytics_month (month_index, last_day, facts) select g.month_index,"
                + " (select c.epoch_day - 1 from calendar_day c where c.year = (g.month_index + 1) / 12"
                + " and c.month = (g.month_index + 1) % 12 + 1 and c.day_of_month = 1), g.facts"
                + " from (select month_index, " + sign + "count(*) as facts from " + table + " where " + touched
                + " group by month_index) g"
                + " on conflict (month_index) do update set facts = analytics_month.facts + excluded.facts";
    }

    static List<String> deleteFacts() {
        return List.of(
                "delete from analytics_item_practitioner where " + TOUCHED_CLAIM,
                "delete from analytics_item where " + TOUCHED_CLAIM,
                "delete from analytics_encounter where " + TOUCHED_ENCOUNTER);
    }

    static List<String> insertFacts() {
        return List.of("""
                insert into analytics_item (source_system, claim_id, item_sequence, organization_bin, patient_iin,
                    funding_code, day, month_index, amount_kzt, quantity, minutes, phc_only, attached_there)
                select i.source_system, i.claim_id, i.item_sequence, i.organization_bin, i.patient_iin, c.funding_code,
                       i.start_day, d.month_index, i.amount_kzt, i.quantity, coalesce(s.minutes, 0) * i.quantity,
                       coalesce(s.setting = 'PHC', false), false
                from resolved_claim_item i
                join claim c on c.source_system = i.source_system and c.resource_id = i.claim_id
                join calendar_day d on d.epoch_day = i.start_day
                left join analytics_service s on s.code = i.service_code
                where (i.source_system, i.claim_id) in (select source_system, claim_id from analytics_touched_claim)
                """,
                "update analytics_item i set attached_there = " + ATTACHED_THERE + " where i.phc_only and " + TOUCHED_CLAIM,
                """
                insert into analytics_item_practitioner (source_system, claim_id, item_sequence, practitioner_iin,
                    organization_bin, patient_iin, day, month_index, minutes)
                select distinct i.source_system, i.claim_id, i.item_sequence, coalesce(t.practitioner_iin, pr.iin),
                       i.organization_bin, i.patient_iin, i.day, i.month_index, i.minutes
                from analytics_item i
                left join claim_item_care_team s on s.source_system = i.source_system and s.claim_id = i.claim_id
                                                and s.item_sequence = i.item_sequence
                join claim_care_team t on t.source_system = i.source_system and t.claim_id = i.claim_id
                                      and (s.care_team_sequence is null or t.sequence = s.care_team_sequence)
                left join practitioner pr on pr.source_system = t.source_system and pr.resource_id = t.practitioner_resource_id
                where coalesce(t.practitioner_iin, pr.iin) is not null
                  and (i.source_system, i.claim_id) in (select source_system, claim_id from analytics_touched_claim)
                """, """
                insert into analytics_encounter (source_system, encounter_id, patient_iin, month_index)
                select e.source_system, e.encounter_id, e.patient_iin, d.month_index
                from resolved_encounter e
                join calendar_day d on d.epoch_day = e.start_day
                where (e.source_system, e.encounter_id) in
                      (select source_system, encounter_id from analytics_touched_encounter)
                """);
    }
}
