--liquibase formatted sql

--changeset cuocthi:tenant-0.7-revocations
-- ended contestant sessions, durable: Redis holds them for every node's per-request check, this table is what
-- Redis is loaded from again when it lost its data (a restart without persistence), so a signed-out or reset
-- session never comes back to life. subject: 'session:<id>' (a sign-out) or 'contestant:<uuid>' (every token
-- issued before not_before_ms: a password change, an erasure); a row is useless after expires_at (the tokens' lifetime)
create table revocation (
    subject        varchar(80) primary key,
    not_before_ms  bigint,
    expires_at     timestamptz not null
);
create index revocation_expires on revocation (expires_at);
