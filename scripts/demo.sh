#!/usr/bin/env bash
# Sets up, builds, and runs the quarry CLI on an example article (the README's first command).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
echo
echo "\$ build/bin/quarry extract --date 2026-10-09 --format pretty examples/articles/trade-talks.txt"
build/bin/quarry extract --date 2026-10-09 --format pretty examples/articles/trade-talks.txt
