-- Decision record: append-only, each entry's hash covers the previous entry's hash (docs/architecture.md).
create table decision_record (
    seq           bigint                   not null primary key,
    case_ref      varchar(40),
    actor         varchar(100)             not null,
    actor_role    varchar(60)              not null,
    action        varchar(100)             not null,
    rule_applied  varchar(200)             not null,
    outcome       varchar(200)             not null,
    details       varchar(100000)          not null,
    data_digest   varchar(64)              not null,
    recorded_at   timestamp with time zone not null,
    prev_hash     varchar(64)              not null,
    entry_hash    varchar(64)              not null
);
create index decision_record_case on decision_record (case_ref, seq);

-- The chain head: one row, locked by every append, so entries get gap-free sequence numbers and
-- chain correctly across nodes.
create table decision_chain_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into decision_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
