#!/usr/bin/env bash
# Drill 4 — one of two nodes (docs/cluster.md) killed during the night's sweep and during job execution.
# (a) node1 sweeps and is killed; node2, whose resumer looks every 5 s, takes the night over by itself once the
#     lease has expired — no operator call.
# (b) a payment file through node2 leaves a release job per paid case; both job executors run them; node1 is
#     killed while they run; node2 picks up node1's locked jobs once their lock expires (20 s here, 5 minutes in
#     production); no job's effect twice.
#   drills/drill4-node-kill.sh [--taxpayers N] [--db NAME] [--port P]   (nodes on P and P+1)
source "$(dirname "$0")/lib.sh"
TAXPAYERS=20000; PCT=10; DBNAME=tainou_drill4; PORT=8193
while [[ $# -gt 0 ]]; do
  case "$1" in
    --taxpayers) TAXPAYERS=$2; shift 2 ;; --db) DBNAME=$2; shift 2 ;; --port) PORT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
log "drill 4: two nodes, one killed during the sweep and during the jobs"
fresh_db "$DBNAME"
NODE_ARGS+=(--collection.sweep.chunk-size=50 --camunda.bpm.job-execution.wait-time-in-millis=200
  --camunda.bpm.job-execution.max-wait=1000)
start_node node1 "$PORT"
start_node node2 $((PORT + 1)) --collection.sweep.resume=true --collection.sweep.resume-every=PT5S
create_manager node1
load_city "$TAXPAYERS" "$PCT"

# (a) the sweep on node1, node1 killed
api POST node1 "/api/sweeps?asOf=$AS_OF" > "$WORK/sweep.txt" 2>&1 &
target=$(( OVERDUE * (10 + RANDOM % 60) / 100 ))
wait_until 900 "(SELECT cases_opened >= $target OR finished_at IS NOT NULL FROM sweep_run WHERE as_of = DATE '$AS_OF')"
kill9 node1
log "node1 killed at $(sweep_row) (cases, finished, lease left s)"
status=$(api GET node2 "/api/sweeps/$AS_OF"); log "node2 sees: $status"
log "waiting for node2's resumer to finish the night (no operator call)"
wait_until 900 "(SELECT finished_at IS NOT NULL FROM sweep_run WHERE as_of = DATE '$AS_OF')" || FAILURES=$((FAILURES + 1))
log "sweep_run: $(psql_q "SELECT 'attempts=' || attempts || ' node=' || node_id || ' run_by=' || run_by || ' failed=' || failed FROM sweep_run WHERE as_of = DATE '$AS_OF'")"
expect "node2 finished it" grep -q "node2" <<< "$(psql_q "SELECT node_id FROM sweep_run WHERE as_of = DATE '$AS_OF'")"
invariants sweep-invariants.sql

# (b) jobs: node1 back, a payment file through node2, node1 killed while both run the release jobs
start_node node1 "$PORT"
payment_file "N$(date +%s)-"
answer=$(api POST node2 /api/imports/payments -F "file=@$PAY_FILE"); log "import → ${answer:0:300}"
wait_until 600 "(SELECT count(*) > 0 FROM act_hi_job_log WHERE hostname_ = 'node1' AND job_state_ = 2)" || true
kill9 node1
log "node1 killed with $(psql_q "SELECT count(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL") jobs locked, $(psql_q "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= localtimestamp)") due"
drain_jobs 900 || FAILURES=$((FAILURES + 1))
log "jobs run per node: $(psql_q "SELECT string_agg(hostname_ || '=' || n, ', ') FROM (SELECT hostname_, count(*) n FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY 1) j")"
expect "no job completed twice" [ "$(psql_q "SELECT count(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY job_id_ HAVING count(*) > 1) d")" == 0 ]
expect "no incident" [ "$(psql_q "SELECT count(*) FROM act_ru_incident")" == 0 ]
invariants payment-invariants.sql -v prefix="$PAY_PREFIX" -v lines="$PAY_LINES"
invariants sweep-invariants.sql
verdict "drill 4 (one of two nodes killed during the sweep and the jobs)"
