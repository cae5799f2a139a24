-- code: PRACTITIONER_OVERLOAD
-- version: 1
-- severity: medium
-- scope: practitioner-day
-- One finding per practitioner and day whose claimed minutes (catalog minutes x quantity over every claim item
-- with them on the care team, at all organizations) exceed 720. Amount: the share of the day's billing beyond 720.
-- The days that may be over the limit are found first with plain sums (in floating point, with a margin far beyond
-- its rounding); the exact total and the evidence are computed for those days only, each item counted once even if
-- the care team names the practitioner twice.
with overloaded as (
    select p.practitioner_iin, p.start_day
    from screening_item_practitioner p
    join reference_service s on s.code = p.service_code
    where @IN_SCOPE(practitioner-day, p.practitioner_iin, p.start_day)
    group by p.practitioner_iin, p.start_day
    having sum(s.minutes * cast(p.quantity as float)) > 700
),
work as (
    select distinct p.practitioner_iin, p.start_day, p.claim_ref, p.item_sequence, p.service_code, p.quantity,
           s.minutes, s.minutes * p.quantity as item_minutes, p.amount_kzt, p.organization_bin
    from overloaded o
    join screening_item_practitioner p on p.practitioner_iin = o.practitioner_iin and p.start_day = o.start_day
    join reference_service s on s.code = p.service_code
)
select practitioner_iin || '|' || cast(start_day as varchar(12)) as offence_key,
       cast(sum(amount_kzt) * (sum(item_minutes) - 720) / sum(item_minutes) as decimal(16, 2)) as amount_kzt,
       null as patient_iin,
       practitioner_iin,
       null as organization_bin,
       start_day as day,
       null as service_code,
       null as encounter_ids,
       null as attachment_id,
       @LIST(claim_ref) as claim_ids,
       '{"day":"' || @DAY(start_day) || '","totalMinutes":' || cast(sum(item_minutes) as varchar(24))
         || ',"limitMinutes":720,"items":['
         || @LIST('{"claim":"' || claim_ref || '","sequence":' || cast(item_sequence as varchar(12))
                  || ',"organization":"' || coalesce(organization_bin, '') || '","service":"' || service_code
                  || '","catalogMinutes":' || cast(minutes as varchar(12))
                  || ',"quantity":' || cast(quantity as varchar(24)) || '}') || ']}' as evidence
from work
group by practitioner_iin, start_day
having sum(item_minutes) > 720
