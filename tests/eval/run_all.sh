#!/usr/bin/env bash
# Scores every plugin of a build on the shared gold files and the benchmark test splits, and writes a markdown
# scoreboard. Scores are tracked, not asserted: the script fails only when the evaluator crashes or rejects a
# gold file (exit code 2 or worse, or a signal), never because a score is low.
#
#   tests/eval/run_all.sh BUILD_DIR [OUT.md]      (default OUT.md: BUILD_DIR/scoreboard.md)
#
# Environment: QUARRY_SHARED_DIR (default: ../shared beside the repository), QUARRY_EVAL_PLUGINS (a comma list
# for --plugins; default: every plugin the build has). Without the shared folder it prints why and exits 0.
set -u -o pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 BUILD_DIR [OUT.md]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "$1" && pwd) || exit 2
out=${2:-$build/scoreboard.md}
quarry=$build/bin/quarry
shared=${QUARRY_SHARED_DIR:-$repo/../shared}

if [ ! -x "$quarry" ]; then
  echo "run_all.sh: $quarry not found; build the quarry target first" >&2
  exit 2
fi
if [ ! -d "$shared/gold" ] || [ ! -d "$shared/bench" ]; then
  echo "run_all.sh: skipped: the shared data folder ($shared) is not here, so there is nothing to score"
  exit 0
fi
shared=$(cd "$shared" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

plugin_args=()
if [ -n "${QUARRY_EVAL_PLUGINS:-}" ]; then plugin_args=(--plugins "$QUARRY_EVAL_PLUGINS"); fi
"$quarry" plugins --json >"$work/plugins.json" 2>/dev/null || true

# label|gold file (relative to the shared folder)|extra arguments for quarry eval
runs=()
for gold in "$shared"/gold/*.jsonl; do
  [ -e "$gold" ] && runs+=("$(basename "$gold" .jsonl)|${gold#"$shared"/}|")
done
runs+=(
  "te3-platinum-test|bench/dates/te3-platinum-test.jsonl|"
  "polnear-test (all kinds)|bench/quotes/polnear-test.jsonl|"
  "polnear-test (direct,mixed)|bench/quotes/polnear-test.jsonl|--kinds direct,mixed"
  "gum-news|bench/actors/gum-news.jsonl|"
  "rt-number|bench/numbers/rt-number.jsonl|"
  "rt-numberrange|bench/numbers/rt-numberrange.jsonl|"
  "rt-percent|bench/numbers/rt-percent.jsonl|"
  "rt-currency|bench/numbers/rt-currency.jsonl|"
  "rt-dimension|bench/numbers/rt-dimension.jsonl|"
  "measeval|bench/numbers/measeval.jsonl|"
)
# The silver dates set of modern news (tests/eval/silver/README.md): only its held-out part is a score; its
# annotations are joined here with their texts from the shared folder.
silver=tests/eval/silver/dates-modern-heldout.jsonl
if python3 "$repo/tests/eval/silver/join_text.py" "$shared" "$repo/$silver" "$work/silver-heldout.jsonl"; then
  runs+=("silver modern news, held out|$silver|")
else
  echo "run_all.sh: could not join $silver with its texts; it is not scored" >&2
fi

failed=0
: >"$work/manifest.tsv"
n=0
for run in "${runs[@]}"; do
  IFS='|' read -r label gold extra <<<"$run"
  n=$((n + 1))
  file="$shared/$gold"
  if [ "$gold" = "$silver" ]; then file="$work/silver-heldout.jsonl"; fi
  if [ ! -f "$file" ]; then
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$gold" "missing" "0" "" >>"$work/manifest.tsv"
    continue
  fi
  start=$(date +%s%N)
  # shellcheck disable=SC2086  # $extra is deliberately split into words
  "$quarry" eval --json --gold "$file" ${extra} "${plugin_args[@]}" >"$work/$n.json" 2>"$work/$n.err"
  code=$?
  milliseconds=$((($(date +%s%N) - start) / 1000000))
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$gold" "$code" "$milliseconds" "$work/$n" >>"$work/manifest.tsv"
  if [ "$code" -ge 2 ]; then
    if grep -q "no plugins found" "$work/$n.err"; then continue; fi  # nothing to score is not a crash
    failed=1
    echo "run_all.sh: quarry eval failed on $gold (exit $code):" >&2
    head -20 "$work/$n.err" >&2
  fi
done

python3 "$here/scoreboard.py" --manifest "$work/manifest.tsv" --plugins "$work/plugins.json" \
  --quarry-version "$("$quarry" --version 2>/dev/null)" >"$out" || failed=1
echo "run_all.sh: scoreboard written to $out"
exit $failed
