#!/usr/bin/env bash
# End-to-end: `newsdesk import` (JSON lines -> store, bad lines reported with their line
# number, re-import stores nothing) and `newsdesk extract --json` (the field contract).
# Usage: import_extract.sh NEWSDESK_BINARY SOURCE_DIR
source "$(dirname "$0")/lib/common.sh" "$@"

cat >"$tmp/docs.jsonl" <<'JSONL'
{"url": "https://news.example/harbour", "title": "Harbour reopens after repairs", "text": "The harbour reopened on Monday after repairs that took three months and cost 12 million.", "published": "2026-02-10", "site": "Example News", "id": 17}
{"url": "https://news.example/museum", "title": "Museum opens a new wing", "text": "The museum opened a new wing for modern art with 300 works on Friday.", "language": "en"}
this line is not JSON
{"title": "no url here", "text": "x"}

{"url": "https://blog.example/yid", "title": "אמעריקע טראנספערירט 5,700 אייסיס ארעסטאנטן צו איראקער תפיסה", "text": "The United States military has completed the transfer of approximately 5,700 detainees from Syria to Iraq.", "published": "כ\"ז שבט תשפ\"ו"}
{"url": "https://news.example/ferry", "title": "Ferry strike ends", "text": "Ferry crews went back to work after a strike of nine days.", "published": "2026-13-45"}
{"url": "https://news.example/zoo", "title": "Zoo welcomes twin pandas", "text": "Two panda cubs were born at the city zoo.", "language": "english"}
JSONL
expect_exit 1 import "$bin" import "$tmp/docs.jsonl" --db "$db"  # bad lines
# Each bad line with its file and line; a date that cannot be read is stored without one,
# and said; a language that is no language tag is a bad line.
grep -qF "docs.jsonl: line 3: not valid JSON" "$tmp/import.err" || { cat "$tmp/import.err"; fail "bad line 3 not reported"; }
grep -qF "docs.jsonl: line 4: missing \"url\"" "$tmp/import.err" || { cat "$tmp/import.err"; fail "line 4 not reported"; }
grep -qF "docs.jsonl: line 7: published \"2026-13-45\": " "$tmp/import.err" ||
  { cat "$tmp/import.err"; fail "the unread date of line 7 not reported"; }
grep -qF "(stored without a date)" "$tmp/import.err" || { cat "$tmp/import.err"; fail "line 7: no consequence said"; }
grep -qF "1 date not read" "$tmp/import.out" || { cat "$tmp/import.out"; fail "summary: no unread date"; }
grep -qF "docs.jsonl: line 8: field \"language\": \"english\" is not a language tag" "$tmp/import.err" ||
  { cat "$tmp/import.err"; fail "line 8's language not refused"; }
grep -qF "3 bad lines" "$tmp/import.out" || { cat "$tmp/import.out"; fail "summary: not 3 bad lines"; }
# The summary says what an import does: it reads documents (nothing is fetched, none is
# unchanged).
grep -qE "^import: 4 documents read: 4 stored, 0 duplicates, 0 failed, 0 skipped, 0 already done \(" \
  "$tmp/import.out" || { cat "$tmp/import.out"; fail "summary line"; }
[ "$(sql "SELECT count(*) || published_raw || published FROM articles WHERE url = 'https://news.example/ferry'")" = "12026-13-45" ] ||
  fail "the document with an unread date: $(sql "SELECT published_raw, published FROM articles WHERE url = 'https://news.example/ferry'")"
# The import's progress: the documents done (the total of a stream is not known ahead).
grep -qE "^progress: 4/4 done" "$tmp/import.err" || { cat "$tmp/import.err"; fail "no final progress line"; }
[ "$(sql "SELECT count(*) FROM articles")" -eq 4 ] || fail "imported $(sql "SELECT count(*) FROM articles") articles, expected 4"
[ "$(sql "SELECT published || ' ' || calendar || ' ' || title_language FROM articles WHERE url = 'https://blog.example/yid'")" = "2026-02-14 hebrew yi" ] ||
  fail "imported Hebrew date: $(sql "SELECT published, calendar, title_language FROM articles WHERE url = 'https://blog.example/yid'")"
[ "$(sql "SELECT site FROM articles WHERE url = 'https://news.example/harbour'")" = "Example News" ] || fail "site"
[ "$(sql "SELECT count(*) FROM articles WHERE story_id > 0")" -eq 4 ] || fail "imported articles without story"
# The run is recorded as an import, failed as its exit code says, with its bad lines.
[ "$(sql "SELECT pipeline || ' ' || status || ' ' || errors FROM runs")" = 'import failed {"bad_line":3}' ] ||
  fail "the import's run: $(sql "SELECT id, pipeline, status, errors FROM runs")"
# Given again, the stored documents are done already, not duplicates of themselves.
grep -v "not JSON\|no url\|english" "$tmp/docs.jsonl" | "$bin" import - --db "$db" >"$tmp/again.out" 2>&1 ||
  { cat "$tmp/again.out"; fail "re-import from stdin failed"; }
grep -q " 0 stored, 0 duplicates, .* 4 already done" "$tmp/again.out" || { cat "$tmp/again.out"; fail "re-import: not 4 already done"; }
grep -qF "stdin: line 5: published" "$tmp/again.out" || { cat "$tmp/again.out"; fail "stdin not named"; }

# A date relative to when it was written ("yesterday") has no reference in an import (its
# time is not the document's): reported as a date not read, the document stored undated.
# A document refused once read (a relative url) is reported by its file and line, as a
# bad line is, not by its url.
cat >"$tmp/more.jsonl" <<'JSONL'
{"url": "https://news.example/storm", "title": "Storm closes the bridge", "text": "The storm closed the bridge over the river for six hours on Sunday.", "published": "yesterday"}

{"url": "/local/path", "title": "A path, no URL", "text": "Some text of the document that has no address."}
JSONL
expect_exit 1 more "$bin" import "$tmp/more.jsonl" --db "$tmp/more.db"  # a refused document
grep -qF 'more.jsonl: line 1: published "yesterday": ' "$tmp/more.err" ||
  { cat "$tmp/more.err"; fail "the relative date of line 1 not reported"; }
[ "$(sql "$tmp/more.db" "SELECT published_raw || '|' || published FROM articles")" = "yesterday|" ] ||
  fail "the relative date was read: $(sql "$tmp/more.db" "SELECT published_raw, published FROM articles")"
grep -qF 'more.jsonl: line 3: not an absolute http(s) URL: "/local/path"' "$tmp/more.err" ||
  { cat "$tmp/more.err"; fail "the refused document of line 3 not reported by its line"; }
grep -qF "1 document refused" "$tmp/more.out" || { cat "$tmp/more.out"; fail "summary: no refused document"; }
if grep -qF "failed: /local/path" "$tmp/more.out"; then cat "$tmp/more.out"; fail "reported again by url"; fi

# fetched_at: when the document was fetched. A relative published is read against it, and
# it is the article's fetched_at; one that cannot be read (or is itself relative) is a bad
# line, reported with its file and line.
cat >"$tmp/fetched.jsonl" <<'JSONL'
{"url": "https://news.example/storm2", "title": "Storm closes the pass", "text": "The storm closed the mountain pass for a night.", "published": "yesterday", "fetched_at": "2026-01-20T09:30:00Z"}
{"url": "https://news.example/flood", "title": "Flood warning lifted", "text": "The flood warning for the valley was lifted.", "published": "2026-01-18", "fetched_at": "vor 2 Stunden"}
JSONL
expect_exit 1 fetched "$bin" import "$tmp/fetched.jsonl" --db "$tmp/fetched.db"  # a bad fetched_at
grep -qF 'fetched.jsonl: line 2: field "fetched_at" not read: ' "$tmp/fetched.err" ||
  { cat "$tmp/fetched.err"; fail "the bad fetched_at of line 2 not reported"; }
[ "$(sql "$tmp/fetched.db" "SELECT substr(published, 1, 10) || '|' || published_raw || '|' || fetched_at FROM articles")" = \
  "2026-01-19|yesterday|2026-01-20T09:30:00Z" ] ||
  fail "relative date against fetched_at: $(sql "$tmp/fetched.db" "SELECT published, published_raw, fetched_at FROM articles")"
if grep -qF "not read: stored without a date" "$tmp/fetched.out"; then cat "$tmp/fetched.out"; fail "a date read against fetched_at said unread"; fi
grep -qE "^import: 1 document read: 1 stored, " "$tmp/fetched.out" || { cat "$tmp/fetched.out"; fail "summary: one document"; }

# Inputs that are no JSONL: a directory is a usage error (it opened and read as no lines);
# a line that is not UTF-8 is a bad line that says so, with where.
mkdir -p "$tmp/adir"
expect_exit 2 dir "$bin" import "$tmp/adir" --db "$tmp/dir.db"
grep -qF "adir is a directory" "$tmp/dir.err" || { cat "$tmp/dir.err"; fail "directory not said"; }
printf '{"url": "https://u.example/1", "title": "Caf\xe9 opens", "text": "A caf\xe9 opened."}\n' >"$tmp/latin1.jsonl"
expect_exit 1 latin1 "$bin" import "$tmp/latin1.jsonl" --db "$tmp/latin1.db"
grep -qF "latin1.jsonl: line 1: not valid JSON at byte 46: not UTF-8" "$tmp/latin1.err" ||
  { cat "$tmp/latin1.err"; fail "the line that is no UTF-8 not said"; }

# One URL on two lines: stored once, the other line named (not a failure: exit 0).
cat >"$tmp/dups.jsonl" <<'JSONL'
{"url": "https://d.example/1", "title": "Harbour reopens", "text": "The harbour reopened after repairs."}
{"url": "https://d.example/1", "title": "Museum wing opens", "text": "The museum opened a wing for modern art."}
JSONL
"$bin" import "$tmp/dups.jsonl" --db "$tmp/dups.db" >"$tmp/dups.out" 2>&1 || { cat "$tmp/dups.out"; fail "import of a repeated URL failed"; }
grep -qE 'dups.jsonl: line [12]: "https://d.example/1": url also given on another line: stored once' "$tmp/dups.out" ||
  { cat "$tmp/dups.out"; fail "the repeated URL's line not named"; }
grep -qF "1 document under a URL given on another line" "$tmp/dups.out" || { cat "$tmp/dups.out"; fail "summary: no repeated URL"; }
grep -qE "^import: 2 documents read: 1 stored, 1 duplicate, " "$tmp/dups.out" || { cat "$tmp/dups.out"; fail "summary: one duplicate"; }

# A document that is no article (a wall, an error page) is skipped and named by its line,
# as a bad line is, not listed by its URL.
cat >"$tmp/walls.jsonl" <<'JSONL'
{"url": "https://w.example/floods", "title": "Floods", "text": "Floods closed the northern rail line on Monday."}

{"url": "https://w.example/robot", "title": "Are you a robot?", "text": "Please verify you are human by completing the action below."}
JSONL
"$bin" import "$tmp/walls.jsonl" --db "$tmp/walls.db" >"$tmp/walls.out" 2>"$tmp/walls.err" ||
  { cat "$tmp/walls.out" "$tmp/walls.err"; fail "import of a wall failed"; }
grep -qF 'walls.jsonl: line 3: "https://w.example/robot": not an article: wall: ' "$tmp/walls.err" ||
  { cat "$tmp/walls.out" "$tmp/walls.err"; fail "the wall of line 3 not named by its line"; }
grep -qF "1 document skipped: not an article (see above)" "$tmp/walls.out" || { cat "$tmp/walls.out"; fail "summary: no skipped document"; }
if grep -qF "skipped: https://w.example/robot" "$tmp/walls.out"; then cat "$tmp/walls.out"; fail "the wall listed by url again"; fi

# An input without a document (an empty file, blank lines, nothing on stdin, an empty WARC
# file) says so and fails (exit 1, run failed): most likely a mistake upstream.
: >"$tmp/empty.jsonl"
printf '\n  \n' >"$tmp/blank.jsonl"
: >"$tmp/empty.warc"
for input in empty.jsonl blank.jsonl empty.warc -; do
  path=$([ "$input" = - ] && echo - || echo "$tmp/$input")
  expect_exit 1 empty "$bin" import "$path" --db "$tmp/empty.db" </dev/null
  name=$([ "$input" = - ] && echo stdin || echo "$path")
  grep -qF "newsdesk import: $name: no documents" "$tmp/empty.err" || { cat "$tmp/empty.err"; fail "$input: no documents not said"; }
  [ "$(sql "$tmp/empty.db" "SELECT status || ' ' || errors FROM runs ORDER BY id DESC LIMIT 1")" = 'failed {"empty_input":1}' ] ||
    fail "$input: the run: $(sql "$tmp/empty.db" "SELECT id, status, errors FROM runs")"
done

# extract --json: one object per page per line, with the contract's fields; a page that is
# no article (a soft "not found" page) says which class it is and why.
printf '%s' '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Seite nicht gefunden</title></head><body><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav><main><h1>Seite nicht gefunden</h1><p>Die angeforderte Seite existiert leider nicht mehr. Bitte nutzen Sie die Suche.</p></main></body></html>' >"$tmp/not-found.html"
"$bin" extract --json "$src"/samples/pages/002-*.html "$src"/samples/pages/101-*.html "$tmp/not-found.html" \
  >"$tmp/extract.jsonl" || fail "extract failed"
[ "$(wc -l <"$tmp/extract.jsonl")" -eq 3 ] || fail "extract printed $(wc -l <"$tmp/extract.jsonl") lines"
python3 - "$tmp/extract.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
need = ["url", "canonical_url", "title", "byline", "site", "language", "published",
        "published_raw", "text", "title_language", "calendar", "image", "description",
        "page_class", "page_class_reason"]
for r in rows:
    missing = [k for k in need if k not in r]
    assert not missing, f"missing fields {missing}"
for r in rows[:2]:
    assert r["text"], "empty text"
    assert (r["page_class"], r["page_class_reason"]) == ("article", ""), r["page_class"]
nf = rows[2]
assert nf["page_class"] == "error_page" and "nicht gefunden" in nf["page_class_reason"], nf
y = rows[0]
assert (y["language"], y["title_language"], y["published"], y["calendar"]) == ("en", "yi", "2026-02-14", "hebrew"), y
assert rows[1]["language"] == "he", rows[1]["language"]
PY
# Text output, and a missing file is a failure (exit 1), not a crash.
"$bin" extract "$src"/samples/pages/101-*.html | grep -q "^title:" || fail "readable output"
expect_exit 1 nope "$bin" extract "$tmp/nope.html"
echo "import_extract: OK"
