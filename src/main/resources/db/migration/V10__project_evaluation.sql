-- 事業評価: one evaluation sheet (事務事業評価シート) per project and fiscal year, its review steps, and the
-- yearly 人件費単価 (personnel cost per person-year) each municipality's planning section sets. The sheet's
-- indicators, yearly costs, 実施方法, linked projects and each stage's assessment are JSON documents in text
-- columns (structured, audited whole). final_direction repeats the direction of the last stage that set one,
-- so lists can filter and count it in SQL.

create table evaluation_sheet (
    id                  bigserial primary key,
    fiscal_year_id      bigint       not null references fiscal_year (id),
    number              integer      not null check (number > 0),
    department_code     varchar(40)  not null,
    section_name        varchar(100),
    name                varchar(200) not null,
    budget_kan          varchar(100),
    budget_kou          varchar(100),
    budget_moku         varchar(100),
    budget_saimoku      varchar(100),
    legal_basis         varchar(400),
    legal_basis_kind    varchar(20)  check (legal_basis_kind in ('MANDATORY', 'EFFORT', 'DISCRETIONARY', 'NONE')),
    policy_element_key  varchar(100),
    plan_project_ids    text,
    action_item_keys    text,
    start_year          integer,
    end_year            integer,
    new_project         boolean      not null default false,
    methods             text,
    target_text         text,
    intent_text         text,
    means_text          text,
    indicators          text,
    costs               text,
    unit_cost_indicator integer,
    stage               varchar(20)  not null check (stage in ('FIRST', 'SECOND', 'FINALIZED', 'PUBLISHED')),
    first_assessment    text,
    second_assessment   text,
    external_comment    text,
    final_direction     varchar(20),
    revision            integer      not null default 0,
    revision_reason     text,
    published_snapshot  text,
    carried_from_id     bigint       references evaluation_sheet (id),
    illustrative        boolean      not null default false,
    version             bigint       not null default 0,
    unique (fiscal_year_id, number)
);
create index evaluation_sheet_carried_idx on evaluation_sheet (carried_from_id);

create table evaluation_sheet_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    fiscal_year_id bigint, number integer, department_code varchar(40), section_name varchar(100), name varchar(200),
    budget_kan varchar(100), budget_kou varchar(100), budget_moku varchar(100), budget_saimoku varchar(100),
    legal_basis varchar(400), legal_basis_kind varchar(20), policy_element_key varchar(100), plan_project_ids text,
    action_item_keys text, start_year integer, end_year integer, new_project boolean, methods text, target_text text,
    intent_text text, means_text text, indicators text, costs text, unit_cost_indicator integer, stage varchar(20),
    first_assessment text, second_assessment text, external_comment text, final_direction varchar(20), revision integer,
    revision_reason text, carried_from_id bigint, illustrative boolean,
    primary key (id, rev)
);

create table evaluation_sheet_step (
    id          bigserial primary key,
    sheet_id    bigint       not null references evaluation_sheet (id) on delete cascade,
    from_stage  varchar(20)  not null,
    to_stage    varchar(20)  not null,
    taken_by    varchar(60)  not null,
    taken_at    timestamptz  not null,
    comment     text
);
create index evaluation_sheet_step_sheet_idx on evaluation_sheet_step (sheet_id);

create table evaluation_labor_cost (
    id                  bigserial primary key,
    municipality_code   varchar(6)   not null,
    fiscal_year         integer      not null,
    yen_per_person_year bigint       not null check (yen_per_person_year >= 0),
    version             bigint       not null default 0,
    unique (municipality_code, fiscal_year)
);

create table evaluation_labor_cost_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), fiscal_year integer, yen_per_person_year bigint,
    primary key (id, rev)
);
