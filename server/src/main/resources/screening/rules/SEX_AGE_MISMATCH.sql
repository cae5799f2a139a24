-- code: SEX_AGE_MISMATCH
-- version: 1
-- severity: medium
-- scope: claim
-- One finding per claim billing a service for a patient whose sex or age (whole years on the day of service) the
-- catalog does not allow. Sex and birth date come from the Patient, else from the IIN.
-- Whole years need the calendar; the items it is needed for are found first: a wrong sex, or days since birth that
-- allow an age under the minimum (a year has at most 366 days) or over the maximum (at least 365).
with candidate as (
    select i.claim_ref, i.item_sequence, i.service_code, i.start_day, i.amount_kzt, i.patient_iin, i.organization_bin,
           s.sex as allowed_sex, s.age_min, s.age_max, pd.sex as patient_sex, pd.birth_day
    from screening_claim_item i
    join reference_service s on s.code = i.service_code
    join screening_patient_demographics pd on pd.iin = i.patient_iin
    where @IN_SCOPE(claim, i.source_system, i.claim_id)
      and ((s.sex <> 'A' and s.sex <> pd.sex) or i.start_day - pd.birth_day < (s.age_min + 1) * 366
           or i.start_day - pd.birth_day >= s.age_max * 365)
),
item as (
    select c.*, sd.year - b.year - case when sd.month * 100 + sd.day_of_month < b.month * 100 + b.day_of_month
                                        then 1 else 0 end as age
    from candidate c
    join calendar_day b on b.epoch_day = c.birth_day
    join calendar_day sd on sd.epoch_day = c.start_day
)
select claim_ref as offence_key,
       sum(amount_kzt) as amount_kzt,
       patient_iin,
       null as practitioner_iin,
       organization_bin,
       min(start_day) as day,
       min(service_code) as service_code,
       null as encounter_ids,
       null as attachment_id,
       claim_ref as claim_ids,
       '{"patientSex":"' || patient_sex || '","birthDay":"' || @DAY(birth_day) || '","items":['
         || @LIST('{"sequence":' || cast(item_sequence as varchar(12)) || ',"service":"' || service_code
                  || '","day":"' || @DAY(start_day) || '","age":' || cast(age as varchar(12))
                  || ',"allowedSex":"' || allowed_sex || '","ageMin":' || cast(age_min as varchar(12))
                  || ',"ageMax":' || cast(age_max as varchar(12)) || '}') || ']}' as evidence
from item
where (allowed_sex <> 'A' and allowed_sex <> patient_sex) or age < age_min or age > age_max
group by claim_ref, patient_iin, organization_bin, patient_sex, birth_day
