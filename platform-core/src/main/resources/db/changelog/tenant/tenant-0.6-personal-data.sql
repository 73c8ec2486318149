--liquibase formatted sql

--changeset cuocthi:tenant-0.6-personal-data
-- Decree 13/2023: a dump of this table reveals no CCCD, phone, e-mail, birth date or address. Each is sealed
-- (AES-256-GCM, the key id inside, keys outside the database) and the numbers people sign in with are found and kept
-- unique by a keyed hash (HMAC-SHA256). Liquibase cannot know the keys: the application seals the rows still in clear
-- at start-up and then drops the clear columns (ClearPersonalData), so this changeset only makes room.
alter table contestant
    add column cccd_sealed       bytea,
    add column phone_sealed      bytea,
    add column email_sealed      bytea,
    add column birth_date_sealed bytea,
    add column address_sealed    bytea,
    add column cccd_lookup       bytea,
    add column phone_lookup      bytea,
    add column email_lookup      bytea,
    -- the key the row's values are sealed with: what the re-encryption moves to the current one
    add column data_key          integer,
    -- when the retention job or an erasure removed the person's data (the results stay, the name masked)
    add column erased_at         timestamptz;
-- the same names as before: Registration tells a taken CCCD from a taken phone by them
alter table contestant drop constraint contestant_cccd_once, drop constraint contestant_phone_once;
alter table contestant add constraint contestant_cccd_once unique (contest_id, cccd_lookup),
    add constraint contestant_phone_once unique (contest_id, phone_lookup);
-- validated by the application once no row is left in clear; enforced for new rows from now on. Erased rows keep
-- no number at all.
alter table contestant add constraint contestant_login
    check (cccd_lookup is not null or phone_lookup is not null or erased_at is not null) not valid;
create index contestant_cccd_lookup on contestant (cccd_lookup) where cccd_lookup is not null;
create index contestant_phone_lookup on contestant (phone_lookup) where phone_lookup is not null;
create index contestant_email_lookup on contestant (email_lookup) where email_lookup is not null;
create index contestant_data_key on contestant (data_key);

--changeset cuocthi:tenant-0.6-personal-data-retention
-- months after the contest's last round ends that contestants' personal data is kept (null: the default, 12)
alter table contest add column retention_months integer check (retention_months between 1 and 120);
create index contestant_not_erased on contestant (contest_id) where erased_at is null;

--changeset cuocthi:tenant-0.6-personal-data-job-lock
-- one node at a time runs a province's scheduled personal-data job (ShedLock-like: a row per job, a lease)
create table job_lock (
    name        varchar(100) primary key,
    locked_by   varchar(200) not null,
    locked_until timestamptz  not null
);
