-- code: DECEASED_SERVICE
-- version: 1
-- severity: high
-- scope: claim
-- One finding per claim with an item serviced on a day after the patient's date of death (the death day is allowed).
select i.claim_ref as offence_key,
       sum(i.amount_kzt) as amount_kzt,
       i.patient_iin,
       null as practitioner_iin,
       i.organization_bin,
       min(case when i.start_day > d.death_day then i.start_day else d.death_day + 1 end) as day,
       min(i.service_code) as service_code,
       null as encounter_ids,
       null as attachment_id,
       i.claim_ref as claim_ids,
       '{"deathDay":"' || @DAY(d.death_day) || '","items":['
         || @LIST('{"sequence":' || cast(i.item_sequence as varchar(12)) || ',"service":"' || i.service_code
                  || '","from":"' || @DAY(i.start_day) || '","to":"' || @DAY(i.end_day)
                  || '","amountKzt":' || cast(i.amount_kzt as varchar(24)) || '}') || ']}' as evidence
from screening_claim_item i
join screening_death d on d.iin = i.patient_iin
where i.end_day > d.death_day and @IN_SCOPE(claim, i.source_system, i.claim_id)
group by i.claim_ref, i.patient_iin, i.organization_bin, d.death_day
