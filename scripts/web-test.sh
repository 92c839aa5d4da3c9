#!/usr/bin/env bash
# The browser end-to-end tests: builds the web demo (build-web/, plugins linked in) and its drop-in variant
# (build-web-dropin/, -DQUARRY_WEB_DROP_IN=ON: extra plugin .wasm files loaded at run time) and the native CLI
# with its plugins, then drives Debian's headless Chromium through the page (tests/web/*.test.mjs) and
# compares its JSON with the CLI's. Installs nothing: needs Emscripten, chromium and `npm ci --prefix web`
# (scripts/setup.sh --web). Artifacts (screenshots, differing JSON) go to build-web/artifacts/.
# Exits non-zero on any failure.
#   QUARRY_NATIVE_BUILD_DIR       native build to compare with (default: $QUARRY_BUILD_DIR or build)
#   QUARRY_WEB_BUILD_DIR          web build (default: build-web)
#   QUARRY_WEB_DROP_IN_BUILD_DIR  drop-in web build (default: build-web-dropin); QUARRY_WEB_SKIP_DROP_IN=1 skips it
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

absolute() { case "$1" in /*) echo "$1" ;; *) echo "$root/$1" ;; esac; }
web_dir=$(absolute "${QUARRY_WEB_BUILD_DIR:-build-web}")
drop_in_dir=$(absolute "${QUARRY_WEB_DROP_IN_BUILD_DIR:-build-web-dropin}")
native_dir=$(absolute "${QUARRY_NATIVE_BUILD_DIR:-${QUARRY_BUILD_DIR:-build}}")
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}  # Debian's emcc needs node's acorn (docs/TOOLCHAIN.md)
drop_in=1
[ "${QUARRY_WEB_SKIP_DROP_IN:-}" = 1 ] && drop_in=0

if [ ! -d web/node_modules/playwright-core ]; then
  echo "web-test: playwright-core is missing; run: npm ci --prefix web (or scripts/setup.sh --web)" >&2
  exit 1
fi
if [ ! -x /usr/bin/chromium ] && [ -z "${QUARRY_CHROMIUM:-}" ]; then
  echo "web-test: /usr/bin/chromium is missing; run scripts/setup.sh --web" >&2
  exit 1
fi

QUARRY_WEB_BUILD_DIR=$web_dir scripts/web-build.sh
# The web build's compatibility shims, checked in the module's own runtime.
cmake --build "$web_dir" --target quarry_web_charconv_check
node --no-experimental-fetch "$web_dir/checks/quarry_web_charconv_check.js"
if [ "$drop_in" = 1 ]; then
  QUARRY_WEB_BUILD_DIR=$drop_in_dir scripts/web-build.sh -DQUARRY_WEB_DROP_IN=ON
fi

# The native CLI and plugin modules of the same sources, to compare with.
if [ ! -f "$native_dir/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  cmake -S . -B "$native_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DQUARRY_BUILD_TESTS=OFF
fi
# Only the CLI and the plugin modules (not the static variants, tests or benchmarks of a full build).
plugin_targets=$(sed -n 's/^quarry_add_plugin(\([a-z0-9_]*\).*/\1/p' plugins/*/CMakeLists.txt)
# shellcheck disable=SC2086
cmake --build "$native_dir" -j "$(nproc)" --target quarry $plugin_targets

export QUARRY_CLI="$native_dir/bin/quarry"
export QUARRY_SOURCE_DIR="$root"
export QUARRY_WEB_ARTIFACTS="$web_dir/artifacts"
export QUARRY_WEB_SITE="$web_dir/site"
rm -rf "$QUARRY_WEB_ARTIFACTS"
tests=(tests/web/e2e.test.mjs)
if [ "$drop_in" = 1 ]; then
  # The example plugin as a native module, for the CLI side of the drop-in comparison (the same source the
  # page loads as a side module; the SDK is header-only).
  export QUARRY_DROP_IN_PLUGIN_DIR="$drop_in_dir/native-plugins"
  mkdir -p "$QUARRY_DROP_IN_PLUGIN_DIR"
  c++ -std=c++20 -O2 -shared -fPIC -fvisibility=hidden -fvisibility-inlines-hidden -Isdk/include \
    examples/acronyms-plugin/acronyms_plugin.cpp -o "$QUARRY_DROP_IN_PLUGIN_DIR/acronyms.so"
  export QUARRY_WEB_DROP_IN_SITE="$drop_in_dir/site"
  tests+=(tests/web/drop-in.test.mjs)
fi
node --test --test-reporter=spec --test-timeout=600000 "${tests[@]}"
echo "web-test: screenshots in $QUARRY_WEB_ARTIFACTS/"
