-- Results of a department plan go through their own 提出 → 協議 → 確定 → 公表 steps.
alter table department_plan add column result_status varchar(20)
    check (result_status in ('DRAFT', 'SUBMITTED', 'IN_CONSULTATION', 'FINALIZED', 'PUBLISHED'));
alter table department_plan_aud add column result_status varchar(20);
alter table department_plan_step add column track varchar(10) not null default 'PLAN' check (track in ('PLAN', 'RESULTS'));
