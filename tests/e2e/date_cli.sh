#!/usr/bin/env bash
# End-to-end check of `newsdesk date`: arguments and stdin lines, the JSON contract
# (input, date, calendar, error; datetime, raw) and the exit codes 0 / 1 / 2.
# Usage: bash date_cli.sh <newsdesk-binary> <source-dir>
set -u
bin="$1"
fail=0
check() {  # check NAME ACTUAL EXPECTED
  if [[ "$2" != "$3" ]]; then
    echo "FAIL $1: got [$2] want [$3]"
    fail=1
  fi
}
field() {  # field JSON KEY -> value (strings unquoted, null as "null")
  python3 -c 'import json,sys; v=json.loads(sys.argv[1])[sys.argv[2]]; print("null" if v is None else v)' "$1" "$2"
}

# One argument, the seed-002 dateline.
out=$("$bin" date 'כ"ז שבט תשפ"ו'); rc=$?
check "hebrew rc" "$rc" 0
check "hebrew date" "$(field "$out" date)" 2026-02-14
check "hebrew calendar" "$(field "$out" calendar)" hebrew
check "hebrew error" "$(field "$out" error)" null
check "hebrew input" "$(field "$out" input)" 'כ"ז שבט תשפ"ו'
check "hebrew raw" "$(field "$out" raw)" 'כ"ז שבט תשפ"ו'

# Several arguments: one line each, in order; one invalid -> exit 1 with a reason.
out=$("$bin" date '2026-02-14T10:00:00+02:00' 'ל׳ חשון תשפ״ו' '۲۵ بهمن ۱۴۰۴'); rc=$?
check "mixed rc" "$rc" 1
check "mixed lines" "$(printf '%s\n' "$out" | wc -l)" 3
l1=$(printf '%s\n' "$out" | sed -n 1p); l2=$(printf '%s\n' "$out" | sed -n 2p); l3=$(printf '%s\n' "$out" | sed -n 3p)
check "iso datetime" "$(field "$l1" datetime)" 2026-02-14T10:00:00+02:00
check "iso calendar" "$(field "$l1" calendar)" gregorian
check "invalid date" "$(field "$l2" date)" null
case "$(field "$l2" error)" in *"day 30 does not exist in Heshvan 5786"*) ;; *) echo "FAIL invalid reason: $l2"; fail=1;; esac
check "persian" "$(field "$l3" date)" 2026-02-14
check "persian calendar" "$(field "$l3" calendar)" persian

# Stdin, one object per line (blank lines included, so outputs align with inputs).
out=$(printf '١٥ رمضان ١٤٤٧ هـ\n\nvor 2 Stunden\n' | "$bin" date --reference 2026-02-14T12:00:00Z); rc=$?
check "stdin rc" "$rc" 1
check "stdin lines" "$(printf '%s\n' "$out" | wc -l)" 3
l1=$(printf '%s\n' "$out" | sed -n 1p); l3=$(printf '%s\n' "$out" | sed -n 3p)
check "islamic" "$(field "$l1" date)" 2026-03-04
check "islamic calendar" "$(field "$l1" calendar)" islamic
check "relative" "$(field "$l3" datetime)" 2026-02-14T10:00:00Z

# All good from stdin -> 0; numeric order from --lang.
out=$(printf '03/04/2026\n' | "$bin" date --lang en-US); rc=$?
check "lang rc" "$rc" 0
check "lang date" "$(field "$out" date)" 2026-03-04
out=$(printf '03/04/2026\n' | "$bin" date --lang de)
check "lang de" "$(field "$out" date)" 2026-04-03

# Plain Adar in a leap year: refused by default, Adar II on request.
out=$("$bin" date 'י"ד אדר תשפ"ד'); rc=$?
check "adar rc" "$rc" 1
out=$("$bin" date --adar adar2 'י"ד אדר תשפ"ד')
check "adar2" "$(field "$out" date)" 2024-03-24

# Usage errors -> 2.
"$bin" date --adar bogus x >/dev/null 2>&1; check "usage rc" "$?" 2
"$bin" date --reference 'not a date' x >/dev/null 2>&1; check "bad reference rc" "$?" 2

# Invalid UTF-8 does not break the JSON.
out=$(printf '14 Feb 2026 \xff\n' | "$bin" date)
check "invalid utf8" "$(field "$out" date)" 2026-02-14

if [[ $fail -ne 0 ]]; then exit 1; fi
echo "date_cli: ok"
