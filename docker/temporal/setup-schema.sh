#!/bin/sh
# Temporal's own databases on the compose PostgreSQL, the way Temporal documents it for its server image
# (temporalio/samples-server, compose/): creates temporal and temporal_visibility and applies every schema version
# this admin-tools image ships. Safe to run again on a kept volume: existing databases stay, and only versions newer
# than the stored one are applied.
set -eu

: "${POSTGRES_SEEDS:?POSTGRES_SEEDS names the PostgreSQL host}"
: "${POSTGRES_USER:?POSTGRES_USER names Temporal's database user}"
: "${SQL_PASSWORD:?SQL_PASSWORD is that user's password}"
PORT=${DB_PORT:-5432}
SCHEMAS=/etc/temporal/schema/postgresql/v12

sql_tool() {
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$PORT" -u "$POSTGRES_USER" "$@"
}

echo "waiting for PostgreSQL at $POSTGRES_SEEDS:$PORT"
until nc -z "$POSTGRES_SEEDS" "$PORT"; do sleep 1; done

for database in temporal:temporal temporal_visibility:visibility; do
  name=${database%%:*}
  schema=${database#*:}
  sql_tool --db "$name" create
  sql_tool --db "$name" setup-schema -v 0.0
  sql_tool --db "$name" update-schema -d "$SCHEMAS/$schema/versioned"
done
echo "Temporal's schemas are up to date"
