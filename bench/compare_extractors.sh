#!/usr/bin/env bash
# newsdesk and published extractors (Mozilla Readability, Defuddle, Postlight Parser,
# @extractus/article-extractor) side by side on the extraction dev set, through one scorer
# (tests/testing/devset_score.h, as devset_score_bench): recall, rejection and F1 per
# language for each.
#
#   bench/compare_extractors.sh [-v] [DEVSET_DIR]
#
# The extractors are Node packages pinned in bench/extractors/package-lock.json, installed
# with `npm ci` into BUILD_DIR/bench-extractors (default build/; needs node >= 18 and npm
# with the npm registry reachable the first time). They read each page as newsdesk decodes
# it (UTF-8), so all start from the same text, and none may reach the network
# (bench/extractors/common.mjs). Each runner prints its CPU time and the number of pages it
# finds no article on to stderr. -v also lists every snippet newsdesk misses or leaks and,
# per extractor, those it gets right where newsdesk does not.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
args=()
devset=$root/../shared/devsets/extraction
for a in "$@"; do
  case $a in
    -v) args+=(-v) ;;
    *) devset=$a ;;
  esac
done
work=$build/bench-extractors

cmake --build "$build" --target devset_score_bench >/dev/null
mkdir -p "$work"
# npm ci again only when the pinned versions changed.
if ! cmp -s "$root/bench/extractors/package-lock.json" "$work/package-lock.json" ||
   [ ! -d "$work/node_modules" ]; then
  cp "$root/bench/extractors/package.json" "$root/bench/extractors/package-lock.json" "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$root/bench/extractors/"*.mjs "$work/"

"$build/bench/devset_score_bench" "$devset" --write-decoded "$work/decoded"
texts=()
for x in readability defuddle postlight article-extractor; do
  node "$work/$x.mjs" "$devset" "$work/decoded" >"$work/$x.jsonl"
  texts+=(--texts "$x=$work/$x.jsonl")
done
"$build/bench/devset_score_bench" "$devset" "${args[@]}" "${texts[@]}"
