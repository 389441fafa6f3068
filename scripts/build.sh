#!/usr/bin/env bash
# Configures and builds newsdesk. Usage: scripts/build.sh [--sanitize]
#   default:    build/       (RelWithDebInfo)
#   --sanitize: build-asan/  (ASan + UBSan)
# Warnings are errors in both (NEWSDESK_WERROR=ON: development and CI builds); a plain
# `cmake` build for users and packagers leaves it off, so that a new compiler's false
# positive never stops theirs.
# Prints the build directory on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSDESK_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-asan
  flags=(-DCMAKE_BUILD_TYPE=Debug -DNEWSDESK_SANITIZE=ON -DNEWSDESK_BUILD_BENCH=OFF -DNEWSDESK_WERROR=ON)
fi
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$dir" -G Ninja "${flags[@]}" "${launcher[@]}" >/dev/null
cmake --build "$dir" -j "$(nproc)"
echo "$dir"
