-- 基本構想・基本計画・総合戦略・行財政改革アクションプラン: plans, their revisions and phases, their
-- elements (部 → 施策 → 主要事業, 基本目標, 基本的な考え方 → 体系 → 個別課題), yearly progress texts,
-- and indicators (目標指標 / 数値目標 / KPI) with their values per fiscal year. Keys are the stable
-- identifiers users give in the import tables (docs/plan-data-format.md), unique per municipality.

create table policy_plan (
    id                bigserial primary key,
    municipality_id   bigint       not null references municipality (id),
    plan_key          varchar(60)  not null,
    kind              varchar(20)  not null check (kind in ('VISION', 'BASIC_PLAN', 'STRATEGY', 'REFORM')),
    name              varchar(200) not null,
    parent_key        varchar(60),
    start_year        integer,
    end_year          integer,
    target_year       integer,
    baseline_year     integer,
    baseline_label    varchar(40),
    on_track_percent  integer      check (on_track_percent between 1 and 100),
    overview          text,
    position          integer      not null,
    version           bigint       not null default 0,
    unique (municipality_id, plan_key)
);

create table policy_plan_revision (
    id               bigserial primary key,
    plan_id          bigint       not null references policy_plan (id) on delete cascade,
    seq              integer      not null,
    name             varchar(60)  not null,
    adopted_on       date,
    adopted_precision varchar(10) check (adopted_precision in ('YEAR', 'MONTH', 'DAY')),
    target_year      integer,
    note             text,
    unique (plan_id, seq)
);

create table policy_plan_phase (
    id          bigserial primary key,
    plan_id     bigint      not null references policy_plan (id) on delete cascade,
    name        varchar(20) not null,
    start_year  integer     not null,
    end_year    integer     not null check (end_year >= start_year),
    unique (plan_id, name)
);

create table policy_element (
    id                 bigserial primary key,
    plan_id            bigint       not null references policy_plan (id) on delete cascade,
    element_key        varchar(60)  not null,
    kind               varchar(20)  not null,
    parent_key         varchar(60),
    number             varchar(40),
    name               varchar(300) not null,
    owners             text,
    main_project       boolean      not null default false,
    related_key        varchar(60),
    overview           text,
    position           integer      not null,
    unique (plan_id, element_key)
);

create table element_progress (
    id            bigserial primary key,
    element_id    bigint  not null references policy_element (id) on delete cascade,
    fiscal_year   integer not null,
    body          text    not null,
    version       bigint  not null default 0,
    unique (element_id, fiscal_year)
);

create table indicator (
    id               bigserial primary key,
    municipality_id  bigint       not null references municipality (id),
    indicator_key    varchar(60)  not null,
    name             varchar(300) not null,
    unit             varchar(40),
    main_name        varchar(60),
    sub_name         varchar(60),
    sub_unit         varchar(40),
    direction        varchar(10)  not null check (direction in ('UP', 'DOWN', 'KEEP')),
    target_kind      varchar(10)  not null check (target_kind in ('NUMBER', 'KEEP', 'STATE')),
    target_year      integer,
    target_value     numeric(20, 6),
    target_sub_value numeric(20, 6),
    target_note      varchar(100),
    target_state     varchar(200),
    notes            text,
    version          bigint       not null default 0,
    unique (municipality_id, indicator_key)
);

create table indicator_placement (
    id            bigserial primary key,
    indicator_id  bigint       not null references indicator (id) on delete cascade,
    element_id    bigint       not null references policy_element (id) on delete cascade,
    role          varchar(10)  not null check (role in ('MEASURE', 'GOAL', 'KPI')),
    position      integer      not null,
    target_year   integer,
    target_value  numeric(20, 6),
    unique (indicator_id, element_id)
);

create index indicator_placement_element_idx on indicator_placement (element_id);

create table indicator_value (
    id                bigserial primary key,
    indicator_id      bigint        not null references indicator (id) on delete cascade,
    fiscal_year       integer       not null,
    value             numeric(20, 6),
    sub_value         numeric(20, 6),
    reference_kind    varchar(16)   check (reference_kind in ('CALENDAR_YEAR', 'FISCAL_YEAR', 'DATE')),
    reference_date    date,
    note              varchar(100),
    official_judgement varchar(100),
    unique (indicator_id, fiscal_year)
);

create table policy_plan_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_id bigint, plan_key varchar(60), kind varchar(20), name varchar(200), parent_key varchar(60), start_year integer,
    end_year integer, target_year integer, baseline_year integer, baseline_label varchar(40), on_track_percent integer, overview text,
    position integer,
    primary key (id, rev)
);
create table policy_plan_revision_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    plan_id bigint, seq integer, name varchar(60), adopted_on date, adopted_precision varchar(10), target_year integer, note text,
    primary key (id, rev)
);
create table policy_plan_phase_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    plan_id bigint, name varchar(20), start_year integer, end_year integer,
    primary key (id, rev)
);
create table policy_element_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    plan_id bigint, element_key varchar(60), kind varchar(20), parent_key varchar(60), number varchar(40), name varchar(300),
    owners text, main_project boolean, related_key varchar(60), overview text, position integer,
    primary key (id, rev)
);
create table element_progress_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    element_id bigint, fiscal_year integer, body text,
    primary key (id, rev)
);
create table indicator_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_id bigint, indicator_key varchar(60), name varchar(300), unit varchar(40), main_name varchar(60), sub_name varchar(60),
    sub_unit varchar(40), direction varchar(10), target_kind varchar(10), target_year integer, target_value numeric(20, 6),
    target_sub_value numeric(20, 6), target_note varchar(100), target_state varchar(200), notes text,
    primary key (id, rev)
);
create table indicator_placement_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    indicator_id bigint, element_id bigint, role varchar(10), position integer, target_year integer, target_value numeric(20, 6),
    primary key (id, rev)
);
create table indicator_value_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    indicator_id bigint, fiscal_year integer, value numeric(20, 6), sub_value numeric(20, 6), reference_kind varchar(16),
    reference_date date, note varchar(100), official_judgement varchar(100),
    primary key (id, rev)
);
