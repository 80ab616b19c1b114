-- 各部の運営方針と目標: one plan per department and fiscal year, its parts, projects with target
-- indicators, results, and the workflow steps taken on it. Policies are one per line; section roles and
-- a project's target indicators are JSON documents (structured, audited as a whole).

create table department_plan (
    id                 bigserial primary key,
    fiscal_year_id     bigint       not null references fiscal_year (id),
    department_code    varchar(40)  not null,
    status             varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'IN_CONSULTATION', 'FINALIZED', 'PUBLISHED')),
    mission_headline   varchar(200),
    mission            text,
    staff_count        integer      check (staff_count >= 0),
    budget_yen         bigint       check (budget_yen >= 0),
    policies           text,
    section_roles      text,
    summary            text,
    revision           integer      not null default 0,
    revision_reason    text,
    published_snapshot text,
    version            bigint       not null default 0,
    unique (fiscal_year_id, department_code)
);

create table plan_project (
    id                  bigserial primary key,
    plan_id             bigint       not null references department_plan (id) on delete cascade,
    number              integer      not null,
    title               varchar(200) not null,
    lead_section        varchar(60),
    description         text,
    main_project        boolean      not null default false,
    result              varchar(20)  check (result in ('ACHIEVED', 'PARTLY_ACHIEVED', 'STARTED', 'NOT_ACHIEVED')),
    result_explanation  text,
    targets             text,
    carried_from_id     bigint       references plan_project (id),
    unique (plan_id, number)
);

create table department_plan_step (
    id          bigserial primary key,
    plan_id     bigint       not null references department_plan (id) on delete cascade,
    from_status varchar(20)  not null,
    to_status   varchar(20)  not null,
    taken_by    varchar(60)  not null,
    taken_at    timestamptz  not null,
    comment     text
);

create index department_plan_step_plan_idx on department_plan_step (plan_id);

create table department_plan_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    fiscal_year_id bigint, department_code varchar(40), status varchar(20), mission_headline varchar(200), mission text,
    staff_count integer, budget_yen bigint, policies text, section_roles text, summary text, revision integer, revision_reason text,
    primary key (id, rev)
);

create table plan_project_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    plan_id bigint, number integer, title varchar(200), lead_section varchar(60), description text, main_project boolean,
    result varchar(20), result_explanation text, targets text, carried_from_id bigint,
    primary key (id, rev)
);

