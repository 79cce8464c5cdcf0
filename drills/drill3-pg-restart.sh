#!/usr/bin/env bash
# Drill 3 — PostgreSQL restarted during a sweep and during a payment file
# (pg_ctlcluster --skip-systemctl-redirect 15 main restart). The application survives (health UP, the pool
# reconnects); the interrupted sweep waits for the database and goes on (or answers 503 and is taken over by the
# same call); the interrupted import ends FAILED (or INTERRUPTED) and the same file sent again completes it.
#
# WARNING: this restarts the machine's PostgreSQL: every other connection is cut (other helpers' test suites,
# benchmarks). Run it alone, once, when nothing else uses PostgreSQL.
#   drills/drill3-pg-restart.sh [--taxpayers N] [--cluster "15 main"] [--db NAME] [--port P]
source "$(dirname "$0")/lib.sh"
TAXPAYERS=20000; PCT=10; CLUSTER="15 main"; DBNAME=tainou_drill3; PORT=8192
while [[ $# -gt 0 ]]; do
  case "$1" in
    --taxpayers) TAXPAYERS=$2; shift 2 ;; --cluster) CLUSTER=$2; shift 2 ;;
    --db) DBNAME=$2; shift 2 ;; --port) PORT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
restart_pg() {
  log "restarting PostgreSQL ($CLUSTER)"
  # shellcheck disable=SC2086
  pg_ctlcluster --skip-systemctl-redirect $CLUSTER restart
  until pg_isready -h "$PGHOST" -p "$PGPORT" -q; do sleep 0.2; done
  log "PostgreSQL is back"
}
log "drill 3: PostgreSQL restarted during the sweep and during a payment file"
fresh_db "$DBNAME"
NODE_ARGS+=(--collection.sweep.chunk-size=50)
start_node node1 "$PORT"
create_manager node1
load_city "$TAXPAYERS" "$PCT"

# (a) the sweep
api POST node1 "/api/sweeps?asOf=$AS_OF" > "$WORK/sweep.txt" 2>&1 &
CALL=$!
target=$(( OVERDUE * (10 + RANDOM % 60) / 100 ))
wait_until 900 "(SELECT cases_opened >= $target OR finished_at IS NOT NULL FROM sweep_run WHERE as_of = DATE '$AS_OF')"
restart_pg
wait "$CALL" || true
first=$(cat "$WORK/sweep.txt")
log "the sweep call that lived through the restart answered: ${first:0:400}"
expect "no HTTP 500" [ "${first%% *}" != 500 ]
expect "health stays UP" curl -sf "$(url node1 /actuator/health)" -o /dev/null
if ! grep -q '"running":false,"failed":0' <<< "$first"; then
  wait_until 120 "NOT EXISTS (SELECT 1 FROM sweep_run WHERE as_of = DATE '$AS_OF' AND finished_at IS NULL AND lease_until > localtimestamp)" || true
  again=$(api POST node1 "/api/sweeps?asOf=$AS_OF"); log "the same call again → $again"
  expect "the re-call finishes it" grep -q '"running":false,"failed":0' <<< "$again"
fi
invariants sweep-invariants.sql

# (b) a payment file
payment_file "P$(date +%s)-"
NAME=$(basename "$PAY_FILE")
api POST node1 /api/imports/payments -F "file=@$PAY_FILE" > "$WORK/import.txt" 2>&1 &
CALL=$!
wait_until 900 "(SELECT lines_done >= 1000 OR status <> 'RUNNING' FROM import_run WHERE file_name = '$NAME')"
restart_pg
wait "$CALL" || true
first=$(cat "$WORK/import.txt")
log "the import call that lived through the restart answered: ${first:0:400}"
expect "no HTTP 500" [ "${first%% *}" != 500 ]
expect "nothing of it written" [ "$(psql_q "SELECT count(*) FROM payment WHERE record_id LIKE '$PAY_PREFIX%'")" == 0 ]
wait_until 120 "NOT EXISTS (SELECT 1 FROM import_run WHERE file_name = '$NAME' AND status = 'RUNNING' AND lease_until > localtimestamp)" || true
again=$(api POST node1 /api/imports/payments -F "file=@$PAY_FILE"); log "the same file again → ${again:0:400}"
expect "the resend completes it" grep -q '"status":"DONE"' <<< "$again"
drain_jobs 600 || FAILURES=$((FAILURES + 1))
invariants payment-invariants.sql -v prefix="$PAY_PREFIX" -v lines="$PAY_LINES"
invariants sweep-invariants.sql
expect "health still UP" curl -sf "$(url node1 /actuator/health)" -o /dev/null
verdict "drill 3 (PostgreSQL restarted during the sweep and during a $PAY_LINES-line payment file)"
