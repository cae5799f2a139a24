-- API keys (INTERCHANGE.md section 3). Only a SHA-256 of each key is stored: keys are 256-bit random
-- secrets, so a fast hash cannot be brute-forced, and the clear key is shown once, when it is created.
create table api_key (
    id               bigint generated always as identity primary key,
    key_sha256       char(64) not null unique,
    name             text     not null,
    role             text     not null check (role in ('ADMINISTRATOR', 'SOURCE_SYSTEM', 'AUDITOR', 'ANALYST')),
    source_system    text,               -- a source system's key may only send as that source
    created_at       bigint   not null,  -- epoch seconds
    revoked_at       bigint
);
