-- Evaluation of opened bids (docs/evaluation.md). Portable SQL for H2 and PostgreSQL (docs/adr/0003).
-- Raw scores, compliance decisions, moderations and rankings are only ever inserted.

-- One id sequence, one id at a time, taken while the evaluation row is locked: a ranking names the
-- last score and moderation it included, and is recomputed from exactly those.
create sequence evaluation_seq start with 1 increment by 1;

-- Started on first use after the opening, with the scale the tender is scored on.
create table evaluation (
    tender_id  uuid                     not null primary key references tender (id),
    case_ref   varchar(40)              not null,
    scale_max  integer                  not null,
    started_at timestamp with time zone not null
);

-- The opened bids as taken from the opening: ids, suppliers, prices and receipts, never their texts.
create table evaluation_bid (
    bid_id         uuid                     not null primary key,
    tender_id      uuid                     not null references evaluation (tender_id),
    supplier_id    varchar(100)             not null,
    price          numeric(15, 2)           not null,
    received_at    timestamp with time zone not null,
    receipt_sha256 varchar(64)              not null,
    opened_order   integer                  not null,
    constraint evaluation_bid_order unique (tender_id, opened_order)
);

create table evaluation_compliance (
    bid_id     uuid                     not null primary key references evaluation_bid (bid_id),
    tender_id  uuid                     not null references evaluation (tender_id),
    compliant  boolean                  not null,
    reason     varchar(4000)            not null,
    decided_by varchar(100)             not null,
    decided_at timestamp with time zone not null
);
create index evaluation_compliance_tender on evaluation_compliance (tender_id);

-- criterion_no is the criterion's position among the tender's published criteria.
create table evaluation_score (
    id            bigint                   not null primary key,
    tender_id     uuid                     not null references evaluation (tender_id),
    bid_id        uuid                     not null references evaluation_bid (bid_id),
    evaluator_id  varchar(100)             not null,
    criterion_no  integer                  not null,
    criterion     varchar(200)             not null,
    score         integer                  not null check (score >= 0),
    justification varchar(4000)            not null,
    scored_at     timestamp with time zone not null,
    constraint evaluation_score_once unique (bid_id, evaluator_id, criterion_no)
);
create index evaluation_score_tender on evaluation_score (tender_id, id);

create table evaluation_moderation (
    id           bigint                   not null primary key,
    tender_id    uuid                     not null references evaluation (tender_id),
    bid_id       uuid                     not null references evaluation_bid (bid_id),
    evaluator_id varchar(100)             not null,
    criterion_no integer                  not null,
    criterion    varchar(200)             not null,
    from_score   integer                  not null,
    to_score     integer                  not null check (to_score >= 0),
    reason       varchar(4000)            not null,
    moderated_by varchar(100)             not null,
    moderated_at timestamp with time zone not null,
    round        integer                  not null
);
create index evaluation_moderation_tender on evaluation_moderation (tender_id, id);

create table evaluation_outlier (
    id             bigint                   not null primary key,
    tender_id      uuid                     not null references evaluation (tender_id),
    round          integer                  not null,
    bid_id         uuid                     not null references evaluation_bid (bid_id),
    criterion_no   integer                  not null,
    criterion      varchar(200)             not null,
    min_score      integer                  not null,
    max_score      integer                  not null,
    allowed_spread integer                  not null,
    flagged_at     timestamp with time zone not null
);

create table evaluation_ranking (
    id                 bigint                   not null primary key,
    tender_id          uuid                     not null references evaluation (tender_id),
    round              integer                  not null,
    computed_at        timestamp with time zone not null,
    computed_by        varchar(100)             not null,
    score_cutoff       bigint                   not null,
    moderation_cutoff  bigint                   not null,
    recommended_bid_id uuid                     not null references evaluation_bid (bid_id),
    recommended_price  numeric(15, 2)           not null,
    recommended_total  numeric(7, 2)            not null,
    digest             varchar(64)              not null,
    constraint evaluation_ranking_round unique (tender_id, round)
);
