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
JSONL
set +e
"$bin" import "$tmp/docs.jsonl" --db "$db" >"$tmp/import.out" 2>"$tmp/import.err"
rc=$?
set -e
[ "$rc" -eq 1 ] || { cat "$tmp/import.out" "$tmp/import.err"; fail "import with bad lines exited $rc, expected 1"; }
grep -q "line 3: not valid JSON" "$tmp/import.err" || { cat "$tmp/import.err"; fail "bad line 3 not reported"; }
grep -q "line 4: missing \"url\"" "$tmp/import.err" || { cat "$tmp/import.err"; fail "line 4 not reported"; }
[ "$(sql "SELECT count(*) FROM articles")" -eq 3 ] || fail "imported $(sql "SELECT count(*) FROM articles") articles, expected 3"
[ "$(sql "SELECT published || ' ' || calendar || ' ' || title_language FROM articles WHERE url = 'https://blog.example/yid'")" = "2026-02-14 hebrew yi" ] ||
  fail "imported Hebrew date: $(sql "SELECT published, calendar, title_language FROM articles WHERE url = 'https://blog.example/yid'")"
[ "$(sql "SELECT site FROM articles WHERE url = 'https://news.example/harbour'")" = "Example News" ] || fail "site"
[ "$(sql "SELECT count(*) FROM articles WHERE story_id > 0")" -eq 3 ] || fail "imported articles without story"
grep -v "not JSON\|no url" "$tmp/docs.jsonl" | "$bin" import - --db "$db" >"$tmp/again.out" 2>&1 ||
  { cat "$tmp/again.out"; fail "re-import from stdin failed"; }
grep -q " 0 stored, 3 duplicates" "$tmp/again.out" || { cat "$tmp/again.out"; fail "re-import stored something"; }

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
set +e
"$bin" extract "$tmp/nope.html" >/dev/null 2>&1
rc=$?
set -e
[ "$rc" -eq 1 ] || fail "extract of a missing file exited $rc"
echo "import_extract: OK"
