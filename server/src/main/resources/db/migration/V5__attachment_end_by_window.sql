-- The day an open attachment ends because a later one starts, computed with one window over each person's
-- attachments instead of a correlated subquery per attachment (which scanned every attachment for each one:
-- minutes at 50,000 people). Same meaning: the earliest attachment of the person that starts strictly later
-- ends it the day before; attachments without a known person end only where they say.
create or replace view screening_attachment as
select a.*,
       case when a.end_day is not null then a.end_day
            when a.patient_iin is null then null
            else min(a.start_day) over (partition by a.patient_iin order by a.start_day
                                        range between 1 following and unbounded following) - 1 end as effective_end_day
from (select at.source_system, at.source_system || '/' || at.origin_type || '/' || at.attachment_id as attachment_ref,
             coalesce(at.patient_iin, p.iin) as patient_iin, coalesce(at.organization_bin, o.bin) as organization_bin,
             at.start_day, at.end_day
      from attachment at
      left join patient p on p.source_system = at.source_system and p.resource_id = at.patient_resource_id
      left join organization o on o.source_system = at.source_system and o.resource_id = at.organization_resource_id) a;
