#!/usr/bin/env bash
# Import benchmark (issue 3), on demand: bash bench/import.sh [PRAYERS] [USERS]
#
# On a generate-demo community (default 100,000 prayers with their marks):
#   cold import into an empty DB   vs  reading every file + the sqlite3 CLI bulk-loading the same rows
#                                      from CSV into the same schema in one transaction      (target <= 2x)
#   no-op re-import of the tree    vs  a `find -printf '%s %T@'` walk of it, or 3 s, whichever is larger
#                                                                                            (target <= 2x)
#   peak heap of the import, run with -Xmx256m                                               (target <= 256 MB)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_setup "$@"

files=$(find "$tree" -type f | wc -l)
echo "community: $prayers prayers, $users users, $files files, $(du -sh "$tree" | cut -f1)"

# Baseline: read every file, then bulk-load the same rows with the sqlite3 CLI.
t_read=$(seconds bash -c "find '$tree' -type f -print0 | xargs -0 cat > /dev/null")
mkdir -p "$work/csv"
tables="user prayer prayermark prayer_attributes prayer_activity_log session invitetoken invite_token_usage"
for t in $tables; do sqlite3 -csv "$demo/thywill.db" "select * from \"$t\"" > "$work/csv/$t.csv"; done
sqlite3 "$work/baseline.db" < "$root/src/main/resources/db/migration/V1__thywill_schema.sql"
{
  echo "PRAGMA journal_mode=WAL;"
  echo ".mode csv"
  echo "BEGIN;"
  for t in $tables; do echo ".import '$work/csv/$t.csv' \"$t\""; done
  echo "COMMIT;"
} > "$work/load.sql"
t_load=$(seconds sqlite3 "$work/baseline.db" ".read $work/load.sql")
t_baseline=$(sum "$t_read" "$t_load")

# Cold import, then the no-op re-import, through the launcher (its JVM options: a 256 MB heap).
import() {
  THYWILL_EXTRA_JAVA_OPTS="-Xlog:gc:file=$work/gc-$1.log" "$root/thywill" --db "$work/import.db" --archives "$tree" \
    import text-archives --json > "$work/report-$1.json"
}
t_cold=$(seconds import cold)
t_noop=$(seconds import noop)
t_walk=$(seconds bash -c "find '$tree' -printf '%s %T@\n' > /dev/null")
noop_bound=$(max "$t_walk" 3)

rejected=$(python3 -c "import json,sys; print(json.load(open('$work/report-cold.json'))['files']['rejected'])")
inserted_noop=$(python3 -c "import json,sys; print(sum(json.load(open('$work/report-noop.json'))['inserted'].values()))")
heap_cold=$(peak_heap_mb "$work/gc-cold.log")
heap_noop=$(peak_heap_mb "$work/gc-noop.log")

printf 'baseline (read %.1fs + sqlite3 load %.1fs): %.1fs\n' "$t_read" "$t_load" "$t_baseline"
printf 'cold import:  %.1fs  ratio %s (target <= 2)\n' "$t_cold" "$(ratio "$t_cold" "$t_baseline")"
printf 'no-op import: %.1fs  ratio %s against max(find walk %.2fs, 3s) (target <= 2)\n' "$t_noop" "$(ratio "$t_noop" "$noop_bound")" "$t_walk"
printf 'peak heap: cold %s MB, no-op %s MB (-Xmx256m)\n' "${heap_cold:-?}" "${heap_noop:-?}"
printf 'rejected files: %s; rows inserted by the no-op run: %s\n' "$rejected" "$inserted_noop"
