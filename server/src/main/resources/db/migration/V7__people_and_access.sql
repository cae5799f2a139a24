-- People and access (INTERCHANGE.md section 7): roles with scopes, people's accounts, and the real reader of
-- every read and the real reviewer of every review.

-- Keys of the bound roles carry their scope: a source system code, facility BINs, or a person's IIN.
alter table api_key drop constraint api_key_role_check;
alter table api_key add constraint api_key_role_check check (role in
    ('ADMINISTRATOR', 'SOURCE_SYSTEM', 'AUDITOR', 'ANALYST', 'FACILITY_MANAGER', 'CITIZEN'));
alter table api_key add column organizations text[] not null default '{}';
alter table api_key add column person_iin char(12);

-- Accounts of people who sign in to the web interface (the embedded default; production may use OpenID Connect).
create table user_account (
    id                 bigint generated always as identity primary key,
    username           text    not null unique check (username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
    display_name       text    not null,
    password_hash      text    not null,   -- Spring Security's DelegatingPasswordEncoder format ({bcrypt}...)
    role               text    not null check (role in
        ('ADMINISTRATOR', 'AUDITOR', 'ANALYST', 'FACILITY_MANAGER', 'CITIZEN')),
    organizations      text[]  not null default '{}',
    person_iin         char(12),
    failed_attempts    integer not null default 0,
    locked_until       bigint,             -- epoch seconds; a lockout after repeated failed sign-ins
    created_at         bigint  not null,
    disabled_at        bigint
);

-- The reader of each read: which credential, its display name, role and organization at the time of the read.
-- Rows written before this migration name their reader by api_key_id alone.
alter table access_log alter column api_key_id drop not null;
alter table access_log add column reader_kind text;           -- key, account, oidc, job
alter table access_log add column reader_id text;
alter table access_log add column reader_name text;
alter table access_log add column reader_role text;
alter table access_log add column reader_organization char(12);
create index access_log_read_at on access_log (patient_iin, read_at);

-- The reviewer of a review, whatever the credential.
alter table finding_event add column actor text;              -- key:12, account:3, oidc:<subject>
alter table finding_event add column actor_name text;
