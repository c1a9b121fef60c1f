-- Award: recommendation, approval, standstill, challenges and the contract, per evaluation round.
-- Portable SQL for H2 and PostgreSQL (docs/adr/0003).
create sequence award_seq start with 1 increment by 1;

create table award_recommendation (
    id           bigint                   not null primary key,
    tender_id    uuid                     not null references tender (id),
    round        integer                  not null,
    bid_id       uuid                     not null,
    supplier_id  varchar(100)             not null,
    price        numeric(15, 2)           not null,
    passed       boolean                  not null,
    tally        varchar(200)             not null,
    concluded_at timestamp with time zone not null,
    constraint award_recommendation_round unique (tender_id, round)
);

create table award_approval (
    id             bigint                   not null primary key,
    tender_id      uuid                     not null references tender (id),
    round          integer                  not null,
    approver_id    varchar(100)             not null,
    approved       boolean                  not null,
    reason         varchar(4000),
    contract_value numeric(15, 2)           not null,
    decided_at     timestamp with time zone not null,
    constraint award_approval_round unique (tender_id, round)
);

create table award_standstill (
    id         bigint                   not null primary key,
    tender_id  uuid                     not null references tender (id),
    round      integer                  not null,
    started_at timestamp with time zone not null,
    ends_at    timestamp with time zone not null,
    period     varchar(40)              not null,
    constraint award_standstill_round unique (tender_id, round)
);

create table award_challenge (
    id              uuid                     not null primary key,
    tender_id       uuid                     not null references tender (id),
    round           integer                  not null,
    supplier_id     varchar(100)             not null,
    grounds         varchar(10000)           not null,
    lodged_at       timestamp with time zone not null,
    status          varchar(20)              not null,
    decided_by      varchar(100),
    decided_at      timestamp with time zone,
    decision_reason varchar(4000)
);
create index award_challenge_tender on award_challenge (tender_id, lodged_at);

create table award_contract (
    id             uuid                     not null primary key,
    tender_id      uuid                     not null unique references tender (id),
    case_ref       varchar(40)              not null,
    ocid           varchar(100)             not null,
    round          integer                  not null,
    bid_id         uuid                     not null,
    supplier_id    varchar(100)             not null,
    contract_value numeric(15, 2)           not null,
    currency       varchar(3)               not null,
    start_date     date                     not null,
    end_date       date,
    awarded_at     timestamp with time zone not null,
    awarded_by     varchar(100)             not null
);
create index award_contract_case on award_contract (case_ref);
