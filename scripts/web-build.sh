#!/usr/bin/env bash
# Builds the WebAssembly module and the demo page with Emscripten into build-web/site/ (ready to serve).
# Extra arguments go to the first configure. QUARRY_WEB_BUILD_DIR overrides the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${QUARRY_WEB_BUILD_DIR:-build-web}
# Debian's emcc needs node's acorn for optimised links (docs/TOOLCHAIN.md).
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
if ! command -v emcmake >/dev/null 2>&1; then
  echo "web-build: emcmake not found; install Emscripten with scripts/setup.sh --web" >&2
  exit 1
fi
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  # Tests are native-only here (GoogleTest is not in Emscripten's sysroot); node 20 needs the emulator flag.
  emcmake cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DQUARRY_BUILD_TESTS=OFF \
    "-DCMAKE_CROSSCOMPILING_EMULATOR=/usr/bin/node;--no-experimental-fetch" "$@"
elif [ "$#" -gt 0 ]; then
  emcmake cmake -S . -B "$build_dir" "$@"
fi
cmake --build "$build_dir" --target quarry_web -j "$(nproc)"
echo "web-build: $build_dir/site/ ($(du -k "$build_dir/site/quarry.wasm" | cut -f1) KB wasm, $(du -k "$build_dir/site/quarry.js" | cut -f1) KB js)"
