#!/usr/bin/env bash
# Drill 5 — a failing step raises an incident visible in Cockpit, and retrying after the cause is resolved
# completes it. The fault: the document store refuses every 催告書 (a PostgreSQL trigger on table document stands
# in for a broken renderer or a full disk), so 催告書発送 (Task_SendReminderLetter, asyncBefore, retries R3/PT10M)
# fails; its retries are brought forward (the drill does not wait 3 × 10 minutes) until none is left and an
# incident stands — what Cockpit lists (GET /engine-rest/incident). Then the trigger is dropped (the cause
# resolved) and the jobs are given a retry (PUT /engine-rest/job/{id}/retries, Cockpit's "Retry"): every case gets
# its one 催告書 and goes on to the phone reminder.
#   drills/drill5-incident.sh [--taxpayers N] [--db NAME] [--port P]
source "$(dirname "$0")/lib.sh"
TAXPAYERS=100; PCT=10; DBNAME=tainou_drill5; PORT=8194
while [[ $# -gt 0 ]]; do
  case "$1" in
    --taxpayers) TAXPAYERS=$2; shift 2 ;; --db) DBNAME=$2; shift 2 ;; --port) PORT=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
log "drill 5: a failing step, its incident, its retry"
fresh_db "$DBNAME"
start_node node1 "$PORT"
create_manager node1
load_city "$TAXPAYERS" "$PCT"
answer=$(api POST node1 "/api/sweeps?asOf=$AS_OF"); log "sweep → ${answer:0:200}"
invariants sweep-invariants.sql
CASES=$(psql_q "SELECT count(*) FROM delinquency_case")
psql_q "CREATE FUNCTION drill_fault() RETURNS trigger LANGUAGE plpgsql AS \$\$ BEGIN
          IF NEW.kind = 'REMINDER_LETTER' THEN RAISE EXCEPTION 'drill 5: the document store refuses the 催告書'; END IF;
          RETURN NEW; END \$\$;
        CREATE TRIGGER drill_fault BEFORE INSERT ON document FOR EACH ROW EXECUTE FUNCTION drill_fault();"
log "fault installed; the seizure-eligibility timers of the $CASES cases brought forward to now"
psql_q "UPDATE act_ru_job SET duedate_ = localtimestamp - interval '1 second' WHERE handler_type_ LIKE 'timer%'
          AND job_def_id_ IN (SELECT id_ FROM act_ru_jobdef WHERE act_id_ = 'Event_SeizureEligible')" > /dev/null
letters="(SELECT id_ FROM act_ru_jobdef WHERE act_id_ = 'Task_SendReminderLetter')"
for i in $(seq 1 120); do
  left=$(psql_q "SELECT count(*) FROM act_ru_job WHERE job_def_id_ IN $letters AND retries_ > 0")
  # the failed job's own incident (the case process above it shows one too, pointing to it: root_cause_incident_id_)
  incidents=$(psql_q "SELECT count(*) FROM act_ru_incident WHERE incident_type_ = 'failedJob' AND activity_id_ = 'Task_SendReminderLetter'")
  [[ $incidents == "$CASES" ]] && break
  # the retry cycle is 10 minutes: bring each failed job's next try forward
  psql_q "UPDATE act_ru_job SET duedate_ = localtimestamp WHERE job_def_id_ IN $letters AND exception_msg_ IS NOT NULL
            AND retries_ > 0" > /dev/null
  sleep 1
done
log "incidents: $incidents of $CASES cases (retries left on letter jobs: $left)"
cockpit=$(curl -s -u "admin:$PW" "$(url node1 '/engine-rest/incident/count?incidentType=failedJob&activityId=Task_SendReminderLetter')")
log "GET /engine-rest/incident/count?incidentType=failedJob&activityId=Task_SendReminderLetter (what Cockpit lists) → $cockpit"
expect "one incident per case at 催告書発送, as Cockpit shows them" grep -q "\"count\":$CASES" <<< "$cockpit"
msg=$(curl -s -u "admin:$PW" "$(url node1 '/engine-rest/incident?incidentType=failedJob&activityId=Task_SendReminderLetter&maxResults=1')")
log "an incident: ${msg:0:400}"
job=$(psql_q "SELECT id_ FROM act_ru_job WHERE job_def_id_ IN $letters AND retries_ = 0 LIMIT 1")
trace=$(curl -s -u "admin:$PW" "$(url node1 "/engine-rest/job/$job/stacktrace")")
log "its job's stack trace (Cockpit: the incident's message): $(grep -o 'ERROR: drill 5[^"]*' <<< "$trace" | head -1)"
expect "the stack trace names the cause" grep -q "document store refuses" <<< "$trace"
expect "no retries left on any letter job (R3 spent)" [ "$(psql_q "SELECT count(*) FROM act_ru_job WHERE job_def_id_ IN $letters AND retries_ > 0")" == 0 ]
expect "no 催告書 was stored while failing" [ "$(psql_q "SELECT count(*) FROM document WHERE kind = 'REMINDER_LETTER'")" == 0 ]

psql_q "DROP TRIGGER drill_fault ON document; DROP FUNCTION drill_fault();"
log "cause resolved (trigger dropped); retrying each failed job through the REST API (Cockpit's Retry)"
for job in $(psql_q "SELECT id_ FROM act_ru_job WHERE job_def_id_ IN $letters AND retries_ = 0"); do
  curl -sf -u "admin:$PW" -H 'Content-Type: application/json' -X PUT "$(url node1 "/engine-rest/job/$job/retries")" \
    -d '{"retries":1}' || FAILURES=$((FAILURES + 1))
  # the job keeps the due date of its last failure (+10 minutes): due now, as an operator sets it in Cockpit
  curl -sf -u "admin:$PW" -H 'Content-Type: application/json' -X PUT "$(url node1 "/engine-rest/job/$job/duedate")" \
    -d "{\"duedate\":\"$(TZ=Asia/Tokyo date +%Y-%m-%dT%H:%M:%S.000%z)\"}" || FAILURES=$((FAILURES + 1))
done
wait_until 300 "(SELECT count(*) = 0 FROM act_ru_job WHERE job_def_id_ IN $letters)" || FAILURES=$((FAILURES + 1))
drain_jobs 300 || FAILURES=$((FAILURES + 1))
expect "no incident left" [ "$(psql_q "SELECT count(*) FROM act_ru_incident")" == 0 ]
expect "one 催告書 per case" [ "$(psql_q "SELECT count(*) FROM delinquency_case c WHERE (SELECT count(*) FROM document d WHERE d.case_id = c.case_id AND d.kind = 'REMINDER_LETTER') <> 1")" == 0 ]
expect "every case at the phone reminder" [ "$(psql_q "SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'Task_PhoneReminder'")" == "$CASES" ]
invariants sweep-invariants.sql
verdict "drill 5 (a failing step: $CASES incidents, resolved by retry)"
