--liquibase formatted sql

--changeset cuocthi:tenant-0.6-unit-block
-- the names of the prize blocks (khối thi đua): unit.block and the contest's collective rules hold a block's code,
-- staff read its name ("Sở, ban, ngành" for SO_NGANH); a code without a row is shown as it is
create table unit_block (
    code varchar(100) primary key,
    name varchar(200) not null
);
