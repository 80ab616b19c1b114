-- 年間スケジュール: per municipality and fiscal year, the deadline of every step someone owes (運営方針と目標 提出・協議・確定・公表,
-- 中間確認 checkpoints, 結果 提出・公表, 指標値・取組状況, 事務事業評価, 白書, パブリックコメント結果), optionally a different
-- deadline for one department (department_code set) and a named 担当者 (a staff account's user name) per department and step.
-- department_code '' is the municipality's default row of a step.
create table schedule (
    id                bigserial primary key,
    municipality_code char(6)      not null references municipality (code),
    fiscal_year       integer      not null check (fiscal_year between 1989 and 2200),
    version           bigint       not null default 0,
    unique (municipality_code, fiscal_year)
);

create table schedule_deadline (
    id               bigserial primary key,
    schedule_id      bigint       not null references schedule (id) on delete cascade,
    step             varchar(30)  not null,
    checkpoint       integer      not null default 0 check (checkpoint between 0 and 12),
    department_code  varchar(40)  not null default '',
    due_on           date,
    assignee         varchar(60),
    unique (schedule_id, step, checkpoint, department_code)
);
create index schedule_deadline_schedule_idx on schedule_deadline (schedule_id);

create table schedule_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code char(6), fiscal_year integer,
    primary key (id, rev)
);

create table schedule_deadline_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    schedule_id bigint, step varchar(30), checkpoint integer, department_code varchar(40), due_on date, assignee varchar(60),
    primary key (id, rev)
);
