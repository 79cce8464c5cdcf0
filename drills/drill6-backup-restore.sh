#!/usr/bin/env bash
# Drill 6 — backup and restore: pg_dump while the night's sweep is writing, restore into a fresh database, start
# the application on it: the operation log's chain verifies (GET /api/audit/verify), the sweep that was half-way
# in the dump is recognised as interrupted and the same call finishes it, a payment file is applied — cases go on.
#   drills/drill6-backup-restore.sh [--taxpayers N] [--db NAME] [--port P]
source "$(dirname "$0")/lib.sh"
TAXPAYERS=20000; PCT=10; DBNAME=tainou_drill6; PORT=8195
while [[ $# -gt 0 ]]; do
  case "$1" in
    --taxpayers) TAXPAYERS=$2; shift 2 ;; --db) DBNAME=$2; shift 2 ;; --port) PORT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
log "drill 6: pg_dump under load, restore, start on the copy"
fresh_db "$DBNAME"
NODE_ARGS+=(--collection.sweep.chunk-size=50)
start_node node1 "$PORT"
create_manager node1
load_city "$TAXPAYERS" "$PCT"
api POST node1 "/api/sweeps?asOf=$AS_OF" > "$WORK/sweep.txt" 2>&1 &
CALL=$!
wait_until 900 "(SELECT cases_opened >= $((OVERDUE / 4)) OR finished_at IS NOT NULL FROM sweep_run WHERE as_of = DATE '$AS_OF')"
log "pg_dump while the sweep writes (at $(sweep_row))"
pg pg_dump -Fc -d "$DBNAME" -f "$WORK/backup.dump"
log "dump: $(du -h "$WORK/backup.dump" | cut -f1); the sweep goes on on the original: $(sweep_row)"
wait "$CALL" || true
kill9 node1   # the original server is lost
RESTORED=${DBNAME}_restored
fresh_db "$RESTORED"
pg pg_restore -d "$RESTORED" "$WORK/backup.dump"
log "restored into $RESTORED: $(psql_q "SELECT count(*) FROM delinquency_case") cases, sweep_run: $(sweep_row)"
start_node node2 $((PORT + 1))
verify=$(curl -s -u "admin:$PW" "$(url node2 /api/audit/verify)"); log "GET /api/audit/verify → $verify"
expect "the operation log's chain verifies" grep -q '"intact":true' <<< "$verify"
wait_until 120 "NOT EXISTS (SELECT 1 FROM sweep_run WHERE as_of = DATE '$AS_OF' AND finished_at IS NULL AND lease_until > localtimestamp)" || true
answer=$(api POST node2 "/api/sweeps?asOf=$AS_OF"); log "the same sweep on the restored copy → $answer"
expect "it finishes the night" grep -q '"running":false,"failed":0' <<< "$answer"
invariants sweep-invariants.sql
payment_file "R$(date +%s)-" 5000
answer=$(api POST node2 /api/imports/payments -F "file=@$PAY_FILE"); log "a payment file → ${answer:0:300}"
drain_jobs 600 || FAILURES=$((FAILURES + 1))
invariants payment-invariants.sql -v prefix="$PAY_PREFIX" -v lines="$PAY_LINES"
verify=$(curl -s -u "admin:$PW" "$(url node2 /api/audit/verify)"); log "GET /api/audit/verify → $verify"
expect "the chain still verifies after the work on the copy" grep -q '"intact":true' <<< "$verify"
verdict "drill 6 (pg_dump under load, restore, cases continue, operation log verifies)"
