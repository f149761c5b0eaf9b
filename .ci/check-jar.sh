#!/usr/bin/env bash
# Starts target/stepwise.jar from another directory on the embedded database, checks health and
# the home page, kills it with -9, checks that the next start works first time, then stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh
JAVA="$(./mvnw --java-home)/bin/java"
JAR="$PWD/target/stepwise.jar"
WORK=$(mktemp -d)
PORT=$(free_port)
PID=""
cleanup() {
    [[ -n "$PID" ]] && kill -9 "$PID" 2>/dev/null || true
    # the embedded server of a killed app is stopped by the next start; make sure none is left
    pkill -f "$WORK/pgdata" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

start_jar() {
    (cd "$WORK" && exec "$JAVA" -jar "$JAR" --server.port="$PORT" \
        --stepwise.database.embedded.data-dir="$WORK/pgdata" >>"$WORK/app.log" 2>&1) &
    PID=$!
}

log "the run command: workspaces run and graded without the web server"
RUN_OUT=$(cd "$WORK" && "$JAVA" -jar "$JAR" run "$OLDPWD/src/test/resources/grading/remainder.workspace.json" \
    --exercise "$OLDPWD/src/test/resources/grading/days-from-tuesday.json")
grep -q '"outcome":"SUCCESS"' <<<"$RUN_OUT" || fail "run did not grade the remainder solution a success: $RUN_OUT"
grep -q '"passed":true' <<<"$RUN_OUT" || fail "run did not report the remainder solution as passed: $RUN_OUT"
echo '{"blocks":{"blocks":[{"type":"turtle_fly","id":"t1"}]}}' >"$WORK/bad.json"
set +e
RUN_ERR=$(cd "$WORK" && "$JAVA" -jar "$JAR" run bad.json 2>&1 >/dev/null)
RUN_RC=$?
set -e
[[ $RUN_RC -eq 2 ]] || fail "run on a bad workspace exited with $RUN_RC, not 2"
grep -q 'bad.json: block t1' <<<"$RUN_ERR" || fail "run did not name the file and block: $RUN_ERR"
log "the check command: the built-in lessons pass, a broken one fails, without the web server"
CHECK_OUT=$(cd "$WORK" && "$JAVA" -jar "$JAR" check "$OLDPWD/lessons") || fail "check found problems in lessons/: $CHECK_OUT"
grep -Eq 'checked: (it is|all are) fine' <<<"$CHECK_OUT" || fail "check printed no summary: $CHECK_OUT"
set +e
CHECK_OUT=$(cd "$WORK" && "$JAVA" -jar "$JAR" check "$OLDPWD/src/test/resources/lesson-check/broken")
CHECK_RC=$?
set -e
[[ $CHECK_RC -eq 1 ]] || fail "check on broken lessons exited with $CHECK_RC, not 1"
grep -q '^front-matter/lesson.md:5: ' <<<"$CHECK_OUT" || fail "check did not name file and line: $CHECK_OUT"
[[ -d "$WORK/pgdata" ]] && fail "run or check started the embedded database"

log "starting the production jar from $WORK on port $PORT"
start_jar
wait_for_health "$PORT" 120 "$PID" || { tail -n 80 "$WORK/app.log"; fail "the jar did not become healthy"; }
grep -q '"db":{"status":"UP"}' <<<"$(curl -fsS "http://127.0.0.1:$PORT/actuator/health")" || fail "health has no database component"
HOME_PAGE=$(curl -fsS "http://127.0.0.1:$PORT/")
grep -q '<body' <<<"$HOME_PAGE" || fail "/ did not serve the app"
grep -q 'VAADIN/build' <<<"$HOME_PAGE" || fail "/ did not serve the production frontend bundle"
grep -q 'Vaadin is running in DEVELOPMENT mode' "$WORK/app.log" && fail "the jar runs in development mode"
grep -q "Stepwise is ready at http://localhost:$PORT/" "$WORK/app.log" || fail "no start-up line with the URL"
grep -q "Built-in lesson 100-days-from-tuesday stored as version 1" "$WORK/app.log" || fail "the built-in lessons were not loaded from the jar"
FIRST_STORED=$(grep -c "stored as version" "$WORK/app.log")
METRICS=$(curl -fsS "http://127.0.0.1:$PORT/actuator/prometheus")
grep -q '^jvm_memory_used_bytes' <<<"$METRICS" || fail "no Prometheus metrics"

PSQL=$(command -v psql || true)
if [[ -z "$PSQL" ]]; then apt_install postgresql-client; PSQL=$(command -v psql); fi
pg_port() { sed -n 's/.*Embedded PostgreSQL ready in .* (port \([0-9]*\)).*/\1/p' "$WORK/app.log" | tail -n1; }
export PGPASSWORD=""
if PGCONNECT_TIMEOUT=5 "$PSQL" -w -h 127.0.0.1 -p "$(pg_port)" -U postgres -d postgres -Atc "select 1" >/dev/null 2>&1; then
    fail "the embedded PostgreSQL accepted a connection without its password"
fi
PGPASSWORD=$(cat "$WORK/pgdata/stepwise.secret")
log "writing a row through the embedded server (port $(pg_port))"
"$PSQL" -h 127.0.0.1 -p "$(pg_port)" -U postgres -d postgres -qc \
    "create table ci_survivor (note text); insert into ci_survivor values ('written before kill -9')"

log "kill -9, then restart on the same data directory"
kill -9 "$PID"; wait "$PID" 2>/dev/null || true
start_jar
wait_for_health "$PORT" 120 "$PID" || { tail -n 80 "$WORK/app.log"; fail "the restart after kill -9 did not become healthy first time"; }
grep -q "left running on .* by an earlier Stepwise" "$WORK/app.log" || fail "the restart did not meet the orphaned PostgreSQL it should have stopped"
SURVIVOR=$("$PSQL" -h 127.0.0.1 -p "$(pg_port)" -U postgres -d postgres -Atc "select note from ci_survivor")
[[ "$SURVIVOR" == "written before kill -9" ]] || fail "data written before kill -9 is gone (got '$SURVIVOR')"
[[ $(grep -c "stored as version" "$WORK/app.log") -eq "$FIRST_STORED" ]] || fail "unchanged built-in lessons were stored again at the restart"
grep -q "Built-in lessons: .*, 0 stored," "$WORK/app.log" || fail "no line saying the restart stored no lesson"

log "graceful stop"
kill "$PID"
for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
kill -0 "$PID" 2>/dev/null && fail "the jar did not stop on SIGTERM"
PID=""
log "jar check passed"
