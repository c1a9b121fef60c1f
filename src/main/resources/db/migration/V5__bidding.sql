-- Sealed bids (docs/adr/0004-sealed-bids.md). Bid content exists here only as AES-GCM ciphertext
-- under a per-tender data key, which is stored only wrapped by the master key. Portable SQL (ADR 0003).
create table bid_data_key (
    tender_id     uuid                     not null primary key references tender (id),
    wrapped_key   bytea                    not null,
    master_key_id varchar(16)              not null,
    created_at    timestamp with time zone not null
);

create table bid (
    id                uuid                     not null primary key,
    tender_id         uuid                     not null references tender (id),
    supplier_id       varchar(100)             not null,
    idempotency_key   varchar(200)             not null,
    status            varchar(20)              not null,
    -- TRUE while submitted, NULL once withdrawn. NULLs are distinct in a unique constraint (H2 and
    -- PostgreSQL alike), so bid_one_active allows one live bid per supplier and tender and any
    -- number of withdrawn ones, without a partial index.
    active            boolean,
    current_version   integer                  not null,
    received_at       timestamp with time zone not null,
    content_sha256    varchar(64)              not null,
    first_received_at timestamp with time zone not null,
    withdrawn_at      timestamp with time zone,
    constraint bid_idempotency unique (tender_id, supplier_id, idempotency_key),
    constraint bid_one_active unique (tender_id, supplier_id, active)
);
create index bid_supplier on bid (supplier_id, first_received_at);
create index bid_tender on bid (tender_id, first_received_at);

-- Every version ever received, kept for the record when a bid is replaced or withdrawn.
create table bid_version (
    bid_id         uuid                     not null references bid (id),
    version        integer                  not null,
    received_at    timestamp with time zone not null,
    content_sha256 varchar(64)              not null,
    content_bytes  integer                  not null,
    nonce          bytea                    not null,
    ciphertext     bytea                    not null,
    primary key (bid_id, version)
);

-- The two people who confirm an opening: one per capacity, and never the same person twice.
create table bid_opening_confirmation (
    tender_id    uuid                     not null references tender (id),
    capacity     varchar(20)              not null,
    user_id      varchar(100)             not null,
    confirmed_at timestamp with time zone not null,
    primary key (tender_id, capacity),
    constraint bid_opening_two_people unique (tender_id, user_id)
);

create table bid_opening (
    tender_id       uuid                     not null primary key references tender (id),
    opened_at       timestamp with time zone not null,
    bid_count       integer                  not null,
    withdrawn_count integer                  not null,
    official_id     varchar(100)             not null,
    witness_id      varchar(100)             not null
);
