-- National-scale data (issue 19) for bench/national.sh: :n generated municipalities beside the demo ones, each with
-- :years fiscal years (from 2016) of 30 departments, 30 department plans (published, with results) of 10 projects with
-- 3 targets each, 150 evaluation sheets a year, a basic plan with 10 measures placing 70 indicators with a value for
-- every year, and one consultation; :opinions opinions in all, spread over the municipalities. Full size: n = 1741,
-- years = 10, opinions = 10000. Rows go straight into the tables (no audit rows: the generated cities are read, not
-- edited); texts are short and repeated, so the database is smaller than real data of the same row count.
-- Run with psql -v n=… -v years=… -v opinions=… -f bench/national.sql against a database Hoshin has migrated.
\set ON_ERROR_STOP on
begin;

create temporary table gen_city on commit drop as
select i, '9' || lpad(i::text, 5, '0') as code from generate_series(1, :n) i;

insert into municipality (code, name, name_kana, prefecture, sample)
select code, '生成市' || i, 'せいせいし' || i, '生成県' || (i % 47 + 1), false from gen_city;

insert into fiscal_year (municipality_id, start_year, status, opened_at, opened_by)
select m.id, 2015 + y, 'OPEN', now(), 'generator'
from municipality m join gen_city g on g.code = m.code cross join generate_series(1, :years) y;

create temporary table gen_year on commit drop as
select fy.id as fiscal_year_id, fy.start_year, m.id as municipality_id, m.code
from fiscal_year fy join municipality m on m.id = fy.municipality_id join gen_city g on g.code = m.code;

insert into department (fiscal_year_id, code, name, display_order, head_name, basic_policy, work_description, staff_count, budget_yen)
select y.fiscal_year_id, 'd' || d, '第' || d || '部', d, '部長 ' || d, '基本方針 ' || d, '部の仕事 ' || d, 40 + d, 1000000 * d
from gen_year y cross join generate_series(1, 30) d;

insert into section (department_id, name, display_order)
select dep.id, dep.name || '第' || s || '課', s
from department dep join gen_year y on y.fiscal_year_id = dep.fiscal_year_id cross join generate_series(1, 3) s;

insert into department_plan (fiscal_year_id, department_code, status, policies, summary, result_status)
select y.fiscal_year_id, 'd' || d, 'PUBLISHED', '方針 ' || d, '総括 ' || d, 'PUBLISHED'
from gen_year y cross join generate_series(1, 30) d;

insert into plan_project (plan_id, number, title, lead_section, description, result, result_explanation, targets)
select p.id, k, '取組 ' || k, '第1課', '内容 ' || k, t.result, '説明', t.targets
from department_plan p join gen_year y on y.fiscal_year_id = p.fiscal_year_id
cross join generate_series(1, 10) k
cross join lateral (
    select result, targets from plan_project where result is not null and targets is not null order by id limit 1) t;

insert into evaluation_sheet (fiscal_year_id, number, department_code, section_name, name, policy_element_key, start_year,
                              methods, target_text, intent_text, means_text, indicators, costs, stage, illustrative)
select y.fiscal_year_id, s, 'd' || (1 + s % 30), '第1課', '事業 ' || s, 'E' || (1 + s % 10), y.start_year - 3,
       t.methods, '対象', '意図', '手段', t.indicators, t.costs, 'PUBLISHED', false
from gen_year y cross join generate_series(1, 150) s
cross join lateral (
    select methods, indicators, costs from evaluation_sheet where stage = 'PUBLISHED' order by id limit 1) t;

insert into policy_plan (municipality_id, plan_key, kind, name, start_year, end_year, target_year, baseline_year, position)
select m.id, 'kihon', 'BASIC_PLAN', '基本計画', 2016, 2025, 2025, 2016, 1
from municipality m join gen_city g on g.code = m.code;

insert into policy_element (plan_id, element_key, kind, number, name, overview, position)
select p.id, 'E' || e, 'MEASURE', e::text, '施策 ' || e, '概要 ' || e, e
from policy_plan p join municipality m on m.id = p.municipality_id join gen_city g on g.code = m.code
cross join generate_series(1, 10) e;

insert into indicator (municipality_id, indicator_key, name, unit, direction, target_kind, target_year, target_value, aggregation)
select m.id, 'I' || k, '指標 ' || k, '件', 'UP', 'NUMBER', 2025, 1000 + k, 'POINT'
from municipality m join gen_city g on g.code = m.code cross join generate_series(1, 70) k;

insert into indicator_placement (indicator_id, element_id, role, position)
select i.id, e.id, 'MEASURE', 1 + (k - 1) / 10
from municipality m join gen_city g on g.code = m.code cross join generate_series(1, 70) k
join indicator i on i.municipality_id = m.id and i.indicator_key = 'I' || k
join policy_plan p on p.municipality_id = m.id
join policy_element e on e.plan_id = p.id and e.element_key = 'E' || (1 + (k - 1) % 10);

insert into indicator_value (indicator_id, fiscal_year, value, reference_kind)
select i.id, 2015 + y, 500 + y * 40 + (i.id % 17), 'FISCAL_YEAR'
from indicator i join municipality m on m.id = i.municipality_id join gen_city g on g.code = m.code
cross join generate_series(1, :years) y;

insert into consultation (municipality_code, department_code, title, summary, plan_ids, starts_on, deadline, retention_days,
                          announced_at, results_published_at, results_published_on)
select g.code, 'd1', '計画案への意見募集', '概要', '', date '2024-06-01', date '2024-06-30', 365, now(), now(), date '2024-08-01'
from gen_city g;

insert into opinion (consultation_id, receipt_number, channel, received_on, body)
select c.id, 'G' || lpad(o::text, 7, '0'), 'WEB', date '2024-06-10', '意見 ' || o
from generate_series(1, :opinions) o
join gen_city g on g.i = 1 + (o - 1) % :n
join consultation c on c.municipality_code = g.code;

commit;
analyze;
