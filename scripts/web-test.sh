#!/usr/bin/env bash
# The browser end-to-end test: builds the web demo (build-web/) and the native CLI with its plugins, then drives
# Debian's headless Chromium through the page (tests/web/e2e.test.mjs) and compares its JSON with the CLI's.
# Installs nothing: needs Emscripten, chromium and `npm ci --prefix web` (scripts/setup.sh --web).
# Artifacts (screenshot, differing JSON) go to build-web/artifacts/. Exits non-zero on any failure.
#   QUARRY_NATIVE_BUILD_DIR  native build to compare with (default: $QUARRY_BUILD_DIR or build)
#   QUARRY_WEB_BUILD_DIR     web build (default: build-web)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

absolute() { case "$1" in /*) echo "$1" ;; *) echo "$root/$1" ;; esac; }
web_dir=$(absolute "${QUARRY_WEB_BUILD_DIR:-build-web}")
native_dir=$(absolute "${QUARRY_NATIVE_BUILD_DIR:-${QUARRY_BUILD_DIR:-build}}")
export QUARRY_WEB_BUILD_DIR=$web_dir

if [ ! -d web/node_modules/playwright-core ]; then
  echo "web-test: playwright-core is missing; run: npm ci --prefix web (or scripts/setup.sh --web)" >&2
  exit 1
fi
if [ ! -x /usr/bin/chromium ] && [ -z "${QUARRY_CHROMIUM:-}" ]; then
  echo "web-test: /usr/bin/chromium is missing; run scripts/setup.sh --web" >&2
  exit 1
fi

scripts/web-build.sh
# The web build's compatibility shims, checked in the module's own runtime.
cmake --build "$web_dir" --target quarry_web_charconv_check
node --no-experimental-fetch "$web_dir/checks/quarry_web_charconv_check.js"

# The native CLI and plugin modules of the same sources, to compare with.
if [ ! -f "$native_dir/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  cmake -S . -B "$native_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DQUARRY_BUILD_TESTS=OFF
fi
cmake --build "$native_dir" -j "$(nproc)"

export QUARRY_WEB_SITE="$web_dir/site"
export QUARRY_CLI="$native_dir/bin/quarry"
export QUARRY_SOURCE_DIR="$root"
export QUARRY_WEB_ARTIFACTS="$web_dir/artifacts"
rm -rf "$QUARRY_WEB_ARTIFACTS"
node --test --test-reporter=spec tests/web/e2e.test.mjs
echo "web-test: screenshot in $QUARRY_WEB_ARTIFACTS/web-e2e.png"
