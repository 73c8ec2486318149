#!/usr/bin/env bash
# Restores a province backed up by backup-province.sh into the database the connection names (see there), which must
# not hold that province's schema yet (a fresh database, or one where it was dropped): nothing is merged or overwritten.
#   deploy/backup/restore-province.sh <file.dump>
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ $# -eq 1 ] || { echo "usage: $0 <file.dump>" >&2; exit 2; }
file=$1
require_matching_client pg_restore
"$(pg_tool pg_restore)" --dbname="$(database_name)" --no-owner --no-privileges --exit-on-error \
    --single-transaction "$file"
echo "Restored ${file} into database $(database_name)"
