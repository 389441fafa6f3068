#!/usr/bin/env bash
# End-to-end: `newsdesk import --config PIPELINE.toml` takes the pipeline's [stories]
# settings and, without --db, its store and lock file; a bad pipeline file is exit 2
# naming the file.
# Usage: import_config.sh NEWSDESK_BINARY SOURCE_DIR
source "$(dirname "$0")/lib/common.sh" "$@"

# Two reports of one event in different words, and an unrelated one.
cat >"$tmp/docs.jsonl" <<'JSONL'
{"url": "https://a.example/valletta-harbour", "title": "Valletta harbour reopens after storm repairs", "text": "The harbour of Valletta reopened on Monday after storm repairs that cost 12 million euros, Malta's transport ministry said.", "published": "2026-02-10", "site": "A News"}
{"url": "https://b.example/malta-port", "title": "Malta's Valletta harbour back in service after the storm", "text": "Ships returned to Valletta harbour on Monday. Repairing the storm damage cost 12 million euros, according to Malta's transport ministry.", "published": "2026-02-10", "site": "B Times"}
{"url": "https://c.example/museum", "title": "Museum in Oslo opens a new wing", "text": "The national museum in Oslo opened a wing for modern art with 300 works on Friday.", "published": "2026-02-13", "site": "C Post"}
JSONL
# pipeline FILE STORE [STORIES-LINES]: a pipeline file as written for an import: its store
# and [stories], no name and no sources (a run's file with them works the same).
pipeline() {
  printf 'store = "%s"\n\n[stories]\n%s\n' "$2" "${3:-}" >"$1"
}
stories() { sql "$1" "SELECT count(DISTINCT story_id) FROM articles"; }

# Defaults: the two harbour reports are one story.
"$bin" import "$tmp/docs.jsonl" --db "$db" >/dev/null 2>&1 || fail "import without --config failed"
[ "$(stories "$db")" -eq 2 ] || fail "default settings gave $(stories "$db") stories, expected 2"

# The pipeline's store (relative to the file) and its join_threshold: nothing joins.
mkdir "$tmp/conf"
pipeline "$tmp/conf/strict.toml" "strict.db" "join_threshold = 1.0"
"$bin" import "$tmp/docs.jsonl" --config "$tmp/conf/strict.toml" >"$tmp/out" 2>&1 ||
  { cat "$tmp/out"; fail "import --config failed"; }
[ -f "$tmp/conf/strict.db" ] || fail "import --config did not use the pipeline's store"
[ "$(stories "$tmp/conf/strict.db")" -eq 3 ] ||
  fail "join_threshold = 1.0 gave $(stories "$tmp/conf/strict.db") stories, expected 3"

# --db wins over the pipeline's store; its [stories] still apply.
"$bin" import "$tmp/docs.jsonl" --config "$tmp/conf/strict.toml" --db "$tmp/flag.db" >/dev/null 2>&1 ||
  fail "import --config --db failed"
[ "$(stories "$tmp/flag.db")" -eq 3 ] || fail "--db: $(stories "$tmp/flag.db") stories, expected 3"

# A run's pipeline file (name, sources) serves an import too.
"$bin" import "$tmp/docs.jsonl" --config "$src/pipelines/samples.toml" --db "$tmp/run.db" >/dev/null 2>&1 ||
  fail "import --config pipelines/samples.toml failed"
[ "$(stories "$tmp/run.db")" -eq 2 ] || fail "samples.toml: $(stories "$tmp/run.db") stories, expected 2"

# The pipeline's lock file: while another process holds it, the import writes nothing.
command -v flock >/dev/null || fail "flock(1) is needed"
exec {lock_fd}>"$tmp/conf/strict.db.lock"
flock -n "$lock_fd" || fail "cannot take the lock"
expect_exit 2 locked "$bin" import "$tmp/docs.jsonl" --config "$tmp/conf/strict.toml"
exec {lock_fd}>&-
grep -q "is already using" "$tmp/locked.err" || { cat "$tmp/locked.err"; fail "no lock message"; }

# A bad pipeline file (an unknown key, a missing file) is exit 2 naming the file; no store.
pipeline "$tmp/conf/bad.toml" "bad.db" "join_treshold = 0.5"
for conf in "$tmp/conf/bad.toml" "$tmp/conf/missing.toml"; do
  expect_exit 2 "$(basename "$conf")" "$bin" import "$tmp/docs.jsonl" --config "$conf"
  grep -qF "$conf" "$tmp/$(basename "$conf").err" || { cat "$tmp/$(basename "$conf").err"; fail "the error does not name $conf"; }
done
grep -q "join_treshold" "$tmp/bad.toml.err" || { cat "$tmp/bad.toml.err"; fail "the error does not name the key"; }
[ ! -e "$tmp/conf/bad.db" ] || fail "a bad pipeline file created its store"
echo "import_config: OK"
