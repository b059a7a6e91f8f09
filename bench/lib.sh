# Shared helpers for the benchmarks (sourced). Ratios against a baseline measured in the same run:
# these machines are shared and noisy, so an absolute time means little.

bench_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

now() { date +%s.%N; }

# seconds COMMAND...: runs the command, prints its wall time in seconds on stdout (its own output goes to stderr).
seconds() {
  local start end
  start=$(now)
  "$@" >&2
  end=$(now)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; }

max() { awk -v a="$1" -v b="$2" 'BEGIN { print (a > b ? a : b) }'; }

sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", a + b }'; }

# peak_heap_mb GC_LOG: the largest heap occupancy any GC saw, in MB (from -Xlog:gc lines "…123M->45M(256M)…").
peak_heap_mb() {
  grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$1" | sed -E 's/M->.*//' | sort -n | tail -1
}

# The jar, built if needed.
bench_jar() {
  local root
  root=$(bench_root)
  "$root/thywill" version >/dev/null
  echo "$root/target/thywill.jar"
}

# A demo community, generated once per size and seed and kept under $BENCH_CACHE.
demo_community() {
  local users=$1 prayers=$2 seed=$3
  local out="${BENCH_CACHE:-/tmp/thywill-bench}/demo-$users-$prayers-$seed"
  if [ ! -f "$out/thywill.db" ]; then
    rm -rf "$out"
    java -jar "$(bench_jar)" generate-demo --users "$users" --prayers "$prayers" --seed "$seed" --out "$out" >&2
  fi
  echo "$out"
}

# bench_setup [PRAYERS] [USERS]: the common start of a benchmark. Sets root, prayers (default 100,000), users
# (default 2,000), demo (the cached demo community), tree (its text_archives) and work (a temp dir, removed on exit).
bench_setup() {
  root=$(bench_root)
  prayers=${1:-100000}
  users=${2:-2000}
  bench_jar > /dev/null # builds the jar if needed
  demo=$(demo_community "$users" "$prayers" 7)
  tree="$demo/text_archives"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
}
