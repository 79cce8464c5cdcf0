#!/usr/bin/env bash
# Drill 2 — kill -9 during a large payment file (100 000 lines by default); after the restart the run reads
# INTERRUPTED (nothing written, 0 lines done) and the same file sent again runs it again and completes it: exactly
# the state of one clean import (drills/payment-invariants.sql), the night's cases still whole.
#   drills/drill2-import-kill.sh [--taxpayers N] [--overdue-pct P] [--kills K] [--db NAME] [--port P]
source "$(dirname "$0")/lib.sh"
TAXPAYERS=100000; PCT=10; KILLS=1; DBNAME=tainou_drill2; PORT=8191
while [[ $# -gt 0 ]]; do
  case "$1" in
    --taxpayers) TAXPAYERS=$2; shift 2 ;; --overdue-pct) PCT=$2; shift 2 ;; --kills) KILLS=$2; shift 2 ;;
    --db) DBNAME=$2; shift 2 ;; --port) PORT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
log "drill 2: kill -9 during a payment file, $KILLS times (lease $LEASE)"
fresh_db "$DBNAME"
start_node node1 "$PORT"
create_manager node1
load_city "$TAXPAYERS" "$PCT"
log "the night's sweep first (so that ${PCT} % of the lines pay a delinquency case)"
answer=$(api POST node1 "/api/sweeps?asOf=$AS_OF"); log "sweep → ${answer:0:200}"
payment_file "D$(date +%s)-"
NAME=$(basename "$PAY_FILE")
for k in $(seq 1 "$KILLS"); do
  wait_until 120 "NOT EXISTS (SELECT 1 FROM import_run WHERE file_name = '$NAME' AND status = 'RUNNING' AND lease_until > localtimestamp)" || true
  target=$(( 1000 * (1 + RANDOM % (PAY_LINES / 1000 > 1 ? PAY_LINES / 1000 - 1 : 1)) ))
  log "round $k: POST /api/imports/payments ($PAY_LINES lines), kill -9 at line $target of the write"
  api POST node1 /api/imports/payments -F "file=@$PAY_FILE" > "$WORK/import-$k.txt" 2>&1 &
  if ! wait_until 1800 "(SELECT lines_done >= $target OR status <> 'RUNNING' FROM import_run WHERE file_name = '$NAME')"; then
    log "no progress to line $target"; FAILURES=$((FAILURES + 1)); break
  fi
  kill9 node1
  log "round $k: killed; import_run: $(psql_q "SELECT status || ' lines_done=' || lines_done || ' node=' || node_id FROM import_run WHERE file_name = '$NAME'")"
  expect "nothing of the killed run is written" [ "$(psql_q "SELECT count(*) FROM payment WHERE record_id LIKE '$PAY_PREFIX%'")" == 0 ]
  ID=$(psql_q "SELECT id FROM import_run WHERE file_name = '$NAME'")
  start_node node1 "$PORT"
  wait_until 120 "NOT EXISTS (SELECT 1 FROM import_run WHERE id = $ID AND lease_until > localtimestamp)" || true
  status=$(api GET node1 "/api/imports/$ID")
  log "round $k: after restart GET /api/imports/$ID → $status"
  expect "the dead run reads INTERRUPTED with 0 lines done" grep -q '"status":"INTERRUPTED".*"linesDone":0' <<< "$status"
done
t0=$SECONDS
answer=$(api POST node1 /api/imports/payments -F "file=@$PAY_FILE")
log "the same file again → $answer ($((SECONDS - t0)) s)"
expect "it answers 200 DONE with every line done" grep -q "\"status\":\"DONE\".*\"linesDone\":$PAY_LINES" <<< "$answer"
expect "finishedAt is when the writes ended, not when they started" \
  [ "$(psql_q "SELECT extract(epoch FROM finished_at - started_at) >= $((SECONDS - t0)) * 0.5 FROM import_run WHERE file_name = '$NAME'")" == t ]
log "waiting for the cases' jobs (release on payment in full) to drain"
drain_jobs 900 || FAILURES=$((FAILURES + 1))
invariants payment-invariants.sql -v prefix="$PAY_PREFIX" -v lines="$PAY_LINES"
invariants sweep-invariants.sql
verdict "drill 2 (kill -9 during a $PAY_LINES-line payment file, $KILLS kills)"
