#!/usr/bin/env bash
# Configures and builds newsdesk. Usage: scripts/build.sh [--sanitize | --clang-release]
#   default:         build/                (RelWithDebInfo, the default compiler: GCC 12)
#   --sanitize:      build-asan/           (ASan + UBSan)
#   --clang-release: build-clang-release/  (Clang 14, Release: what users and packagers build)
# Warnings are errors in all three (NEWSDESK_WERROR=ON: development and CI builds); a plain
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
elif [ "${1:-}" = "--clang-release" ]; then
  dir=build-clang-release
  flags=(-DCMAKE_BUILD_TYPE=Release -DNEWSDESK_WERROR=ON
         -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14)
fi
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$dir" -G Ninja "${flags[@]}" "${launcher[@]}" >/dev/null
cmake --build "$dir" -j "$(nproc)"
echo "$dir"
