#!/usr/bin/env bash
# Longer fuzzing runs: every Jazzer target in org.thywill.archive.fuzz (each archive reader and the ZIP intake),
# one JVM per target at -Xmx256m with a 1 s per-input timeout, SECONDS each (default 60), FORKS targets at a time
# (default 2). Prints, per target, the inputs it ran; crashing inputs land in
# src/test/resources/org/thywill/archive/fuzz/<Target>Inputs/<method>/ and are replayed by every `mvn verify`.
#
#   bench/fuzz.sh [seconds-per-target] [Target,Target...]
#   FORKS=1 bench/fuzz.sh 300 PrayerFileReaderFuzzTest
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$(bench_root)"

seconds_per_target=${1:-60}
targets=${2:-}
forks=${FORKS:-2}

# a random seed (0) and no cap on inputs (-1), unlike the fixed run in `mvn verify`
args=(-B -q test-compile surefire:test@fuzz -Dfuzz.seconds="$seconds_per_target" -Dfuzz.forks="$forks" -Dfuzz.skip=false -Dfuzz.seed=0
  -Dfuzz.runs=-1)
if [ -n "$targets" ]; then
  args+=(-Dtest="$targets" -Dsurefire.failIfNoSpecifiedTests=false)
fi

rm -rf target/fuzz-reports
start=$(now)
status=0
mvn "${args[@]}" || status=$?
end=$(now)

echo "target inputs"
total=0
for f in target/fuzz-reports/*-output.txt; do
  line=$(grep -h '^fuzz-executions ' "$f" || true)
  if [ -n "$line" ]; then
    set -- $line
    echo "$2 $3"
    total=$((total + $3))
  else
    echo "$(basename "$f" -output.txt | sed 's/.*\.//') (no count: see $f)"
  fi
done
echo "total inputs: $total in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", b - a }') s, ${seconds_per_target} s per target, $forks at a time"
git status --porcelain -- 'src/test/resources/org/thywill/archive/fuzz' | sed 's/^/new finding: /' || true
exit $status
