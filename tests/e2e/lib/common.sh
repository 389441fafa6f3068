# Sourced by the end-to-end scripts (not a test itself: CTest runs tests/e2e/*.sh only).
# Usage: source "$(dirname "$0")/lib/common.sh" "$@"   (arguments: NEWSDESK_BINARY SOURCE_DIR)
# Sets bin, src (absolute), tmp (removed on exit), db ("$tmp/newsdesk.db"); defines fail
# (message, exit 1), sql (a query on $db, or on the file given first with two args) and
# expect_exit (a command's exit code, checked).
set -euo pipefail
bin=$1
src=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db="$tmp/newsdesk.db"
fail() { echo "FAIL: $*" >&2; exit 1; }
sql() {
  if [ $# -eq 2 ]; then sqlite3 -batch -noheader "$1" "$2"; else sqlite3 -batch -noheader "$db" "$1"; fi
}
# expect_exit WANT NAME COMMAND...: runs COMMAND (its standard input the caller's) with
# its output in "$tmp/NAME.out" and its errors in "$tmp/NAME.err"; fails, showing both,
# unless it exits with WANT.
expect_exit() {
  local want=$1 name=$2 rc=0
  shift 2
  "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
  [ "$rc" -eq "$want" ] ||
    { cat "$tmp/$name.out" "$tmp/$name.err" >&2; fail "$name: exit $rc, expected $want: $*"; }
}
