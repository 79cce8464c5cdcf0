#!/usr/bin/env bash
# Shared pieces of the fault drills (drills/README.md). Sourced by each drill; reuses bench/run's recipe: the
# production jar (profile prod,bench), a fresh PostgreSQL database, the synthetic city of bench/city.sql.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# lease columns hold Tokyo wall-clock time: psql sessions read the clock in the same zone
export PGTZ=Asia/Tokyo
PW="Drill-Kanri-2026x"   # the password policy: ≥ 12 characters, upper and lower case, digit, symbol
JAVA_OPTS="${DRILL_JAVA_OPTS:--Xms256m -Xmx448m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=80m -XX:MaxMetaspaceSize=192m -Xss512k} -Duser.timezone=Asia/Tokyo"
KEY=$(head -c 32 /dev/urandom | base64)
AS_OF=$(TZ=Asia/Tokyo date +%F)
WORK=drills/work-$(date +%Y%m%d-%H%M%S)-$$
mkdir -p "$WORK"
# what every drill node runs with: a short lease (a killed node's run is recognised 10 s after its last
# heartbeat; production: 60 s), jobs a dead node locked come back after 20 s (production: 5 minutes)
LEASE=${DRILL_LEASE:-PT10S}
NODE_ARGS=(--collection.print-batch.enabled=false --collection.run-lease="$LEASE"
  --camunda.bpm.job-execution.lock-time-in-millis=20000)

log() { echo "[drill $(date +%T)] $*"; }
# PostgreSQL may be shared (test suites hold connections; drill 3 restarts it): retry a client for a minute
pg() {
  local err="$WORK/pg-err.$BASHPID" i
  for i in $(seq 1 60); do
    if "$@" 2> "$err"; then rm -f "$err"; return 0; fi
    grep -q "too many clients\|could not connect\|connection to server\|starting up\|shutting down" "$err" \
      || { cat "$err" >&2; rm -f "$err"; return 1; }
    sleep 1
  done
  cat "$err" >&2; rm -f "$err"; return 1
}
psql_q() { pg psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

jar() {
  if [[ -z ${JAR:-} ]]; then
    JAR=$(ls target/tainou-seiri-*.jar 2>/dev/null | grep -v original | head -1 || true)
    if [[ -z $JAR || ${DRILL_BUILD:-0} == 1 ]]; then
      log "building the jar (mvn -q -B -o package -DskipTests)"
      mvn -q -B -o package -DskipTests
      JAR=$(ls target/tainou-seiri-*.jar | grep -v original | head -1)
    fi
  fi
  echo "$JAR"
}

fresh_db() { # name
  DB=$1
  log "fresh database $DB"
  pg dropdb --if-exists "$DB"
  pg createdb "$DB"
}

declare -A PIDS PORTS
start_node() { # name port [spring arguments...]
  local name=$1 port=$2; shift 2
  local jarfile; jarfile=$(jar)
  SPRING_PROFILES_ACTIVE=prod,bench DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER="$PGUSER" DB_PASSWORD="" \
    ADMIN_PASSWORD="$PW" COLLECTION_MY_NUMBER_KEY="$KEY" \
    java $JAVA_OPTS -jar "$jarfile" --server.port="$port" \
    --camunda.bpm.generic-properties.properties.hostname="$name" "${NODE_ARGS[@]}" "$@" >> "$WORK/$name.log" 2>&1 &
  PIDS[$name]=$!; PORTS[$name]=$port
  local t0=$SECONDS
  until curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; do
    kill -0 "${PIDS[$name]}" 2>/dev/null || { tail -40 "$WORK/$name.log"; echo "$name did not start ($WORK/$name.log)" >&2; exit 1; }
    sleep 0.5
  done
  log "$name up on :$port after $((SECONDS - t0)) s (pid ${PIDS[$name]})"
}
kill9() { # name
  kill -9 "${PIDS[$1]}" 2>/dev/null || true
  wait "${PIDS[$1]}" 2>/dev/null || true
  log "$1 killed (kill -9, pid ${PIDS[$1]})"
  unset "PIDS[$1]"
}
stop_all() {
  local n
  for n in "${!PIDS[@]}"; do kill "${PIDS[$n]}" 2>/dev/null || true; done
  for n in "${!PIDS[@]}"; do wait "${PIDS[$n]}" 2>/dev/null || true; done
}
trap stop_all EXIT
url() { echo "http://127.0.0.1:${PORTS[$1]}$2"; }
# the manager who runs the sweep and the imports (created once per database, through the engine REST API)
create_manager() { # node
  curl -sf -u "admin:$PW" -H 'Content-Type: application/json' -X POST "$(url "$1" /engine-rest/user/create)" \
    -d "{\"profile\":{\"id\":\"sato\",\"firstName\":\"次郎\",\"lastName\":\"佐藤\",\"email\":\"sato@example.lg.jp\"},\"credentials\":{\"password\":\"$PW\"}}"
  curl -sf -u "admin:$PW" -X PUT "$(url "$1" /engine-rest/group/managers/members/sato)"
  # production's admin is Camunda's administrator only; the drills also read /api/audit as the product's admin
  curl -sf -u "admin:$PW" -X PUT "$(url "$1" /engine-rest/group/admins/members/admin)"
}
api() { # method node path [curl args...]: prints "HTTP-code body"
  local method=$1 node=$2 path=$3; shift 3
  curl -s -m 900 -w '\n%{http_code}' -u "sato:$PW" -X "$method" "$(url "$node" "$path")" "$@" \
    | { body=$(cat); printf '%s %s\n' "${body##*$'\n'}" "${body%$'\n'*}"; }
}

load_city() { # taxpayers overdue-pct
  log "loading the city: $1 taxpayers, $2 % overdue as of $AS_OF (bench/city.sql)"
  pg psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -v taxpayers="$1" -v overdue_pct="$2" -v as_of="$AS_OF" -v warmup=0 \
    -f bench/city.sql
  OVERDUE=$(psql_q "SELECT count(*) FROM tax_bill WHERE status = 'OPEN' AND due_date < DATE '$AS_OF'")
  log "$OVERDUE overdue bills"
}

# A payment file paying every open installment of this year in full (bench/run's file); sets PAY_FILE, PAY_LINES
payment_file() { # record-id prefix [limit]
  PAY_PREFIX=$1
  PAY_FILE="$WORK/${PAY_PREFIX}payments.csv"
  {
    printf '収納レコード番号,通知書番号,期別,賦課年度,税目コード,納付日,金額,収納チャネル\r\n'
    pg psql -X -q -d "$DB" -c "COPY (SELECT '$PAY_PREFIX' || id, notice_no, installment_no, fiscal_year, tax_item,
        DATE '$AS_OF', principal, (ARRAY['BANK','CVS','MPN','DIRECT_DEBIT'])[1 + id % 4]
        FROM tax_bill WHERE status = 'OPEN' ORDER BY id ${2:+LIMIT $2}) TO STDOUT WITH (FORMAT csv)"
  } > "$PAY_FILE"
  PAY_LINES=$(( $(wc -l < "$PAY_FILE") - 1 ))
  log "payment file $PAY_FILE: $PAY_LINES lines"
}

# sweep_state: "<cases opened (row)> <finished?> <lease left in s>"
sweep_row() {
  psql_q "SELECT cases_opened || ' ' || (finished_at IS NOT NULL) || ' ' || coalesce(round(extract(epoch FROM lease_until - localtimestamp)), -1)
          FROM sweep_run WHERE as_of = DATE '$AS_OF'"
}
wait_until() { # seconds sql-condition (true when the query prints t)
  local deadline=$((SECONDS + $1))
  until [[ $(psql_q "SELECT ($2)") == t ]]; do
    [[ $SECONDS -lt $deadline ]] || return 1
    sleep 0.1
  done
}
# async work left (the release jobs after payments) drains before the invariants are read
drain_jobs() { # seconds
  local deadline=$((SECONDS + ${1:-300}))
  while [[ $(psql_q "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= localtimestamp)") != 0 ]]; do
    [[ $SECONDS -lt $deadline ]] || { log "jobs still left after ${1:-300} s"; return 1; }
    sleep 1
  done
}

VIOLATIONS=0
invariants() { # file [psql -v assignments...]
  local file=$1; shift
  local out; out=$(pg psql -X -q -t -A -F ' | ' -v ON_ERROR_STOP=1 -d "$DB" -v as_of="$AS_OF" "$@" -f "drills/$file")
  echo "$out" | sed 's/^/  invariant: /'
  local bad; bad=$(echo "$out" | awk -F' [|] ' '$2 != 0 { n++ } END { print n + 0 }')
  VIOLATIONS=$((VIOLATIONS + bad))
}
verdict() { # drill name
  if [[ $VIOLATIONS == 0 && ${FAILURES:-0} == 0 ]]; then echo "VERDICT $1: PASS"; else
    echo "VERDICT $1: FAIL ($VIOLATIONS invariants violated, ${FAILURES:-0} checks failed; logs in $WORK)"; exit 1; fi
}
FAILURES=0
expect() { # description condition...
  local what=$1; shift
  if "$@"; then log "ok: $what"; else log "NOT OK: $what"; FAILURES=$((FAILURES + 1)); fi
}
