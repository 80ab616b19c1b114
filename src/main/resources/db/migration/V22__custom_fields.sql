-- Extra fields a municipality keeps on its department plans, projects and evaluation sheets (customfield module):
-- the definitions set by the planning section, and per plan / project / sheet the values (by definition id) and the
-- copy frozen at 確定 (plans) or 公表 (sheets) with each field's label as it was, so that a later change or removal of
-- a definition never rewrites what was published.
create table custom_field_definition (
    id                bigserial primary key,
    municipality_code varchar(6)  not null,
    target            varchar(20) not null check (target in ('PLAN', 'PROJECT', 'EVALUATION_SHEET')),
    label             varchar(40) not null,
    kind              varchar(10) not null check (kind in ('TEXT', 'NUMBER', 'DATE', 'CHOICE')),
    options           text        not null default '[]',
    required          boolean     not null default false,
    position          integer     not null,
    max_length        integer,
    version           bigint      not null default 0,
    unique (municipality_code, target, label)
);

create index custom_field_definition_municipality on custom_field_definition (municipality_code, target, position);

create table custom_field_values (
    id                bigserial primary key,
    municipality_code varchar(6)  not null,
    target            varchar(20) not null check (target in ('PLAN', 'PROJECT', 'EVALUATION_SHEET')),
    owner_id          bigint      not null,
    field_values      text        not null default '{}',
    frozen            text,
    version           bigint      not null default 0,
    unique (target, owner_id)
);

create table custom_field_definition_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), target varchar(20), label varchar(40), kind varchar(10), options text,
    required boolean, position integer, max_length integer,
    primary key (id, rev)
);

create table custom_field_values_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), target varchar(20), owner_id bigint, field_values text, frozen text,
    primary key (id, rev)
);

-- an evaluation sheet counts the changes of its extra fields, so that its version guards them (as plan_project_changes
-- does for a plan's projects)
alter table evaluation_sheet add column extra_field_changes integer not null default 0;
alter table evaluation_sheet_aud add column extra_field_changes integer;
