#!/usr/bin/env bash
# e2e: `newsdesk crawl pipelines/samples.toml` (the offline default) stores every sample
# page once; a second crawl stores nothing new; a bad pipeline file is exit 2.
# Usage: bash crawl_samples.sh <newsdesk-binary> <source-dir>
set -euo pipefail
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expected=$(grep -cvE '^\s*(#|$)' "$src/samples/urls.txt")

"$bin" crawl "$src/pipelines/samples.toml" --db "$tmp/s.db" >"$tmp/out1" 2>"$tmp/err1" || {
  echo "first crawl failed"; cat "$tmp/out1" "$tmp/err1"; exit 1; }
grep -q "crawl: $expected URLs: $expected fetched, $expected stored" "$tmp/out1" || {
  echo "expected $expected stored:"; cat "$tmp/out1"; exit 1; }
grep -q "^source samples feed: 1 document read, 0 unchanged, $expected links, $expected new" "$tmp/out1" || {
  echo "expected the feed's line, its counts in number:"; cat "$tmp/out1"; exit 1; }

"$bin" crawl "$src/pipelines/samples.toml" --db "$tmp/s.db" >"$tmp/out2" 2>"$tmp/err2" || {
  echo "second crawl failed"; cat "$tmp/out2" "$tmp/err2"; exit 1; }
grep -q "0 stored" "$tmp/out2" || { echo "second crawl stored something:"; cat "$tmp/out2"; exit 1; }
grep -q "0 new" "$tmp/out2" || { echo "second crawl found new URLs:"; cat "$tmp/out2"; exit 1; }

printf 'name = "x"\n[[sources]]\nkind = "feed"\nurl = "https://x/"\nintervall = "1h"\n' >"$tmp/bad.toml"
set +e
"$bin" crawl "$tmp/bad.toml" --db "$tmp/s.db" 2>"$tmp/err3"
rc=$?
set -e
[ "$rc" = 2 ] || { echo "bad pipeline: exit $rc, want 2"; exit 1; }
grep -q "bad.toml:5: sources\[0\].intervall: unknown key (did you mean 'interval'?)" "$tmp/err3" || {
  echo "bad pipeline message:"; cat "$tmp/err3"; exit 1; }
echo "crawl_samples: ok ($expected articles)"
