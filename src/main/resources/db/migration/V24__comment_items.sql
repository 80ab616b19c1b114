-- パブリックコメント as cities publish it: each opinion holds one or more items (意見の要旨) with the city's answer
-- (市の考え方), a 反映区分 from the municipality's list and the change made to the plan; similar items may share one
-- answer (answer_of). The results record their 公表日; a consultation states who may submit and which submitter
-- details it requires; an archived past consultation may hold opinions with no submitter details.

create table opinion_item (
    id               bigserial primary key,
    consultation_id  bigint       not null references consultation (id) on delete cascade,
    opinion_id       bigint       not null references opinion (id) on delete cascade,
    position         integer      not null,
    text             text         not null,
    topic            varchar(100),
    city_view        text,
    reflection       varchar(50),
    change_note      text,
    answer_of        bigint       references opinion_item (id) on delete set null,
    version          bigint       not null default 0
);
create index opinion_item_consultation_idx on opinion_item (consultation_id);
create index opinion_item_opinion_idx on opinion_item (opinion_id);

create table opinion_item_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    consultation_id bigint, opinion_id bigint, position integer, text text, topic varchar(100), city_view text,
    reflection varchar(50), change_note text, answer_of bigint,
    primary key (id, rev)
);

-- 反映区分: the municipality's list (the planning section edits it); none stored = the default list
create table comment_reflection (
    municipality_code varchar(6)  not null,
    position          integer     not null,
    label             varchar(50) not null,
    reflected         boolean     not null,
    primary key (municipality_code, position)
);

-- existing per-opinion answers become one item each (a summary published instead of the text becomes the item's text)
insert into opinion_item (consultation_id, opinion_id, position, text, topic, city_view, reflection, change_note)
select o.consultation_id, o.id, 1,
       case when o.publication = 'SUMMARY' and o.summary is not null then o.summary else o.body end,
       o.topic, o.city_view,
       case when o.draft_changed then '反映する' when o.city_view is not null then 'その他' end,
       o.change_note
from opinion o order by o.id;

update opinion set publication = 'FULL' where publication = 'SUMMARY';
alter table opinion drop constraint if exists opinion_publication_check;
alter table opinion add constraint opinion_publication_check check (publication in ('FULL', 'WITHHELD'));
alter table opinion drop column topic, drop column city_view, drop column draft_changed, drop column change_note,
    drop column opinion_count, drop column summary;
alter table opinion_aud drop column topic, drop column city_view, drop column draft_changed, drop column change_note,
    drop column opinion_count, drop column summary;

alter table consultation
    add column results_published_on date,
    add column eligibility          varchar(300),
    add column required_details     varchar(60) not null default 'ADDRESS,NAME,PHONE',
    add column archived             boolean     not null default false;
alter table consultation_aud
    add column results_published_on date,
    add column eligibility          varchar(300),
    add column required_details     varchar(60),
    add column archived             boolean;
update consultation set results_published_on = (results_published_at at time zone 'Asia/Tokyo')::date
where results_published_at is not null;
