-- Person identity (INTERCHANGE.md section 8, docs/IDENTITY.md): every person record linked to one person.
-- A record is '<source>/Patient/<id>' or '<source>/<csv format>/<row identity>'.

create table identity_person (
    person_id        text   primary key,        -- opaque: 'P' and a random UUID, never reused
    created_at       bigint not null,           -- epoch milliseconds
    merged_into      text                       -- set when merged into another person: the old id names that one
);

create table identity_link (
    record           text   primary key,
    source_system    text   not null,
    record_type      text   not null,           -- Patient, death-registry, attachment-registry, legacy-services
    record_id        text   not null,
    iin              char(12),                  -- the valid IIN the record carries, if any
    person_id        text   not null references identity_person (person_id),
    grade            text   not null check (grade in ('certain', 'probable')),
    score            double precision not null, -- 0-1
    linked_at        bigint not null            -- epoch milliseconds
);
create index identity_link_person on identity_link (person_id);
create index identity_link_iin on identity_link (iin);

-- The person of each IIN (all records of one IIN share a person): what findings name beside the IIN.
create view identity_iin_person as
select iin, min(person_id) as person_id from identity_link where iin is not null group by iin;

-- What a reviewer should look at: a match (probable: linked; possible: not linked) or an IIN conflict.
create table identity_review (
    id               bigint generated always as identity primary key,
    kind             text   not null check (kind in ('match', 'iin-conflict')),
    record           text   not null,
    other_record     text,
    person_id        text,                      -- the person the record was linked to when listed
    grade            text   not null check (grade in ('certain', 'probable', 'possible')),
    score            double precision not null,
    evidence         text   not null,           -- JSON: field -> what agreed
    status           text   not null default 'open' check (status in ('open', 'decided')),
    decision         text check (decision in ('link', 'separate')),
    created_at       bigint not null
);
-- listed once: linking the same record again does not list it again, nor reopen a decided review
create unique index identity_review_once on identity_review (kind, record, coalesce(other_record, ''));
create index identity_review_open on identity_review (status, id);

-- Reviewers' decisions, each a ledger leaf (kind identity-decision); re-linking never undoes one.
create table identity_decision (
    id               bigint generated always as identity primary key,
    review_id        bigint not null references identity_review (id),
    record           text   not null,
    other_record     text,
    decision         text   not null check (decision in ('link', 'separate')),
    comment          text,
    actor            text   not null,           -- key:12, account:3, oidc:<subject>
    actor_name       text,
    decided_at       bigint not null            -- epoch milliseconds
);
