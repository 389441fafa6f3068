#!/usr/bin/env bash
# Installs every Debian package newsdesk needs to build, test and benchmark, skipping
# those already installed. Idempotent; safe to run on every build.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libcurl4-openssl-dev libboost-dev libxml2-dev libicu-dev libcld2-dev libsqlite3-dev
  libtomlplusplus-dev libcli11-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
  liburiparser-dev zlib1g-dev libdeflate-dev libssl-dev libgtest-dev libgmock-dev libbenchmark-dev
  sqlite3 curl wget wrk clang libclang-rt-14-dev python3
  chromium
  postgresql libpq-dev libre2-dev
  time
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q || echo "install-deps: apt-get update failed; trying the cached lists" >&2
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
