-- 施策評価: one measure evaluation sheet (施策評価シート) per measure of a basic plan and fiscal year. Only what is
-- entered is stored (市民意識調査, the owning department's 一次評価, the planning section's 二次評価); the measure's place,
-- indicators, 取組状況, linked projects, evaluation sheets and costs are read from their modules as of the year.
-- measure_id is the measure's policy_element id (what the external committee's SPI is asked about).

create table measure_evaluation (
    id                   bigserial primary key,
    municipality_code    varchar(6)    not null,
    fiscal_year          integer       not null,
    plan_key             varchar(100)  not null,
    element_key          varchar(100)  not null,
    measure_id           bigint        not null,
    survey_importance    numeric,
    survey_satisfaction  numeric,
    progress_rating      varchar(40),
    results_and_issues   text,
    direction            varchar(40),
    second_comment       text,
    second_rating        varchar(40),
    stage                varchar(20)   not null
        check (stage in ('FIRST', 'SECOND', 'EXTERNAL', 'FINALIZED', 'PUBLISHED')),
    revision             integer       not null default 0,
    revision_reason      text,
    published_snapshot   text,
    illustrative         boolean       not null default false,
    version              bigint        not null default 0,
    unique (municipality_code, fiscal_year, plan_key, element_key)
);

create table measure_evaluation_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), fiscal_year integer, plan_key varchar(100), element_key varchar(100),
    measure_id bigint, survey_importance numeric, survey_satisfaction numeric, progress_rating varchar(40),
    results_and_issues text, direction varchar(40), second_comment text, second_rating varchar(40),
    stage varchar(20), revision integer, revision_reason text, illustrative boolean,
    primary key (id, rev)
);
create trigger measure_evaluation_aud_content_changed after insert on measure_evaluation_aud
    for each row execute function content_changed();

create table measure_evaluation_step (
    id             bigserial primary key,
    evaluation_id  bigint       not null references measure_evaluation (id) on delete cascade,
    from_stage     varchar(20)  not null,
    to_stage       varchar(20)  not null,
    taken_by       varchar(60)  not null,
    taken_at       timestamptz  not null,
    comment        text
);
create index measure_evaluation_step_evaluation_idx on measure_evaluation_step (evaluation_id);

-- The municipality's scales: the 進捗 levels and the 今後の方向性 list (JSON arrays of labels). No row = defaults.
create table measure_evaluation_setting (
    id                 bigserial primary key,
    municipality_code  varchar(6)  not null unique,
    progress_levels    text        not null,
    directions         text        not null,
    version            bigint      not null default 0
);

create table measure_evaluation_setting_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), progress_levels text, directions text,
    primary key (id, rev)
);
create trigger measure_evaluation_setting_aud_content_changed after insert on measure_evaluation_setting_aud
    for each row execute function content_changed();

-- Per fiscal year: whether the sheets go through the external committee (外部評価). No row = not used.
create table measure_evaluation_year (
    id                 bigserial primary key,
    municipality_code  varchar(6)  not null,
    fiscal_year        integer     not null,
    committee_stage    boolean     not null,
    version            bigint      not null default 0,
    unique (municipality_code, fiscal_year)
);

create table measure_evaluation_year_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), fiscal_year integer, committee_stage boolean,
    primary key (id, rev)
);
create trigger measure_evaluation_year_aud_content_changed after insert on measure_evaluation_year_aud
    for each row execute function content_changed();

-- 自治体経営白書: an optional chapter with the year's published measure evaluations (施策評価の結果).
alter table white_paper add column measure_evaluations boolean not null default false;
alter table white_paper add column intro_measure_evaluations text;
alter table white_paper_aud add column measure_evaluations boolean;
alter table white_paper_aud add column intro_measure_evaluations text;
