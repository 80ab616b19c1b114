-- 中間確認 (the mid-year check): checkpoints per fiscal year, the department's check per checkpoint with its steps,
-- and a small per-municipality setting of the progress scales (the mid-year scale now; the results scale can use it later).
-- 前年度の内容を写す: a project copied from last year's plan is marked as continued (継続) from the earlier project.

create table progress_scale_setting (
    id                bigserial primary key,
    municipality_code varchar(6)  not null,
    kind              varchar(20) not null check (kind in ('MID_YEAR', 'RESULT')),
    levels            text        not null,
    version           bigint      not null default 0,
    unique (municipality_code, kind)
);

create table midyear_checkpoint (
    id             bigserial primary key,
    fiscal_year_id bigint      not null references fiscal_year (id),
    number         integer     not null,
    label          varchar(40) not null,
    reference_date date        not null,
    version        bigint      not null default 0,
    unique (fiscal_year_id, number)
);

create table midyear_check (
    id                bigserial primary key,
    fiscal_year_id    bigint      not null references fiscal_year (id),
    checkpoint_number integer     not null,
    department_code   varchar(40) not null,
    plan_id           bigint      not null references department_plan (id) on delete cascade,
    state             varchar(20) not null check (state in ('DRAFT', 'SUBMITTED', 'CONFIRMED', 'PUBLISHED')),
    entries           text        not null,
    last_changed_at   timestamptz not null,
    last_changed_by   varchar(60) not null,
    version           bigint      not null default 0,
    unique (fiscal_year_id, checkpoint_number, department_code)
);

create table midyear_check_step (
    id         bigserial primary key,
    check_id   bigint      not null references midyear_check (id) on delete cascade,
    from_state varchar(20) not null,
    to_state   varchar(20) not null,
    taken_by   varchar(60) not null,
    taken_at   timestamptz not null,
    comment    text
);

create index midyear_check_step_check_idx on midyear_check_step (check_id);

alter table plan_project add column continued_from_id bigint references plan_project (id) on delete set null;

create table progress_scale_setting_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), kind varchar(20), levels text,
    primary key (id, rev)
);

create table midyear_checkpoint_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    fiscal_year_id bigint, number integer, label varchar(40), reference_date date,
    primary key (id, rev)
);

create table midyear_check_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    fiscal_year_id bigint, checkpoint_number integer, department_code varchar(40), plan_id bigint, state varchar(20),
    entries text, last_changed_at timestamptz, last_changed_by varchar(60),
    primary key (id, rev)
);

alter table plan_project_aud add column continued_from_id bigint;
