#!/usr/bin/env bash
# Benchmarks the WebAssembly pipeline in Node and in headless Chromium against the native CLI on the seeds
# corpus (../shared/gold/seeds.jsonl: the five seed articles with their reference dates), in one run, and
# prints the ratio and the module's sizes. Builds what it needs; installs nothing (scripts/setup.sh --web).
#   scripts/web-bench.sh [CORPUS.jsonl | DIR_OF_TXT]
#   QUARRY_NATIVE_BUILD_DIR  native build (default: $QUARRY_BUILD_DIR or build); QUARRY_WEB_BUILD_DIR (build-web)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

absolute() { case "$1" in /*) echo "$1" ;; *) echo "$root/$1" ;; esac; }
web_dir=$(absolute "${QUARRY_WEB_BUILD_DIR:-build-web}")
native_dir=$(absolute "${QUARRY_NATIVE_BUILD_DIR:-${QUARRY_BUILD_DIR:-build}}")
export QUARRY_WEB_BUILD_DIR=$web_dir
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}  # Debian's emcc needs node's acorn (docs/TOOLCHAIN.md)
corpus=${1:-../shared/gold/seeds.jsonl}
if [ ! -e "$corpus" ]; then
  echo "web-bench: corpus $corpus not found (the seeds live in ../shared beside the project)" >&2
  exit 1
fi
if [ ! -d web/node_modules/playwright-core ]; then
  echo "web-bench: playwright-core is missing; run: npm ci --prefix web (or scripts/setup.sh --web)" >&2
  exit 1
fi

scripts/web-build.sh >/dev/null
if [ ! -f "$native_dir/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  cmake -S . -B "$native_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DQUARRY_BUILD_TESTS=OFF >/dev/null
fi
# Only the CLI and the plugin modules (not the static variants, tests or benchmarks of a full build).
plugin_targets=$(sed -n 's/^quarry_add_plugin(\([a-z0-9_]*\).*/\1/p' plugins/*/CMakeLists.txt)
# shellcheck disable=SC2086
cmake --build "$native_dir" -j "$(nproc)" --target quarry $plugin_targets >/dev/null
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$native_dir/CMakeCache.txt")
echo "native: $native_dir ($build_type, $(g++ --version | head -1)); wasm: $web_dir (Release, $(emcc --version 2>/dev/null | head -1 | cut -d' ' -f1-2,10-))"
mkdir -p "$web_dir/artifacts"
node web/tools/wasm-benchmark.mjs --site "$web_dir/site" --quarry "$native_dir/bin/quarry" --corpus "$corpus" \
  --json "$web_dir/artifacts/bench.json"
