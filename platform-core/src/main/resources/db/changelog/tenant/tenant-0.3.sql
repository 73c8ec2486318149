--liquibase formatted sql

--changeset cuocthi:tenant-0.3-contest-document
-- files staff upload as a contest's reference documents, kept in the province's own schema (one backup, one
-- tenant boundary, no object store to configure); at most 10 MB each, checked by the application
create table contest_document (
    id           uuid primary key,
    contest_id   uuid         not null references contest (id),
    title        varchar(300) not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(200) not null,
    uploaded_at  timestamptz  not null default now()
);
create index contest_document_contest on contest_document (contest_id, uploaded_at);
