--liquibase formatted sql

--changeset cuocthi:tenant-0.4-round-figure
-- the actual figure a round's prediction question asks about, computed once when the round has closed (end plus
-- grace, no exam still open) and frozen: a later change of data never moves it; staff recompute it on purpose,
-- audited in contest_audit
create table round_figure (
    contest_id  uuid         not null references contest (id),
    round_index smallint     not null,
    measure     varchar(20)  not null check (measure in ('PARTICIPANTS', 'PERFECT_SCORES')),
    value       bigint       not null check (value >= 0),
    method      varchar(20)  not null check (method in ('AT_CLOSE', 'RECOMPUTED')),
    computed_at timestamptz  not null,
    computed_by varchar(200) not null,
    primary key (contest_id, round_index)
);

--changeset cuocthi:tenant-0.4-contestant-verification
-- staff verify a winner's information or disqualify a contestant with a reason; status_changed_at lets the live
-- boards' reconciliation find contestants to move or remove
alter table contestant add column disqualified_reason varchar(500);
alter table contestant add column disqualified_by varchar(200);
alter table contestant add column verified_at timestamptz;
alter table contestant add column verified_by varchar(200);
alter table contestant add column status_changed_at timestamptz;
create index contestant_status_changed on contestant (contest_id, status_changed_at) where status_changed_at is not null;
