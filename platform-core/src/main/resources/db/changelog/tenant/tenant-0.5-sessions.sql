--liquibase formatted sql

--changeset cuocthi:tenant-0.5-exam-session
-- collective exam sessions (thi tập trung, the Cao Bằng letter): a unit's contact registers the day, time and place
-- its people sit the exam together; staff plan for the expected contestants per hour and confirm the session was
-- held (a confirmed session weighs in the collective prizes). The management token is kept as its SHA-256 only.
create table exam_session (
    id                    uuid         primary key,
    contest_id            uuid         not null references contest (id),
    unit_code             varchar(50)  not null,
    round_index           smallint     not null,
    starts_at             timestamptz  not null,
    expected_participants integer      not null check (expected_participants >= 1),
    place                 varchar(300) not null,
    contact_name          varchar(200) not null,
    contact_phone         varchar(20)  not null,
    status                varchar(20)  not null check (status in ('REGISTERED', 'CONFIRMED', 'CANCELLED')),
    manage_token_sha256   char(64)     not null,
    created_at            timestamptz  not null,
    status_changed_by     varchar(200),
    status_changed_at     timestamptz
);
create index exam_session_contest on exam_session (contest_id, starts_at);
create index exam_session_starts on exam_session (starts_at) where status <> 'CANCELLED';

--changeset cuocthi:tenant-0.5-exam-session-photo
-- photos a unit sends after its session, bytes in the province's schema like reference documents
create table exam_session_photo (
    id           uuid        primary key,
    session_id   uuid        not null references exam_session (id),
    content_type varchar(20) not null,
    size_bytes   integer     not null,
    sha256       char(64)    not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null
);
create index exam_session_photo_session on exam_session_photo (session_id, uploaded_at);
