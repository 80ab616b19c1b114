-- 外部評価委員会 / 市民評価委員会: per municipality and fiscal year a committee with its members and meetings (minutes as
-- text and/or a PDF kept here, not on disk), per measure (policy_element id of a 施策) the committee's rating and its
-- 提言, each with the city's 対応方針 and its follow-up by later years (対応済 / 対応中 / 未対応 / 対応しない). Every row
-- carries municipality_code, so the audit tables' trigger tells the public page cache which city changed.

create table committee (
    id                bigserial primary key,
    municipality_code varchar(6)   not null,
    fiscal_year       integer      not null,
    name              varchar(100) not null,
    illustrative      boolean      not null default false,
    published_at      timestamptz,
    published_by      varchar(60),
    version           bigint       not null default 0,
    unique (municipality_code, fiscal_year)
);

create table committee_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), fiscal_year integer, name varchar(100), illustrative boolean, published_at timestamptz,
    published_by varchar(60),
    primary key (id, rev)
);

create table committee_member (
    id                bigserial primary key,
    committee_id      bigint       not null references committee (id) on delete cascade,
    municipality_code varchar(6)   not null,
    position          integer      not null,
    name              varchar(100) not null,
    role              varchar(50)  not null,
    affiliation       varchar(200),
    name_published    boolean      not null default false,
    version           bigint       not null default 0
);
create index committee_member_committee_idx on committee_member (committee_id);

create table committee_member_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    committee_id bigint, municipality_code varchar(6), position integer, name varchar(100), role varchar(50),
    affiliation varchar(200), name_published boolean,
    primary key (id, rev)
);

create table committee_meeting (
    id                bigserial primary key,
    committee_id      bigint       not null references committee (id) on delete cascade,
    municipality_code varchar(6)   not null,
    number            integer      not null,
    held_on           date         not null,
    agenda            text         not null,
    minutes           text,
    minutes_filename  varchar(200),
    minutes_size      integer,
    minutes_pdf       bytea,
    version           bigint       not null default 0,
    unique (committee_id, number)
);

create table committee_meeting_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    committee_id bigint, municipality_code varchar(6), number integer, held_on date, agenda text, minutes text,
    minutes_filename varchar(200), minutes_size integer,
    primary key (id, rev)
);

create table committee_measure_review (
    id                bigserial primary key,
    municipality_code varchar(6)   not null,
    fiscal_year       integer      not null,
    measure_id        bigint       not null,
    rating            varchar(50),
    version           bigint       not null default 0,
    unique (municipality_code, fiscal_year, measure_id)
);

create table committee_measure_review_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), fiscal_year integer, measure_id bigint, rating varchar(50),
    primary key (id, rev)
);

create table committee_recommendation (
    id                bigserial primary key,
    municipality_code varchar(6)   not null,
    fiscal_year       integer      not null,
    measure_id        bigint       not null,
    position          integer      not null,
    text              text         not null,
    answer            text,
    version           bigint       not null default 0
);
create index committee_recommendation_measure_idx on committee_recommendation (municipality_code, measure_id);

create table committee_recommendation_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), fiscal_year integer, measure_id bigint, position integer, text text, answer text,
    primary key (id, rev)
);

create table committee_follow_up (
    id                bigserial primary key,
    recommendation_id bigint       not null references committee_recommendation (id) on delete cascade,
    municipality_code varchar(6)   not null,
    fiscal_year       integer      not null,
    state             varchar(20)  not null check (state in ('DONE', 'IN_PROGRESS', 'NOT_STARTED', 'DECLINED')),
    note              text,
    version           bigint       not null default 0,
    unique (recommendation_id, fiscal_year)
);

create table committee_follow_up_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    recommendation_id bigint, municipality_code varchar(6), fiscal_year integer, state varchar(20), note text,
    primary key (id, rev)
);

-- the committee's rating scale: the municipality's list (the planning section edits it); none stored = A / B / C / D
create table committee_rating_setting (
    id                bigserial primary key,
    municipality_code varchar(6)   not null unique,
    labels            text         not null,
    version           bigint       not null default 0
);

create table committee_rating_setting_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_code varchar(6), labels text,
    primary key (id, rev)
);

create trigger committee_aud_content_changed after insert on committee_aud
    for each row execute function content_changed();
create trigger committee_member_aud_content_changed after insert on committee_member_aud
    for each row execute function content_changed();
create trigger committee_meeting_aud_content_changed after insert on committee_meeting_aud
    for each row execute function content_changed();
create trigger committee_measure_review_aud_content_changed after insert on committee_measure_review_aud
    for each row execute function content_changed();
create trigger committee_recommendation_aud_content_changed after insert on committee_recommendation_aud
    for each row execute function content_changed();
create trigger committee_follow_up_aud_content_changed after insert on committee_follow_up_aud
    for each row execute function content_changed();
create trigger committee_rating_setting_aud_content_changed after insert on committee_rating_setting_aud
    for each row execute function content_changed();
