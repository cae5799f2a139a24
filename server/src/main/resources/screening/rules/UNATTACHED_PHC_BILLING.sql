-- code: UNATTACHED_PHC_BILLING
-- version: 1
-- severity: medium
-- scope: claim
-- One finding per claim billing a PHC-only service (setting PHC) by a PHC facility for a patient not attached to it
-- that day (the attachment's first and last day count as attached).
select i.claim_ref as offence_key,
       sum(i.amount_kzt) as amount_kzt,
       i.patient_iin,
       null as practitioner_iin,
       i.organization_bin,
       min(i.start_day) as day,
       min(i.service_code) as service_code,
       null as encounter_ids,
       null as attachment_id,
       i.claim_ref as claim_ids,
       '{"items":[' || @LIST('{"sequence":' || cast(i.item_sequence as varchar(12)) || ',"service":"' || i.service_code
                             || '","day":"' || @DAY(i.start_day) || '"}')
         || '],"attachmentsOfPatient":[' || coalesce((
             select @LIST('{"attachment":"' || t.attachment_ref || '","organization":"' || coalesce(t.organization_bin, '')
                          || '","from":"' || @DAY(t.start_day) || '","to":'
                          || case when t.effective_end_day is null then 'null' else '"' || @DAY(t.effective_end_day) || '"' end
                          || '}')
             from screening_attachment t where t.patient_iin = i.patient_iin), '') || ']}' as evidence
from screening_claim_item i
join reference_service s on s.code = i.service_code and s.setting = 'PHC'
join screening_facility f on f.bin = i.organization_bin and f.is_phc = 1
where i.patient_iin is not null and @IN_SCOPE(claim, i.source_system, i.claim_id)
  and not exists (
      select 1 from screening_attachment t
      where t.patient_iin = i.patient_iin and t.organization_bin = i.organization_bin
        and t.start_day <= i.start_day and (t.effective_end_day is null or t.effective_end_day >= i.start_day))
group by i.claim_ref, i.patient_iin, i.organization_bin
