-- The public page cache's change counter per municipality (V25) for the tables added since: the result scale and
-- publication names (V21), extra fields (V22), the evaluation sheet form (V23), public comment items and 反映区分 (V24)
-- and branding (V26). A row keyed by municipality_code needs no case of its own any more; a table whose rows do not say
-- their municipality still raises the shared counter ('' , every copy stale: never a stale page).

create or replace function content_scope_of(p_table text, r jsonb) returns text language plpgsql stable as $$
begin
    return case p_table
        when 'municipality_aud' then trim(r ->> 'code')
        when 'fiscal_year_aud' then cv_municipality((r ->> 'municipality_id')::bigint)
        when 'white_paper_aud' then cv_municipality((r ->> 'municipality_id')::bigint)
        when 'policy_plan_aud' then cv_municipality((r ->> 'municipality_id')::bigint)
        when 'indicator_aud' then cv_municipality((r ->> 'municipality_id')::bigint)
        when 'evaluation_labor_cost_aud' then trim(r ->> 'municipality_code')
        when 'schedule_aud' then trim(r ->> 'municipality_code')
        when 'progress_scale_setting_aud' then trim(r ->> 'municipality_code')
        when 'individual_plan_aud' then trim(r ->> 'municipality_code')
        when 'consultation_aud' then trim(r ->> 'municipality_code')
        when 'staff_account_aud' then trim(r ->> 'municipality_code')
        when 'evaluation_sheet_aud' then cv_fiscal_year((r ->> 'fiscal_year_id')::bigint)
        when 'midyear_checkpoint_aud' then cv_fiscal_year((r ->> 'fiscal_year_id')::bigint)
        when 'midyear_check_aud' then cv_fiscal_year((r ->> 'fiscal_year_id')::bigint)
        when 'department_aud' then cv_fiscal_year((r ->> 'fiscal_year_id')::bigint)
        when 'department_plan_aud' then cv_fiscal_year((r ->> 'fiscal_year_id')::bigint)
        when 'section_aud' then cv_department((r ->> 'department_id')::bigint)
        when 'department_lineage_aud' then cv_department((r ->> 'successor_id')::bigint)
        when 'plan_project_aud' then cv_department_plan((r ->> 'plan_id')::bigint)
        when 'schedule_deadline_aud' then cv_schedule((r ->> 'schedule_id')::bigint)
        when 'staff_department_aud' then cv_staff((r ->> 'staff_id')::bigint)
        when 'policy_plan_revision_aud' then cv_policy_plan((r ->> 'plan_id')::bigint)
        when 'policy_plan_phase_aud' then cv_policy_plan((r ->> 'plan_id')::bigint)
        when 'policy_element_aud' then cv_policy_plan((r ->> 'plan_id')::bigint)
        when 'element_progress_aud' then cv_policy_element((r ->> 'element_id')::bigint)
        when 'indicator_placement_aud' then cv_indicator((r ->> 'indicator_id')::bigint)
        when 'indicator_value_aud' then cv_indicator((r ->> 'indicator_id')::bigint)
        when 'plan_draft_document_aud' then cv_individual_plan((r ->> 'plan_id')::bigint)
        when 'opinion_aud' then cv_consultation((r ->> 'consultation_id')::bigint)
        when 'opinion_item_aud' then cv_consultation((r ->> 'consultation_id')::bigint)
        when 'municipality_branding_aud' then cv_municipality((r ->> 'municipality_id')::bigint)
        when 'white_paper_edition' then cv_white_paper((r ->> 'white_paper_id')::bigint)
        -- a table keyed by the municipality's code (settings, names, lists, extra fields): the row says which
        else trim(r ->> 'municipality_code')
    end;
end;
$$;

-- Every audit table created after V25 gets the trigger too (PublicPageCacheVersionTest checks none is missing).
do $$
declare
    t text;
begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = current_schema() and c.relkind = 'r' and c.relname like '%\_aud'
               and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid
                               and g.tgfoid = 'content_changed'::regproc)
    loop
        execute format('create trigger %I after insert on %I for each row execute function content_changed()',
                       t || '_content_changed', t);
    end loop;
end;
$$;
