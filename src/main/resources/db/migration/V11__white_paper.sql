-- 自治体経営白書: the front matter and chapter choice of a municipality's white paper per fiscal year,
-- and its published editions (the issued PDF and HTML chapters are kept in issued_document).
create table white_paper (
    id                   bigserial primary key,
    municipality_id      bigint       not null references municipality (id),
    fiscal_year          integer      not null,
    title                varchar(200) not null,
    subtitle             varchar(200),
    issued_on            date,
    foreword             text,
    basic_plan_key       varchar(60),
    strategy_key         varchar(60),
    action_plan_key      varchar(60),
    department_results   boolean      not null default false,
    intro_basic_plan     text,
    intro_action_plan    text,
    intro_results        text,
    issuer               varchar(200),
    address              varchar(300),
    contact              text,
    opinion_note         text,
    version              bigint       not null default 0,
    unique (municipality_id, fiscal_year)
);

create table white_paper_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    municipality_id bigint, fiscal_year integer, title varchar(200), subtitle varchar(200), issued_on date, foreword text,
    basic_plan_key varchar(60), strategy_key varchar(60), action_plan_key varchar(60), department_results boolean,
    intro_basic_plan text, intro_action_plan text, intro_results text, issuer varchar(200), address varchar(300), contact text,
    opinion_note text,
    primary key (id, rev)
);

create table white_paper_edition (
    id              bigserial primary key,
    white_paper_id  bigint       not null references white_paper (id),
    number          integer      not null,
    issued_on       date         not null,
    published_at    timestamptz  not null,
    published_by    varchar(100) not null,
    note            text,
    chapters        text         not null,
    unique (white_paper_id, number)
);
