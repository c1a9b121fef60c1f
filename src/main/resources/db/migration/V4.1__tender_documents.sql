-- Tender documents generated from the agreed specification, stored with their SHA-256.
create table tender_document (
    id                uuid                     not null primary key,
    case_ref          varchar(40)              not null,
    version           integer                  not null,
    spec_version      integer                  not null,
    file_name         varchar(200)             not null,
    content           bytea                    not null,
    sha256            varchar(64)              not null,
    planned_deadline  timestamp with time zone not null,
    generated_by      varchar(100)             not null,
    generated_at      timestamp with time zone not null,
    signed_off        boolean                  not null,
    constraint tender_document_version unique (case_ref, version)
);
