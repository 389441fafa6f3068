#!/usr/bin/env bash
# End-to-end: `newsdesk export` lists each article's aliases (the other URLs of exact
# duplicates, which are not stored again): a JSON array in jsonl, one space-joined column
# in csv.
# Usage: export_aliases.sh NEWSDESK_BINARY SOURCE_DIR
source "$(dirname "$0")/lib/common.sh" "$@"

# One article under three URLs (same text), and another article.
cat >"$tmp/docs.jsonl" <<'JSONL'
{"url": "https://news.example/harbour", "title": "Harbour reopens after repairs", "text": "The harbour reopened on Monday after repairs that took three months and cost 12 million.", "published": "2026-02-10"}
{"url": "https://mirror.example/harbour?id=1,2", "title": "Harbour reopens after repairs", "text": "The harbour reopened on Monday after repairs that took three months and cost 12 million.", "published": "2026-02-10"}
{"url": "https://m.news.example/harbour", "title": "Harbour reopens after repairs", "text": "The harbour reopened on Monday after repairs that took three months and cost 12 million.", "published": "2026-02-10"}
{"url": "https://news.example/museum", "title": "Museum opens a new wing", "text": "The museum opened a new wing for modern art with 300 works on Friday.", "published": "2026-02-13"}
JSONL
"$bin" import "$tmp/docs.jsonl" --db "$db" >"$tmp/out" 2>&1 || { cat "$tmp/out"; fail "import failed"; }
grep -q " 2 stored, 2 duplicates" "$tmp/out" || { cat "$tmp/out"; fail "expected 2 stored, 2 duplicates"; }
"$bin" export --db "$db" --format jsonl >"$tmp/export.jsonl" || fail "export jsonl failed"
"$bin" export --db "$db" --format csv >"$tmp/export.csv" || fail "export csv failed"
python3 - "$tmp/export.jsonl" "$tmp/export.csv" <<'PY'
import csv, json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [r["url"] for r in rows] == ["https://news.example/harbour", "https://news.example/museum"], rows
aliases = ["https://mirror.example/harbour?id=1,2", "https://m.news.example/harbour"]
assert rows[0]["aliases"] == aliases, rows[0]["aliases"]
assert rows[1]["aliases"] == [], rows[1]["aliases"]
with open(sys.argv[2], encoding="utf-8", newline="") as f:
    records = list(csv.DictReader(f))
assert records[0]["aliases"] == " ".join(aliases), records[0]["aliases"]
assert records[1]["aliases"] == "", records[1]["aliases"]
PY
echo "export_aliases: OK"
