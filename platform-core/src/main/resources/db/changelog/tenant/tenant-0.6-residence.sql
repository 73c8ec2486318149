--liquibase formatted sql

--changeset cuocthi:tenant-0.6-residence
-- where a citizen lives: the code of a commune, ward or township on the General Statistics Office's list
-- (platformcore.unit.Localities), when the contest's form asks for it (field RESIDENCE)
alter table contestant add column residence_code varchar(10);
create index contestant_residence on contestant (contest_id, residence_code) where residence_code is not null;
