-- Each staff or public form rendered with a POST action carries a one-time token (hidden field _submission);
-- the first request that presents it inserts its row here, a second one (a double click, a reload of the
-- answer, the back button) is refused. Shared by every instance; rows older than two days are removed daily.
create table form_submission (
    token    uuid        primary key,
    used_at  timestamptz not null default now()
);
create index form_submission_used_at_idx on form_submission (used_at);
