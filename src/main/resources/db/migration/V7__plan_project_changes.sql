-- A change to a plan's projects raises the plan's version (optimistic locking of the plan as a whole,
-- e.g. a workbook downloaded before a project was edited is refused on upload). Not audited: the
-- projects' own revisions record what changed.
alter table department_plan add column project_changes integer not null default 0;
