#!/usr/bin/env bash
# Heal and bundle benchmark (issue 4), on demand: bash bench/heal.sh [PRAYERS] [USERS]
#
# On a generate-demo community (default 100,000 prayers with their marks), its database copied:
#   heal into an EMPTY tree        vs  `cp -r` of the demo's prayers/ and users/ (the same bytes, plain
#                                      buffered writes, no fsync)                              (target <= 2x)
#   no-op heal of the healed tree  vs  a `find -printf '%s %T@'` walk of it, or 3 s, whichever is larger
#                                                                                              (target <= 2x)
#   community bundle (export bundle) of the demo tree  vs  `zip -qr` of the same folders        (target <= 1.5x)
#   peak heap of each, run with -Xmx256m                                                       (target <= 256 MB)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_setup "$@"

files=$(find "$tree/prayers" "$tree/users" -type f | wc -l)
echo "community: $prayers prayers, $users users; prayers/ + users/: $files files, $(du -sh --apparent-size "$tree/prayers" "$tree/users" | awk '{print $1}' | paste -sd+)"

# Baseline for the heal: the same files written with plain buffered writes (the source read once first, so
# both sides read the database or the tree from the page cache).
cat "$demo/thywill.db" > /dev/null
find "$tree/prayers" "$tree/users" -type f -print0 | xargs -0 cat > /dev/null
t_copy=$(seconds cp -r "$tree/prayers" "$tree/users" "$(mkdir -p "$work/copy" && echo "$work/copy")")
rm -rf "$work/copy"

cp "$demo/thywill.db" "$work/heal.db"
mkdir -p "$work/tree"
heal() {
  THYWILL_EXTRA_JAVA_OPTS="-Xlog:gc:file=$work/gc-$1.log" "$root/thywill" --db "$work/heal.db" --archives "$work/tree" \
    heal-archives --json > "$work/report-$1.json" || echo "heal-archives exited $?" >&2
}
t_heal=$(seconds heal cold)
t_noop=$(seconds heal noop)
t_walk=$(seconds bash -c "find '$work/tree' -printf '%s %T@\n' > /dev/null")
noop_bound=$(max "$t_walk" 3)

# The healed prayer files against the demo's (written by the same writers as the original would).
differing=$(diff -rq "$tree/prayers" "$work/tree/prayers" | wc -l || true)

# Community bundle of the demo tree against zip -qr of the folders it holds.
folders=$(cd "$tree" && for f in prayers users activity foundational_prayers; do if [ -d "$f" ]; then echo "$f"; fi; done)
t_zip=$(seconds bash -c "cd '$tree' && zip -qr '$work/baseline.zip' $(echo $folders)")
t_bundle=$(seconds env THYWILL_EXTRA_JAVA_OPTS="-Xlog:gc:file=$work/gc-bundle.log" "$root/thywill" --db "$work/heal.db" \
  --archives "$tree" export bundle --out "$work/bundles" --json)

summary=$(python3 - "$work" <<'PY'
import json, sys
w = sys.argv[1]
cold = json.load(open(f"{w}/report-cold.json"))
noop = json.load(open(f"{w}/report-noop.json"))
k = cold["kinds"].get("prayers", {})
print(f"cold: prayers created {k.get('created')}, problems {len(cold['problems'])}; "
      f"no-op: healed {sum(v['created'] + v['appended'] + v['rewritten'] for v in noop['kinds'].values())}, "
      f"pointers set {sum(noop['pointersSet'].values())}, problems {len(noop['problems'])}")
PY
)

printf 'baseline cp -r: %.1fs\n' "$t_copy"
printf 'heal into an empty tree: %.1fs  ratio %s (target <= 2)\n' "$t_heal" "$(ratio "$t_heal" "$t_copy")"
printf 'no-op heal: %.1fs  ratio %s against max(find walk %.2fs, 3s) (target <= 2)\n' "$t_noop" \
  "$(ratio "$t_noop" "$noop_bound")" "$t_walk"
printf 'community bundle: %.1fs  ratio %s against zip -qr %.1fs (target <= 1.5); sizes %s vs %s bytes\n' "$t_bundle" \
  "$(ratio "$t_bundle" "$t_zip")" "$t_zip" "$(stat -c %s "$work"/bundles/*.zip)" "$(stat -c %s "$work/baseline.zip")"
printf 'peak heap: heal %s MB, no-op %s MB, bundle %s MB (-Xmx256m)\n' "$(peak_heap_mb "$work/gc-cold.log")" \
  "$(peak_heap_mb "$work/gc-noop.log")" "$(peak_heap_mb "$work/gc-bundle.log")"
printf '%s; healed prayer files differing from the demo'"'"'s: %s\n' "$summary" "$differing"
