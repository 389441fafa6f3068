#!/usr/bin/env bash
# End-to-end: an ingest that is killed (SIGKILL) or stopped (SIGTERM) part-way resumes on
# the next run with nothing lost and nothing stored twice.
#   - SIGTERM: exit 143 (128 + SIGTERM), a consistent store (PRAGMA integrity_check), no URL left half-done
#   - SIGKILL: the rerun finishes every URL; every article exactly once; the killed run is
#     recorded "killed", not left "running"
#   - a second ingest while one runs is refused (one writer per SQLite store)
# Usage: ingest_resume.sh NEWSDESK_BINARY SOURCE_DIR
source "$(dirname "$0")/lib/common.sh" "$@"

# A long list: each sample page under many names (copies share a canonical URL, so each
# page must end up stored once and its other names recorded as duplicates).
mkdir -p "$tmp/pages"
copies=40
list="$tmp/urls.txt"
: >"$list"
n=0
for page in "$src"/samples/pages/*.html; do
  for i in $(seq 1 $copies); do
    ln -s "$page" "$tmp/pages/$n-$i.html"
    echo "pages/$n-$i.html" >>"$list"
  done
  n=$((n + 1))
done
total=$(wc -l <"$list")
distinct=$n

check_final() {  # db: every URL final, every page once
  local db=$1
  [ "$(sql "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check failed"
  local left
  left=$(sql "$db" "SELECT count(*) FROM urls WHERE state NOT IN ('fetched','duplicate')")
  [ "$left" -eq 0 ] || fail "$left URLs not done: $(sql "$db" "SELECT url, state, error FROM urls WHERE state NOT IN ('fetched','duplicate') LIMIT 3")"
  [ "$(sql "$db" "SELECT count(*) FROM urls")" -eq "$total" ] || fail "frontier size"
  [ "$(sql "$db" "SELECT count(*) FROM articles")" -eq "$distinct" ] ||
    fail "$(sql "$db" "SELECT count(*) FROM articles") articles for $distinct pages"
  [ "$(sql "$db" "SELECT count(DISTINCT content_hash) FROM articles")" -eq "$distinct" ] ||
    fail "an article is stored twice"
}

# Waits (up to 30 s) until the run in $1 has finished at least one URL, so a signal lands
# mid-run rather than before the process has installed its handlers (slow under ASan on a
# loaded machine).
wait_for_first_url() {
  for _ in $(seq 1 300); do
    local done
    done=$(sql "$1" "SELECT count(*) FROM urls WHERE state != 'pending'" 2>/dev/null || echo 0)
    [ "${done:-0}" -gt 0 ] && return 0
    sleep 0.1
  done
}

# SIGTERM part-way: a clean stop with exit 143, then a rerun completes the list.
db="$tmp/term.db"
"$bin" ingest "$list" --db "$db" --workers 1 >"$tmp/term.out" 2>&1 &
pid=$!
wait_for_first_url "$db"
# One writer at a time: a second ingest of the store is refused while the first runs.
set +e
"$bin" ingest "$list" --db "$db" >"$tmp/second.out" 2>&1
rc=$?
set -e
if kill -0 "$pid" 2>/dev/null; then  # the first still runs (it has not ended by itself)
  [ "$rc" -eq 2 ] && grep -q "is already using" "$tmp/second.out" ||
    { cat "$tmp/second.out"; fail "a second ingest while one runs: exit $rc, expected 2"; }
fi
kill -TERM "$pid" 2>/dev/null || true
set +e
wait "$pid"
rc=$?
set -e
# 143 (128 + SIGTERM) for a stopped run; 0 only for one that finished before the signal.
status=$(sql "$db" "SELECT status FROM runs ORDER BY id DESC LIMIT 1")
case "$rc:$status" in
  143:interrupted | 0:ok) ;;
  *) cat "$tmp/term.out"; fail "SIGTERM: exit $rc, run $status, expected 143 and interrupted" ;;
esac
[ "$(sql "$db" "PRAGMA integrity_check")" = ok ] || fail "integrity_check after SIGTERM"
echo "after SIGTERM: $(sql "$db" "SELECT group_concat(state || '=' || c) FROM (SELECT state, count(*) c FROM urls GROUP BY state)")"
"$bin" ingest "$list" --db "$db" >"$tmp/term2.out" 2>&1 || { cat "$tmp/term2.out"; fail "rerun after SIGTERM"; }
check_final "$db"

# SIGKILL part-way, possibly mid-transaction: the rerun finishes what was pending.
db="$tmp/kill.db"
"$bin" ingest "$list" --db "$db" --workers 1 >/dev/null 2>&1 &
pid=$!
wait_for_first_url "$db"
kill -KILL "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
# Left "running": the kill landed mid-run (else the run ended before it, unlikely).
killed_run=$(sql "$db" "SELECT count(*) FROM runs WHERE id = 1 AND status = 'running'")
echo "after SIGKILL: $(sql "$db" "SELECT group_concat(state || '=' || c) FROM (SELECT state, count(*) c FROM urls GROUP BY state)" 2>/dev/null || echo "no store yet")"
"$bin" ingest "$list" --db "$db" >"$tmp/kill2.out" 2>&1 || { cat "$tmp/kill2.out"; fail "rerun after SIGKILL"; }
check_final "$db"
# The rerun held the store's lock, so no other process ran: the killed run is marked so.
[ "$killed_run" -eq 0 ] || [ "$(sql "$db" "SELECT status || finished_at FROM runs WHERE id = 1")" = killed ] ||
  fail "the killed run: $(sql "$db" "SELECT id, status, finished_at FROM runs")"
[ "$(sql "$db" "SELECT count(*) FROM runs WHERE status = 'running'")" -eq 0 ] ||
  fail "runs left running: $(sql "$db" "SELECT id, status FROM runs")"
# And a third run has nothing left to do.
"$bin" ingest "$list" --db "$db" >"$tmp/kill3.out" 2>&1 || fail "third run"
grep -q " 0 fetched, 0 stored" "$tmp/kill3.out" || { cat "$tmp/kill3.out"; fail "third run did work"; }
echo "ingest_resume: OK ($total URLs, $distinct pages)"
