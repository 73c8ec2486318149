--liquibase formatted sql

--changeset cuocthi:tenant-0.6-short-links
-- a contest's short link (https://<province host>/c/<code>), given on first sharing; unique within the province
alter table contest add column short_code varchar(16);
create unique index contest_short_code on contest (short_code);
