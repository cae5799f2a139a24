-- code: INPATIENT_OVERLAP
-- version: 1
-- severity: high
-- scope: patient
-- One finding per pair of inpatient (IMP) encounters of one patient at different organizations overlapping by more
-- than 24 hours. The organization and amount are those of the stay that started later (the one billed twice).
with pair as (
    select case when a.encounter_ref < b.encounter_ref then a.encounter_ref || '|' || b.encounter_ref
                else b.encounter_ref || '|' || a.encounter_ref end as offence_key,
           a.patient_iin,
           a.source_system as first_source, a.encounter_id as first_id, a.encounter_ref as first_ref,
           a.organization_bin as first_organization, a.start_at as first_start, a.end_at as first_end,
           b.source_system as second_source, b.encounter_id as second_id, b.encounter_ref as second_ref,
           b.organization_bin as second_organization, b.start_at as second_start, b.end_at as second_end,
           b.start_day as second_start_day,
           least(a.end_at, b.end_at) - b.start_at as overlap_seconds
    from screening_encounter a
    join screening_encounter b on b.patient_iin = a.patient_iin and b.organization_bin <> a.organization_bin
    where a.encounter_class = 'IMP' and b.encounter_class = 'IMP' and @IN_SCOPE(patient, a.patient_iin)
      and (a.start_at < b.start_at or (a.start_at = b.start_at and a.encounter_ref < b.encounter_ref))
      and least(a.end_at, b.end_at) - b.start_at > 86400
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
       p.patient_iin,
       null as practitioner_iin,
       p.second_organization as organization_bin,
       p.second_start_day as day,
       null as service_code,
       case when p.first_ref < p.second_ref then p.first_ref || ',' || p.second_ref
            else p.second_ref || ',' || p.first_ref end as encounter_ids,
       null as attachment_id,
       b.claim_ids,
       '{"first":{"encounter":"' || p.first_ref || '","organization":"' || p.first_organization
         || '","start":"' || @TIME(p.first_start) || '","end":"' || @TIME(p.first_end)
         || '"},"second":{"encounter":"' || p.second_ref || '","organization":"' || p.second_organization
         || '","start":"' || @TIME(p.second_start) || '","end":"' || @TIME(p.second_end)
         || '"},"overlapSeconds":' || cast(p.overlap_seconds as varchar(20)) || ',"limitSeconds":86400}' as evidence
from pair p
left join billed b on b.offence_key = p.offence_key
