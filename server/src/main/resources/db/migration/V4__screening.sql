-- Screening (INTERCHANGE.md section 5, docs/RULES.md): the resolved views every rule reads, the reference data a
-- pass loads from the ReferenceCatalog, the calendar that keeps date arithmetic in plain integer joins, and the
-- findings with their history. The views are standard SQL so that a Spark runner can define them word for word.

-- Reference data in force, reloaded from the ReferenceCatalog at the start of every pass (never hard-coded).
create table reference_service (
    code             text primary key,
    setting          text    not null,
    price_kzt        numeric(16, 2) not null,
    minutes          integer not null,
    sex              char(1) not null,   -- A, M or F
    age_min          integer not null,
    age_max          integer not null,
    max_per_day      integer not null
);

create table reference_service_specialty (
    service_code     text not null,
    specialty_code   text not null,
    primary key (service_code, specialty_code)
);

create table reference_funding (
    code             text primary key,
    per_capita_monthly_kzt numeric(16, 2)  -- null for a stream that pays per service only
);

-- Every day from 1900 to 2199 with its calendar parts: ages, months and birth dates become integer joins,
-- the same text on every engine. month_index counts months from year 0 (year * 12 + month - 1).
create table calendar_day (
    epoch_day        integer primary key,
    year             integer not null,
    month            integer not null,
    day_of_month     integer not null,
    month_index      integer not null,
    unique (year, month, day_of_month)
);
insert into calendar_day (epoch_day, year, month, day_of_month, month_index)
select d - date '1970-01-01', extract(year from d)::integer, extract(month from d)::integer,
       extract(day from d)::integer, extract(year from d)::integer * 12 + extract(month from d)::integer - 1
from generate_series(date '1900-01-01', date '2199-12-31', interval '1 day') as g(t), lateral (select t::date as d) x;

-- A person's date of death: the earliest of the civil registry rows and any Patient's deceasedDateTime.
create view screening_death as
select iin, min(death_day) as death_day
from (select iin, death_day from death_record
      union all
      select iin, deceased_day from patient where iin is not null and deceased_day is not null) deaths
group by iin;

-- Sex and birth day as the Patient resources give them (the IIN gives them otherwise, see screening_claim_item).
create view screening_patient_demographics as
select iin, min(sex) as sex, min(birth_day) as birth_day
from patient where iin is not null
group by iin;

-- A BIN is a PHC facility when any Organization record with that BIN says so.
create view screening_facility as
select bin, max(case when facility_type = 'PHC' then 1 else 0 end) as is_phc
from organization group by bin;

-- Active claims with patient and provider resolved: the logical reference, else the literal one's target.
create view screening_claim as
select c.source_system, c.resource_id as claim_id, c.source_system || '/Claim/' || c.resource_id as claim_ref,
       coalesce(c.patient_iin, p.iin) as patient_iin, coalesce(c.provider_bin, o.bin) as organization_bin
from claim c
left join patient p on p.source_system = c.source_system and p.resource_id = c.patient_resource_id
left join organization o on o.source_system = c.source_system and o.resource_id = c.provider_resource_id
where c.status = 'active';

-- Claim items of active claims, with the birth date and sex the patient's IIN carries (digits 1-7).
create view screening_claim_item as
select c.source_system, c.claim_id, c.claim_ref, i.sequence as item_sequence, i.service_code,
       i.start_day, i.end_day, i.quantity, coalesce(i.net_kzt, i.unit_price_kzt * i.quantity, 0) as amount_kzt,
       c.patient_iin, c.organization_bin,
       case when substring(c.patient_iin from 7 for 1) in ('1', '3', '5') then 'M' else 'F' end as iin_sex,
       case substring(c.patient_iin from 7 for 1) when '1' then 1800 when '2' then 1800 when '3' then 1900
            when '4' then 1900 else 2000 end + cast(substring(c.patient_iin from 1 for 2) as integer) as iin_birth_year,
       cast(substring(c.patient_iin from 3 for 2) as integer) as iin_birth_month,
       cast(substring(c.patient_iin from 5 for 2) as integer) as iin_birth_day_of_month
from claim_item i
join screening_claim c on c.source_system = i.source_system and c.claim_id = i.claim_id;

-- The practitioners of an item: the care team members its careTeamSequence names, else the whole care team.
create view screening_item_practitioner as
select distinct i.source_system, i.claim_id, i.sequence as item_sequence,
       coalesce(t.practitioner_iin, pr.iin) as practitioner_iin
from claim_item i
join claim_care_team t on t.source_system = i.source_system and t.claim_id = i.claim_id
left join practitioner pr on pr.source_system = t.source_system and pr.resource_id = t.practitioner_resource_id
where coalesce(t.practitioner_iin, pr.iin) is not null
  and (exists (select 1 from claim_item_care_team s
               where s.source_system = i.source_system and s.claim_id = i.claim_id
                 and s.item_sequence = i.sequence and s.care_team_sequence = t.sequence)
       or not exists (select 1 from claim_item_care_team s
                      where s.source_system = i.source_system and s.claim_id = i.claim_id
                        and s.item_sequence = i.sequence));

-- Finished encounters with patient and organization resolved.
create view screening_encounter as
select e.source_system, e.resource_id as encounter_id,
       e.source_system || '/Encounter/' || e.resource_id as encounter_ref, e.encounter_class,
       coalesce(e.patient_iin, p.iin) as patient_iin, coalesce(e.organization_bin, o.bin) as organization_bin,
       e.start_at, e.end_at, e.start_day, e.end_day
from encounter e
left join patient p on p.source_system = e.source_system and p.resource_id = e.patient_resource_id
left join organization o on o.source_system = e.source_system and o.resource_id = e.organization_resource_id
where e.status = 'finished';

create view screening_encounter_practitioner as
select distinct ep.source_system, ep.encounter_id, coalesce(ep.practitioner_iin, pr.iin) as practitioner_iin
from encounter_participant ep
left join practitioner pr on pr.source_system = ep.source_system and pr.resource_id = ep.practitioner_resource_id
where coalesce(ep.practitioner_iin, pr.iin) is not null;

-- The active claim items that reference an encounter (literal references, within the same source).
create view screening_encounter_claim_item as
select ci.source_system, ie.encounter_resource_id as encounter_id, ci.claim_ref, ci.item_sequence, ci.amount_kzt
from claim_item_encounter ie
join screening_claim_item ci on ci.source_system = ie.source_system and ci.claim_id = ie.claim_id
                            and ci.item_sequence = ie.item_sequence
where ie.encounter_resource_id is not null;

-- Practitioner roles with practitioner and organization resolved.
create view screening_role_specialty as
select r.source_system, r.resource_id as role_id, coalesce(r.practitioner_iin, pr.iin) as practitioner_iin,
       coalesce(r.organization_bin, o.bin) as organization_bin, r.start_day, r.end_day, s.specialty_code
from practitioner_role r
join practitioner_role_specialty s on s.source_system = r.source_system and s.role_id = r.resource_id
left join practitioner pr on pr.source_system = r.source_system and pr.resource_id = r.practitioner_resource_id
left join organization o on o.source_system = r.source_system and o.resource_id = r.organization_resource_id;

-- Attachments with patient and organization resolved, and the day each really ends: an open attachment is ended
-- by the patient's next attachment (one starting later), on the day before that one starts.
create view screening_attachment as
select a.*,
       case when a.end_day is not null then a.end_day
            else (select min(n.start_day) - 1 from (
                      select coalesce(x.patient_iin, xp.iin) as patient_iin, x.start_day
                      from attachment x
                      left join patient xp on xp.source_system = x.source_system
                                          and xp.resource_id = x.patient_resource_id) n
                  where n.patient_iin = a.patient_iin and n.start_day > a.start_day) end as effective_end_day
from (select at.source_system, at.source_system || '/' || at.origin_type || '/' || at.attachment_id as attachment_ref,
             coalesce(at.patient_iin, p.iin) as patient_iin, coalesce(at.organization_bin, o.bin) as organization_bin,
             at.start_day, at.end_day
      from attachment at
      left join patient p on p.source_system = at.source_system and p.resource_id = at.patient_resource_id
      left join organization o on o.source_system = at.source_system and o.resource_id = at.organization_resource_id) a;

-- What a pass computed: one row per offence and rule. Unlogged: it is rebuilt by every pass.
create unlogged table screening_candidate (
    id               text primary key,   -- md5(rule || '|' || offence key): the finding's stable identity
    rule             text not null,
    rule_version     integer not null,
    severity         text not null,
    offence_key      text not null,
    amount_kzt       numeric(16, 2),
    patient_iin      char(12),
    practitioner_iin char(12),
    organization_bin char(12),
    day              integer,
    service_code     text,
    encounter_ids    text,               -- comma-separated <source>/Encounter/<id>
    attachment_id    text,
    claim_ids        text,               -- comma-separated <source>/Claim/<id>
    evidence         text not null       -- JSON
);

create table finding (
    id               text primary key,
    rule             text not null,
    rule_version     integer not null,
    severity         text not null,
    status           text not null check (status in ('open', 'confirmed', 'dismissed', 'withdrawn')),
    amount_kzt       numeric(16, 2),
    patient_iin      char(12),
    practitioner_iin char(12),
    organization_bin char(12),
    day              integer,
    service_code     text,
    encounter_ids    text,
    attachment_id    text,
    claim_ids        text,
    detected_at      bigint not null,    -- epoch seconds of the first raise
    evidence         text not null,
    last_event_id    bigint              -- the finding_event whose ledger leaf is the latest
);
create index finding_rule on finding (rule, day);
create index finding_organization on finding (organization_bin);
create index finding_status on finding (status);

-- Every raise, withdrawal, revision and review of a finding; each is one ledger leaf (kind 'finding', ref = id).
create table finding_event (
    id               bigint generated always as identity primary key,
    finding_id       text   not null references finding (id),
    action           text   not null,    -- raised, withdrawn, reraised, revised, reviewed
    status           text   not null,
    content_sha256   text   not null,    -- SHA-256 of the finding's content after the event
    api_key_id       bigint,             -- the reviewer's key
    comment          text,
    happened_at      bigint not null,    -- epoch seconds
    batch            text   not null     -- the pass or review that wrote it: its leaves are appended together
);
create index finding_event_finding on finding_event (finding_id);
create index finding_event_batch on finding_event (batch);
