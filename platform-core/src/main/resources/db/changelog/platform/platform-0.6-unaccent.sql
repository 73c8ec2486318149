--liquibase formatted sql

--changeset cuocthi:platform-0.6-unaccent
-- Search that ignores diacritics and case ("thu tuc" finds "Thủ tục"). Extensions are per database, so unaccent is
-- created once, in a schema of its own that every province schema reaches by its qualified name: a tenant
-- connection's search_path holds its own schema only (architecture.md), so nothing here may rely on search_path.
-- unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser rights.
create schema if not exists extensions;
create extension if not exists unaccent schema extensions;
-- A body in standard SQL is bound when the function is created, dictionary included, whatever the caller's
-- search_path. unaccent first, then lower: the letters are ASCII by then, so a database in the C locale lowers them too.
create or replace function extensions.fold(value text) returns text
    language sql stable parallel safe strict
    return pg_catalog.lower(extensions.unaccent('extensions.unaccent'::regdictionary, value));
grant usage on schema extensions to public;
