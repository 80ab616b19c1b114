-- Each municipality's form of the evaluation sheet (issue 15): the year columns of the cost and indicator tables and
-- the list of 今後の方向性. No row = the form every sheet had before (前々年度, 前年度, 当年度; 拡充 … 休止・廃止).
create table evaluation_setting (
    id                bigserial primary key,
    municipality_code varchar(6) not null unique,
    year_columns      text       not null,
    directions        text       not null,
    version           bigint     not null default 0
);

create table evaluation_setting_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), year_columns text, directions text,
    primary key (id, rev)
);

-- A sheet stores the label of its direction, so changing the list never rewrites a sheet: the code names stored
-- until now become their labels (the assessments' JSON, the published copies and the audit rows alike).
alter table evaluation_sheet alter column final_direction type varchar(100);
alter table evaluation_sheet_aud alter column final_direction type varchar(100);

update evaluation_sheet set final_direction = case final_direction
        when 'EXPAND' then '拡充' when 'CONTINUE' then '継続' when 'IMPROVE' then '改善・見直し'
        when 'REDUCE' then '縮小' when 'SUSPEND' then '休止・廃止' else final_direction end
    where final_direction in ('EXPAND', 'CONTINUE', 'IMPROVE', 'REDUCE', 'SUSPEND');
update evaluation_sheet_aud set final_direction = case final_direction
        when 'EXPAND' then '拡充' when 'CONTINUE' then '継続' when 'IMPROVE' then '改善・見直し'
        when 'REDUCE' then '縮小' when 'SUSPEND' then '休止・廃止' else final_direction end
    where final_direction in ('EXPAND', 'CONTINUE', 'IMPROVE', 'REDUCE', 'SUSPEND');

create function pg_temp.direction_labels(t text) returns text language sql immutable as $$
    select replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(t,
        '"direction":"EXPAND"', '"direction":"拡充"'), '"direction":"CONTINUE"', '"direction":"継続"'),
        '"direction":"IMPROVE"', '"direction":"改善・見直し"'), '"direction":"REDUCE"', '"direction":"縮小"'),
        '"direction":"SUSPEND"', '"direction":"休止・廃止"'),
        '"finalDirection":"EXPAND"', '"finalDirection":"拡充"'), '"finalDirection":"CONTINUE"', '"finalDirection":"継続"'),
        '"finalDirection":"IMPROVE"', '"finalDirection":"改善・見直し"'), '"finalDirection":"REDUCE"', '"finalDirection":"縮小"'),
        '"finalDirection":"SUSPEND"', '"finalDirection":"休止・廃止"')
$$;

update evaluation_sheet set first_assessment = pg_temp.direction_labels(first_assessment)
    where first_assessment like '%"direction":"%';
update evaluation_sheet set second_assessment = pg_temp.direction_labels(second_assessment)
    where second_assessment like '%"direction":"%';
update evaluation_sheet set published_snapshot = pg_temp.direction_labels(published_snapshot)
    where published_snapshot like '%irection":"%';
update evaluation_sheet_aud set first_assessment = pg_temp.direction_labels(first_assessment)
    where first_assessment like '%"direction":"%';
update evaluation_sheet_aud set second_assessment = pg_temp.direction_labels(second_assessment)
    where second_assessment like '%"direction":"%';
