# Shared by backup-province.sh and restore-province.sh.

# A province slug as onboarding allows it (TenantSlug: a lower-case letter, then letters and digits): it becomes part of an identifier.
province_slug() {
    [[ "$1" =~ ^[a-z][a-z0-9]{1,29}$ ]] || { echo "not a province slug: $1" >&2; exit 2; }
    echo "$1"
}

pg_tool() {
    if [ -n "${PG_BIN:-}" ]; then echo "${PG_BIN}/$1"; else command -v "$1" || { echo "$1 not found; set PG_BIN" >&2; exit 3; }; fi
}

# libpq options from DATABASE_URL when it is set (else libpq reads PGHOST and friends itself)
connection() {
    if [ -n "${DATABASE_URL:-}" ]; then echo "--dbname=${DATABASE_URL}"; fi
}

database_name() {
    if [ -n "${DATABASE_URL:-}" ]; then echo "${DATABASE_URL}"; else echo "${PGDATABASE:-postgres}"; fi
}

# pg_dump refuses a newer server; say which client to install instead of its one-line abort
require_matching_client() {
    local tool client server
    tool=$(pg_tool "$1")
    client=$("$tool" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
    server=$(psql_server_major)
    if [ -n "$server" ] && [ "$client" -lt "$server" ]; then
        echo "$1 is version ${client}, the server ${server}: install postgresql-client-${server} or set PG_BIN" >&2
        exit 3
    fi
}

psql_server_major() {
    local psql
    psql=$(dirname "$(pg_tool pg_dump)")/psql
    [ -x "$psql" ] || psql=$(command -v psql || true)
    [ -n "$psql" ] || return 0
    "$psql" $(connection) -XAtqc "select current_setting('server_version_num')::int / 10000" 2>/dev/null || true
}
