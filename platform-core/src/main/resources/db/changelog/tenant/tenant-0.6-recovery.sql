--liquibase formatted sql

--changeset cuocthi:tenant-0.6-recovery
-- one-time codes with which a contestant sets a new password (sent by SMS or e-mail, or handed out by staff after
-- checking the caller's identity); only an HMAC of the code is kept, and a code is spent once
create table password_recovery (
    id            uuid primary key,
    contestant_id uuid         not null references contestant (id),
    channel       varchar(10)  not null check (channel in ('SMS', 'EMAIL', 'STAFF')),
    code_hash     varchar(64)  not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz  not null,
    failed_tries  smallint     not null default 0,
    spent_at      timestamptz,
    issued_by     varchar(200)
);
create index password_recovery_newest on password_recovery (contestant_id, created_at);
-- a code asked for by e-mail finds its registration without reading the contest's every row
create index contestant_email on contestant (contest_id, lower(email)) where email is not null;
