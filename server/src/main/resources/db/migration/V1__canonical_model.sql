-- The canonical model of the interchange standard (INTERCHANGE.md sections 2 and 4).
-- Conventions: an instant is epoch seconds (bigint); a day is an epoch day in UTC+05:00 (integer);
-- money is numeric(16,2) in KZT. Integers keep rule SQL identical on PostgreSQL and Spark SQL.
-- A record is identified by (source_system, resource_id) within its type; references are kept as sent
-- (`*_reference`, e.g. 'Patient/17') and resolved to national identifiers (`*_iin`, `*_bin`) when known.

-- Every version of every record received, exactly as received: FHIR resources and CSV rows alike.
create table resource_version (
    id               bigint generated always as identity primary key,
    source_system    text     not null,
    resource_type    text     not null,  -- FHIR type, or the CSV format name for a legacy row
    resource_id      text     not null,
    version          integer  not null check (version >= 1),
    content_sha256   text     not null,  -- lowercase hex SHA-256 of the canonical content
    raw_content      text     not null,  -- the JSON or CSV line as received
    transport        text     not null,  -- 'fhir', 'ndjson', 'csv'
    origin           text,               -- file or request the record came in
    origin_line      integer,            -- its line there, counted from 1
    received_at      bigint   not null,  -- epoch seconds
    unique (source_system, resource_type, resource_id, version)
);

-- The current version of each record; lets a resend of identical content be recognised as unchanged.
create table resource_current (
    source_system    text    not null,
    resource_type    text    not null,
    resource_id      text    not null,
    version          integer not null,
    content_sha256   text    not null,
    version_id       bigint  not null references resource_version (id),
    primary key (source_system, resource_type, resource_id)
);

create table organization (
    source_system    text    not null,
    resource_id      text    not null,
    version_id       bigint  not null references resource_version (id),
    bin              char(12) not null,
    facility_type    text,
    name             text,
    region_code      char(2),
    part_of_reference text,
    primary key (source_system, resource_id)
);
create index organization_bin on organization (bin);

create table practitioner (
    source_system    text    not null,
    resource_id      text    not null,
    version_id       bigint  not null references resource_version (id),
    iin              char(12) not null,
    name             text,
    sex              char(1),            -- 'M' or 'F'
    birth_day        integer,
    primary key (source_system, resource_id)
);
create index practitioner_iin on practitioner (iin);

create table practitioner_role (
    source_system    text    not null,
    resource_id      text    not null,
    version_id       bigint  not null references resource_version (id),
    practitioner_reference text,
    practitioner_iin char(12),
    organization_reference text,
    organization_bin char(12),
    start_day        integer,
    end_day          integer,            -- inclusive; null while employed
    primary key (source_system, resource_id)
);
create index practitioner_role_iin on practitioner_role (practitioner_iin);

create table practitioner_role_specialty (
    source_system    text not null,
    role_id          text not null,
    specialty_code   text not null,
    primary key (source_system, role_id, specialty_code),
    foreign key (source_system, role_id) references practitioner_role (source_system, resource_id) on delete cascade
);

create table patient (
    source_system    text    not null,
    resource_id      text    not null,
    version_id       bigint  not null references resource_version (id),
    iin              char(12),           -- null for a person known only by a local record number
    record_number_system text,           -- urn:kz:egmis:mrn:<BIN>
    record_number    text,
    name             text,
    sex              char(1),
    birth_day        integer,
    region_code      char(2),
    deceased_day     integer,
    primary key (source_system, resource_id)
);
create index patient_iin on patient (iin);

-- Civil registry death records (CSV death-registry), identified by record number.
create table death_record (
    source_system    text    not null,
    record_number    text    not null,
    version_id       bigint  not null references resource_version (id),
    iin              char(12) not null,
    death_day        integer not null,
    primary key (source_system, record_number)
);
create index death_record_iin on death_record (iin);

-- PHC attachments, from EpisodeOfCare resources and from attachment-registry rows alike.
create table attachment (
    source_system    text    not null,
    attachment_id    text    not null,   -- FHIR id, or '<iin>:<bin>:<attached_from>' for a registry row
    origin_type      text    not null,   -- 'EpisodeOfCare' or 'attachment-registry'
    version_id       bigint  not null references resource_version (id),
    patient_reference text,
    patient_iin      char(12),
    organization_reference text,
    organization_bin char(12),
    start_day        integer not null,
    end_day          integer,            -- inclusive; null while active
    primary key (source_system, origin_type, attachment_id)
);
create index attachment_patient on attachment (patient_iin);

create table encounter (
    source_system    text    not null,
    resource_id      text    not null,
    version_id       bigint  not null references resource_version (id),
    status           text    not null,
    encounter_class  text    not null,   -- AMB, IMP, EMER, HH, VR
    patient_reference text,
    patient_iin      char(12),
    organization_reference text,
    organization_bin char(12),
    start_at         bigint  not null,   -- epoch seconds
    end_at           bigint  not null,
    start_day        integer not null,
    end_day          integer not null,
    reason_code      text,
    primary key (source_system, resource_id)
);
create index encounter_patient on encounter (patient_iin);

create table encounter_participant (
    source_system    text not null,
    encounter_id     text not null,
    position         integer not null,
    practitioner_reference text,
    practitioner_iin char(12),
    primary key (source_system, encounter_id, position),
    foreign key (source_system, encounter_id) references encounter (source_system, resource_id) on delete cascade
);
create index encounter_participant_iin on encounter_participant (practitioner_iin);

create table claim (
    source_system    text    not null,
    resource_id      text    not null,
    version_id       bigint  not null references resource_version (id),
    origin_type      text    not null,   -- 'Claim' or 'legacy-services'
    status           text    not null,
    claim_type       text,
    patient_reference text,
    patient_iin      char(12),
    provider_reference text,
    provider_bin     char(12),
    funding_code     text,
    created_day      integer,
    diagnosis_code   text,
    total_kzt        numeric(16, 2),
    primary key (source_system, resource_id)
);
create index claim_patient on claim (patient_iin);
create index claim_provider on claim (provider_bin);

create table claim_care_team (
    source_system    text not null,
    claim_id         text not null,
    sequence         integer not null,
    practitioner_reference text,
    practitioner_iin char(12),
    primary key (source_system, claim_id, sequence),
    foreign key (source_system, claim_id) references claim (source_system, resource_id) on delete cascade
);

create table claim_item (
    source_system    text    not null,
    claim_id         text    not null,
    sequence         integer not null,
    service_code     text    not null,
    start_day        integer not null,   -- servicedDate, or servicedPeriod start
    end_day          integer not null,   -- inclusive
    quantity         numeric(12, 3) not null check (quantity >= 0),
    unit_price_kzt   numeric(16, 2) check (unit_price_kzt >= 0),
    net_kzt          numeric(16, 2) check (net_kzt >= 0),
    primary key (source_system, claim_id, sequence),
    foreign key (source_system, claim_id) references claim (source_system, resource_id) on delete cascade
);
create index claim_item_day on claim_item (start_day);

-- The care team members an item names (careTeamSequence); an item naming none has the whole care team.
create table claim_item_care_team (
    source_system    text not null,
    claim_id         text not null,
    item_sequence    integer not null,
    care_team_sequence integer not null,
    primary key (source_system, claim_id, item_sequence, care_team_sequence),
    foreign key (source_system, claim_id, item_sequence)
        references claim_item (source_system, claim_id, sequence) on delete cascade
);

create table claim_item_encounter (
    source_system    text not null,
    claim_id         text not null,
    item_sequence    integer not null,
    position         integer not null,
    encounter_reference text not null,
    primary key (source_system, claim_id, item_sequence, position),
    foreign key (source_system, claim_id, item_sequence)
        references claim_item (source_system, claim_id, sequence) on delete cascade
);
