-- code: SPECIALTY_MISMATCH
-- version: 1
-- severity: medium
-- scope: claim
-- One finding per claim with a service performed by a practitioner who has no role, at that organization on that
-- day, in one of the service's required specialties.
with required as (
    select service_code, @LIST(specialty_code) as specialties from reference_service_specialty group by service_code
),
unqualified as (
    select p.claim_ref, p.item_sequence, p.service_code, p.start_day, p.amount_kzt, p.patient_iin, p.organization_bin,
           min(p.practitioner_iin) as practitioner_iin, @LIST(p.practitioner_iin) as practitioners
    from screening_item_practitioner p
    where p.organization_bin is not null and @IN_SCOPE(claim, p.source_system, p.claim_id)
      and not exists (
          select 1 from screening_role_specialty r
          join reference_service_specialty rs on rs.specialty_code = r.specialty_code
          where rs.service_code = p.service_code
            and r.practitioner_iin = p.practitioner_iin and r.organization_bin = p.organization_bin
            and (r.start_day is null or r.start_day <= p.start_day)
            and (r.end_day is null or r.end_day >= p.start_day))
    group by p.claim_ref, p.item_sequence, p.service_code, p.start_day, p.amount_kzt, p.patient_iin, p.organization_bin
)
select u.claim_ref as offence_key,
       sum(u.amount_kzt) as amount_kzt,
       u.patient_iin,
       min(u.practitioner_iin) as practitioner_iin,
       u.organization_bin,
       min(u.start_day) as day,
       min(u.service_code) as service_code,
       null as encounter_ids,
       null as attachment_id,
       u.claim_ref as claim_ids,
       '{"items":[' || @LIST('{"sequence":' || cast(u.item_sequence as varchar(12)) || ',"service":"' || u.service_code
                             || '","day":"' || @DAY(u.start_day) || '","practitioners":"' || u.practitioners
                             || '","requiredSpecialties":"' || r.specialties || '"}') || ']}' as evidence
from unqualified u
join required r on r.service_code = u.service_code
group by u.claim_ref, u.patient_iin, u.organization_bin
