-- A department plan's project can serve an element of the municipality's plans (基本計画の施策・主要事業,
-- 総合戦略の基本目標, アクションプランの個別課題), named by its 要素ID.
alter table plan_project add column policy_element_key varchar(60);
alter table plan_project_aud add column policy_element_key varchar(60);
create index plan_project_policy_element_idx on plan_project (policy_element_key) where policy_element_key is not null;
