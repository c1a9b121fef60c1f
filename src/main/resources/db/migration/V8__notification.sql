-- The e-mail outbox (docs/adr/0005-notification-outbox.md). A notice is written in the transaction
-- of the decision it announces and sent later; each is marked SENT right after the mail server
-- accepted it. Portable SQL for H2 and PostgreSQL (docs/adr/0003).
create table notification_notice (
    id                 uuid                     not null primary key,
    batch_key          varchar(200)             not null,
    -- One notice per dedup key: enqueueing the same key again is a no-op, also when two
    -- transactions race (the unique constraint decides).
    dedup_key          varchar(300)             not null,
    case_ref           varchar(40),
    recipient_user_id  varchar(100),
    recipient_email    varchar(320)             not null,
    subject            varchar(500)             not null,
    body               varchar(100000)          not null,
    -- Derived from the dedup key, so a duplicate delivery after a crash carries the same Message-ID.
    message_id         varchar(300)             not null,
    status             varchar(10)              not null,
    attempts           integer                  not null,
    last_error         varchar(1000),
    created_at         timestamp with time zone not null,
    last_attempt_at    timestamp with time zone,
    sent_at            timestamp with time zone,
    -- A dispatch claims a notice while it sends it, so two nodes never send the same notice at once;
    -- a claim left by a crashed node expires at claimed_until.
    claimed_by         varchar(36),
    claimed_until      timestamp with time zone,
    constraint notification_notice_dedup unique (dedup_key),
    constraint notification_notice_status check (status in ('PENDING', 'SENT'))
);
create index notification_notice_batch on notification_notice (batch_key, status);
create index notification_notice_status on notification_notice (status, created_at);
