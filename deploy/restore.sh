#!/bin/sh
# od-maturity database restore (docs/operations.md, "Backup and restore").
#
# Restores a dump of deploy/backup.sh with pg_restore into the service's database: an empty one, a missing one
# (--create), or — only with --force, and only while no instance of the service is connected — a database that holds
# data, which is then dropped and created again (or, with --clean, emptied of the dump's objects in place).
usage() {
  cat <<'EOF'
usage: deploy/restore.sh [--force [--clean]] [--create] [--role ROLE] [--jobs N] [--keep-sessions] [--no-checksum] FILE

  FILE              a backup of deploy/backup.sh (od-maturity-<database>-<time>.dump); FILE.sha256 is checked first
  --create          create the database when it does not exist (through the maintenance database, see below)
  --force           the database holds data: drop it and create it again (same owner, encoding and locale), then
                    restore; refused while any other session is connected to it (stop every instance first)
  --clean           with --force: keep the database and let pg_restore drop the dump's objects first
                    (--clean --if-exists), for an account that may not drop databases; refused when the database has
                    tables the dump does not (a newer schema: restore over it with --force alone)
  --role ROLE       restore as ROLE (pg_restore --role; owner of a created database): the service's account when an
                    administrator runs the restore
  --jobs N          parallel pg_restore jobs (default 2)
  --keep-sessions   keep the web sessions of the backup (default: they are deleted, everyone signs in again)
  --no-checksum     restore without FILE.sha256 (a mismatching checksum is always refused)
  -h, --help        this text

Database: the service's settings QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD,
or, without the URL, PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD. Creating or dropping the database goes through the
maintenance database ODM_MAINTENANCE_DB (default postgres) and needs the CREATEDB right or ownership. With
ODM_QUESTIONNAIRES_DIR set, the questionnaire files the restored versions were recorded from are looked for there.

Stop every instance of the service before a restore and start them after it: they keep per-instance caches (answers
and scores by diagnostic version, the comparisons, the questionnaire versions recorded at start) that must not
outlive the data they came from.

Exit codes: 0 restored; 1 pg_restore or a database command failed (the database may be partly restored: run again
with --force); 2 bad usage or settings; 3 FILE missing, unreadable or not matching its checksum; 4 the database is
not empty (without --force), missing (without --create), or has tables the dump lacks (with --clean); 5 other
sessions are connected to the database (a running service).
EOF
}
set -u

HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/pg-env.sh"

force=false; clean=false; create=false; role=""; jobs=2; keep_sessions=false; checksum=true; file=""
while [ $# -gt 0 ]; do
  case $1 in
    --force) force=true; shift ;;
    --clean) clean=true; shift ;;
    --create) create=true; shift ;;
    --role) [ $# -ge 2 ] || { usage >&2; exit 2; }; role=$2; shift 2 ;;
    --jobs|-j) [ $# -ge 2 ] || { usage >&2; exit 2; }; jobs=$2; shift 2 ;;
    --keep-sessions) keep_sessions=true; shift ;;
    --no-checksum) checksum=false; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    *) [ -z "$file" ] || { echo "one backup file only" >&2; usage >&2; exit 2; }; file=$1; shift ;;
  esac
done
[ -n "$file" ] || { usage >&2; exit 2; }
case $jobs in ''|*[!0-9]*|0) echo "--jobs needs a number ≥ 1" >&2; exit 2 ;; esac
if $clean && ! $force; then echo "--clean goes with --force (it overwrites data)" >&2; exit 2; fi

odm_pg_env || exit 2
for tool in psql pg_restore sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found (Debian: apt-get install postgresql-client)" >&2; exit 2; }
done
db=$PGDATABASE
maintenance=${ODM_MAINTENANCE_DB:-postgres}

# --- the backup file -------------------------------------------------------------------------------------------------
[ -f "$file" ] && [ -r "$file" ] || { echo "no readable backup file: $file" >&2; exit 3; }
if [ -f "$file.sha256" ]; then
  expected=$(cut -d' ' -f1 < "$file.sha256")
  actual=$(sha256sum < "$file" | cut -d' ' -f1)
  [ "$expected" = "$actual" ] || { echo "checksum mismatch: $file is not the file $file.sha256 was written for" >&2; exit 3; }
  echo "checksum ok: $file"
elif $checksum; then
  echo "no $file.sha256: cannot check the file (pass --no-checksum to restore it anyway)" >&2
  exit 3
fi
toc=$(pg_restore -l "$file" 2>&1) || { echo "not a pg_dump custom-format file: $file" >&2; echo "$toc" >&2; exit 3; }
printf '%s\n' "$toc" | grep -q ' TABLE DATA [^ ]* flyway_schema_history ' \
  || { echo "$file has no flyway_schema_history: not a backup of the service's database" >&2; exit 3; }

# --- the target database ----------------------------------------------------------------------------------------------
# psql on the maintenance database or the target; SQL on stdin so that :'name' variables are quoted by psql
on_maintenance() { PGDATABASE=$maintenance psql -X -q -w -At -v ON_ERROR_STOP=1 -v db="$db" "$@"; }
on_target() { psql -X -q -w -At -v ON_ERROR_STOP=1 -v db="$db" "$@"; }

exists=$(echo "SELECT count(*) FROM pg_database WHERE datname = :'db';" | on_maintenance) || {
  echo "cannot reach the maintenance database $maintenance on ${PGHOST:-local socket}:${PGPORT:-5432} (ODM_MAINTENANCE_DB)" >&2
  exit 1
}
role_sql=""
[ -z "$role" ] || role_sql=" OWNER $(printf '"%s"' "$(printf '%s' "$role" | sed 's/"/""/g')")"
quoted_db=$(printf '"%s"' "$(printf '%s' "$db" | sed 's/"/""/g')")

other_sessions() {
  echo "SELECT count(*) || ': ' || coalesce(string_agg(coalesce(nullif(application_name, ''), '?') || '@'
          || coalesce(host(client_addr), 'local') || ' (' || usename || ')', ', '), '')
        FROM pg_stat_activity WHERE datname = :'db' AND pid <> pg_backend_pid();" | on_maintenance
}

clean_args=""
if [ "$exists" = 0 ]; then
  $create || { echo "database $db does not exist: pass --create to create it" >&2; exit 4; }
  echo "creating database $db"
  echo "CREATE DATABASE $quoted_db$role_sql;" | on_maintenance || exit 1
else
  objects=$(echo "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm')
                     AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                     AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%';" | on_target) || exit 1
  if [ "$objects" != 0 ]; then
    $force || { echo "database $db is not empty ($objects tables and sequences): refusing to overwrite it without --force" >&2; exit 4; }
    sessions=$(other_sessions) || exit 1
    case $sessions in
      0:*) ;;
      *) echo "refusing: other sessions are connected to $db — ${sessions#*: }" >&2
         echo "stop every instance of the service (and other clients) first, then run the restore again" >&2
         exit 5 ;;
    esac
    if $clean; then
      # every table of the database must be in the dump, or the restored schema would carry foreign tables
      dump_tables=$(printf '%s\n' "$toc" | awk '$4 == "TABLE" && $5 != "DATA" { print $5 "." $6 }' | sort -u)
      db_tables=$(echo "SELECT schemaname || '.' || tablename FROM pg_tables
                         WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1;" | on_target) || exit 1
      extra=$(printf '%s\n' "$db_tables" | while read -r t; do
        [ -z "$t" ] || printf '%s\n' "$dump_tables" | grep -qxF "$t" || echo "$t"; done)
      if [ -n "$extra" ]; then
        echo "refusing --clean: $db has tables the backup does not (a newer schema?): $(echo $extra)" >&2
        echo "restore with --force alone (drop and create the database)" >&2
        exit 4
      fi
      clean_args="--clean --if-exists"
      echo "restoring over $db in place (--clean)"
    else
      settings=$(echo "SELECT pg_get_userbyid(datdba) || '|' || pg_encoding_to_char(encoding) || '|' || datcollate || '|' || datctype
                         FROM pg_database WHERE datname = :'db';" | on_maintenance) || exit 1
      owner=${settings%%|*}; rest=${settings#*|}
      encoding=${rest%%|*}; rest=${rest#*|}
      collate=${rest%%|*}; ctype=${rest#*|}
      [ -n "$role_sql" ] || role_sql=" OWNER $(printf '"%s"' "$(printf '%s' "$owner" | sed 's/"/""/g')")"
      echo "dropping database $db and creating it again (owner${role_sql#* OWNER}, $encoding, $collate)"
      printf '%s\n' "DROP DATABASE $quoted_db;" \
        "CREATE DATABASE $quoted_db$role_sql TEMPLATE template0 ENCODING '$encoding' LC_COLLATE '$collate' LC_CTYPE '$ctype';" \
        | on_maintenance || exit 1
    fi
  fi
fi

# --- restore ----------------------------------------------------------------------------------------------------------
echo "restoring $file into $db (${jobs} jobs)"
role_arg=""
[ -z "$role" ] || role_arg="--role=$role"
# objects are owned by whoever restores (the service's account, or --role): never by the dump's original owners
# shellcheck disable=SC2086
if ! pg_restore -w -d "$db" --no-owner --no-privileges --exit-on-error -j "$jobs" $clean_args $role_arg "$file"; then
  echo "pg_restore failed: $db may be partly restored; fix the cause and run again with --force" >&2
  exit 1
fi
on_target -c "ANALYZE" || echo "warning: ANALYZE failed (the planner's statistics come back with autovacuum)" >&2

if ! $keep_sessions; then
  # sessions signed out after the backup would otherwise be valid again
  ended=$(echo "WITH gone AS (DELETE FROM staff_session RETURNING 1) SELECT count(*) FROM gone;" | on_target 2>/dev/null) \
    && echo "web sessions of the backup ended: $ended (staff sign in again)"
fi

# --- what was restored ------------------------------------------------------------------------------------------------
schema=$(on_target -c "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
                        ORDER BY installed_rank DESC LIMIT 1") || schema="?"
echo "restored: schema at migration V$schema; the service migrates it forward at start (never start an older release on it)"
on_target -F ' ' -c "SELECT '  questionnaire ' || questionnaire_id || ' v' || version || ' recorded from ' || source_file
                      || ' (hash ' || left(content_hash, 12) || '…)' FROM questionnaire_version ORDER BY 1" 2>/dev/null
if [ -n "${ODM_QUESTIONNAIRES_DIR:-}" ] && [ -d "$ODM_QUESTIONNAIRES_DIR" ]; then
  # the files the recorded versions came from should be in the service's folder (their content is checked at start)
  for source in $(on_target -c "SELECT DISTINCT source_file FROM questionnaire_version ORDER BY 1" 2>/dev/null); do
    [ -f "$ODM_QUESTIONNAIRES_DIR/$source" ] \
      || echo "  warning: $source is not in $ODM_QUESTIONNAIRES_DIR: its recorded content is served, but it is no longer listed"
  done
fi
on_target -c "SELECT '  ' || (SELECT count(*) FROM organization) || ' organisations, '
                      || (SELECT count(*) FROM diagnostic) || ' diagnostics ('
                      || (SELECT count(*) FROM diagnostic WHERE status = 'VALIDATED') || ' validated), '
                      || (SELECT count(*) FROM improvement_plan) || ' curated plans'" 2>/dev/null
pending=$(on_target -c "SELECT count(*) FROM campaign_message WHERE status IN ('QUEUED', 'SENDING')" 2>/dev/null || echo 0)
if [ -n "$pending" ] && [ "$pending" != 0 ]; then
  echo "  note: $pending campaign emails were queued or being sent at backup time; the first instance started with"
  echo "  ODM_MAIL_ENABLED=true sends them (again, for any that left after the backup). Start with ODM_MAIL_ENABLED=false"
  echo "  to review them first (GET /api/campaigns/{id}/messages?status=queued)."
fi
echo "done. Check that the questionnaire files above are in the questionnaire folder, then start the service."
exit 0
