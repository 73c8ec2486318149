--liquibase formatted sql

--changeset cuocthi:tenant-0.4-audit-append-only splitStatements:false
-- the audit trails are append-only, in the database itself: whatever the application (or a mistaken script over
-- its connection) does, a row once written is never changed or removed
create or replace function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log % is append-only (% refused)', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

--changeset cuocthi:tenant-0.4-audit-triggers
create trigger contest_audit_append_only before update or delete on contest_audit
    for each row execute function refuse_audit_change();
create trigger contest_audit_no_truncate before truncate on contest_audit
    for each statement execute function refuse_audit_change();
create trigger staff_event_append_only before update or delete on staff_event
    for each row execute function refuse_audit_change();
create trigger staff_event_no_truncate before truncate on staff_event
    for each statement execute function refuse_audit_change();

--changeset cuocthi:tenant-0.4-audit-browsing
-- staff browse the whole province's log newest first, by actor or by action
create index contest_audit_at on contest_audit (at desc, id desc);
create index contest_audit_actor on contest_audit (actor, at desc);
create index contest_audit_action on contest_audit (action, at desc);
