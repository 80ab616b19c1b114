-- The public page cache's change counter per municipality (issue 19): a change to one municipality's data leaves
-- the other municipalities' cached public pages valid. Scope '' is the deployment's shared pages (the front page, the
-- municipality list); a municipality's pages depend on their own scope and on ''. Every audited change (an insert
-- into an _aud table, written at the end of the transaction by Envers) raises its municipality's counter, found from
-- the audit row itself (the row's state, also for a deletion: store_data_at_delete) and its parents; a change whose
-- municipality cannot be found raises '', which makes every cached page stale (never a stale page served).
-- public_content_version (V2, raised by every revision) stays as the deployment-wide change counter.
create table content_version (
    scope       varchar(6)   primary key,
    version     bigint       not null,
    changed_at  timestamptz  not null
);

insert into content_version (scope, version, changed_at) values ('', 1, now());

-- Raises a scope's counter once per transaction (a transaction-local setting remembers it).
create function bump_content_version(p_scope text) returns void language plpgsql as $$
declare
    marker text := 'hoshin.cv_' || coalesce(nullif(trim(p_scope), ''), 'shared');
begin
    if current_setting(marker, true) = 'y' then
        return;
    end if;
    perform set_config(marker, 'y', true);
    insert into content_version (scope, version, changed_at) values (coalesce(trim(p_scope), ''), 1, now())
        on conflict (scope) do update set version = content_version.version + 1, changed_at = now();
end;
$$;

-- Lookups from a parent's id to its municipality: the live row, else its latest audit row (deleted in the same
-- transaction, e.g. by a cascade).
create function cv_municipality(p_id bigint) returns text language sql stable as $$
    select coalesce(
        (select trim(code) from municipality where id = p_id),
        (select trim(code) from municipality_aud where id = p_id order by rev desc limit 1))
$$;

create function cv_fiscal_year(p_id bigint) returns text language sql stable as $$
    select cv_municipality(coalesce(
        (select municipality_id from fiscal_year where id = p_id),
        (select municipality_id from fiscal_year_aud where id = p_id order by rev desc limit 1)))
$$;

create function cv_department(p_id bigint) returns text language sql stable as $$
    select cv_fiscal_year(coalesce(
        (select fiscal_year_id from department where id = p_id),
        (select fiscal_year_id from department_aud where id = p_id order by rev desc limit 1)))
$$;

create function cv_department_plan(p_id bigint) returns text language sql stable as $$
    select cv_fiscal_year(coalesce(
        (select fiscal_year_id from department_plan where id = p_id),
        (select fiscal_year_id from department_plan_aud where id = p_id order by rev desc limit 1)))
$$;

create function cv_policy_plan(p_id bigint) returns text language sql stable as $$
    select cv_municipality(coalesce(
        (select municipality_id from policy_plan where id = p_id),
        (select municipality_id from policy_plan_aud where id = p_id order by rev desc limit 1)))
$$;

create function cv_policy_element(p_id bigint) returns text language sql stable as $$
    select cv_policy_plan(coalesce(
        (select plan_id from policy_element where id = p_id),
        (select plan_id from policy_element_aud where id = p_id order by rev desc limit 1)))
$$;

create function cv_indicator(p_id bigint) returns text language sql stable as $$
    select cv_municipality(coalesce(
        (select municipality_id from indicator where id = p_id),
        (select municipality_id from indicator_aud where id = p_id order by rev desc limit 1)))
$$;

create function cv_schedule(p_id bigint) returns text language sql stable as $$
    select coalesce(
        (select trim(municipality_code) from schedule where id = p_id),
        (select trim(municipality_code) from schedule_aud where id = p_id order by rev desc limit 1))
$$;

create function cv_staff(p_id bigint) returns text language sql stable as $$
    select coalesce(
        (select trim(municipality_code) from staff_account where id = p_id),
        (select trim(municipality_code) from staff_account_aud where id = p_id order by rev desc limit 1))
$$;

create function cv_individual_plan(p_id bigint) returns text language sql stable as $$
    select coalesce(
        (select municipality_code from individual_plan where id = p_id),
        (select municipality_code from individual_plan_aud where id = p_id order by rev desc limit 1))
$$;

create function cv_consultation(p_id bigint) returns text language sql stable as $$
    select coalesce(
        (select municipality_code from consultation where id = p_id),
        (select municipality_code from consultation_aud where id = p_id order by rev desc limit 1))
$$;

create function cv_white_paper(p_id bigint) returns text language sql stable as $$
    select cv_municipality(coalesce(
        (select municipality_id from white_paper where id = p_id),
        (select municipality_id from white_paper_aud where id = p_id order by rev desc limit 1)))
$$;

-- The municipality of one audit row (or a white paper edition), by its table; null when not known.
create function content_scope_of(p_table text, r jsonb) returns text language plpgsql stable as $$
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
        when 'white_paper_edition' then cv_white_paper((r ->> 'white_paper_id')::bigint)
        else null
    end;
end;
$$;

create function content_changed() returns trigger language plpgsql as $$
declare
    code text := content_scope_of(TG_TABLE_NAME, to_jsonb(new));
begin
    if code is null or code = '' then
        perform bump_content_version('');
    else
        perform bump_content_version(code);
        -- the shared pages list the municipalities (names, years)
        if TG_TABLE_NAME in ('municipality_aud', 'fiscal_year_aud') then
            perform bump_content_version('');
        end if;
    end if;
    return null;
end;
$$;

-- One trigger on every audit table (ContentVersionTest checks that none is missing) and on white paper editions.
do $$
declare
    t text;
begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = current_schema() and c.relkind = 'r' and c.relname like '%\_aud'
    loop
        execute format('create trigger %I after insert on %I for each row execute function content_changed()',
                       t || '_content_changed', t);
    end loop;
end;
$$;

create trigger white_paper_edition_content_changed
    after insert on white_paper_edition
    for each row execute function content_changed();
