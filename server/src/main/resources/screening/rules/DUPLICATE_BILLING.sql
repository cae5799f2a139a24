-- code: DUPLICATE_BILLING
-- version: 1
-- severity: medium
-- scope: patient
-- One finding per patient, service, organization and day billed in more units than the catalog's max_per_day,
-- counted over all claims. Amount: the units beyond the limit at the catalog price.
-- Only a group of several items, or of one item over the limit, can exceed it: those are found first by counting
-- (cheap even over every item), and units are summed and the evidence built for them only.
with candidate as (
    select i.patient_iin, i.service_code, i.organization_bin, i.start_day
    from screening_claim_item i
    join reference_service s on s.code = i.service_code
    where i.patient_iin is not null and i.organization_bin is not null and @IN_SCOPE(patient, i.patient_iin)
    group by i.patient_iin, i.service_code, i.organization_bin, i.start_day
    having count(*) > 1 or max(case when i.quantity > s.max_per_day then 1 else 0 end) = 1
)
select i.patient_iin || '|' || i.service_code || '|' || i.organization_bin || '|' || cast(i.start_day as varchar(12))
         as offence_key,
       (sum(i.quantity) - s.max_per_day) * s.price_kzt as amount_kzt,
       i.patient_iin,
       null as practitioner_iin,
       i.organization_bin,
       i.start_day as day,
       i.service_code,
       null as encounter_ids,
       null as attachment_id,
       @LIST(i.claim_ref) as claim_ids,
       '{"day":"' || @DAY(i.start_day) || '","units":' || cast(sum(i.quantity) as varchar(24))
         || ',"maxPerDay":' || cast(s.max_per_day as varchar(12)) || ',"catalogPriceKzt":' || cast(s.price_kzt as varchar(24))
         || ',"items":[' || @LIST('{"claim":"' || i.claim_ref || '","sequence":' || cast(i.item_sequence as varchar(12))
                                  || ',"quantity":' || cast(i.quantity as varchar(24)) || '}') || ']}' as evidence
from candidate e
join screening_claim_item i on i.patient_iin = e.patient_iin and i.service_code = e.service_code
                           and i.organization_bin = e.organization_bin and i.start_day = e.start_day
join reference_service s on s.code = i.service_code
group by i.patient_iin, i.service_code, i.organization_bin, i.start_day, s.max_per_day, s.price_kzt
having sum(i.quantity) > s.max_per_day
