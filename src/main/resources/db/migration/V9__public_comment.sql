-- 個別計画とパブリックコメント: the register of individual plans with their draft documents, consultations
-- on them, the opinions received and the city's handling of each. Submitters' personal data is kept only
-- encrypted (opinion.personal_data, AES-GCM) and is not audited, so deleting it after the retention period
-- leaves no copy in opinion_aud.

create table individual_plan (
    id                bigserial primary key,
    municipality_code varchar(6)   not null,
    name              varchar(200) not null,
    provisional_name  boolean      not null default false,
    kind              varchar(20)  not null check (kind in ('FORMULATION', 'REVISION')),
    status            varchar(20)  not null check (status in ('OUTLINE', 'PROPOSAL', 'ADOPTED')),
    department_code   varchar(40)  not null,
    section           varchar(100),
    phone             varchar(40),
    email             varchar(200),
    purpose           text,
    composition       text,
    main_projects     text,
    plan_period       varchar(100),
    element_keys      text,
    version           bigint       not null default 0
);
create index individual_plan_municipality_idx on individual_plan (municipality_code);

create table individual_plan_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), name varchar(200), provisional_name boolean, kind varchar(20), status varchar(20),
    department_code varchar(40), section varchar(100), phone varchar(40), email varchar(200), purpose text,
    composition text, main_projects text, plan_period varchar(100), element_keys text,
    primary key (id, rev)
);

create table plan_draft_document (
    id           bigserial primary key,
    plan_id      bigint       not null references individual_plan (id) on delete cascade,
    title        varchar(200) not null,
    filename     varchar(200) not null,
    size_bytes   integer      not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null
);
create index plan_draft_document_plan_idx on plan_draft_document (plan_id);

create table plan_draft_document_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    plan_id bigint, title varchar(200), filename varchar(200), size_bytes integer, uploaded_at timestamptz,
    primary key (id, rev)
);

create table consultation (
    id                    bigserial primary key,
    municipality_code     varchar(6)   not null,
    department_code       varchar(40)  not null,
    title                 varchar(200) not null,
    summary               text,
    plan_ids              text         not null,
    reading_places        text,
    starts_on             date         not null,
    deadline              date         not null,
    shortened_reason      text,
    web_form              boolean      not null default true,
    post_address          varchar(300),
    fax                   varchar(40),
    email                 varchar(200),
    in_person             varchar(300),
    retention_days        integer      not null check (retention_days between 1 and 3650),
    announced_at          timestamptz,
    results_published_at  timestamptz,
    changes_summary       text,
    version               bigint       not null default 0,
    check (deadline >= starts_on)
);
create index consultation_municipality_idx on consultation (municipality_code);

create table consultation_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), department_code varchar(40), title varchar(200), summary text, plan_ids text,
    reading_places text, starts_on date, deadline date, shortened_reason text, web_form boolean, post_address varchar(300),
    fax varchar(40), email varchar(200), in_person varchar(300), retention_days integer, announced_at timestamptz,
    results_published_at timestamptz, changes_summary text,
    primary key (id, rev)
);

create sequence opinion_receipt_seq;

create table opinion (
    id                        bigserial primary key,
    consultation_id           bigint       not null references consultation (id) on delete cascade,
    receipt_number            varchar(40)  not null unique,
    channel                   varchar(20)  not null check (channel in ('WEB', 'POST', 'FAX', 'EMAIL', 'IN_PERSON')),
    received_on               date         not null,
    late                      boolean      not null default false,
    plan_id                   bigint,
    body                      text         not null,
    group_submission          boolean      not null default false,
    personal_data             bytea,
    personal_data_deleted_at  timestamptz,
    opinion_count             integer      not null default 1 check (opinion_count >= 1),
    topic                     varchar(100),
    city_view                 text,
    draft_changed             boolean      not null default false,
    change_note               text,
    publication               varchar(20)  not null default 'FULL' check (publication in ('FULL', 'SUMMARY', 'WITHHELD')),
    summary                   text,
    withheld_reason           text,
    version                   bigint       not null default 0
);
create index opinion_consultation_idx on opinion (consultation_id);

create table opinion_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    consultation_id bigint, receipt_number varchar(40), channel varchar(20), received_on date, late boolean, plan_id bigint,
    body text, group_submission boolean, personal_data_deleted_at timestamptz, opinion_count integer, topic varchar(100),
    city_view text, draft_changed boolean, change_note text, publication varchar(20), summary text, withheld_reason text,
    primary key (id, rev)
);

-- Submissions per client and minute, shared by every instance: the client is a keyed hash of its address
-- (never the address itself); rows older than a day are removed by the retention job.
create table opinion_rate (
    client_hash varchar(64)  not null,
    minute      timestamptz  not null,
    count       integer      not null,
    primary key (client_hash, minute)
);
