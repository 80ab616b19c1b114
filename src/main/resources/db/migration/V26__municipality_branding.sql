-- How a municipality's public pages look (issue 20): an accent colour and an optional logo, set by its planning section.
-- The logo lives here, in PostgreSQL, never on an instance's disk: every instance serves the same image. The audit table
-- keeps the logo's type and fingerprint, not its bytes. Saving is an audited change, so it raises the public content
-- version and no cached public page keeps the old look (see V2).
create table municipality_branding (
    id              bigserial primary key,
    municipality_id bigint      not null unique references municipality (id),
    accent_colour   char(7),
    logo            bytea,
    logo_type       varchar(20),
    logo_sha256     char(64),
    version         bigint      not null default 0,
    updated_at      timestamptz not null default now(),
    constraint municipality_branding_logo_whole check ((logo is null) = (logo_type is null) and (logo is null) = (logo_sha256 is null)),
    constraint municipality_branding_colour check (accent_colour is null or accent_colour ~ '^#[0-9a-f]{6}$')
);

create table municipality_branding_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_id bigint, accent_colour char(7), logo_type varchar(20), logo_sha256 char(64),
    primary key (id, rev)
);
