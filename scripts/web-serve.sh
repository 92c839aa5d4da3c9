#!/usr/bin/env bash
# Builds the browser demo and serves it on http://127.0.0.1:PORT/ (default 8080) until Ctrl-C.
#   scripts/web-serve.sh [--drop-in] [PORT]
# --drop-in serves the variant that can load extra plugin .wasm files at run time (build-web-dropin/).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${QUARRY_WEB_PORT:-8080}
build_dir=${QUARRY_WEB_BUILD_DIR:-build-web}
configure=()
for arg in "$@"; do
  case "$arg" in
    --drop-in) build_dir=${QUARRY_WEB_DROP_IN_BUILD_DIR:-build-web-dropin}; configure=(-DQUARRY_WEB_DROP_IN=ON) ;;
    [0-9]*) port=$arg ;;
    *) echo "usage: scripts/web-serve.sh [--drop-in] [PORT]" >&2; exit 2 ;;
  esac
done
QUARRY_WEB_BUILD_DIR=$build_dir scripts/web-build.sh "${configure[@]}"
echo "web-serve: open http://127.0.0.1:$port/ (Ctrl-C stops)"
# http.server sends .wasm as application/wasm, which streaming compilation needs.
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$build_dir/site"
