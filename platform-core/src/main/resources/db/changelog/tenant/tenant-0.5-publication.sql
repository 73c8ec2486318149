--liquibase formatted sql

--changeset cuocthi:tenant-0.5-result-publication
-- a round's published results as announced: the individual and collective winners frozen at the moment staff
-- published them (the public page reads this, never the live ranking); publishing again replaces it, audited in
-- contest_audit with before and after
create table result_publication (
    contest_id   uuid         not null references contest (id),
    round_index  smallint     not null,
    published_at timestamptz  not null,
    published_by varchar(200) not null,
    announcement jsonb        not null,
    primary key (contest_id, round_index)
);
