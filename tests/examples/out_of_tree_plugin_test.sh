#!/usr/bin/env bash
# The out-of-tree plugin path, as a third party would walk it: install Quarry into a temporary prefix, build
# examples/acronyms-plugin against the installed SDK with find_package(Quarry), drop the module into the
# installed plugin directory, and check that the installed quarry lists it and runs it.
# usage: out_of_tree_plugin_test.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
cmake -S "$src/examples/acronyms-plugin" -B "$work/plugin-build" "${generator[@]}" \
  -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror" >/dev/null
cmake --build "$work/plugin-build" >/dev/null
[ -f "$work/plugin-build/acronyms.so" ] || fail "the example plugin did not build"

quarry="$work/prefix/bin/quarry"
plugin_dir="$work/prefix/lib/quarry/plugins"
# The installed binary looks beside itself, not in the build tree.
"$quarry" plugins --json | grep -q "\"search_path\": \"$plugin_dir\"" || fail "installed quarry does not search $plugin_dir"
"$quarry" plugins | grep -q "^acronyms " && fail "acronyms listed before it was dropped in"

mkdir -p "$plugin_dir"
cp "$work/plugin-build/acronyms.so" "$plugin_dir/"
"$quarry" plugins | grep -q "^acronyms 1.0.0  (ABI 1.0, MIT)" || fail "quarry plugins does not list the dropped-in plugin"

echo "The Joint Chiefs of Staff (JCS) said the JCS was ready." |
  "$quarry" extract --plugins acronyms --format jsonl >"$work/out.jsonl" || fail "quarry extract failed"
python3 - "$work/out.jsonl" <<'PY' || fail "unexpected extract output: $(cat "$work/out.jsonl")"
import json, sys
doc = json.loads(open(sys.argv[1]).readline())
acronyms = doc["acronyms"]
assert [a["text"] for a in acronyms] == ["JCS", "JCS"], acronyms
assert acronyms[1]["expansion"] == "Joint Chiefs of Staff", acronyms
assert acronyms[0]["plugin"] == "acronyms", acronyms
PY
echo "out-of-tree plugin: built against the installed SDK, dropped in, listed and run"
