--liquibase formatted sql

--changeset cuocthi:tenant-0.2-contestant
-- one registration per person per contest: the unique constraints, not a read before the insert, refuse the
-- second one (two simultaneous registrations included)
create table contestant (
    id              uuid primary key,
    contest_id      uuid         not null references contest (id),
    full_name       varchar(200) not null,
    cccd            char(12),
    phone           varchar(10),
    email           varchar(200),
    birth_date      date,
    gender          varchar(10),
    address         varchar(300),
    unit_code       varchar(50),
    group_code      varchar(50)  not null,
    password_hash   varchar(200) not null,
    consent_at      timestamptz  not null,
    consent_version varchar(20)  not null,
    registered_at   timestamptz  not null default now(),
    registered_from varchar(100),
    disqualified_at timestamptz,
    constraint contestant_cccd_once unique (contest_id, cccd),
    constraint contestant_phone_once unique (contest_id, phone),
    check (cccd is not null or phone is not null)
);
create index contestant_unit on contestant (contest_id, unit_code);

--changeset cuocthi:tenant-0.2-attempt
-- an exam: the draw and the deadline are fixed at start; answers are saved one by one; the grade at the end
create table attempt (
    id            uuid primary key,
    contest_id    uuid        not null references contest (id),
    contestant_id uuid        not null references contestant (id),
    round_index   smallint    not null,
    number        smallint    not null,
    status        varchar(12) not null check (status in ('IN_PROGRESS', 'SUBMITTED', 'EXPIRED')),
    started_at    timestamptz not null,
    deadline      timestamptz not null,
    closes_at     timestamptz not null,
    writer        varchar(100) not null,
    max_score     integer     not null,
    submitted_at  timestamptz,
    graded_at     timestamptz,
    score         integer,
    correct_count integer,
    duration_ms   bigint,
    prediction    bigint,
    constraint attempt_number_once unique (contestant_id, number)
);
-- at most one exam in progress per contestant: a second simultaneous start cannot open another
create unique index attempt_one_in_progress on attempt (contestant_id) where status = 'IN_PROGRESS';
create index attempt_overdue on attempt (closes_at) where status = 'IN_PROGRESS';
create index attempt_graded on attempt (contest_id, round_index, graded_at) where status <> 'IN_PROGRESS';

create table attempt_question (
    attempt_id  uuid     not null references attempt (id) on delete cascade,
    position    smallint not null,
    question_id uuid     not null references question (id),
    option_ids  uuid[]   not null,
    multiple    boolean  not null,
    primary key (attempt_id, position),
    constraint attempt_question_once unique (attempt_id, question_id)
);

create table attempt_answer (
    attempt_id  uuid        not null references attempt (id) on delete cascade,
    question_id uuid        not null,
    option_ids  uuid[]      not null,
    saved_at    timestamptz not null,
    primary key (attempt_id, question_id)
);
