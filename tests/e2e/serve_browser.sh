#!/usr/bin/env bash
# End-to-end: the story browser as users see it. Ingests the samples, starts `serve` on an
# ephemeral port of 127.0.0.1, opens the seed story's page in headless Chromium (after its
# script ran) and checks the rendered DOM: the five outlets, the Yiddish headline laid out
# right to left, the Hebrew-calendar date beside its Gregorian date, and the figures the
# sources disagree on highlighted. Chromium is required (scripts/install-deps.sh installs
# it): without it this test fails, it does not skip.
# Usage: tests/e2e/serve_browser.sh NEWSDESK_BINARY SOURCE_DIR
source "$(dirname "$0")/lib/common.sh" "$@"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || fail "chromium is needed (scripts/install-deps.sh installs it)"

"$bin" ingest "$src/samples/urls.txt" --db "$db" >/dev/null 2>&1 || fail "ingest failed"
story=$(sql "SELECT DISTINCT story_id FROM articles WHERE url LIKE '%/pages/00_-%'")
[ "$(printf '%s\n' "$story" | grep -c .)" -eq 1 ] || fail "seed pages are in stories $(echo $story)"

"$bin" serve --db "$db" --port 0 --threads 2 >"$tmp/serve.out" 2>"$tmp/serve.err" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$tmp"' EXIT
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.out")
  [ -n "$port" ] && break
  kill -0 $server 2>/dev/null || fail "serve exited: $(cat "$tmp/serve.err")"
  sleep 0.1
done
[ -n "$port" ] || fail "serve did not report its port"

# A private profile directory: nothing of the user's, nothing left behind.
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$tmp/profile" \
  --virtual-time-budget=10000 --dump-dom "http://127.0.0.1:$port/#/stories/$story" \
  >"$tmp/dom.html" 2>"$tmp/chromium.err" || fail "chromium failed: $(tail -5 "$tmp/chromium.err")"
dom="$tmp/dom.html"
grep -q 'id="articles"' "$dom" || fail "the story did not render: $(head -c 2000 "$dom")"

# Each article card names its outlet; the five seed outlets are there.
outlets=$(grep -o 'class="outlet auto-dir"[^>]*>[^<]*' "$dom" | sed 's/.*>//' | sort -u)
for outlet in "Global Affairs Insight" "Gulf Magazine" "Mesopotamia Herald" "The Regional Brief" "וועלט נייעס"; do
  printf '%s\n' "$outlets" | grep -qxF "$outlet" || fail "outlet $outlet not shown (shown: $outlets)"
done
[ "$(printf '%s\n' "$outlets" | grep -c .)" -eq 5 ] || fail "expected 5 outlets, got: $outlets"

# The Yiddish headline, laid out right to left by the browser (dir="auto" resolved).
headline='אמעריקע טראנספערירט 5,700 אייסיס ארעסטאנטן צו איראקער תפיסה.'
grep -F "$headline" "$dom" | grep -q 'dir="auto"' || fail "Yiddish headline missing or without dir=auto"
grep -oF "data-direction=\"rtl\">$headline" "$dom" >/dev/null ||
  fail "Yiddish headline not right-to-left: $(grep -o "data-direction=\"[a-z]*\">$headline" "$dom")"
# An English headline stays left to right.
grep -q 'data-direction="ltr">Over 4,000 IS Detainees' "$dom" || fail "English headline not left-to-right"

# The Hebrew-calendar date as printed, beside its Gregorian date.
grep -q 'data-direction="rtl">כ"ז שבט תשפ"ו</bdi> (hebrew) = <time datetime="2026-02-14">2026-02-14</time>' "$dom" ||
  fail "Hebrew date not shown beside 2026-02-14: $(grep -o 'class="date"[^\n]\{0,300\}' "$dom" | tail -1)"

# The figures the sources disagree on, highlighted.
box=$(sed -n 's/.*\(<section[^>]*id="disagreements".*\)/\1/p' "$dom" | sed 's|</section>.*||')
for figure in 4,000 4,500 5,700; do
  printf '%s' "$box" | grep -qF "<mark>$figure</mark>" || fail "figure $figure not in the disagreements"
  grep -qF "<mark class=\"figure-mark\">$figure</mark>" "$dom" || fail "figure $figure not highlighted in the texts"
done

# SIGTERM stops the server cleanly.
kill -TERM $server
for _ in $(seq 1 50); do kill -0 $server 2>/dev/null || break; sleep 0.1; done
if kill -0 $server 2>/dev/null; then fail "serve still running 5 s after SIGTERM"; fi
wait $server || fail "serve exited with $? after SIGTERM"
echo "serve_browser: OK (story $story on port $port: 5 outlets, RTL Yiddish headline, Hebrew date, figures)"
