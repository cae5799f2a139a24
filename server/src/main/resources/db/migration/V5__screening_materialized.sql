-- Screening reads resolved, materialized copies of the canonical model (docs/RULES.md, "How it runs").
--
-- Each `resolved_*` view is the standard-SQL definition of what a rule reads (a reference resolved to the IIN or BIN
-- it names, an item's practitioners, a person's date of death...). A full pass copies every definition into its
-- `screening_*` table; a scoped pass (real time) refreshes only the rows of the records an ingest touched. The
-- tables are what make both fast: rules join them on resolved identifiers through indexes, the definitions are
-- evaluated once per pass instead of once per rule, and the rows a record had before an ingest changed it tell a
-- scoped pass which people the change took findings away from. A Spark runner defines the `screening_*` names as
-- these views, word for word. The tables are unlogged: a crash empties them and the next pass rebuilds them.

drop view if exists screening_attachment;
drop view if exists screening_role_specialty;
drop view if exists screening_encounter_claim_item;
drop view if exists screening_encounter_practitioner;
drop view if exists screening_encounter;
drop view if exists screening_item_practitioner;
drop view if exists screening_claim_item;
drop view if exists screening_claim;
drop view if exists screening_patient_demographics;
drop view if exists screening_death;
drop view if exists screening_facility;

-- Active claims with patient and provider resolved: the logical reference, else the literal one's target.
create view resolved_claim as
select c.source_system, c.resource_id as claim_id, c.source_system || '/Claim/' || c.resource_id as claim_ref,
       coalesce(c.patient_iin, p.iin) as patient_iin, coalesce(c.provider_bin, o.bin) as organization_bin
from claim c
left join patient p on p.source_system = c.source_system and p.resource_id = c.patient_resource_id
left join organization o on o.source_system = c.source_system and o.resource_id = c.provider_resource_id
where c.status = 'active';

-- Claim items of active claims.
create view resolved_claim_item as
select i.source_system, i.claim_id, c.claim_ref, i.sequence as item_sequence, i.service_code,
       i.start_day, i.end_day, i.quantity, coalesce(i.net_kzt, i.unit_price_kzt * i.quantity, 0) as amount_kzt,
       c.patient_iin, c.organization_bin
from claim_item i
join resolved_claim c on c.source_system = i.source_system and c.claim_id = i.claim_id;

-- Finished encounters with patient and organization resolved.
create view resolved_encounter as
select e.source_system, e.resource_id as encounter_id,
       e.source_system || '/Encounter/' || e.resource_id as encounter_ref, e.encounter_class,
       coalesce(e.patient_iin, p.iin) as patient_iin, coalesce(e.organization_bin, o.bin) as organization_bin,
       e.start_at, e.end_at, e.start_day, e.end_day
from encounter e
left join patient p on p.source_system = e.source_system and p.resource_id = e.patient_resource_id
left join organization o on o.source_system = e.source_system and o.resource_id = e.organization_resource_id
where e.status = 'finished';

-- Practitioner roles with practitioner and organization resolved.
create view resolved_role_specialty as
select r.source_system, r.resource_id as role_id, coalesce(r.practitioner_iin, pr.iin) as practitioner_iin,
       coalesce(r.organization_bin, o.bin) as organization_bin, r.start_day, r.end_day, s.specialty_code
from practitioner_role r
join practitioner_role_specialty s on s.source_system = r.source_system and s.role_id = r.resource_id
left join practitioner pr on pr.source_system = r.source_system and pr.resource_id = r.practitioner_resource_id
left join organization o on o.source_system = r.source_system and o.resource_id = r.organization_resource_id;

-- Attachments with patient and organization resolved, as recorded (the day each really ends is in screening_attachment).
create view resolved_attachment_record as
select at.source_system, at.origin_type, at.attachment_id,
       at.source_system || '/' || at.origin_type || '/' || at.attachment_id as attachment_ref,
       coalesce(at.patient_iin, p.iin) as patient_iin, coalesce(at.organization_bin, o.bin) as organization_bin,
       at.start_day, at.end_day
from attachment at
left join patient p on p.source_system = at.source_system and p.resource_id = at.patient_resource_id
left join organization o on o.source_system = at.source_system and o.resource_id = at.organization_resource_id;

-- A person's date of death: the earliest of the civil registry rows and any Patient's deceasedDateTime.
create view resolved_death as
select iin, min(death_day) as death_day
from (select iin, death_day from death_record
      union all
      select iin, deceased_day from patient where iin is not null and deceased_day is not null) deaths
group by iin;

-- Sex and birth day of every patient (every IIN a Patient or a claim names): as the Patient resources give them, else
-- as the IIN carries them (digits 1-6 the birth date, digit 7 the century and sex).
create view resolved_patient_demographics as
select x.iin,
       coalesce(min(p.sex), case when substring(x.iin from 7 for 1) in ('1', '3', '5') then 'M' else 'F' end) as sex,
       coalesce(min(p.birth_day), min(b.epoch_day)) as birth_day
from (select iin from patient where iin is not null
      union
      select patient_iin from claim where patient_iin is not null) x
left join patient p on p.iin = x.iin
left join calendar_day b
       on b.year = case substring(x.iin from 7 for 1) when '1' then 1800 when '2' then 1800 when '3' then 1900
                                                      when '4' then 1900 else 2000 end
                   + cast(substring(x.iin from 1 for 2) as integer)
      and b.month = cast(substring(x.iin from 3 for 2) as integer)
      and b.day_of_month = cast(substring(x.iin from 5 for 2) as integer)
group by x.iin;

-- A BIN is a PHC facility when any Organization record with that BIN says so. Materialized too (on full passes only:
-- a stored Organization makes a pass full) so that the planner knows how many claims PHC facilities bill.
create view resolved_facility as
select bin, max(case when facility_type = 'PHC' then 1 else 0 end) as is_phc
from organization group by bin;
create unlogged table screening_facility (like resolved_facility);

-- The IIN each person record names: a scoped pass refreshes death and demographics of the old and the new one.
create view resolved_person_record as
select source_system, 'Patient' as record_type, resource_id as record_id, iin from patient
union all
select source_system, 'Practitioner', resource_id, iin from practitioner
union all
select source_system, 'death-registry', record_number, iin from death_record;

-- Literal references to a Patient or Practitioner not known yet (or known without an IIN): when it arrives, the
-- records that name it are resolved again. Organizations are left out: a new organization starts a full pass.
create view resolved_dangling_reference as
select c.source_system, 'Claim' as record_type, c.resource_id as record_id, 'Patient' as target_type,
       c.patient_resource_id as target_id
from claim c
left join patient p on p.source_system = c.source_system and p.resource_id = c.patient_resource_id
where c.patient_iin is null and c.patient_resource_id is not null and p.iin is null
union all
select t.source_system, 'Claim', t.claim_id, 'Practitioner', t.practitioner_resource_id
from claim_care_team t
left join practitioner pr on pr.source_system = t.source_system and pr.resource_id = t.practitioner_resource_id
where t.practitioner_iin is null and t.practitioner_resource_id is not null and pr.iin is null
union all
select e.source_system, 'Encounter', e.resource_id, 'Patient', e.patient_resource_id
from encounter e
left join patient p on p.source_system = e.source_system and p.resource_id = e.patient_resource_id
where e.patient_iin is null and e.patient_resource_id is not null and p.iin is null
union all
select ep.source_system, 'Encounter', ep.encounter_id, 'Practitioner', ep.practitioner_resource_id
from encounter_participant ep
left join practitioner pr on pr.source_system = ep.source_system and pr.resource_id = ep.practitioner_resource_id
where ep.practitioner_iin is null and ep.practitioner_resource_id is not null and pr.iin is null
union all
select at.source_system, at.origin_type, at.attachment_id, 'Patient', at.patient_resource_id
from attachment at
left join patient p on p.source_system = at.source_system and p.resource_id = at.patient_resource_id
where at.patient_iin is null and at.patient_resource_id is not null and p.iin is null
union all
select r.source_system, 'PractitionerRole', r.resource_id, 'Practitioner', r.practitioner_resource_id
from practitioner_role r
left join practitioner pr on pr.source_system = r.source_system and pr.resource_id = r.practitioner_resource_id
where r.practitioner_iin is null and r.practitioner_resource_id is not null and pr.iin is null;

-- The materialized copies. Indexes are created by the full pass after it fills them (ScreeningTables).
create unlogged table screening_claim_item (like resolved_claim_item);
create unlogged table screening_encounter (like resolved_encounter);
create unlogged table screening_role_specialty (like resolved_role_specialty);
create unlogged table screening_attachment_record (like resolved_attachment_record);
create unlogged table screening_death (like resolved_death);
create unlogged table screening_patient_demographics (like resolved_patient_demographics);
create unlogged table screening_person_record (like resolved_person_record);
create unlogged table screening_dangling_reference (like resolved_dangling_reference);

-- The practitioners of an item: the care team members its careTeamSequence names, else the whole care team. (An item
-- naming sequences gets a row per named sequence from the left join; one naming none gets one row with no sequence,
-- which the care-team join widens to every member; a practitioner named twice appears twice, which the rules absorb.)
-- Each row carries its item, so that the rules about practitioners read this table alone. Defined over the materialized claim items (active claims), so it is filled after them.
create view resolved_item_practitioner as
select i.source_system, i.claim_id, i.claim_ref, i.item_sequence, i.service_code, i.start_day, i.quantity,
       i.amount_kzt, i.patient_iin, i.organization_bin, coalesce(t.practitioner_iin, pr.iin) as practitioner_iin
from screening_claim_item i
left join claim_item_care_team s on s.source_system = i.source_system and s.claim_id = i.claim_id
                                and s.item_sequence = i.item_sequence
join claim_care_team t on t.source_system = i.source_system and t.claim_id = i.claim_id
                      and (s.care_team_sequence is null or t.sequence = s.care_team_sequence)
left join practitioner pr on pr.source_system = t.source_system and pr.resource_id = t.practitioner_resource_id
where coalesce(t.practitioner_iin, pr.iin) is not null;
create unlogged table screening_item_practitioner (like resolved_item_practitioner);

-- The active claim items that reference an encounter (literal references, within the same source); defined over
-- the materialized claim items, so it is filled after them.
create view resolved_encounter_claim_item as
select ci.source_system, ci.claim_id, ie.encounter_resource_id as encounter_id, ci.claim_ref, ci.item_sequence,
       ci.amount_kzt
from claim_item_encounter ie
join screening_claim_item ci on ci.source_system = ie.source_system and ci.claim_id = ie.claim_id
                            and ci.item_sequence = ie.item_sequence
where ie.encounter_resource_id is not null;
create unlogged table screening_encounter_claim_item (like resolved_encounter_claim_item);

-- Each practitioner of each finished encounter, for every day the encounter covers (starts = 1 on its first day; a
-- practitioner named twice appears twice, which the rule's DISTINCT absorbs): PRACTITIONER_DOUBLE_PRESENCE compares a practitioner's encounters day by day (an encounter that starts on a day
-- another covers) by joining this table with itself on practitioner and day. Defined over the materialized
-- encounters, so it is filled after them.
create view resolved_encounter_presence as
select coalesce(ep.practitioner_iin, pr.iin) as practitioner_iin, d.day,
       case when d.day = e.start_day then 1 else 0 end as starts, e.source_system, e.encounter_id,
       e.encounter_ref, e.organization_bin, e.start_at, e.end_at, e.start_day, e.end_day
from encounter_participant ep
left join practitioner pr on pr.source_system = ep.source_system and pr.resource_id = ep.practitioner_resource_id
join screening_encounter e on e.source_system = ep.source_system and e.encounter_id = ep.encounter_id
-- most encounters last one day: only the others are spread over the calendar
join (select source_system, encounter_id, start_day as day from screening_encounter where end_day = start_day
      union all
      select x.source_system, x.encounter_id, c.epoch_day from screening_encounter x
      join calendar_day c on c.epoch_day >= x.start_day and c.epoch_day <= x.end_day
      where x.end_day > x.start_day) d on d.source_system = e.source_system and d.encounter_id = e.encounter_id
where coalesce(ep.practitioner_iin, pr.iin) is not null;
create unlogged table screening_encounter_presence (like resolved_encounter_presence);

-- Attachments of known patients with the day each really ends: an open attachment is ended by the patient's next
-- attachment (one starting later), on the day before that one starts. Defined over the materialized attachment
-- records and kept per patient (all of a patient's attachments are replaced together).
create view resolved_attachment as
select a.source_system, a.attachment_ref, a.patient_iin, a.organization_bin, a.start_day, a.end_day,
       case when a.end_day is not null then a.end_day
            else min(a.start_day) over (partition by a.patient_iin order by a.start_day
                                        range between 1 following and unbounded following) - 1 end as effective_end_day
from screening_attachment_record a
where a.patient_iin is not null;
create unlogged table screening_attachment (like resolved_attachment);

-- One row when the screening_* tables are complete; empty after a crash (unlogged) or before the first full pass.
create unlogged table screening_tables_state (
    built_at         bigint not null     -- epoch seconds of the full pass that filled them
);

-- What a scoped pass judges: the people and claims whose findings may have changed (ScreeningScope).
create unlogged table screening_refresh_record (
    source_system    text not null,
    record_type      text not null,
    record_id        text not null,
    primary key (source_system, record_type, record_id)
);
create unlogged table screening_scope_patient (
    iin              char(12) primary key
);
create unlogged table screening_scope_practitioner (
    iin              char(12) not null,
    first_day        integer  not null,   -- -1000000 and 1000000 stand for "every day"
    last_day         integer  not null,
    primary key (iin, first_day, last_day)
);
create unlogged table screening_scope_claim (
    source_system    text not null,
    claim_id         text not null,
    claim_ref        text not null,
    primary key (source_system, claim_id)
);
