#!/usr/bin/env bash
# Configures (once) and builds the native tree in build/: the quarry CLI, the plugins, the tests.
# Extra arguments go to the first configure, e.g. scripts/build.sh -DQUARRY_WERROR=ON.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${QUARRY_BUILD_DIR:-build}
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif [ "$#" -gt 0 ]; then
  cmake -S . -B "$build_dir" "$@"
fi
cmake --build "$build_dir" -j "$(nproc)"
