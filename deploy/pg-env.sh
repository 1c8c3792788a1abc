# shellcheck shell=sh
# Sourced by deploy/backup.sh and deploy/restore.sh (not run on its own): turns the service's database settings into
# the PG* variables of the PostgreSQL client tools, so that the scripts reach the database the service uses.
#
#   QUARKUS_DATASOURCE_JDBC_URL   jdbc:postgresql://host[:port]/database[?sslmode=…&…]   (the service's setting)
#   QUARKUS_DATASOURCE_USERNAME   → PGUSER
#   QUARKUS_DATASOURCE_PASSWORD   → PGPASSWORD (never on a command line: the tools read it from the environment)
#
# Without QUARKUS_DATASOURCE_JDBC_URL, the PG* variables already set are used as they are (PGHOST, PGPORT,
# PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, PGSSLMODE…). Of the URL's parameters, sslmode, sslrootcert, sslcert,
# sslkey and connectTimeout are carried over; the others are JDBC-only and ignored. A URL with several hosts
# (host1,host2) is refused: point the scripts at the primary.

odm_pg_env() {
  url=${QUARKUS_DATASOURCE_JDBC_URL:-}
  if [ -n "${QUARKUS_DATASOURCE_USERNAME:-}" ]; then PGUSER=$QUARKUS_DATASOURCE_USERNAME; export PGUSER; fi
  if [ -n "${QUARKUS_DATASOURCE_PASSWORD:-}" ]; then PGPASSWORD=$QUARKUS_DATASOURCE_PASSWORD; export PGPASSWORD; fi
  if [ -z "$url" ]; then
    if [ -z "${PGDATABASE:-}" ]; then
      echo "no database: set QUARKUS_DATASOURCE_JDBC_URL (as for the service) or PGDATABASE (and PGHOST, PGPORT…)" >&2
      return 2
    fi
    return 0
  fi
  case $url in
    jdbc:postgresql://*) ;;
    *) echo "QUARKUS_DATASOURCE_JDBC_URL is not a jdbc:postgresql:// URL: $url" >&2; return 2 ;;
  esac
  rest=${url#jdbc:postgresql://}
  authority=${rest%%/*}
  [ "$authority" != "$rest" ] || { echo "no database name in QUARKUS_DATASOURCE_JDBC_URL: $url" >&2; return 2; }
  path=${rest#*/}
  database=${path%%\?*}
  query=""
  [ "$database" = "$path" ] || query=${path#*\?}
  case $authority in
    *,*) echo "QUARKUS_DATASOURCE_JDBC_URL names several hosts ($authority): set PGHOST/PGPORT to the primary" \
              "and unset QUARKUS_DATASOURCE_JDBC_URL" >&2; return 2 ;;
  esac
  [ -n "$database" ] || { echo "no database name in QUARKUS_DATASOURCE_JDBC_URL: $url" >&2; return 2; }
  case $authority in
    \[*\]:*) host=${authority%]:*}; host=${host#\[}; port=${authority##*]:} ;;   # [IPv6]:port
    \[*\]) host=${authority#\[}; host=${host%]}; port="" ;;
    *:*) host=${authority%:*}; port=${authority##*:} ;;
    *) host=$authority; port="" ;;
  esac
  PGHOST=${host:-localhost}; PGDATABASE=$database; export PGHOST PGDATABASE
  if [ -n "$port" ]; then PGPORT=$port; export PGPORT; else unset PGPORT; fi
  # URL parameters libpq understands too
  old_ifs=$IFS; IFS='&'
  for pair in $query; do
    key=${pair%%=*}; value=${pair#*=}
    case $key in
      sslmode) PGSSLMODE=$value; export PGSSLMODE ;;
      sslrootcert) PGSSLROOTCERT=$value; export PGSSLROOTCERT ;;
      sslcert) PGSSLCERT=$value; export PGSSLCERT ;;
      sslkey) PGSSLKEY=$value; export PGSSLKEY ;;
      connectTimeout) PGCONNECT_TIMEOUT=$value; export PGCONNECT_TIMEOUT ;;
      user) [ -n "${QUARKUS_DATASOURCE_USERNAME:-}" ] || { PGUSER=$value; export PGUSER; } ;;
      *) ;;
    esac
  done
  IFS=$old_ifs
  return 0
}
