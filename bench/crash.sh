#!/usr/bin/env bash
# Crash-consistency trials (issue 8), on demand: bash bench/crash.sh [TRIALS_IN_ALL] [PRAYERS] [SEED]
#
# Runs the kill -9 harness (src/test/java/org/thywill/archive/crash) with TRIALS_IN_ALL trials spread over its four
# scenarios (default 32: 8 each) — a large ZIP dropped into the running service, heal-archives into an empty and
# into a partly written tree, backup — on a generated community of PRAYERS prayers (default 300, a ZIP of ~360
# archive files; 1000 gives ~1,100 at about three times the time), then prints a summary from the trial journal:
# trials per scenario, how many kills hit a running process, the kill moments (min / median / max as a fraction of
# their window), what the kills left behind, failures.
# Replay one trial: mvn -B -q test -Dtest='<Scenario>CrashTest' -Dcrash.seed=SEED -Dcrash.trials=N.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

root=$(bench_root)
total=${1:-32}
prayers=${2:-300}
seed=${3:-$(date +%s)}
per=$(( (total + 3) / 4 ))
mkdir -p "$root/target"
journal="$root/target/crash-bench-$seed.tsv"
rm -f "$journal"

echo "crash trials: $per per scenario (4 scenarios), $prayers prayers, seed $seed" >&2
status=0
(cd "$root" && mvn -B -q test -Dtest='ZipDropCrashTest,HealCrashTest,BackupCrashTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcrash.trials="$per" -Dcrash.prayers="$prayers" -Dcrash.seed="$seed" -Dcrash.journal="$journal") \
    > "$root/target/crash-bench-$seed.log" 2>&1 || status=$?

if [ ! -s "$journal" ]; then
  echo "no trial ran; see $root/target/crash-bench-$seed.log" >&2
  exit 1
fi
# journal columns: scenario trial seed window delay_ms window_ms hit left_behind outcome
printf "%-13s %6s %7s %7s  %s\n" scenario trials killed failed "kill moment as a fraction of its window (min / median / max)"
for s in $(cut -f1 "$journal" | sort -u); do
  fractions=$(awk -F'\t' -v s="$s" '$1 == s { printf "%.2f\n", ($6 > 0 ? $5 / $6 : 0) }' "$journal" | sort -n)
  count=$(echo "$fractions" | wc -l)
  median=$(echo "$fractions" | sed -n "$(( (count + 1) / 2 ))p")
  awk -F'\t' -v s="$s" -v lo="$(echo "$fractions" | head -1)" -v me="$median" -v hi="$(echo "$fractions" | tail -1)" '
    $1 == s { n++; if ($7 == "killed") k++; if ($9 != "ok") f++ }
    END { printf "%-13s %6d %7d %7d  %s / %s / %s\n", s, n, k, f, lo, me, hi }' "$journal"
done
awk -F'\t' '{ n++; w[$4]++; if ($9 != "ok") f++ } END {
  printf "in all: %d trials, %d failed; windows:", n, f; for (k in w) printf " %s %d", k, w[k]; printf "\n" }' "$journal"
echo "what the kills left behind (per trial):"
awk -F'\t' '{ printf "  %-13s #%-3s %-5s %6d ms of %6d  %-13s %s  => %s\n", $1, $2, $4, $5, $6, $7, $8, substr($9, 1, 160) }' "$journal"
echo "journal: $journal; log: $root/target/crash-bench-$seed.log"
exit $status
