-- Results on the municipality's own scale (progress_scale_setting, kind RESULT): a project's result is stored as the
-- label it was recorded with, so changing the scale never rewrites a recorded (or published) result.
alter table plan_project drop constraint if exists plan_project_result_check;
alter table plan_project alter column result type varchar(20);
update plan_project set result = case result
    when 'ACHIEVED' then '達成' when 'PARTLY_ACHIEVED' then '一部達成'
    when 'STARTED' then '着手' when 'NOT_ACHIEVED' then '未達成' else result end
where result is not null;
update plan_project_aud set result = case result
    when 'ACHIEVED' then '達成' when 'PARTLY_ACHIEVED' then '一部達成'
    when 'STARTED' then '着手' when 'NOT_ACHIEVED' then '未達成' else result end
where result is not null;
-- a finalised snapshot (JSON of the plan as citizens read it) holds results by the same names
update department_plan set published_snapshot =
    replace(replace(replace(replace(published_snapshot,
        '"result":"ACHIEVED"', '"result":"達成"'), '"result":"PARTLY_ACHIEVED"', '"result":"一部達成"'),
        '"result":"STARTED"', '"result":"着手"'), '"result":"NOT_ACHIEVED"', '"result":"未達成"')
where published_snapshot like '%"result":"%';

-- What a municipality calls its department plans publication and its results announcement (no row: the default wording).
create table plan_publication_names (
    id                bigserial primary key,
    municipality_code varchar(6)  not null unique,
    plans_name        varchar(40) not null,
    results_name      varchar(40) not null,
    version           bigint      not null default 0
);

create table plan_publication_names_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), plans_name varchar(40), results_name varchar(40),
    primary key (id, rev)
);
