-- code: PRACTITIONER_DOUBLE_PRESENCE
-- version: 1
-- severity: medium
-- scope: practitioner-day
-- One finding per pair of encounters at different organizations that share a practitioner and overlap by more than
-- 15 minutes. The organization and amount are those of the encounter that started later.
-- Encounters can only overlap by more than 15 minutes if the later one starts on a day the earlier one covers, so
-- each practitioner's encounters are compared day by day (screening_encounter_presence), and only on the days the
-- practitioner was at more than one organization.
with busy as (
    select practitioner_iin, day
    from screening_encounter_presence
    where @IN_SCOPE(practitioner-day, practitioner_iin, day)
    group by practitioner_iin, day
    having min(organization_bin) <> max(organization_bin)
),
overlap as (
    select distinct a.source_system as first_source, a.encounter_id as first_id, a.encounter_ref as first_ref,
           a.organization_bin as first_organization, a.start_at as first_start, a.end_at as first_end,
           b.source_system as second_source, b.encounter_id as second_id, b.encounter_ref as second_ref,
           b.organization_bin as second_organization, b.start_at as second_start, b.end_at as second_end,
           b.start_day as second_start_day
    from busy x
    join screening_encounter_presence a on a.practitioner_iin = x.practitioner_iin and a.day = x.day
    join screening_encounter_presence b on b.practitioner_iin = x.practitioner_iin and b.day = x.day
    where b.starts = 1 and a.organization_bin <> b.organization_bin
      and (a.start_at < b.start_at or (a.start_at = b.start_at and a.encounter_ref < b.encounter_ref))
      and least(a.end_at, b.end_at) - b.start_at > 900
),
-- Every practitioner the two encounters share, also those out of a scoped pass's scope.
pair as (
    select case when o.first_ref < o.second_ref then o.first_ref || '|' || o.second_ref
                else o.second_ref || '|' || o.first_ref end as offence_key,
           min(pa.practitioner_iin) as practitioner_iin,
           @LIST(pa.practitioner_iin) as practitioners,
           o.first_source, o.first_id, o.first_ref, o.first_organization, o.first_start, o.first_end,
           o.second_source, o.second_id, o.second_ref, o.second_organization, o.second_start, o.second_end,
           o.second_start_day
    from overlap o
    join screening_encounter_presence pa on pa.source_system = o.first_source and pa.encounter_id = o.first_id
                                        and pa.starts = 1
    join screening_encounter_presence pb on pb.source_system = o.second_source and pb.encounter_id = o.second_id
                                        and pb.starts = 1 and pb.practitioner_iin = pa.practitioner_iin
    group by o.first_source, o.first_id, o.first_ref, o.first_organization, o.first_start, o.first_end,
             o.second_source, o.second_id, o.second_ref, o.second_organization, o.second_start, o.second_end,
             o.second_start_day
),
member as (
    select offence_key, first_source as source_system, first_id as encounter_id, 0 as later from pair
    union all
    select offence_key, second_source, second_id, 1 from pair
),
billed as (
    select m.offence_key, @LIST(ci.claim_ref) as claim_ids,
           sum(case when m.later = 1 then ci.amount_kzt else 0 end) as amount_kzt
    from member m
    join screening_encounter_claim_item ci on ci.source_system = m.source_system and ci.encounter_id = m.encounter_id
    group by m.offence_key
)
select p.offence_key,
       coalesce(b.amount_kzt, 0) as amount_kzt,
       null as patient_iin,
       p.practitioner_iin,
       p.second_organization as organization_bin,
       p.second_start_day as day,
       null as service_code,
       case when p.first_ref < p.second_ref then p.first_ref || ',' || p.second_ref
            else p.second_ref || ',' || p.first_ref end as encounter_ids,
       null as attachment_id,
       b.claim_ids,
       '{"practitioners":"' || p.practitioners || '","first":{"encounter":"' || p.first_ref
         || '","organization":"' || p.first_organization
         || '","start":"' || @TIME(p.first_start) || '","end":"' || @TIME(p.first_end)
         || '"},"second":{"encounter":"' || p.second_ref || '","organization":"' || p.second_organization
         || '","start":"' || @TIME(p.second_start) || '","end":"' || @TIME(p.second_end)
         || '"},"overlapSeconds":' || cast(least(p.first_end, p.second_end) - p.second_start as varchar(20))
         || ',"limitSeconds":900}' as evidence
from pair p
left join billed b on b.offence_key = p.offence_key
