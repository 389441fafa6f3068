#!/usr/bin/env bash
# Hostile input, one table per command: each bad input gives a clear reason on stderr
# and the documented exit code (2: unusable input or store, refused before any work;
# 1: some lines or URLs failed), a store that is not ours is left untouched, and a full
# disk leaves a consistent store. No traffic leaves loopback: every URL here is refused
# before a connection (private network guard) or is not fetched at all.
# Usage: bash hostile_inputs.sh <newsdesk-binary> <source-dir>
source "$(dirname "$0")/lib/common.sh" "$@"
cd "$tmp"

# expect NAME WANT_RC WANT_STDERR_SUBSTRING COMMAND...
expect() {
  local name=$1 want_rc=$2 want=$3
  shift 3
  local rc=0
  "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  [ "$rc" = "$want_rc" ] || fail "$name: exit $rc, want $want_rc; stderr: $(head -c 400 "$tmp/err")"
  grep -qF -- "$want" "$tmp/err" "$tmp/out" ||
    fail "$name: no '$want' in the output; stderr: $(head -c 400 "$tmp/err")"
}

# --- ingest: the URL list --------------------------------------------------------------
expect "ingest missing list" 2 "cannot read $tmp/none.txt" "$bin" ingest "$tmp/none.txt" --db "$db"
# Fixed bytes (a seeded generator): random junk can hold a date now and then.
python3 -c 'import random, sys; sys.stdout.buffer.write(random.Random(1).randbytes(20000))' >junk.bin
printf '\x00' >>junk.bin
expect "ingest binary list" 2 "not a text file" "$bin" ingest junk.bin --db "$db"
printf 'h\0t\0t\0p\0:\0/\0/\0' >utf16.txt
expect "ingest UTF-16 list" 2 "not a text file: a NUL byte at offset 1" "$bin" ingest utf16.txt --db "$db"
printf '<!doctype html><html><body><p>news</p></body></html>\n' >page.html
expect "ingest HTML page as list" 2 "page.html: not a URL list: it starts with '<'" \
  "$bin" ingest page.html --db "$db"
cat >bad-urls.txt <<'EOF'
javascript:alert(1)
data:text/html,<b>hi</b>
ftp://files.example/x
mailto:desk@news.example
http://[not a url
EOF
printf 'https://news.example/\x1b[31mred\n' >>bad-urls.txt
expect "ingest javascript: URL" 1 "line 1: 'javascript:alert(1)' is not an http(s) URL" \
  "$bin" ingest bad-urls.txt --db "$db"
grep -qF "line 2: 'data:text/html,<b>hi</b>' is not an http(s) URL" err || fail "data: URL not refused"
grep -qF "line 5: 'http://[not a url' is not a valid URL" err || fail "broken URL not reported"
grep -qF 'line 6: '"'"'https://news.example/\x1b[31mred'"'"' is not a valid URL' err ||
  fail "escape sequence not shown escaped: $(grep 'line 6' err)"
if grep -q $'\x1b' err; then fail "a raw escape character reached the terminal"; fi

# Private networks, in every spelling, refused without --allow-private-networks.
cat >private.txt <<'EOF'
http://127.0.0.1:9/a
http://localhost:9/b
http://2130706433:9/c
http://0177.0.0.1:9/d
http://[::1]:9/e
http://[::ffff:127.0.0.1]:9/f
http://user:secret@127.0.0.1:9/g
http://10.0.0.1:9/h
EOF
expect "ingest private addresses" 1 "refused to connect to private network address" \
  "$bin" ingest private.txt --db "$db"
refused=$(grep -c "refused: refused to connect to private network address" out || true)
[ "$refused" = 8 ] || fail "private addresses: $refused of 8 refused: $(cat out)"
grep -qF "failed: http://[::1]:9/e" out || fail "IPv6 host not in its RFC 5952 form: $(grep '::' out)"
[ "$(sql "SELECT count(*) FROM articles")" = 0 ] || fail "a refused URL was stored"

# --- import: JSON lines ----------------------------------------------------------------
expect "import binary" 1 "junk.bin: line 1: not valid JSON" "$bin" import junk.bin --db "$db"
[ "$(grep -c "not valid JSON" err)" -eq 20 ] || fail "import binary: not the first 20 bad lines: $(head -c 400 err)"
grep -qE "junk.bin: [0-9]+ more bad lines not shown" err || fail "import binary: no count of the others"
cat >mixed.jsonl <<'EOF'
{"url": 5, "text": "x"}
{"title": "no url", "text": "Some text."}
[1, 2, 3]
{"url": "javascript:alert(1)", "text": "Some text."}
EOF
expect "import wrong types" 1 'line 1: field "url" is not a string' "$bin" import mixed.jsonl --db "$db"
grep -qF 'line 2: missing "url"' err || fail "import: missing url not reported: $(cat err)"
grep -qF 'mixed.jsonl: line 4: not an absolute http(s) URL: "javascript:alert(1)"' err ||
  fail "import: javascript: URL not refused by its line: $(cat err)"
expect "import missing file" 2 "cannot read" "$bin" import "$tmp/none.jsonl" --db "$db"

# --- a store that is not ours: refused, file untouched ---------------------------------
printf 'not a database at all\n' >notdb.db
cp notdb.db notdb.orig
expect "export non-SQLite store" 2 "file is not a database" "$bin" export --db notdb.db
cmp -s notdb.db notdb.orig || fail "a non-SQLite store was modified"
sqlite3 newer.db "CREATE TABLE x(a); PRAGMA user_version = 99;"
cp newer.db newer.orig
expect "export newer schema" 2 "is newer than this build" "$bin" export --db newer.db
expect "ingest into newer schema" 2 "is newer than this build" "$bin" ingest private.txt --db newer.db
cmp -s newer.db newer.orig || fail "a store from a newer schema was modified"

# --- pipeline files: every kind of mistake names its line and key -----------------------
pipeline() {  # pipeline NAME WANT TOML
  printf '%b' "$3" >p.toml
  expect "pipeline: $1" 2 "$2" "$bin" crawl p.toml --db "$tmp/p.db"
}
source_toml='[[sources]]\nkind = "feed"\nurl = "https://news.example/feed"\n'
pipeline "not TOML" "p.toml:1: invalid TOML" 'name = \n'
pipeline "not UTF-8" "invalid utf-8" '\xff\xfe garbage\n'
pipeline "no sources" "sources: missing" 'name = "x"\n'
pipeline "unknown kind" 'sources[0].kind: expected one of' 'name = "x"\n[[sources]]\nkind = "podcast"\nurl = "https://news.example/f"\n'
pipeline "ftp source" "sources[0].url: expected an http:// or https:// URL" 'name = "x"\n[[sources]]\nkind = "feed"\nurl = "ftp://news.example/f"\n'
pipeline "url and path" "expected exactly one of 'url'" 'name = "x"\n[[sources]]\nkind = "feed"\nurl = "https://news.example/f"\npath = "f.xml"\n'
pipeline "bad interval" 'p.toml:5: sources[0].interval: expected a duration' "name = \"x\"\n${source_toml}interval = \"-5m\"\n"
pipeline "out of range" "fetch.per_host: expected an integer from 1 to 64, got -1" "name = \"x\"\n[fetch]\nper_host = -1\n$source_toml"
pipeline "unknown key" "fetch.speed: unknown key" "name = \"x\"\n[fetch]\nspeed = 3\n$source_toml"
pipeline "duplicate source" "duplicate of the source on line 2" "name = \"x\"\n$source_toml$source_toml"

# --- other commands ---------------------------------------------------------------------
expect "serve bad port" 2 "--port" "$bin" serve --db "$db" --port 99999
expect "empty search" 2 "empty search query" "$bin" search --db "$db" ""
rc=0
"$bin" date "$(head -c 300 junk.bin | tr -d '\0')" >date.json 2>/dev/null || rc=$?
[ "$rc" = 1 ] || fail "date of binary junk: exit $rc, want 1"
python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' date.json ||
  fail "date of binary junk is not valid UTF-8 JSON"

# --- a full disk: a clear error, a consistent store ------------------------------------
ls "$src"/samples/pages/*.html | sed 's#^#file://#' >pages.txt
full="$tmp/full.db"
rc=0
( trap '' XFSZ; ulimit -f 150; "$bin" ingest pages.txt --db "$full" >/dev/null 2>full.err ) || rc=$?
[ "$rc" != 0 ] || fail "ingest into a full disk exited 0"
grep -qiE "disk I/O error|disk is full" full.err || fail "full disk: unclear error: $(tail -2 full.err)"
[ "$(sql "$full" "PRAGMA integrity_check")" = ok ] || fail "full disk left a corrupt store"
echo "ok: hostile inputs refused with reasons"
