#!/usr/bin/env bash
# Backs up one province: its schema (tenant_<slug>) and nothing of the others, with pg_dump's custom format.
#   deploy/backup/backup-province.sh <slug> <file.dump>
# Connection: the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) or DATABASE_URL
# (postgresql://user:pass@host:port/db). pg_dump comes from PG_BIN, else PATH; its major version must be at least the
# server's (PostgreSQL 17 in production: postgresql-client-17). The platform's row for the province (platform.tenant)
# is not in the file: restore-province.sh restores data into a database whose platform schema already lists the
# province (the same one, or a new one where the province was onboarded again).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ $# -eq 2 ] || { echo "usage: $0 <province-slug> <file.dump>" >&2; exit 2; }
slug=$(province_slug "$1")
file=$2
require_matching_client pg_dump
"$(pg_tool pg_dump)" $(connection) --schema="tenant_${slug}" --format=custom --no-owner --no-privileges --file="$file"
echo "Backed up province ${slug} (schema tenant_${slug}) to ${file} ($(wc -c <"$file") bytes)"
