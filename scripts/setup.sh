#!/usr/bin/env bash
# Installs what Quarry needs from Debian packages (and, with --web, the web toolchain and the npm packages of
# web/), skipping everything already present. Safe to run again: a second run installs nothing.
#
#   scripts/setup.sh          native build and tests
#   scripts/setup.sh --web    also Emscripten, Chromium and web/node_modules (browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

want_web=0
for arg in "$@"; do
  case "$arg" in
    --web) want_web=1 ;;
    *) echo "usage: scripts/setup.sh [--web]" >&2; exit 2 ;;
  esac
done

native_packages=(cmake ninja-build g++ make pkg-config python3 git
                 libgtest-dev libgmock-dev libbenchmark-dev libboost-dev nlohmann-json3-dev libcli11-dev
                 libfmt-dev iso-codes)
web_packages=(emscripten chromium chromium-driver)

packages=("${native_packages[@]}")
if [ "$want_web" = 1 ]; then
  packages+=("${web_packages[@]}")
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "setup: all Debian packages present"
fi

if [ "$want_web" = 1 ] && [ -f web/package-lock.json ]; then
  # Reinstall only when the lock file changed since the last install.
  stamp=web/node_modules/.quarry-lock-stamp
  if [ ! -f "$stamp" ] || ! cmp -s web/package-lock.json "$stamp"; then
    echo "setup: npm ci in web/"
    npm ci --prefix web --no-audit --no-fund --loglevel=error
    cp web/package-lock.json "$stamp"
  else
    echo "setup: web/node_modules up to date"
  fi
fi
