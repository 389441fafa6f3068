#!/usr/bin/env bash
# Load figure of `newsdesk serve`: requests/s, p99 latency and peak RSS for
# /api/v1/stories and /api/v1/search, measured with wrk on loopback, on the samples store
# and on a generated store of N articles.
# Usage: bench/serve_wrk.sh [BUILD_DIR] [ARTICLES] [SECONDS] [CONNECTIONS] [SERVER_THREADS]
#   defaults: build 100000 10 32 2
# The generated store: the samples store plus N synthetic articles (5 per story, 8 outlets,
# 6 languages, 3,000 distinct words) written with SQL straight into the store's tables
# (the FTS index is filled by the store's own triggers) — a store of realistic shape and
# size, not one that went through the pipeline. wrk is installed here (only this bench
# needs it) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
n=${2:-100000}
seconds=${3:-10}
connections=${4:-32}
threads=${5:-2}
bin=$build/newsdesk
[ -x "$bin" ] || { echo "no $bin: run scripts/build.sh first" >&2; exit 2; }
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -q --no-install-recommends wrk
fi
tmp=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$tmp"' EXIT

"$bin" ingest samples/urls.txt --db "$tmp/samples.db" >/dev/null 2>&1
cp "$tmp/samples.db" "$tmp/generated.db"
start=$(date +%s)
sqlite3 "$tmp/generated.db" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
CREATE TEMP TABLE words(i INTEGER PRIMARY KEY, w TEXT);
WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE i < 2999)
INSERT INTO words SELECT i, 'w' || printf('%04d', i) || substr('aeiouxyz', i % 8 + 1, 3) FROM k;
WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < $n)
INSERT INTO articles (url, canonical_url, title, title_language, site, language, published,
                      published_raw, calendar, text, fetched_at, content_hash, story_id)
SELECT 'https://outlet' || (i % 8) || '.example/a/' || i, 'https://outlet' || (i % 8) || '.example/a/' || i,
       'Story ' || (i / 5) || ' ' || (SELECT w FROM words WHERE i = (k.i * 7) % 3000) || ' '
         || (SELECT w FROM words WHERE i = (k.i * 13) % 3000),
       substr('enfrdeesyiar', (i % 6) * 2 + 1, 2), 'Outlet ' || (i % 8), substr('enfrdeesyiar', (i % 6) * 2 + 1, 2),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || (i * 5) || ' minutes'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || (i * 5) || ' minutes'), 'gregorian',
       (SELECT group_concat(w, ' ') FROM (SELECT w FROM words WHERE i BETWEEN (k.i * 31) % 2900 AND (k.i * 31) % 2900 + 80)),
       '2026-01-01T00:00:00Z', 'gen-' || i, 100000 + i / 5
FROM k;
INSERT INTO stories (id, title, first_published, last_published, article_count, languages, outlets, updated_at)
SELECT story_id, min(title), min(published), max(published), count(*), group_concat(DISTINCT language),
       group_concat(DISTINCT site), '2026-01-01T00:00:00Z'
FROM articles WHERE story_id >= 100000 GROUP BY story_id;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL

echo "generated $n articles in $(( $(date +%s) - start )) s: $(du -h "$tmp/generated.db" | cut -f1)"

measure() {  # STORE_NAME DB
  local name=$1 db=$2
  "$bin" serve --db "$db" --port 0 --threads "$threads" >"$tmp/serve.out" 2>&1 &
  server=$!
  local port=
  for _ in $(seq 1 100); do
    port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.out")
    [ -n "$port" ] && break
    sleep 0.1
  done
  for target in "/api/v1/stories?limit=20" "/api/v1/search?q=detainees&limit=20" "/api/v1/search?q=w0042iou&limit=20"; do
    out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$target")
    rps=$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')
    errors=$(printf '%s\n' "$out" | awk '/Non-2xx|Socket errors/' | tr '\n' ' ')
    printf '%-10s %-40s %10s req/s  p99 %8s  %s\n' "$name" "$target" "$rps" "$p99" "$errors"
  done
  echo "$name: peak RSS $(awk '/VmHWM/ {print $2, $3}' /proc/$server/status)"
  kill $server
  wait $server || true
  server=
}
echo "wrk -t2 -c$connections -d${seconds}s, serve --threads $threads, $(nproc) cores"
measure samples "$tmp/samples.db"
measure "gen-$n" "$tmp/generated.db"
