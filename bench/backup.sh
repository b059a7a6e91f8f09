#!/usr/bin/env bash
# Backup benchmark (issue 5), on demand: bash bench/backup.sh [TARGET_MB]
#
# On a ThyWill database of ~1 GB (default; a generate-demo database grown with sqlite3 itself, cached under
# $BENCH_CACHE, default /tmp/thywill-bench), in WAL mode as the live app runs it:
#   ./thywill backup                     vs  sqlite3 db ".backup out"                               (target <= 1.5x)
#   ./thywill verify FILE                vs  sha256sum FILE + sqlite3 FILE "PRAGMA integrity_check" (target <= 1.5x)
#   peak heap of each, run with the launcher's -Xmx256m
# and, for scale, the backup against sqlite3 .backup + sqlite3's PRAGMA integrity_check of the copy: the same work
# (a backup must pass integrity_check before it gets its name), whose check alone costs several times the copy.
# The backup is timed without its remote copy (thywill.backups.remote-uri empty): the baseline makes none.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

root=$(bench_root)
target_mb=${1:-1024}
cache="${BENCH_CACHE:-/tmp/thywill-bench}/backup-${target_mb}mb"
bench_jar > /dev/null # builds the jar if needed

# grow_database DB TARGET_MB: adds prayers and marks (copies of the demo's, with fresh ids and later dates, in
# batches of 100,000 prayers / 300,000 marks) until the file is TARGET_MB.
grow_database() {
  local db=$1 mb=$2 batch=0
  sqlite3 "$db" "PRAGMA journal_mode=DELETE;" > /dev/null
  sqlite3 "$db" "CREATE TABLE IF NOT EXISTS bench_seed AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, * FROM prayer;"
  while [ "$(stat -c %s "$db")" -lt $((mb * 1024 * 1024)) ]; do
    batch=$((batch + 1))
    sqlite3 "$db" <<SQL
PRAGMA synchronous=OFF;
PRAGMA cache_size=-200000;
BEGIN;
CREATE TEMP TABLE new_ids AS
  WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000)
  SELECT x, lower(hex(randomblob(16))) AS id FROM c;
INSERT INTO prayer (id, author_username, text, generated_prayer, project_tag, created_at, flagged, text_file_path,
                    safety_score, safety_flags, categorization_method, specificity_type, specificity_confidence,
                    subject_category)
  SELECT n.id, s.author_username, s.text || ' (' || n.x || ')', s.generated_prayer || char(10) || s.generated_prayer,
         s.project_tag, datetime('2020-01-01', '+' || ((n.x + $batch * 100000) % 2500) || ' days', '+' || (n.x % 86400) || ' seconds'),
         0, 'text_archives/prayers/bench/' || n.id || '.txt', 1.0, '[]', 'disabled', 'unknown', 0.0, 'general'
  FROM new_ids n JOIN bench_seed s ON s.n = n.x % (SELECT count(*) FROM bench_seed);
INSERT INTO prayermark (id, username, prayer_id, created_at, text_file_path)
  SELECT lower(hex(randomblob(16))), s.author_username, n.id, datetime('2020-01-01', '+' || (n.x % 2500) || ' days'),
         'text_archives/prayers/bench/' || n.id || '.txt'
  FROM new_ids n JOIN bench_seed s ON s.n = n.x % (SELECT count(*) FROM bench_seed)
  CROSS JOIN (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3);
DROP TABLE new_ids;
COMMIT;
SQL
    echo "  batch $batch: $(( $(stat -c %s "$db") / 1024 / 1024 )) MB" >&2
  done
  sqlite3 "$db" "DROP TABLE bench_seed; PRAGMA journal_mode=WAL;" > /dev/null
}

if [ ! -f "$cache/thywill.db" ]; then
  demo=$(demo_community 100 2000 7)
  rm -rf "$cache" && mkdir -p "$cache"
  cp "$demo/thywill.db" "$cache/building.db"
  echo "building a ${target_mb} MB database in $cache ..." >&2
  grow_database "$cache/building.db" "$target_mb"
  mv "$cache/building.db" "$cache/thywill.db"
fi
db="$cache/thywill.db"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "database: $db, $(( $(stat -c %s "$db") / 1024 / 1024 )) MB, $(sqlite3 "$db" 'select count(*) from prayer') prayers, $(sqlite3 "$db" 'select count(*) from prayermark') marks"
printf 'thywill.backups.remote-uri =\n' > "$work/no-remote.properties"

cat "$db" > /dev/null # both sides read the source from the page cache
t_sqlite=$(seconds sqlite3 "$db" ".backup '$work/baseline.db'")
t_backup=$(seconds env THYWILL_EXTRA_JAVA_OPTS="-Xlog:gc:file=$work/gc-backup.log" "$root/thywill" --db "$db" \
  --backups "$work/backups" --config "$work/no-remote.properties" backup --json)
backup=$(ls "$work"/backups/daily/thywill_daily_*.db)
rm -f "$work/baseline.db"

t_sha=$(seconds sha256sum "$backup")
t_check=$(seconds sqlite3 "$backup" "PRAGMA integrity_check")
t_baseline_verify=$(sum "$t_sha" "$t_check")
t_verify=$(seconds env THYWILL_EXTRA_JAVA_OPTS="-Xlog:gc:file=$work/gc-verify.log" "$root/thywill" verify "$backup")

printf 'backup:  sqlite3 .backup %.1fs, thywill backup %.1fs  ratio %s (target <= 1.5)\n' "$t_sqlite" "$t_backup" \
  "$(ratio "$t_backup" "$t_sqlite")"
printf '         against sqlite3 .backup + integrity_check of the copy %.1fs: ratio %s\n' "$(sum "$t_sqlite" "$t_check")" \
  "$(ratio "$t_backup" "$(sum "$t_sqlite" "$t_check")")"
printf 'verify:  sha256sum %.1fs + integrity_check %.1fs = %.1fs, thywill verify %.1fs  ratio %s (target <= 1.5)\n' \
  "$t_sha" "$t_check" "$t_baseline_verify" "$t_verify" "$(ratio "$t_verify" "$t_baseline_verify")"
printf 'peak heap: backup %s MB, verify %s MB (-Xmx256m)\n' "$(peak_heap_mb "$work/gc-backup.log")" \
  "$(peak_heap_mb "$work/gc-verify.log")"
