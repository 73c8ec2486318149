--liquibase formatted sql

--changeset cuocthi:platform-0.2-secret
-- keys every application node must share (e.g. the one signing contestants' tokens), made once by the first node
create table platform_secret (
    name       varchar(50) primary key,
    value      bytea       not null,
    created_at timestamptz not null default now()
);
