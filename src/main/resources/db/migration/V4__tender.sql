-- Published tenders (docs/adr/0004-sealed-bids.md). Portable SQL for H2 and PostgreSQL (docs/adr/0003).
create table tender (
    id                  uuid                     not null primary key,
    case_ref            varchar(40)              not null,
    ocid                varchar(100)             not null,
    title               varchar(200)             not null,
    summary             varchar(4000)            not null,
    document_id         uuid,
    document_sha256     varchar(64),
    status              varchar(20)              not null,
    published_at        timestamp with time zone not null,
    published_by        varchar(100)             not null,
    submission_deadline timestamp with time zone not null,
    budget_ceiling      numeric(15, 2)           not null,
    currency            varchar(3)               not null,
    status_changed_at   timestamp with time zone not null
);
create index tender_open on tender (status, submission_deadline);
create index tender_case on tender (case_ref);

-- The award criteria as published: written once with the tender, never updated (criteria are
-- frozen from publication on, DOMAIN.md rule 4).
create table tender_criterion (
    id             uuid          not null primary key,
    tender_id      uuid          not null references tender (id),
    criterion_no   integer       not null,
    name           varchar(200)  not null,
    criterion_type varchar(20)   not null,
    weight         integer       not null,
    description    varchar(2000),
    constraint tender_criterion_order unique (tender_id, criterion_no)
);
