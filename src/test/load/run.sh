#!/usr/bin/env bash
# Load driver of the hot paths (docs/performance.md, "Hot paths: answer saves and reads"): answer saves, diagnostic
# reads, plan PDFs and /q/health/live in the same run, against a RUNNING instance. Needs bash, curl, jq and wrk
# (Debian packages). Sets up its own organisations, campaign, diagnostics and invitation links through the API (as an
# admin), then runs each scenario with wrk and checks that the server holds every acknowledged save.
#
#   ODM_ADMIN=admin@example.org:password src/test/load/run.sh [base URL, default http://127.0.0.1:8080]
#
# Env (all optional but ODM_ADMIN): DURATION (s, default 20), CONNECTIONS (default 32), PDF_CONNECTIONS (default 4),
# PDF_DURATION (s, default 10), WARMUP (s, default 10: saves, reads and PDFs run this long, unmeasured, before the
# measured scenarios, so that the JIT has compiled the hot paths), SCENARIOS (default "health save shared read pdf
# health"), SERVER_PID (the server's
# process id: its RSS is printed before and after), OUT (result folder, default target/load-<time>; when it holds the
# diagnostics of an earlier run against the same server, they are used again instead of setting up new ones).
#
# Scenarios:
#   health  GET /q/health/live (the reference: no database, no authentication)
#   save    PATCH /api/diagnostics/{id}/answers, each connection on its own diagnostic with its invitation bearer and
#           If-Match (the ETag of its last response), one answer changed per save
#   shared  the same with 4 connections per diagnostic, each on its own question, with per-answer revisions instead of
#           If-Match: saves queue on the diagnostic's row lock; a 409 would be a bug (nobody else writes that answer)
#   read    GET /api/diagnostics/{id} (answers + live score) with the invitation bearer
#   pdf     GET /api/diagnostics/{id}/plan.pdf?lang=fr with the invitation bearer (PDF_CONNECTIONS connections)
set -euo pipefail

BASE=${1:-http://127.0.0.1:8080}
: "${ODM_ADMIN:?set ODM_ADMIN=email:password of an admin account}"
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
PDF_CONNECTIONS=${PDF_CONNECTIONS:-4}
PDF_DURATION=${PDF_DURATION:-10}
SCENARIOS=${SCENARIOS:-"health save shared read pdf health"}
WARMUP=${WARMUP:-10}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${OUT:-target/load-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
export ODM_LOAD_DIR=$HERE
JSON='Content-Type: application/json'

for tool in curl jq wrk; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install $tool)" >&2; exit 2; }
done

admin() { # method path [body]: an admin call, the body of the answer on stdout, fails on a non-2xx
  curl -sS --fail-with-body -u "$ODM_ADMIN" -X "$1" -H "$JSON" ${3:+-d "$3"} "$BASE$2"
}
rss() { [ -n "${SERVER_PID:-}" ] && awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$SERVER_PID/status" || echo "?"; }
luhn() { # 8 digits → 9 (a SIREN's check digit)
  local digits=$1 sum=0 i d
  for ((i = 0; i < 8; i++)); do
    d=${digits:$i:1}
    if ((i % 2 == 1)); then d=$((d * 2)); ((d > 9)) && d=$((d - 9)); fi
    sum=$((sum + d))
  done
  echo "$digits$(((10 - sum % 10) % 10))"
}

echo "od-maturity load run against $BASE — $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
until curl -sf "$BASE/q/health/ready" >/dev/null; do sleep 1; done

# ------------------------------------------------------------------------------------------------------------ set up
# One diagnostic per connection, in a campaign of its own, every question answered (so that reads and PDFs show a
# complete diagnostic), one invitation link each.
if [ -s "$OUT/diagnostics.txt" ] && [ -s "$OUT/questions.txt" ]; then
  echo "reusing the diagnostics of $OUT (delete it for new ones)"
else
STAMP=$(date -u +%s)
QUESTIONNAIRE=$(curl -sSf "$BASE/api/questionnaires/od-maturity/1")
FULL=$(jq -c '{answers: [.axes[].themes[].questions[] | {question: .id, value: (
    if .type == "single-choice" then .options[1].id
    elif .type == "multiple-choice" then [.options[1].id]
    elif .type == "yes-no" then true
    elif .type == "text" then "Réponse du banc d'\''essai"
    else null end)}]}' <<<"$QUESTIONNAIRE")
# single-choice questions without a relevance condition: the answers the saves change, with their options
jq -r '[.axes[].themes[].questions[] | select(.type == "single-choice" and (.relevantWhen // null) == null)
    | "\(.id) \([.options[].id] | join(","))"] | .[1:5][]' <<<"$QUESTIONNAIRE" > "$OUT/questions.txt"
CAMPAIGN=$(admin POST /api/campaigns "{\"name\":\"Banc d'essai $STAMP\",\"year\":2026,\"status\":\"open\",
    \"questionnaire\":{\"id\":\"od-maturity\",\"version\":1}}" | jq .id)
: > "$OUT/diagnostics.txt"
for ((i = 0; i < CONNECTIONS; i++)); do
  for attempt in 1 2 3; do
    SIREN=$(luhn "$(printf '29%06d' $(((STAMP * 37 + i * 7919 + attempt * 104729) % 1000000)))")
    ORG=$(admin POST /api/organizations "{\"name\":\"Banc d'essai $STAMP n°$i\",\"siren\":\"$SIREN\",
        \"type\":\"commune\",\"departement\":\"67\",\"region\":\"Grand Est\",\"population\":1000}" 2>/dev/null \
        | jq .id) && break
  done
  DIAG=$(admin POST /api/diagnostics "{\"organizationId\":$ORG,\"campaignId\":$CAMPAIGN,\"mode\":\"self-assessment\"}")
  ID=$(jq .id <<<"$DIAG")
  TOKEN=$(admin POST "/api/diagnostics/$ID/invitations" '{"label":"banc d'\''essai"}' | jq -r .token)
  curl -sSf -o /dev/null -X PATCH -H "Authorization: Bearer $TOKEN" -H "$JSON" -H "If-Match: \"$(jq .version <<<"$DIAG")\"" \
      -d "$FULL" "$BASE/api/diagnostics/$ID/answers"
  echo "$ID $TOKEN" >> "$OUT/diagnostics.txt"
done
echo "set up: campaign $CAMPAIGN, $CONNECTIONS diagnostics with $(jq '.answers | length' <<<"$FULL") answers each"
fi

# save: connection i → diagnostic i, first question; shared: connection i → diagnostic i % (n/4), question i / (n/4)
FIRST_QUESTION=$(head -1 "$OUT/questions.txt")
awk -v q="$FIRST_QUESTION" '{print $1, $2, q}' "$OUT/diagnostics.txt" > "$OUT/targets-save.txt"
GROUPS_OF=$(( CONNECTIONS / 4 > 0 ? CONNECTIONS / 4 : 1 ))
: > "$OUT/targets-shared.txt"
for ((i = 0; i < CONNECTIONS; i++)); do
  echo "$(sed -n "$((i % GROUPS_OF + 1))p" "$OUT/diagnostics.txt") $(sed -n "$((i / GROUPS_OF % 4 + 1))p" "$OUT/questions.txt")" \
      >> "$OUT/targets-shared.txt"
done

# ------------------------------------------------------------------------------------------------- acknowledged saves
# The server's view of each (diagnostic, question) of a targets file: "diag question revision history-rows version".
server_state() {
  sort -u -k1,1 -k3,3 "$1" | while read -r id token question options; do
    body=$(curl -sSf -H "Authorization: Bearer $token" "$BASE/api/diagnostics/$id")
    history=$(curl -sSf -H "Authorization: Bearer $token" "$BASE/api/diagnostics/$id/history" \
        | jq --arg q "$question" '[.[] | select(.question == $q)] | length')
    jq -r --arg q "$question" --arg h "$history" \
        '"\(.id) \($q) \([.answers[] | select(.question == $q) | .revision][0] // 0) \($h) \(.version) \([.answers[] | select(.question == $q) | .value][0])"' <<<"$body"
  done | sort
}

# Every acknowledged save is in the database: per (diagnostic, question), the revision and the history grew by the
# acknowledged saves (one more at most: a save in flight when wrk stopped, done but never acknowledged), the stored value
# is the last acknowledged one when nothing was in flight, and each diagnostic's version grew by its answers' revisions.
check_acks() { # before after acks
  awk '
    FILENAME == ARGV[1] { before_rev[$1" "$2] = $3; before_hist[$1" "$2] = $4; before_ver[$1] = $5; next }
    FILENAME == ARGV[2] { after_rev[$1" "$2] = $3; after_hist[$1" "$2] = $4; after_ver[$1] = $5; value[$1" "$2] = $6; next }
    { key = $1" "$2; acks[key] += $3; conflicts += $4; others += $5; total += $3; last[key] = $7 }
    END {
      bad = 0
      for (key in acks) {
        split(key, k, " "); grew = after_rev[key] - before_rev[key]
        if (grew < acks[key] || grew > acks[key] + 1) { bad++; print "  LOST OR PHANTOM " key ": " acks[key] " acknowledged, revision grew by " grew }
        if (after_hist[key] - before_hist[key] != grew) { bad++; print "  HISTORY " key ": revision grew by " grew ", history by " after_hist[key] - before_hist[key] }
        if (grew == acks[key] && acks[key] > 0 && value[key] != last[key]) { bad++; print "  VALUE " key ": stored " value[key] ", last acknowledged " last[key] }
        grown[k[1]] += grew
      }
      for (d in grown) if (after_ver[d] - before_ver[d] != grown[d]) { bad++; print "  VERSION " d ": grew by " after_ver[d] - before_ver[d] ", answers by " grown[d] }
      if (total == 0) bad++
      printf "  acknowledged saves: %d, 409/412: %d, other failures: %d; every acknowledged save in the database: %s\n", total, conflicts, others, bad == 0 ? "yes" : "NO (" bad " problems)"
      exit (bad > 0)
    }' "$1" "$2" "$3"
}

# ---------------------------------------------------------------------------------------------------------- scenarios
run_wrk() { # label script connections seconds [env...]
  local label=$1 script=$2 c=$3 d=$4; shift 4
  env ODM_LABEL="$label" "$@" wrk -t"$c" -c"$c" -d"${d}s" --timeout 10s -s "$HERE/$script" \
      "$BASE$( [ "$script" = health.lua ] && echo /q/health/live || echo / )" | grep '^RESULT' | tee -a "$OUT/results.txt"
}

echo "server RSS before: $(rss)"
if [ "$WARMUP" -gt 0 ]; then
  echo "warming up: ${WARMUP} s each of saves, reads and PDFs (not measured)"
  warm() { # script connections env...
    local script=$1 c=$2; shift 2
    env ODM_LABEL=warm-up "$@" wrk -t"$c" -c"$c" -d"${WARMUP}s" --timeout 10s -s "$HERE/$script" "$BASE/" > /dev/null
  }
  warm save.lua "$CONNECTIONS" ODM_TARGETS="$OUT/targets-save.txt" ODM_MODE=if-match ODM_ACKS="$OUT/warm-up-acks.txt"
  warm get.lua "$CONNECTIONS" ODM_TARGETS="$OUT/diagnostics.txt" ODM_PATH='/api/diagnostics/{id}'
  warm get.lua "$PDF_CONNECTIONS" ODM_TARGETS="$OUT/diagnostics.txt" ODM_PATH='/api/diagnostics/{id}/plan.pdf?lang=fr'
fi
: > "$OUT/results.txt"
status=0
for scenario in $SCENARIOS; do
  case $scenario in
    health) run_wrk health health.lua "$CONNECTIONS" "$DURATION" ;;
    save|shared)
      targets="$OUT/targets-$scenario.txt"
      server_state "$targets" > "$OUT/$scenario-before.txt"
      mode=$([ "$scenario" = save ] && echo if-match || echo revision)
      run_wrk "$scenario" save.lua "$CONNECTIONS" "$DURATION" ODM_TARGETS="$targets" ODM_MODE=$mode \
          ODM_ACKS="$OUT/$scenario-acks.txt"
      server_state "$targets" > "$OUT/$scenario-after.txt"
      check_acks "$OUT/$scenario-before.txt" "$OUT/$scenario-after.txt" "$OUT/$scenario-acks.txt" || status=1 ;;
    read) run_wrk read get.lua "$CONNECTIONS" "$DURATION" ODM_TARGETS="$OUT/diagnostics.txt" ODM_PATH='/api/diagnostics/{id}' ;;
    pdf) run_wrk pdf get.lua "$PDF_CONNECTIONS" "$PDF_DURATION" ODM_TARGETS="$OUT/diagnostics.txt" \
        ODM_PATH='/api/diagnostics/{id}/plan.pdf?lang=fr' ;;
    *) echo "unknown scenario $scenario" >&2; exit 2 ;;
  esac
done
echo "server RSS after: $(rss)"

# ------------------------------------------------------------------------------------------------------------ summary
awk '
  { for (i = 3; i <= NF; i++) { split($i, kv, "="); v[NR, kv[1]] = kv[2] } label[NR] = $2
    if ($2 == "health" && (best == "" || v[NR, "rps"] > best)) best = v[NR, "rps"] }
  END {
    print ""; print "| scenario | requests/s | × health | p50 ms | p90 ms | p99 ms | max ms | socket errors | non-2xx |"
    print "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    for (i = 1; i <= NR; i++)
      printf "| %s | %.0f | %s | %.2f | %.2f | %.2f | %.1f | %d | %d |\n", label[i], v[i, "rps"],
          best == "" ? "?" : sprintf("%.3f", v[i, "rps"] / best), v[i, "p50"], v[i, "p90"], v[i, "p99"], v[i, "max"],
          v[i, "socket_errors"], v[i, "non2xx"]
  }' "$OUT/results.txt" | tee "$OUT/summary.md"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); files in $OUT"
exit $status
