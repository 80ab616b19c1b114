-- Files Hoshin issues (PDF booklets, later white papers and results documents), kept in the database
-- so that every instance serves the same bytes. fingerprint identifies the data a file was made from.
create table issued_document (
    key          varchar(300) primary key,
    fingerprint  varchar(100) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    issued_at    timestamptz  not null
);
