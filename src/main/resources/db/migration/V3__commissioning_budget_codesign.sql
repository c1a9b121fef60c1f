-- Commissioning cases, budget lines and the co-design records (needs, specification, criteria, votes).

create sequence commissioning_case_seq start with 1 increment by 1;

create table commissioning_case (
    id                   bigint                   not null primary key,
    ref                  varchar(40)              not null unique,
    service_area         varchar(100)             not null,
    title                varchar(200)             not null,
    problem_statement    varchar(10000)           not null,
    budget_line_code     varchar(40)              not null,
    envelope_amount      numeric(15, 2)           not null,
    currency             varchar(3)               not null,
    target_award_date    date,
    target_service_start date,
    officer_id           varchar(100)             not null,
    status               varchar(30)              not null,
    opened_at            timestamp with time zone not null,
    version              bigint                   not null
);

create table budget_line (
    code        varchar(40)    not null primary key,
    name        varchar(200)   not null,
    amount      numeric(15, 2) not null,
    committed   numeric(15, 2) not null,
    currency    varchar(3)     not null,
    fiscal_year integer        not null,
    version     bigint         not null,
    constraint budget_line_never_over check (committed <= amount and committed >= 0)
);

create sequence budget_commitment_seq start with 1 increment by 1;

create table budget_commitment (
    id           bigint                   not null primary key,
    line_code    varchar(40)              not null references budget_line (code),
    case_ref     varchar(40)              not null unique,
    amount       numeric(15, 2)           not null,
    committed_by varchar(100)             not null,
    committed_at timestamp with time zone not null
);

create sequence codesign_seq start with 1 increment by 50;

create table needs_contribution (
    id           bigint                   not null primary key,
    case_ref     varchar(40)              not null,
    member_id    varchar(100)             not null,
    needs        varchar(10000)           not null,
    priorities   varchar(4000),
    submitted_at timestamp with time zone not null,
    constraint needs_contribution_once unique (case_ref, member_id)
);

create table needs_assessment (
    id              bigint                   not null primary key,
    case_ref        varchar(40)              not null,
    version         integer                  not null,
    assessment      varchar(20000)           not null,
    consolidated_by varchar(100)             not null,
    created_at      timestamp with time zone not null,
    constraint needs_assessment_version unique (case_ref, version)
);

create table specification (
    id                bigint                   not null primary key,
    case_ref          varchar(40)              not null,
    version           integer                  not null,
    outcomes          varchar(10000)           not null,
    service_levels    varchar(10000)           not null,
    duration_months   integer                  not null,
    estimated_value   numeric(15, 2)           not null,
    plain_summary     varchar(4000)            not null,
    status            varchar(30)              not null,
    drafted_by        varchar(100)             not null,
    drafted_at        timestamp with time zone not null,
    constraint specification_version unique (case_ref, version)
);

create table award_criterion (
    id               bigint        not null primary key,
    specification_id bigint        not null references specification (id),
    position         integer       not null,
    name             varchar(200)  not null,
    criterion_type   varchar(20)   not null,
    weight           integer       not null,
    description      varchar(4000)
);

create table panel_vote (
    id              bigint                   not null primary key,
    case_ref        varchar(40)              not null,
    subject         varchar(40)              not null,
    subject_version integer                  not null,
    member_id       varchar(100)             not null,
    approve         boolean                  not null,
    vote_comment    varchar(4000),
    cast_at         timestamp with time zone not null,
    constraint panel_vote_once unique (case_ref, subject, subject_version, member_id)
);
