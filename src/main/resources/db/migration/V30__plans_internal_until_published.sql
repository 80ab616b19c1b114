-- Plans that are not public yet: an individual plan and its draft documents are internal until the planning section or
-- the owning department publishes the plan (announcing a consultation publishes the plans it consults on). A draft
-- document can be replaced or withdrawn: it stays in the history for the staff and is no longer served publicly.

alter table individual_plan add column published_at timestamptz;
alter table individual_plan_aud add column published_at timestamptz;
-- every plan was public before: those already registered stay public
update individual_plan set published_at = now();

alter table plan_draft_document
    add column withdrawn_at timestamptz,
    add column replaced_by  bigint references plan_draft_document (id),
    add column version      bigint not null default 0;
alter table plan_draft_document_aud
    add column withdrawn_at timestamptz,
    add column replaced_by  bigint;
