-- code: OUTPATIENT_DURING_INPATIENT
-- version: 1
-- severity: medium
-- scope: patient
-- One finding per outpatient (AMB or HH) encounter at another organization on a day strictly inside an inpatient
-- stay (not its first or last day). Claims: those of the visit and of the stays; amount: the visit's.
with hit as (
    select o.encounter_ref as offence_key, o.source_system as visit_source, o.encounter_id as visit_id,
           o.patient_iin, o.organization_bin, o.start_day, o.start_at, o.end_at,
           s.source_system as stay_source, s.encounter_id as stay_id, s.encounter_ref as stay_ref,
           s.organization_bin as stay_organization, s.start_day as stay_start, s.end_day as stay_end
    from screening_encounter o
    join screening_encounter s on s.patient_iin = o.patient_iin and s.organization_bin <> o.organization_bin
    where o.encounter_class in ('AMB', 'HH') and s.encounter_class = 'IMP' and @IN_SCOPE(patient, o.patient_iin)
      and o.start_day > s.start_day and o.start_day < s.end_day
),
member as (
    select distinct offence_key, visit_source as source_system, visit_id as encounter_id, 1 as visit from hit
    union
    select distinct offence_key, stay_source, stay_id, 0 from hit
),
billed as (
    select m.offence_key, @LIST(ci.claim_ref) as claim_ids,
           sum(case when m.visit = 1 then ci.amount_kzt else 0 end) as amount_kzt
    from member m
    join screening_encounter_claim_item ci on ci.source_system = m.source_system and ci.encounter_id = m.encounter_id
    group by m.offence_key
)
select h.offence_key,
       coalesce(max(b.amount_kzt), 0) as amount_kzt,
       h.patient_iin,
       null as practitioner_iin,
       h.organization_bin,
       h.start_day as day,
       null as service_code,
       h.offence_key || ',' || @LIST(h.stay_ref) as encounter_ids,
       null as attachment_id,
       max(b.claim_ids) as claim_ids,
       '{"visit":{"encounter":"' || h.offence_key || '","organization":"' || h.organization_bin
         || '","start":"' || @TIME(h.start_at) || '","end":"' || @TIME(h.end_at) || '"},"stays":['
         || @LIST('{"encounter":"' || h.stay_ref || '","organization":"' || h.stay_organization
                  || '","from":"' || @DAY(h.stay_start) || '","to":"' || @DAY(h.stay_end) || '"}') || ']}' as evidence
from hit h
left join billed b on b.offence_key = h.offence_key
group by h.offence_key, h.patient_iin, h.organization_bin, h.start_day, h.start_at, h.end_at
