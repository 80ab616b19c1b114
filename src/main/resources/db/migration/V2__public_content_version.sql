-- A counter of changes to published data, shared by every Hoshin instance. Each audited change
-- (one revinfo row per transaction) raises it, so a cached public page is served only while the
-- data it was rendered from is unchanged, whichever instance made the change.
create table public_content_version (
    id       smallint primary key check (id = 1),
    version  bigint   not null
);

insert into public_content_version (id, version) values (1, 0);

create function bump_public_content_version() returns trigger language plpgsql as $$
begin
    update public_content_version set version = version + 1 where id = 1;
    return new;
end;
$$;

create trigger revinfo_bumps_public_content_version
    after insert on revinfo
    for each row execute function bump_public_content_version();
