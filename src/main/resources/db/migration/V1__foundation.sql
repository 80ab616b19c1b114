-- Hoshin foundation: municipalities, fiscal years, organisation per year, staff accounts, audit trail.

create table municipality (
    id              bigserial primary key,
    code            char(6)      not null unique,
    name            varchar(60)  not null,
    name_kana       varchar(120),
    prefecture      varchar(10)  not null,
    sample          boolean      not null default false,
    public_note     text,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now()
);

create table fiscal_year (
    id              bigserial primary key,
    municipality_id bigint       not null references municipality (id),
    start_year      integer      not null check (start_year between 1989 and 2200),
    status          varchar(16)  not null check (status in ('OPEN', 'CLOSED')),
    opened_at       timestamptz  not null,
    opened_by       varchar(60)  not null,
    closed_at       timestamptz,
    closed_by       varchar(60),
    version         bigint       not null default 0,
    unique (municipality_id, start_year)
);

create table department (
    id               bigserial primary key,
    fiscal_year_id   bigint       not null references fiscal_year (id),
    code             varchar(40)  not null,
    name             varchar(60)  not null,
    display_order    integer      not null,
    head_name        varchar(60),
    head_name_kana   varchar(120),
    basic_policy     text,
    work_description text,
    mission_headline varchar(200),
    mission          text,
    staff_count      integer      check (staff_count >= 0),
    budget_yen       bigint       check (budget_yen >= 0),
    version          bigint       not null default 0,
    unique (fiscal_year_id, code),
    unique (fiscal_year_id, name)
);

create table section (
    id              bigserial primary key,
    department_id   bigint       not null references department (id) on delete cascade,
    name            varchar(60)  not null,
    display_order   integer      not null,
    unique (department_id, name)
);

create index section_department_idx on section (department_id);

-- How a department of one year continues one of an earlier year (継続・名称変更・統合・分割).
create table department_lineage (
    id              bigserial primary key,
    predecessor_id  bigint       not null references department (id) on delete cascade,
    successor_id    bigint       not null references department (id) on delete cascade,
    kind            varchar(16)  not null check (kind in ('CONTINUED', 'RENAMED', 'MERGED', 'SPLIT')),
    unique (predecessor_id, successor_id),
    check (predecessor_id <> successor_id)
);

create index department_lineage_successor_idx on department_lineage (successor_id);

create table staff_account (
    id               bigserial primary key,
    municipality_code char(6)     references municipality (code),
    username         varchar(60)  not null unique,
    display_name     varchar(60)  not null,
    password_hash    varchar(200) not null,
    role             varchar(32)  not null check (role in ('PLANNING_ADMIN', 'DEPARTMENT_EDITOR', 'REVIEWER', 'VIEWER')),
    enabled          boolean      not null default true,
    failed_attempts  integer      not null default 0,
    locked_until     timestamptz,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now()
);

-- Department editors edit the departments with these organisation codes, in every year.
create table staff_department (
    staff_id         bigint       not null references staff_account (id) on delete cascade,
    department_code  varchar(40)  not null,
    primary key (staff_id, department_code)
);

-- Audit trail (Hibernate Envers): one revision per transaction, who and when.
create sequence revinfo_seq start with 1 increment by 50;

create table revinfo (
    rev             integer      primary key,
    revtstmp        bigint       not null,
    username        varchar(60)  not null
);

create table municipality_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    code char(6), name varchar(60), name_kana varchar(120), prefecture varchar(10), sample boolean, public_note text,
    primary key (id, rev)
);

create table fiscal_year_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_id bigint, start_year integer, status varchar(16), opened_at timestamptz, opened_by varchar(60),
    closed_at timestamptz, closed_by varchar(60),
    primary key (id, rev)
);

create table department_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    fiscal_year_id bigint, code varchar(40), name varchar(60), display_order integer, head_name varchar(60),
    head_name_kana varchar(120), basic_policy text, work_description text, mission_headline varchar(200), mission text,
    staff_count integer, budget_yen bigint,
    primary key (id, rev)
);

create table section_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    department_id bigint, name varchar(60), display_order integer,
    primary key (id, rev)
);

create table department_lineage_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    predecessor_id bigint, successor_id bigint, kind varchar(16),
    primary key (id, rev)
);

create table staff_account_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code char(6), username varchar(60), display_name varchar(60), role varchar(32), enabled boolean,
    primary key (id, rev)
);

create table staff_department_aud (
    rev integer not null references revinfo (rev), revtype smallint,
    staff_id bigint not null, department_code varchar(40) not null,
    primary key (staff_id, department_code, rev)
);

-- Spring Session JDBC: sessions live in the database so that several instances can share them.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
