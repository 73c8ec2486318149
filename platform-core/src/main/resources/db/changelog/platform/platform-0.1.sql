--liquibase formatted sql

--changeset cuocthi:platform-0.1-tenant
create table tenant (
    slug         varchar(30)  primary key,
    name         varchar(200) not null,
    status       varchar(20)  not null check (status in ('PROVISIONING', 'ACTIVE', 'SUSPENDED')),
    last_error   text,
    created_at   timestamptz  not null default now(),
    activated_at timestamptz,
    updated_at   timestamptz  not null default now()
);

--changeset cuocthi:platform-0.1-tenant-event
-- what operators did to a province and what onboarding went through: the audit trail of the registry
create table tenant_event (
    id       bigint generated always as identity primary key,
    slug     varchar(30) not null references tenant (slug),
    kind     varchar(40) not null,
    detail   text,
    actor    varchar(200) not null,
    at       timestamptz not null default now()
);
create index tenant_event_slug_at on tenant_event (slug, at);
