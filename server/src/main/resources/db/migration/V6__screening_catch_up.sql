-- The screening tables outlive a restart of EGMIS (not a crash of PostgreSQL: they are unlogged). A server that starts
-- on tables it did not fill itself catches up instead of rebuilding them: it refreshes the records received since
-- they were last known current (docs/RULES.md, "Screening tables").
drop table screening_tables_state;
create unlogged table screening_tables_state (
    built_at           bigint not null,   -- epoch seconds of the full pass that filled them
    definitions_sha256 text   not null,   -- of the resolved_* definitions they were filled from: a change rebuilds them
    current_at         bigint not null    -- epoch seconds: every record stored before then is in them
);

-- What a server starting on existing tables looks up: the records received since a moment.
create index resource_version_received_at on resource_version (received_at);
