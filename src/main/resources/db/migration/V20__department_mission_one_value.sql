-- 部の使命・目標 and 経営資源 (職員数, 予算規模) of a year are kept once, on the organisation's department: the department
-- plan (運営方針と目標) shows and edits them there. Until now the plan kept its own copy, so a value entered in the plan
-- (45 people) left the department's empty. Where the plan holds a value it wins (it is the document the city wrote and
-- published); the change is recorded as one audit revision by 'system', so the department's history shows it. The
-- plan's columns go; department_plan_aud keeps them (the plan's history), and a finalised plan keeps its copy in its
-- snapshot.
create temporary table plan_mission on commit drop as
select d.id as department_id,
       coalesce(p.mission_headline, d.mission_headline) as mission_headline,
       coalesce(p.mission, d.mission) as mission,
       coalesce(p.staff_count, d.staff_count) as staff_count,
       coalesce(p.budget_yen, d.budget_yen) as budget_yen
from department d
join department_plan p on p.fiscal_year_id = d.fiscal_year_id and p.department_code = d.code
where (coalesce(p.mission_headline, d.mission_headline), coalesce(p.mission, d.mission),
       coalesce(p.staff_count, d.staff_count), coalesce(p.budget_yen, d.budget_yen))
      is distinct from (d.mission_headline, d.mission, d.staff_count, d.budget_yen);

do $$
declare
    r integer;
begin
    if exists (select 1 from plan_mission) then
        r := nextval('revinfo_seq');
        insert into revinfo (rev, revtstmp, username)
        values (r, (extract(epoch from clock_timestamp()) * 1000)::bigint, 'system');
        update department d
        set mission_headline = m.mission_headline,
            mission          = m.mission,
            staff_count      = m.staff_count,
            budget_yen       = m.budget_yen,
            version          = d.version + 1
        from plan_mission m
        where m.department_id = d.id;
        insert into department_aud (id, rev, revtype, fiscal_year_id, code, name, display_order, head_name,
                                    head_name_kana, basic_policy, work_description, mission_headline, mission,
                                    staff_count, budget_yen)
        select d.id, r, 1, d.fiscal_year_id, d.code, d.name, d.display_order, d.head_name, d.head_name_kana,
               d.basic_policy, d.work_description, d.mission_headline, d.mission, d.staff_count, d.budget_yen
        from department d
        where d.id in (select department_id from plan_mission);
    end if;
end $$;

alter table department_plan
    drop column mission_headline,
    drop column mission,
    drop column staff_count,
    drop column budget_yen;
