-- The 反映区分 list of a municipality is audited like the other per-city lists: one row per municipality holding the
-- list (one label a line, ＊ in front of those counted as reflected in the plan), with a version (stale edits are
-- refused) and its history; a change refreshes the public pages.
create table comment_reflection_list (
    id                bigserial primary key,
    municipality_code varchar(6) not null unique,
    lines             text       not null,
    version           bigint     not null default 0
);

create table comment_reflection_list_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), lines text,
    primary key (id, rev)
);
create trigger comment_reflection_list_aud_content_changed after insert on comment_reflection_list_aud
    for each row execute function content_changed();

insert into comment_reflection_list (municipality_code, lines)
select municipality_code,
       string_agg(case when reflected then '＊' else '' end || label, E'\n' order by position)
from comment_reflection group by municipality_code;

drop table comment_reflection;
