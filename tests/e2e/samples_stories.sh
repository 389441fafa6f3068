#!/usr/bin/env bash
# End-to-end: the samples ingested become the right stories: the five seed pages (one
# event, five outlets) share one story; every other sample has a story of its own.
# Usage: tests/e2e/samples_stories.sh NEWSDESK_BINARY SOURCE_DIR
source "$(dirname "$0")/lib/common.sh" "$@"
fail() { echo "FAIL: $*" >&2; sqlite3 "$db" "SELECT id, story_id, substr(title, 1, 60) FROM articles" >&2; exit 1; }

"$bin" ingest "$src/samples/urls.txt" --db "$db" >/dev/null 2>&1 || fail "ingest failed"
# The seed pages are the samples numbered 000-004.
seed_stories=$(sql "SELECT DISTINCT story_id FROM articles WHERE url LIKE '%/pages/00_-%'")
[ "$(printf '%s\n' "$seed_stories" | grep -c .)" -eq 1 ] || fail "seed pages are in stories $(echo $seed_stories)"
story=$seed_stories
[ "$story" -gt 0 ] || fail "seed pages have no story"
[ "$(sql "SELECT count(*) FROM articles WHERE story_id = $story")" -eq 5 ] ||
  fail "story $story has $(sql "SELECT count(*) FROM articles WHERE story_id = $story") articles, expected the 5 seeds"
others=$(sql "SELECT count(*) FROM articles WHERE story_id <> $story")
distinct=$(sql "SELECT count(DISTINCT story_id) FROM articles WHERE story_id <> $story AND story_id > 0")
[ "$others" -eq "$distinct" ] || fail "$others unrelated articles share $distinct stories"
# Ingesting everything again changes nothing.
before=$(sql "SELECT group_concat(id || ':' || story_id) FROM articles")
"$bin" ingest "$src/samples/urls.txt" --db "$db" --refetch >/dev/null 2>&1 || fail "second ingest failed"
[ "$(sql "SELECT group_concat(id || ':' || story_id) FROM articles")" = "$before" ] || fail "second run changed stories"
echo "samples_stories: OK (seed story $story, $others others in their own stories)"
