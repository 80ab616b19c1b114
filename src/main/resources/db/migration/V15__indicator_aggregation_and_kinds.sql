-- Indicator values as cities report them (issue 15): how an indicator is counted (年間 / 時点 / 累計), the kind of a
-- reported value (実績 / 見込 / 中間), a state reached (策定, 設置) as a value, numbers kept with the precision they
-- were entered with, and a plan's own judgement scheme (bands of the achievement rate with the city's labels).

alter table indicator add column aggregation varchar(12) not null default 'POINT'
    check (aggregation in ('FLOW', 'POINT', 'CUMULATIVE'));
alter table indicator_aud add column aggregation varchar(12);

alter table indicator_value add column value_kind varchar(12) not null default 'ACTUAL'
    check (value_kind in ('ACTUAL', 'FORECAST', 'INTERIM'));
alter table indicator_value add column state varchar(200);
alter table indicator_value drop constraint indicator_value_indicator_id_fiscal_year_key;
alter table indicator_value add constraint indicator_value_indicator_year_kind_key unique (indicator_id, fiscal_year, value_kind);
alter table indicator_value_aud add column value_kind varchar(12);
alter table indicator_value_aud add column state varchar(200);

-- numbers keep the scale they were entered with (3 stays 3, 32.00 stays 32.00); stored values lose the padding of numeric(20, 6)
alter table indicator alter column target_value type numeric using trim_scale(target_value);
alter table indicator alter column target_sub_value type numeric using trim_scale(target_sub_value);
alter table indicator_placement alter column target_value type numeric using trim_scale(target_value);
alter table indicator_value alter column value type numeric using trim_scale(value);
alter table indicator_value alter column sub_value type numeric using trim_scale(sub_value);
alter table indicator_aud alter column target_value type numeric using trim_scale(target_value);
alter table indicator_aud alter column target_sub_value type numeric using trim_scale(target_sub_value);
alter table indicator_placement_aud alter column target_value type numeric using trim_scale(target_value);
alter table indicator_value_aud alter column value type numeric using trim_scale(value);
alter table indicator_value_aud alter column sub_value type numeric using trim_scale(sub_value);
-- values stored before keep what pages showed: every number of an indicator with the decimal places of its most
-- precise one (33.46 made 32 read 32.00); numbers entered from now on keep their own
create temporary table indicator_places on commit drop as
select i.id as indicator_id,
       greatest(coalesce((select max(scale(v.value)) from indicator_value v where v.indicator_id = i.id), 0),
                coalesce(scale(i.target_value), 0),
                coalesce((select max(scale(p.target_value)) from indicator_placement p where p.indicator_id = i.id), 0)) as places
from indicator i;
update indicator_value v set value = round(v.value, p.places)
from indicator_places p where p.indicator_id = v.indicator_id and v.value is not null;
update indicator i set target_value = round(i.target_value, p.places)
from indicator_places p where p.indicator_id = i.id and i.target_value is not null;
update indicator_placement x set target_value = round(x.target_value, p.places)
from indicator_places p where p.indicator_id = x.indicator_id and x.target_value is not null;

alter table policy_plan add column judgement_bands varchar(500);
alter table policy_plan_aud add column judgement_bands varchar(500);
