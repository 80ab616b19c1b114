-- 自治体経営白書: an optional chapter with the year's published project evaluations (事業評価).
alter table white_paper add column evaluations boolean not null default false;
alter table white_paper add column intro_evaluations text;
alter table white_paper_aud add column evaluations boolean;
alter table white_paper_aud add column intro_evaluations text;
