#!/usr/bin/env bash
# Sets up, builds, and runs every test: the GoogleTest suites (ctest) and the browser tests of web/
# (the README's second command). Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --web
werror=()
[ "${CI:-}" = true ] && werror=(-DQUARRY_WERROR=ON)
scripts/build.sh "${werror[@]}"
ctest --test-dir "${QUARRY_BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
if [ -x scripts/web-test.sh ]; then
  scripts/web-test.sh
fi
