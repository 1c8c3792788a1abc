#!/usr/bin/env bash
# Two production instances on one PostgreSQL behind HAProxy (round robin), checked for real (docs/operations.md,
# "Several instances"):
#   1. both start together on an empty database: one Flyway migration, one bootstrap admin, one pin per questionnaire;
#   2. a web sign-in whose form comes from one instance and is posted to the other; the session then opens pages on
#      both instances (directly and through the proxy), a signed-in form (sign-out) crosses instances too;
#   3. answers written through the proxy by concurrent writers (invitation bearers, per-answer revisions, several
#      writers per diagnostic), every acknowledged (2xx) write read back through BOTH instances;
#   4. one instance killed (kill -9) while the writers run: the proxy fails over, every acknowledged write is in the
#      database afterwards; requests that failed during the switch are counted (not acknowledged: not lost).
# Prints PASS/FAIL lines and exits non-zero on any failure. Stops whatever it started and drops its database
# (KEEP=1 keeps the database and the work folder; a failed run keeps the work folder).
#
#   deploy/two-instances.sh                     uses target/quarkus-app (BUILD=1: runs ./mvnw package if missing)
#
# Needs bash, curl, jq, psql/createdb/dropdb (PostgreSQL client) and haproxy (installed with apt-get when missing:
# as root, or through sudo). Env (all optional):
#   ODM_APP_DIR     the packaged application (default: target/quarkus-app of this repository)
#   ODM_TWO_DB      the database it creates and drops (default odm_two_instances; dropped first if it exists)
#   DB_HOST, DB_PORT, DB_USER, DB_PASSWORD      PostgreSQL (default 127.0.0.1, 5432, postgres, none)
#   PORT_BASE       the proxy listens on PORT_BASE, the instances on PORT_BASE+1 and PORT_BASE+2, the proxy's
#                   statistics on PORT_BASE+3 (default: the first of 18290, 18300, … 18390 whose four ports are free)
#   WRITERS         concurrent writers (default 8: 4 per diagnostic, each on its own question)
#   WRITE_SECONDS   length of the write phase before the kill (default 4)
#   KILL_AFTER      seconds into the second write phase when instance b is killed (default 2)
#   AFTER_KILL      seconds the writers go on after the kill (default 4)
#   OUT             work folder: logs, acknowledgements, the proxy's configuration (default target/two-instances-<time>)
#   START_TIMEOUT   seconds the instances may take to get ready (default 180: two JVMs starting at once on busy cores)
#   KEEP=1          keep the database and the work folder
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
APP_DIR=${ODM_APP_DIR:-$ROOT/target/quarkus-app}
DB=${ODM_TWO_DB:-odm_two_instances}
DB_HOST=${DB_HOST:-127.0.0.1}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-postgres}
export PGPASSWORD=${DB_PASSWORD:-}
in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${PORT_BASE:-}" ]; then
  for base in $(seq 18290 10 18390); do
    in_use $base || in_use $((base + 1)) || in_use $((base + 2)) || in_use $((base + 3)) || { PORT_BASE=$base; break; }
  done
  PORT_BASE=${PORT_BASE:-18290}
fi
PROXY_PORT=$PORT_BASE
PORT_A=$((PORT_BASE + 1))
PORT_B=$((PORT_BASE + 2))
STATS_PORT=$((PORT_BASE + 3))
WRITERS=${WRITERS:-8}
WRITE_SECONDS=${WRITE_SECONDS:-4}
KILL_AFTER=${KILL_AFTER:-2}
AFTER_KILL=${AFTER_KILL:-4}
OUT=${OUT:-$ROOT/target/two-instances-$(date -u +%Y%m%dT%H%M%SZ)}
PROXY=http://127.0.0.1:$PROXY_PORT
A=http://127.0.0.1:$PORT_A
B=http://127.0.0.1:$PORT_B
ADMIN_EMAIL=admin@two-instances.test
ADMIN_PASSWORD=two-instances-$RANDOM$RANDOM-admin
ADMIN="$ADMIN_EMAIL:$ADMIN_PASSWORD"
JSON='Content-Type: application/json'
T0=$(date +%s.%N)

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { # description, then a command: PASS when it succeeds
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
elapsed() { awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
step() { echo "[$(elapsed) s] $*"; }
die() { echo "FAIL $*"; exit 1; }

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# ------------------------------------------------------------------------------------------------------ prerequisites
for tool in curl jq psql createdb dropdb; do
  command -v $tool >/dev/null || die "$tool is missing (Debian: apt-get install curl jq postgresql-client)"
done
if ! command -v haproxy >/dev/null; then
  step "installing haproxy (apt-get)"
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo --preserve-env=DEBIAN_FRONTEND)
  export DEBIAN_FRONTEND=noninteractive
  { "${as_root[@]}" apt-get update -qq && "${as_root[@]}" apt-get install -y -qq haproxy; } >"$OUT/apt.log" 2>&1 \
      || die "could not install haproxy (see $OUT/apt.log)"
fi
if [ ! -f "$APP_DIR/quarkus-run.jar" ]; then
  [ "${BUILD:-0}" = 1 ] || die "no $APP_DIR/quarkus-run.jar: build it with ./mvnw package -DskipTests (or run with BUILD=1)"
  step "building the application (./mvnw package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests) >"$OUT/build.log" 2>&1 || die "the build failed (see $OUT/build.log)"
fi
for port in $PROXY_PORT $PORT_A $PORT_B $STATS_PORT; do
  if in_use "$port"; then die "port $port is in use (set PORT_BASE)"; fi
done

# ---------------------------------------------------------------------------------------------------------- clean-up
PID_A="" PID_B="" PID_PROXY="" WRITER_PIDS=()
cleanup() {
  local status=$?
  touch "$OUT/stop" 2>/dev/null
  for pid in "${WRITER_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in $PID_A $PID_B $PID_PROXY; do kill -TERM "$pid" 2>/dev/null; done
  for pid in $PID_A $PID_B $PID_PROXY; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    # still there after 10 s (only then: a pid that ended may be another process's by now)
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  done
  wait 2>/dev/null
  if [ "${KEEP:-0}" = 1 ]; then
    echo "kept: database $DB, work folder $OUT"
  else
    dropdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB" 2>/dev/null
    # the work folder (logs) stays after a failure
    [ "$status" != 0 ] || rm -rf "$OUT"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_db() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB" -qtAX -v ON_ERROR_STOP=1 -c "$1"; }

# ------------------------------------------------------------------------------------------- 1. start both together
dropdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" --if-exists "$DB" 2>/dev/null || die "cannot drop the old database $DB"
createdb -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$DB" || die "cannot create the database $DB"
CSRF_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n' | head -c 48)

start_instance() { # name port: starts it in the background (deploy/od-maturity execs the JVM: $! is the JVM)
  env QUARKUS_HTTP_PORT="$2" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB" \
      QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
      ODM_PUBLIC_BASE_URL="$PROXY" ODM_WEB_CSRF_SECRET="$CSRF_SECRET" ODM_WEB_SECURE_COOKIES=false \
      ODM_WEB_HSTS_MAX_AGE=PT0S ODM_BOOTSTRAP_ADMIN_EMAIL="$ADMIN_EMAIL" ODM_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
      ODM_QUESTIONNAIRES_DIR="$ROOT/questionnaires" ODM_APP_DIR="$APP_DIR" \
      "$HERE/od-maturity" >"$OUT/$1.log" 2>&1 &
}
step "starting instances a (:$PORT_A) and b (:$PORT_B) together on the empty database $DB"
start_instance a $PORT_A; PID_A=$!
start_instance b $PORT_B; PID_B=$!

cat >"$OUT/haproxy.cfg" <<EOF
global
    maxconn 1000
defaults
    mode http
    timeout connect 1s
    timeout client 15s
    timeout server 15s
    timeout queue 5s
    # a refused connection (an instance that died) is retried at once on the other instance
    retries 3
    option redispatch 1
    default-server inter 500ms fastinter 250ms downinter 500ms fall 2 rise 2
frontend odm
    bind 127.0.0.1:$PROXY_PORT
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    # which instance answered (the application itself does not say)
    http-response set-header X-Served-By %[srv_name]
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
# the servers' state, and maintenance mode for the killed instance (its port may be taken by another process)
listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /stats
    stats admin if TRUE
EOF
haproxy -c -q -f "$OUT/haproxy.cfg" || die "haproxy refuses its configuration ($OUT/haproxy.cfg)"
haproxy -db -f "$OUT/haproxy.cfg" >"$OUT/haproxy.log" 2>&1 &
PID_PROXY=$!

START_TIMEOUT=${START_TIMEOUT:-180}
wait_ready() { # name port pid
  local deadline=$((SECONDS + START_TIMEOUT))
  until curl -sf -m 2 -o /dev/null "http://127.0.0.1:$2/q/health/ready"; do
    kill -0 "$3" 2>/dev/null || { tail -n 30 "$OUT/$1.log"; die "instance $1 stopped while starting"; }
    [ $SECONDS -lt $deadline ] || { tail -n 30 "$OUT/$1.log"; die "instance $1 not ready after $START_TIMEOUT s"; }
    sleep 0.1
  done
}
wait_ready a $PORT_A "$PID_A"; READY_A=$(elapsed)
wait_ready b $PORT_B "$PID_B"; READY_B=$(elapsed)
step "instance a ready at $READY_A s, b at $READY_B s"
# the proxy sends traffic once its checks saw both instances up (rise 2)
for _ in $(seq 1 100); do
  up=$(for _ in 1 2 3 4; do curl -s -o /dev/null -D - -m 2 "$PROXY/q/health/ready" | tr -d '\r' \
      | awk -F': ' 'tolower($1) == "x-served-by" {print $2}'; done | sort -u | tr -d '\n')
  [ "$up" = ab ] && break
  sleep 0.1
done
check "the proxy routes to both instances" test "$up" = ab

migrations=$(psql_db "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")
check "one migration history, no step applied twice ($migrations migrations)" test "$migrations" -gt 0 -a \
    "$(psql_db "SELECT count(*) FROM (SELECT version FROM flyway_schema_history WHERE version IS NOT NULL
        GROUP BY version HAVING count(*) > 1 OR bool_and(NOT success)) x")" = 0
# Flyway takes its lock migration by migration: started together, the instances may take turns (one applies V1..V8,
# the other V9..V13) or one may apply them all; either way each migration is applied once, in order (checked above)
applied=$(cat "$OUT/a.log" "$OUT/b.log" | sed -n 's/.*Successfully applied \([0-9]*\) migration.*/\1/p' \
    | awk '{ n += $1 } END { print n + 0 }')
check "the instances' logs account for each migration once ($applied applied in all, $migrations in the history)" \
    test "$applied" = "$migrations"
check "no instance warns that its CSRF secret is its own" \
    test "$(cat "$OUT/a.log" "$OUT/b.log" | grep -c 'ODM_WEB_CSRF_SECRET')" = 0
check "one bootstrap admin" test "$(psql_db "SELECT count(*) FROM app_user WHERE email = '$ADMIN_EMAIL'")" = 1
pins=$(psql_db "SELECT count(*) FROM questionnaire_version")
check "each questionnaire version pinned once ($pins pins, none twice)" test "$pins" -gt 0 -a \
    "$(psql_db "SELECT count(*) FROM (SELECT 1 FROM questionnaire_version
        GROUP BY questionnaire_id, version HAVING count(*) > 1) x")" = 0

# ------------------------------------------------------------------------------------------------------ 2. sign-in
step "web sign-in across instances"
served_by() { tr -d '\r' <"$1" | awk -F': ' 'tolower($1) == "x-served-by" {print $2}'; }
status_of() { tr -d '\r' <"$1" | awk 'NR == 1 {print $2}'; }
cookie_of() { # headers-file name
  tr -d '\r' <"$1" | awk -v n="$2" 'tolower($1) == "set-cookie:" && index($2, n "=") == 1 {
      sub("^" n "=", "", $2); sub(";.*", "", $2); print $2 }' | tail -n 1
}
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//; s/"$//'; }

sign_in() { # form-base post-base → the session cookie on stdout (empty on failure)
  local h="$OUT/signin-h" b="$OUT/signin-b"
  curl -s -m 10 -D "$h" -o "$b" "$1/connexion"
  local login token
  login=$(cookie_of "$h" odm_login); token=$(csrf_of "$b")
  [ -n "$login" ] && [ -n "$token" ] || return 0
  curl -s -m 10 -D "$h.post" -o /dev/null -H "Origin: $PROXY" -b "odm_login=$login" \
      --data-urlencode "_csrf=$token" --data-urlencode "email=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" \
      "$2/connexion"
  [ "$(status_of "$h.post")" = 303 ] && cookie_of "$h.post" odm_session
}
page() { # base session path → "status served-by" (served-by "-" when the instance was hit directly)
  curl -s -m 10 -D "$OUT/page-h" -o "$OUT/page-b" -b "odm_session=$2" "$1$3"
  echo "$(status_of "$OUT/page-h") $(served_by "$OUT/page-h" | grep . || echo -)"
}

SESSION=$(sign_in "$A" "$B")
check "sign-in form served by a, posted to b: signed in (303 + session cookie)" test -n "$SESSION"
check "that session opens /admin on a" test "$(page "$A" "$SESSION" /admin)" = "200 -"
check "that session opens /admin on b" test "$(page "$B" "$SESSION" /admin)" = "200 -"
via=$(for _ in 1 2 3 4; do page "$PROXY" "$SESSION" /admin; done | sort | uniq -c | tr -s ' ' | tr '\n' ';')
check "through the proxy, /admin served by both instances with the session ($via)" \
    test "$via" = " 2 200 a; 2 200 b;"
PROXY_SESSION=$(sign_in "$PROXY" "$PROXY")
check "sign-in entirely through the proxy" test -n "$PROXY_SESSION"
# a signed-in form (sign-out) whose token comes from a page of a, posted to b, ends the session on both
page "$A" "$SESSION" /admin >/dev/null
token=$(csrf_of "$OUT/page-b")
bad=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H "Origin: $PROXY" -b "odm_session=$SESSION" \
    --data-urlencode "_csrf=${token}x" "$B/deconnexion")
check "a signed-in form with a wrong CSRF token is refused ($bad)" test "$bad" = 403
out=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -H "Origin: $PROXY" -b "odm_session=$SESSION" \
    --data-urlencode "_csrf=$token" "$B/deconnexion")
check "sign-out with a token made by a, posted to b: 303 ($out)" test "$out" = 303
after_a=$(page "$A" "$SESSION" /admin); after_b=$(page "$B" "$SESSION" /admin)
check "the signed-out session opens nothing on a ($after_a) nor b ($after_b)" \
    test "${after_a%% *}" != 200 -a "${after_b%% *}" != 200
check "the other session still works through the proxy" test "$(page "$PROXY" "$PROXY_SESSION" /admin | cut -d' ' -f1)" = 200

# -------------------------------------------------------------------------------------------------- 3. writes: set up
step "setting up diagnostics for $WRITERS writers"
api() { # method path [body] → body; fails on non-2xx
  curl -sS -m 10 --fail-with-body -u "$ADMIN" -X "$1" -H "$JSON" ${3:+-d "$3"} "$PROXY$2"
}
siren() { # 8 digits → a valid SIREN (Luhn check digit appended)
  local s=0 i d
  for ((i = 0; i < 8; i++)); do
    d=${1:i:1}; ((i % 2)) && { d=$((d * 2)); ((d > 9)) && d=$((d - 9)); }; s=$((s + d))
  done
  echo "$1$(((10 - s % 10) % 10))"
}
QUESTIONS=$(curl -sSf -m 10 "$PROXY/api/questionnaires/od-maturity/1" | jq -r '[.axes[].themes[].questions[]
    | select(.type == "single-choice" and (.relevantWhen // null) == null) | "\(.id) \(.options[0].id)"] | .[0:4][]')
[ "$(wc -l <<<"$QUESTIONS")" = 4 ] || die "could not read four questions of od-maturity v1"
CAMPAIGN=$(api POST /api/campaigns '{"name":"Deux instances","year":2026,"status":"open",
    "questionnaire":{"id":"od-maturity","version":1}}' | jq -e .id) || die "cannot create a campaign"
DIAGNOSTICS=$(((WRITERS + 3) / 4))
: >"$OUT/targets"
for ((d = 0; d < DIAGNOSTICS; d++)); do
  org=$(api POST /api/organizations "{\"name\":\"Commune deux instances $d\",\"siren\":\"$(siren "2$(printf %07d $((RANDOM * 7 + d)))")\",
      \"type\":\"commune\",\"departement\":\"67\",\"region\":\"Grand Est\",\"population\":1000}" | jq -e .id) \
      || die "cannot create an organisation"
  diag=$(api POST /api/diagnostics "{\"organizationId\":$org,\"campaignId\":$CAMPAIGN,\"mode\":\"self-assessment\"}" \
      | jq -e .id) || die "cannot create a diagnostic"
  token=$(api POST "/api/diagnostics/$diag/invitations" '{"label":"deux instances"}' | jq -er .token) \
      || die "cannot create an invitation link"
  while read -r question option; do echo "$diag $token $question $option" >>"$OUT/targets"; done <<<"$QUESTIONS"
done

# --------------------------------------------------------------------------------------------------------- writers
# Writer k owns one (diagnostic, question): it changes the answer's comment to a unique marker "w<k>-<n>" with the
# answer's revision as it last saw it. A 2xx is an acknowledged write: its revision is the one before plus one, and the
# history's entry of that revision must hold the marker. Anything else (no answer, 502/503, a 409 after a write
# whose outcome is unknown) is counted as a failure and the writer reads the revision back before going on.
writer() { # k phase base diag token question option
  local k=$1 phase=$2 base=$3 diag=$4 token=$5 question=$6 option=$7 n=0 rev code served
  local acks="$OUT/acks-$k" fails="$OUT/fails-$k" body="$OUT/body-$k"
  rev=$(cat "$OUT/rev-$k" 2>/dev/null || echo 0)
  n=$(cat "$OUT/n-$k" 2>/dev/null || echo 0)
  while [ ! -e "$OUT/stop" ]; do
    n=$((n + 1))
    read -r code served < <(curl -s -m 15 -o "$body" -w '%{http_code} %header{x-served-by}\n' -X PATCH \
        -H "Authorization: Bearer $token" -H "$JSON" \
        -d "{\"answers\":[{\"question\":\"$question\",\"value\":\"$option\",\"comment\":\"w$k-$n\",\"revision\":$rev}]}" \
        "$base/api/diagnostics/$diag/answers")
    if [ "${code:0:1}" = 2 ]; then
      rev=$((rev + 1))
      echo "$k $diag $question w$k-$n $rev ${served:--} $phase $(date +%s.%N)" >>"$acks"
    else
      echo "$k $diag $question w$k-$n ${code:-000} ${served:--} $phase $(date +%s.%N)" >>"$fails"
      # the write may or may not have been applied: read the answer's revision again (until an instance answers)
      local seen
      while [ ! -e "$OUT/stop" ]; do
        seen=$(curl -sf -m 5 -H "Authorization: Bearer $token" "$base/api/diagnostics/$diag" \
            | jq -e --arg q "$question" '[.answers[] | select(.question == $q) | .revision][0] // 0') \
            && { rev=$seen; break; }
        sleep 0.05
      done
    fi
    echo "$rev" >"$OUT/rev-$k"; echo "$n" >"$OUT/n-$k"
  done
}
run_writers() { # phase base
  rm -f "$OUT/stop"; WRITER_PIDS=()
  local k=0
  while read -r diag token question option && [ $k -lt "$WRITERS" ]; do
    writer $k "$1" "$2" "$diag" "$token" "$question" "$option" &
    WRITER_PIDS+=($!); k=$((k + 1))
  done <"$OUT/targets"
}
stop_writers() { touch "$OUT/stop"; for pid in "${WRITER_PIDS[@]}"; do wait "$pid"; done; WRITER_PIDS=(); }
count() { cat "$@" 2>/dev/null | wc -l; }

# Every acknowledged write is in the history at its revision, the stored revision counts the history, and (when
# nothing failed after a writer's last acknowledged write) the stored comment is that write's marker. Read from base.
verify() { # base label → a PASS/FAIL line (each diagnostic's history and answers read once through base)
  local base=$1 label=$2 k=0 bad=0 checked=0 fetched=" " settled problems
  while read -r diag token question option && [ $k -lt "$WRITERS" ]; do
    if [[ $fetched != *" $diag "* ]]; then
      { curl -sSf -m 10 -H "Authorization: Bearer $token" -o "$OUT/history-$diag" "$base/api/diagnostics/$diag/history" \
          && curl -sSf -m 10 -H "Authorization: Bearer $token" -o "$OUT/diagnostic-$diag" "$base/api/diagnostics/$diag"; } \
          || { echo "  diagnostic $diag: not readable through $base"; bad=$((bad + 1)); }
      fetched="$fetched$diag "
    fi
    touch "$OUT/acks-$k"
    # the stored answer must be the last acknowledged write unless a write of unknown outcome came after it
    settled=1
    if [ -s "$OUT/fails-$k" ] && [ -s "$OUT/acks-$k" ] && awk -v f="$(tail -n 1 "$OUT/fails-$k" | cut -d' ' -f8)" \
        -v a="$(tail -n 1 "$OUT/acks-$k" | cut -d' ' -f8)" 'BEGIN { exit !(f > a) }'; then settled=0; fi
    problems=$(jq -rn --slurpfile h "$OUT/history-$diag" --slurpfile d "$OUT/diagnostic-$diag" \
        --rawfile acks "$OUT/acks-$k" --arg q "$question" --arg settled $settled '
      ($h[0] | map(select(.question == $q) | .after.comment)) as $hist
      | ([$d[0].answers[] | select(.question == $q)][0] // {revision: 0, comment: null}) as $cur
      | [$acks | split("\n")[] | select(. != "") | split(" ")] as $a
      | ([$a[] | select($hist[(.[4] | tonumber) - 1] != .[3]) | .[3]]
          | if length > 0 then "\(length) acknowledged writes not at their revision in the history (\(.[0]), …)" else empty end),
        (if $cur.revision != ($hist | length) then "revision \($cur.revision), \($hist | length) history entries" else empty end),
        (if $settled == "1" and ($a | length) > 0 and $cur.comment != $a[-1][3]
          then "stored comment \($cur.comment), last acknowledged \($a[-1][3])" else empty end)' 2>&1) \
        || problems="unreadable answers or history: $problems"
    [ -z "$problems" ] || { echo "$problems" | sed "s/^/  writer $k: /"; bad=$((bad + 1)); }
    checked=$((checked + $(count "$OUT/acks-$k")))
    k=$((k + 1))
  done <"$OUT/targets"
  check "$label: all $checked acknowledged writes read back, in order" test "$bad" = 0 -a "$checked" -gt 0
}

started() { # base → how many of the campaign's diagnostics its results count as started (cached per instance)
  curl -sSf -m 10 -u "$ADMIN" "$1/api/campaigns/$CAMPAIGN/results" | jq -e .participation.started
}
# the regional results are cached in each instance's memory: both instances read them before and after the writes
before_a=$(started "$A"); before_b=$(started "$B")

# ------------------------------------------------------------------------------------- 3. writes through both instances
step "phase 1: $WRITERS writers through the proxy for $WRITE_SECONDS s"
run_writers 1 "$PROXY"
sleep "$WRITE_SECONDS"
stop_writers
after_a=$(started "$A"); after_b=$(started "$B")
check "regional results cached by each instance follow the writes (started: a $before_a→$after_a, b $before_b→$after_b)" \
    test "$before_a" = 0 -a "$before_b" = 0 -a "$after_a" = "$DIAGNOSTICS" -a "$after_b" = "$DIAGNOSTICS"
acks1=$(count "$OUT"/acks-*); fails1=$(count "$OUT"/fails-*)
by_a=$(cat "$OUT"/acks-* | awk '$6 == "a"' | wc -l); by_b=$(cat "$OUT"/acks-* | awk '$6 == "b"' | wc -l)
step "phase 1: $acks1 acknowledged writes ($by_a by a, $by_b by b), $fails1 failed"
check "writes acknowledged by both instances" test "$by_a" -gt 0 -a "$by_b" -gt 0
check "no write failed while both instances ran" test "$fails1" = 0
verify "$A" "read back through a"
verify "$B" "read back through b"
# control: the same check, told of an acknowledged write that is not in the database, must fail
cp "$OUT/acks-0" "$OUT/acks-0.kept"
tail -n 1 "$OUT/acks-0.kept" | awk '{ $4 = "never-written"; print }' >>"$OUT/acks-0"
control=$(verify "$A" control)
mv "$OUT/acks-0.kept" "$OUT/acks-0"
check "control: the read-back check fails on a write the database does not hold" grep -q '^FAIL control' <<<"$control"

# ---------------------------------------------------------------------------------------------- 4. kill -9 mid-run
step "phase 2: writers through the proxy; kill -9 of instance b after $KILL_AFTER s, then $AFTER_KILL s more"
run_writers 2 "$PROXY"
sleep "$KILL_AFTER"
KILLED_AT=$(date +%s.%N)
kill -KILL "$PID_B"
wait "$PID_B" 2>/dev/null
PID_B=""
# when the proxy's checks see b down; then b is put in maintenance: on a shared machine another process may listen on
# its port once it is free, and must not receive this test's requests
proxy_status() { curl -s -m 2 "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v s="$1" '$1 == "instances" && $2 == s {print $18}'; }
for _ in $(seq 1 100); do
  [ "$(proxy_status b)" = DOWN ] && break
  sleep 0.02
done
DOWN_AFTER=$(awk -v a="$KILLED_AT" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
check "the proxy's checks saw b down ${DOWN_AFTER} s after the kill" test "$(proxy_status b)" = DOWN
curl -s -m 2 -o /dev/null -d 's=b&action=maint&b=instances' "http://127.0.0.1:$STATS_PORT/stats"
sleep "$AFTER_KILL"
stop_writers
check "b stayed out of the proxy (MAINT: $(proxy_status b))" test "$(proxy_status b)" = MAINT
acks2=$(cat "$OUT"/acks-* | awk '$7 == 2' | wc -l)
after_kill=$(cat "$OUT"/acks-* | awk -v t="$KILLED_AT" '$7 == 2 && $8 > t' | wc -l)
after_kill_b=$(cat "$OUT"/acks-* | awk -v t="$KILLED_AT" '$7 == 2 && $8 > t + 0.5 && $6 == "b"' | wc -l)
failed2=$(cat "$OUT"/fails-* 2>/dev/null | awk '$7 == 2' | wc -l)
codes=$(cat "$OUT"/fails-* 2>/dev/null | awk '$7 == 2 {print $5}' | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
first_after=$(cat "$OUT"/acks-* | awk -v t="$KILLED_AT" '$7 == 2 && $8 > t {print $8 - t}' | sort -n | head -n 1)
last_fail=$(cat "$OUT"/fails-* 2>/dev/null | awk -v t="$KILLED_AT" '$7 == 2 {print $8 - t}' | sort -n | tail -n 1)
step "phase 2: $acks2 acknowledged writes, $after_kill after the kill; $failed2 failed during the switch ${codes:+(}${codes% }${codes:+)}"
step "  first acknowledged write $(printf '%.3f' "${first_after:-0}") s after the kill; last failure at $(printf '%.3f' "${last_fail:-0}") s"
check "the proxy failed over: writes acknowledged after the kill ($after_kill), none by b" \
    test "$after_kill" -gt 0 -a "$after_kill_b" = 0
check "failures only around the kill (last one $(printf '%.3f' "${last_fail:-0}") s after it)" \
    awk -v l="${last_fail:-0}" 'BEGIN { exit !(l < 2) }'
verify "$PROXY" "after the kill, through the proxy"
verify "$A" "after the kill, through a"
# what became of the failed requests (their outcome was unknown to the writers): applied or not, in the histories
# just read through a
applied=0
k=0
while read -r diag token question option && [ $k -lt "$WRITERS" ]; do
  if [ -s "$OUT/fails-$k" ]; then
    n=$(jq --arg q "$question" --rawfile f "$OUT/fails-$k" '[.[] | select(.question == $q) | .after.comment] as $h
            | [$f | split("\n")[] | select(. != "") | split(" ")[3] | select(. as $m | $h | any(. == $m))] | length' \
        "$OUT/history-$diag") || n=0
    applied=$((applied + n))
  fi
  k=$((k + 1))
done <"$OUT/targets"
step "  of the $((fails1 + failed2)) failed requests, $applied had been applied before the instance died, $((fails1 + failed2 - applied)) not"
alive=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "$A/q/health/ready")
check "instance a still ready" test "$alive" = 200

total_acks=$(count "$OUT"/acks-*)
step "done: $total_acks acknowledged writes checked, $((fails1 + failed2)) failed requests (not acknowledged)"
if [ $failures -gt 0 ]; then
  echo "FAILED: $failures checks (logs kept in $OUT)"
  for log in a b; do echo "--- last lines of $log.log"; tail -n 15 "$OUT/$log.log"; done
  exit 1
fi
echo "ALL PASSED in $(elapsed) s"
