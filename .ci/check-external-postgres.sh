#!/usr/bin/env bash
# Runs target/stepwise.jar against a separate PostgreSQL server (Debian's package, password
# authentication) named by DATABASE_URL, and checks that the app migrated that server and that no
# embedded server was started.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
JAVA="$(./mvnw --java-home)/bin/java"
JAR="$PWD/target/stepwise.jar"

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [[ -z "$PG_BIN" ]]; then
    log "installing Debian postgresql"
    apt_install postgresql
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
fi
RUN_AS=()
if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres
    RUN_AS=(runuser -u postgres --)
fi

WORK=$(mktemp -d)
chmod 755 "$WORK"
PGDATA="$WORK/cluster"
PG_PORT=$(free_port)
APP_PORT=$(free_port)
PASSWORD="ci-$(date +%s)-$RANDOM"
APP_PID=""
cleanup() {
    [[ -n "$APP_PID" ]] && kill -9 "$APP_PID" 2>/dev/null || true
    "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" stop -m fast >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$PGDATA"
[[ ${#RUN_AS[@]} -gt 0 ]] && chown postgres "$PGDATA" "$WORK"
echo "$PASSWORD" > "$WORK/pw"; chmod 644 "$WORK/pw"
log "starting a separate PostgreSQL ($PG_BIN) on port $PG_PORT with password authentication"
"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$PGDATA" -U stepwise --pwfile="$WORK/pw" --auth=scram-sha-256 -E UTF8 >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PGDATA" -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" -l "$WORK/pg.log" -w start >/dev/null
PGPASSWORD="$PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U stepwise -d postgres -qc "create database stepwise_ci"

log "starting the jar with DATABASE_URL"
(cd "$WORK" && DATABASE_URL="postgres://stepwise:$PASSWORD@127.0.0.1:$PG_PORT/stepwise_ci" exec "$JAVA" -jar "$JAR" \
    --server.port="$APP_PORT" >"$WORK/app.log" 2>&1) &
APP_PID=$!
wait_for_health "$APP_PORT" 120 "$APP_PID" || { tail -n 80 "$WORK/app.log"; fail "the jar did not become healthy on the external database"; }
grep -q "Embedded PostgreSQL ready" "$WORK/app.log" && fail "an embedded PostgreSQL was started although DATABASE_URL was set"
grep -q "$PASSWORD" "$WORK/app.log" && fail "the database password appeared in the log"
TABLES=$(PGPASSWORD="$PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U stepwise -d stepwise_ci -Atc \
    "select count(*) from flyway_schema_history where success; select to_regclass('public.account') is not null")
[[ "$(sed -n 1p <<<"$TABLES")" -ge 1 && "$(sed -n 2p <<<"$TABLES")" == "t" ]] || fail "the external database was not migrated: $TABLES"
log "external PostgreSQL check passed"
