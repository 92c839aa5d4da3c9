#!/usr/bin/env bash
# Builds the browser demo and serves it on http://127.0.0.1:PORT/ (default 8080) until Ctrl-C.
#   scripts/web-serve.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."

port=${1:-${QUARRY_WEB_PORT:-8080}}
scripts/web-build.sh
site=${QUARRY_WEB_BUILD_DIR:-build-web}/site
echo "web-serve: open http://127.0.0.1:$port/ (Ctrl-C stops)"
# http.server sends .wasm as application/wasm, which streaming compilation needs.
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$site"
