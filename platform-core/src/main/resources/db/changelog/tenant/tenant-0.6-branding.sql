--liquibase formatted sql

--changeset cuocthi:tenant-0.6-branding
-- the province's look on its own site (one row), in its own schema: one backup and one tenant boundary for all it owns
create table branding (
    id                smallint     primary key default 1 check (id = 1),
    primary_color     varchar(7)   not null,
    text_color        varchar(7)   not null,
    organiser_name    varchar(200),
    organiser_contact varchar(500),
    portal_url        varchar(500),
    home_affairs_url  varchar(500),
    footer_text       varchar(2000),
    -- grows with every change, texts or images: the pages' addresses of the stylesheet and images carry it
    version           bigint       not null default 1,
    updated_at        timestamptz  not null default now(),
    updated_by        varchar(200)
);

--changeset cuocthi:tenant-0.6-branding-image
create table branding_image (
    kind         varchar(10) primary key check (kind in ('LOGO', 'HEADER')),
    content_type varchar(50) not null,
    size_bytes   integer     not null,
    content      bytea       not null,
    updated_at   timestamptz not null default now()
);
