-- The tamper-evident ledger (INTERCHANGE.md section 6, docs/LEDGER.md).

-- Leaves written in the same transaction as the change they record; the sequencer gives each its dense
-- index shortly after commit (as Trillian does) and moves it to ledger_leaf.
create table ledger_queue (
    id               bigint generated always as identity primary key,
    kind             text   not null,
    ref              bigint not null,  -- the row the leaf is about (e.g. resource_version.id)
    data             text   not null   -- the leaf data: JSON without personal data in the clear
);

create table ledger_leaf (
    leaf_index       bigint primary key check (leaf_index >= 0),
    kind             text   not null,
    ref              bigint not null,
    data             text   not null,
    leaf_hash        bytea  not null,  -- SHA-256(0x00 || data), RFC 9162 section 2.1.1
    sequenced_at     bigint not null   -- epoch milliseconds
);
create unique index ledger_leaf_kind_ref on ledger_leaf (kind, ref);

-- Every signed tree head ever issued.
create table ledger_tree_head (
    id               bigint generated always as identity primary key,
    tree_size        bigint not null check (tree_size >= 0),
    root_hash        text   not null,  -- lowercase hex
    issued_at        bigint not null,  -- epoch milliseconds, the signed timestamp
    signature        text   not null,  -- base64 Ed25519 over "treeSize:rootHash:timestamp"
    key_id           text   not null
);
create index ledger_tree_head_size on ledger_tree_head (tree_size);

-- Reads of a person's data: who read what, when. The citizen view shows them; each read is a ledger leaf.
create table access_log (
    id               bigint generated always as identity primary key,
    api_key_id       bigint not null,
    source_system    text,
    resource_type    text   not null,
    resource_id      text,
    patient_iin      char(12),
    path             text   not null,
    read_at          bigint not null   -- epoch milliseconds
);
create index access_log_patient on access_log (patient_iin);
