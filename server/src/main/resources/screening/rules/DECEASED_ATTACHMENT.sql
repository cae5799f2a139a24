-- code: DECEASED_ATTACHMENT
-- version: 1
-- severity: high
-- scope: patient
-- One finding per attachment still active more than 30 days after the patient's death. Amount: the monthly
-- per-capita payment times the calendar months after the month of death, up to the attachment's end or this month.
with attached as (
    select a.attachment_ref, a.patient_iin, a.organization_bin, a.start_day, a.end_day, a.effective_end_day,
           d.death_day, f.per_capita_kzt,
           ce.epoch_day as active_until, ce.month_index as end_month,
           case when cd.month_index >= cs.month_index - 1 then cd.month_index else cs.month_index - 1 end as paid_from_month
    from screening_attachment a
    join screening_death d on d.iin = a.patient_iin
    cross join (select max(per_capita_monthly_kzt) as per_capita_kzt from reference_funding) f
    join calendar_day cd on cd.epoch_day = d.death_day
    join calendar_day cs on cs.epoch_day = a.start_day
    join calendar_day ce on ce.epoch_day = case when a.effective_end_day is null or a.effective_end_day > @TODAY()
                                                then @TODAY() else a.effective_end_day end
    where @IN_SCOPE(patient, a.patient_iin)
)
select attachment_ref as offence_key,
       per_capita_kzt * (end_month - paid_from_month) as amount_kzt,
       patient_iin,
       null as practitioner_iin,
       organization_bin,
       death_day + 31 as day,
       null as service_code,
       null as encounter_ids,
       attachment_ref as attachment_id,
       null as claim_ids,
       '{"deathDay":"' || @DAY(death_day) || '","attachedFrom":"' || @DAY(start_day) || '","attachedTo":'
         || case when effective_end_day is null then 'null' else '"' || @DAY(effective_end_day) || '"' end
         || ',"endedByLaterAttachment":' || case when end_day is null and effective_end_day is not null then 'true' else 'false' end
         || ',"activeUntil":"' || @DAY(active_until) || '","daysAfterDeath":' || cast(active_until - death_day as varchar(12))
         || ',"monthsPaidAfterDeath":' || cast(end_month - paid_from_month as varchar(12))
         || ',"perCapitaMonthlyKzt":' || coalesce(cast(per_capita_kzt as varchar(24)), 'null') || '}' as evidence
from attached
where active_until > death_day + 30
