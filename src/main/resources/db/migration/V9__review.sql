-- Co-produced service reviews: the panel's findings against each co-designed outcome.
create table service_review (
    id           uuid                     not null primary key,
    case_ref     varchar(40)              not null,
    review_no    integer                  not null,
    reviewed_by  varchar(100)             not null,
    reviewed_at  timestamp with time zone not null,
    rating       integer                  not null,
    summary      varchar(4000)            not null,
    constraint service_review_number unique (case_ref, review_no),
    constraint service_review_rating check (rating between 1 and 5)
);

create table review_finding (
    id          uuid          not null primary key,
    review_id   uuid          not null references service_review (id),
    position    integer       not null,
    outcome     varchar(4000) not null,
    assessment  varchar(10)   not null,
    evidence    varchar(4000) not null
);
