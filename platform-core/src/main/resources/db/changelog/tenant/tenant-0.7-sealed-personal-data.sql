--liquibase formatted sql

--changeset cuocthi:tenant-0.7-sealed-registered-from
-- Decree 13/2023, what tenant-0.6 left in clear: the address a registration came from (kept for abuse
-- investigation) is sealed like the other personal values. Liquibase has no key: the application seals the rows
-- at start-up and then drops the clear column (ClearPersonalData), this only makes room.
alter table contestant add column registered_from_sealed bytea;
-- the look-up key the row's hashes were computed under (a fingerprint, not the key): what LookupRotation moves
-- to the current one; null on rows from before, which a rotation recomputes too
alter table contestant add column lookup_key bytea;
create index contestant_lookup_key on contestant (lookup_key);

--changeset cuocthi:tenant-0.7-sealed-session-contacts
-- a collective session's contact person and phone are sealed; the clear columns go after the start-up sealing
alter table exam_session
    add column contact_name_sealed  bytea,
    add column contact_phone_sealed bytea,
    add column data_key             integer,
    alter column contact_name drop not null,
    alter column contact_phone drop not null;
create index exam_session_data_key on exam_session (data_key);
