#!/bin/sh
# od-maturity database backup (docs/operations.md, "Backup and restore").
#
# Dumps the service's PostgreSQL database with pg_dump in its custom format (-Fc: compressed, restored selectively
# and in parallel by pg_restore) into a dated file, writes its SHA-256 next to it, checks the dump reads back, then
# applies the retention asked for. The service keeps running: pg_dump reads one consistent snapshot and blocks no
# writer (it waits for no lock except a migration's, at most --lock-wait seconds).
usage() {
  cat <<'EOF'
usage: deploy/backup.sh [-d DIR] [--keep-days N] [--keep N] [--lock-wait SECONDS] [-q]

  -d, --dir DIR        where the backups go (default: $ODM_BACKUP_DIR, else ./backups); created if missing
      --keep-days N    after a successful backup, delete this database's backups in DIR older than N days
      --keep N         after a successful backup, keep only this database's N newest backups in DIR
                       (both may be given: a backup goes when either rule says so; the new one always stays)
      --lock-wait S    give up when a table stays locked (a migration running) for S seconds (default 120)
  -q, --quiet          print only the backup's path (and errors)
  -h, --help           this text

Database: the service's settings QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD,
or, without the URL, the PostgreSQL client's PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD (or ~/.pgpass).

Writes DIR/od-maturity-<database>-<UTC time, e.g. 20261207T031500Z>.dump and .dump.sha256 (check it with
`cd DIR && sha256sum -c <file>.sha256`). Restore with deploy/restore.sh.

Exit codes: 0 done; 1 the dump failed (database unreachable, permission, disk full: nothing is left behind);
2 bad usage or settings; 3 the dump was written but does not read back (kept as *.unverified for inspection).
EOF
}
set -u
# A dump holds personal data (contacts, accounts' password hashes): only the owner reads the files written here.
umask 077

HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/pg-env.sh"

dir=${ODM_BACKUP_DIR:-./backups}
keep_days=""
keep=""
lock_wait=120
quiet=false
while [ $# -gt 0 ]; do
  case $1 in
    -d|--dir) [ $# -ge 2 ] || { usage >&2; exit 2; }; dir=$2; shift 2 ;;
    --keep-days) [ $# -ge 2 ] || { usage >&2; exit 2; }; keep_days=$2; shift 2 ;;
    --keep) [ $# -ge 2 ] || { usage >&2; exit 2; }; keep=$2; shift 2 ;;
    --lock-wait) [ $# -ge 2 ] || { usage >&2; exit 2; }; lock_wait=$2; shift 2 ;;
    -q|--quiet) quiet=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
for number in "$keep_days" "$keep" "$lock_wait"; do
  case $number in
    ''|*[!0-9]*) [ -z "$number" ] || { echo "not a whole number: $number" >&2; exit 2; } ;;
  esac
done
[ -z "$keep" ] || [ "$keep" -ge 1 ] || { echo "--keep must be at least 1" >&2; exit 2; }
[ -n "$lock_wait" ] || { echo "--lock-wait needs a number of seconds" >&2; exit 2; }

odm_pg_env || exit 2
for tool in pg_dump pg_restore sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool not found (Debian: apt-get install postgresql-client coreutils)" >&2; exit 2; }
done
say() { $quiet || echo "$@"; }

mkdir -p "$dir" || exit 2
# a name made only of safe characters, whatever the database is called
name=$(printf '%s' "$PGDATABASE" | tr -c 'A-Za-z0-9_.-' '_')
stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="od-maturity-$name-$stamp.dump"
[ ! -e "$dir/$file" ] || { echo "$dir/$file exists already (two backups in one second?)" >&2; exit 1; }
partial="$dir/.$file.partial"
trap 'rm -f "$partial"' EXIT
trap 'exit 1' INT TERM HUP

say "backing up database $PGDATABASE on ${PGHOST:-local socket}:${PGPORT:-5432} as ${PGUSER:-$(id -un)} to $dir/$file"
# -Fc: custom format; -w: never prompt for a password (cron); no --no-owner here: restore.sh decides
if ! pg_dump -Fc -w --lock-wait-timeout="${lock_wait}s" -f "$partial"; then
  echo "backup failed: pg_dump could not dump $PGDATABASE (nothing written)" >&2
  exit 1
fi
# the file must read back: its table of contents lists the schema history table and the data of the diagnostics
if ! toc=$(pg_restore -l "$partial" 2>&1); then
  mv "$partial" "$dir/$file.unverified"
  echo "backup written but unreadable by pg_restore: $dir/$file.unverified" >&2
  echo "$toc" >&2
  exit 3
fi
if ! printf '%s\n' "$toc" | grep -q ' TABLE DATA [^ ]* flyway_schema_history '; then
  mv "$partial" "$dir/$file.unverified"
  echo "backup of $PGDATABASE has no flyway_schema_history: is it the service's database? kept as $dir/$file.unverified" >&2
  exit 3
fi
mv "$partial" "$dir/$file" || exit 1
trap - EXIT
(cd "$dir" && sha256sum "$file" > "$file.sha256") || { echo "could not write $dir/$file.sha256" >&2; exit 3; }
size=$(wc -c < "$dir/$file" | tr -d ' ')
say "done: $dir/$file ($size bytes), checksum $dir/$file.sha256"

# Retention: only this database's backups, recognised by their name; the new one always stays.
remove_backup() {
  say "retention: removing $dir/$1"
  rm -f "$dir/$1" "$dir/$1.sha256"
}
list_backups() {
  # oldest first: the UTC stamp in the name sorts as the time does
  (cd "$dir" && ls -1 2>/dev/null) | grep -E "^od-maturity-$(printf '%s' "$name" | sed 's/[.]/\\./g')-[0-9]{8}T[0-9]{6}Z\.dump$" | sort
}
if [ -n "$keep_days" ]; then
  cutoff=$(date -u -d "-$keep_days days" +%Y%m%dT%H%M%SZ 2>/dev/null) \
    || { echo "retention skipped: this date(1) cannot compute $keep_days days ago" >&2; cutoff=""; }
  if [ -n "$cutoff" ]; then
    for old in $(list_backups); do
      old_stamp=${old#od-maturity-"$name"-}; old_stamp=${old_stamp%.dump}
      if [ "$old" != "$file" ] && [ "$old_stamp" \< "$cutoff" ]; then remove_backup "$old"; fi
    done
  fi
fi
if [ -n "$keep" ]; then
  total=$(list_backups | wc -l)
  excess=$((total - keep))
  if [ "$excess" -gt 0 ]; then
    for old in $(list_backups | head -n "$excess"); do
      [ "$old" = "$file" ] || remove_backup "$old"
    done
  fi
fi
$quiet && echo "$dir/$file"
exit 0
