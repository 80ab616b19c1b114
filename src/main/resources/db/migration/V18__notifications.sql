-- Reminders and notifications (module notification).
-- A staff account's optional e-mail address (validated by identity.EmailAddress; audited like the account).
alter table staff_account add column email varchar(254);
alter table staff_account_aud add column email varchar(254);

-- In-app notifications: each row belongs to one recipient, who alone sees it. Operational records, not audited.
create table notification (
    id            bigserial    primary key,
    recipient_id  bigint       not null references staff_account (id) on delete cascade,
    kind          varchar(32)  not null check (kind in ('DUE_SOON', 'OVERDUE_DIGEST', 'PLAN_STEP')),
    title         varchar(300) not null,
    body          text         not null,
    url           varchar(500),
    created_at    timestamptz  not null,
    read_at       timestamptz
);
create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;

-- Mails to send (outbox): written in the transaction that decides to notify, sent by a scheduled job on any instance.
-- A sender claims due rows with SELECT ... FOR UPDATE SKIP LOCKED (status SENDING, claimed_by/claimed_at), sends, and
-- marks them SENT, or back to PENDING with exponential back-off, or FAILED after the maximum attempts. A SENDING row
-- whose claim is older than the lease (an instance died while sending) is due again.
create table mail_outbox (
    id                 bigserial    primary key,
    recipient_id       bigint       references staff_account (id) on delete set null,
    municipality_code  char(6),
    recipient_address  varchar(254) not null,
    subject            varchar(300) not null,
    body               text         not null,
    status             varchar(16)  not null default 'PENDING' check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz  not null,
    last_error         varchar(500),
    claimed_by         varchar(100),
    claimed_at         timestamptz,
    created_at         timestamptz  not null,
    sent_at            timestamptz
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status in ('PENDING', 'SENDING');
create index mail_outbox_problem_idx on mail_outbox (municipality_code, created_at) where status <> 'SENT';

-- Daily jobs run once a day across instances: the run inserts (job, day) in its own transaction; a second instance
-- waits for the first one's transaction and then finds the row (or takes over if the first rolled back).
create table notification_job_run (
    job          varchar(40)  not null,
    run_date     date         not null,
    instance     varchar(100) not null,
    started_at   timestamptz  not null,
    primary key (job, run_date)
);

-- Which open item (key: a hash of municipality, year, department, title and link) a recipient was reminded of before
-- which deadline: a reminder is not repeated for the same item and deadline.
create table reminder_sent (
    recipient_id  bigint       not null references staff_account (id) on delete cascade,
    item_key      char(64)     not null,
    due           date         not null,
    reminded_on   date         not null,
    primary key (recipient_id, item_key, due)
);
