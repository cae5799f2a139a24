-- Analytics (docs/ANALYTICS.md): monthly figures per facility and practitioner, kept current by the records each
-- ingest touched. Facts are resolved copies of the canonical rows (one row per record part, so that an update knows
-- what a record said before it changed); aggregates are recomputed only for the cells the touched facts belong to.
-- Months are month indexes (year * 12 + month - 1, as calendar_day), days epoch days in UTC+05:00.

-- The catalog's service minutes and setting, copied from the loaded ReferenceCatalog at start-up.
create table analytics_service (
    code             text primary key,
    setting          text not null,
    minutes          integer not null
);

-- One row per active claim item: its facility, patient, funding, month and catalog minutes.
create table analytics_item (
    source_system    text     not null,
    claim_id         text     not null,
    item_sequence    integer  not null,
    organization_bin char(12),
    patient_iin      char(12),
    funding_code     text,
    day              integer  not null,
    month_index      integer  not null,
    amount_kzt       numeric(16, 2) not null,
    quantity         numeric(12, 3) not null,
    minutes          numeric(16, 3) not null,   -- catalog minutes x quantity
    phc_only         boolean  not null,         -- the catalog's setting is PHC
    attached_there   boolean  not null,         -- the patient was attached to this facility on that day
    primary key (source_system, claim_id, item_sequence)
);
create index analytics_item_cell on analytics_item (organization_bin, month_index);
create index analytics_item_patient on analytics_item (patient_iin, month_index);

-- The practitioners of each item (the care team members it names, else the whole care team).
create table analytics_item_practitioner (
    source_system    text     not null,
    claim_id         text     not null,
    item_sequence    integer  not null,
    practitioner_iin char(12) not null,
    organization_bin char(12),
    patient_iin      char(12),
    day              integer  not null,
    month_index      integer  not null,
    minutes          numeric(16, 3) not null,
    primary key (source_system, claim_id, item_sequence, practitioner_iin)
);
create index analytics_item_practitioner_day on analytics_item_practitioner (practitioner_iin, day);
create index analytics_item_practitioner_cell on analytics_item_practitioner (organization_bin, month_index);

-- Finished encounters: who was seen in which month.
create table analytics_encounter (
    source_system    text     not null,
    encounter_id     text     not null,
    patient_iin      char(12),
    month_index      integer  not null,
    primary key (source_system, encounter_id)
);
create index analytics_encounter_patient on analytics_encounter (patient_iin, month_index);

-- Attachments of known patients with the day each really ends (an open one ends the day before the next starts).
create table analytics_attachment (
    source_system    text     not null,
    origin_type      text     not null,
    attachment_id    text     not null,
    patient_iin      char(12) not null,
    organization_bin char(12),
    start_day        integer  not null,
    effective_end_day integer,
    primary key (source_system, origin_type, attachment_id)
);
create index analytics_attachment_patient on analytics_attachment (patient_iin);
create index analytics_attachment_organization on analytics_attachment (organization_bin);

-- The months with any claim item or encounter: the months attachment figures are kept for.
create table analytics_month (
    month_index      integer primary key,
    last_day         integer not null,
    facts            bigint  not null      -- claim items and encounters in the month; 0: no longer a month with data
);

-- Months in which a person had an encounter or a claim item anywhere.
create table analytics_person_month (
    patient_iin      char(12) not null,
    month_index      integer  not null,
    primary key (patient_iin, month_index)
);

-- Each person attached to a facility on a month's last day, and whether they were seen in the 24 months up to it.
create table analytics_person_attached (
    patient_iin      char(12) not null,
    organization_bin char(12) not null,
    month_index      integer  not null,
    not_seen_24m     boolean  not null,
    primary key (patient_iin, organization_bin, month_index)
);
create index analytics_person_attached_cell on analytics_person_attached (organization_bin, month_index);

-- The monthly figures of a facility from its claim items.
create table analytics_facility_month (
    organization_bin char(12) not null,
    month_index      integer  not null,
    claims           bigint   not null,
    items            bigint   not null,
    patients         bigint   not null,
    amount_gobmp_kzt numeric(18, 2) not null,
    amount_osms_kzt  numeric(18, 2) not null,
    amount_kzt       numeric(18, 2) not null,
    phc_only_items   bigint   not null,
    phc_only_unattached_items bigint not null,
    practitioner_days bigint  not null,
    median_practitioner_day_minutes numeric(16, 3),
    median_practitioner_day_patients numeric(16, 3),
    primary key (organization_bin, month_index)
);

-- The patients of each facility month (how many items each): a facility month's distinct patients are its rows.
create table analytics_cell_patient (
    organization_bin char(12) not null,
    month_index      integer  not null,
    patient_iin      char(12) not null,
    items            bigint   not null,
    primary key (organization_bin, month_index, patient_iin)
);

-- Each practitioner's days at each facility: the facility's median practitioner day is over these rows.
create table analytics_facility_practitioner_day (
    organization_bin char(12) not null,
    practitioner_iin char(12) not null,
    day              integer  not null,
    month_index      integer  not null,
    minutes          numeric(16, 3) not null,
    patients         bigint   not null,
    primary key (practitioner_iin, day, organization_bin)
);
create index analytics_facility_practitioner_day_cell on analytics_facility_practitioner_day (organization_bin, month_index);

-- Attached persons of a facility at a month's end, kept by adding and subtracting the persons an ingest touched.
create table analytics_facility_attached (
    organization_bin char(12) not null,
    month_index      integer  not null,
    attached         bigint   not null,
    attached_not_seen_24m bigint not null,
    primary key (organization_bin, month_index)
);

-- A practitioner's figures per day over every facility, and per month (medians of those days).
create table analytics_practitioner_day (
    practitioner_iin char(12) not null,
    day              integer  not null,
    month_index      integer  not null,
    minutes          numeric(16, 3) not null,
    patients         bigint   not null,
    main_organization_bin char(12),
    primary key (practitioner_iin, day)
);
create index analytics_practitioner_day_month on analytics_practitioner_day (practitioner_iin, month_index);

create table analytics_practitioner_month (
    practitioner_iin char(12) not null,
    month_index      integer  not null,
    days             bigint   not null,
    median_day_minutes numeric(16, 3) not null,
    median_day_patients numeric(16, 3) not null,
    main_organization_bin char(12),
    primary key (practitioner_iin, month_index)
);
create index analytics_practitioner_month_month on analytics_practitioner_month (month_index);

-- Literal references still waiting for their Patient or Practitioner: when it arrives, the records naming it are
-- resolved again (partial indexes: only unresolved references are in them).
create index analytics_claim_patient_reference on claim (source_system, patient_resource_id) where patient_iin is null;
create index analytics_encounter_patient_reference on encounter (source_system, patient_resource_id) where patient_iin is null;
create index analytics_attachment_patient_reference on attachment (source_system, patient_resource_id) where patient_iin is null;
create index analytics_care_team_reference on claim_care_team (source_system, practitioner_resource_id) where practitioner_iin is null;

-- Work lists of one update (updates run one at a time): the records it refreshes, the people, facility months and
-- practitioner days whose figures it recomputes.
create unlogged table analytics_touched_claim (
    source_system    text not null,
    claim_id         text not null,
    primary key (source_system, claim_id)
);
create unlogged table analytics_touched_encounter (
    source_system    text not null,
    encounter_id     text not null,
    primary key (source_system, encounter_id)
);
create unlogged table analytics_touched_attachment (
    source_system    text not null,
    origin_type      text not null,
    attachment_id    text not null,
    primary key (source_system, origin_type, attachment_id)
);
create unlogged table analytics_dirty_person (
    patient_iin      char(12) primary key
);
create unlogged table analytics_dirty_attachment_person (
    patient_iin      char(12) primary key
);
-- Changes to the additive figures of facility months (claims, items, KZT, PHC-only items, patients), summed at the end.
create unlogged table analytics_cell_delta (
    organization_bin char(12) not null,
    month_index      integer  not null,
    claims           bigint   not null,
    items            bigint   not null,
    amount_gobmp_kzt numeric(18, 2) not null,
    amount_osms_kzt  numeric(18, 2) not null,
    amount_kzt       numeric(18, 2) not null,
    phc_only_items   bigint   not null,
    phc_only_unattached_items bigint not null,
    patients         bigint   not null
);
create unlogged table analytics_dirty_cell_patient (
    organization_bin char(12) not null,
    month_index      integer  not null,
    patient_iin      char(12) not null,
    primary key (organization_bin, month_index, patient_iin)
);
create unlogged table analytics_dirty_median_cell (
    organization_bin char(12) not null,
    month_index      integer  not null,
    primary key (organization_bin, month_index)
);
create unlogged table analytics_dirty_practitioner_day (
    practitioner_iin char(12) not null,
    day              integer  not null,
    primary key (practitioner_iin, day)
);
