#!/usr/bin/env bash
# The include half of the walls (../shared/DESIGN.md "Walls"; docs/architecture.md): each
# C library header and each stage-internal header is included only where its wall allows.
# The link half is the NEWSDESK_CHECK_WALLS build (CMakeLists.txt). Run by CTest
# (walls.includes). Usage: scripts/check-walls.sh [SOURCE_DIR]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
status=0

# allow PATTERN FILES...: only FILES (exact paths, or globs) may #include PATTERN.
allow() {
  local pattern=$1
  shift
  local file ok allowed
  while IFS= read -r file; do
    ok=0
    for allowed in "$@"; do
      # shellcheck disable=SC2053  # globs on purpose
      if [[ $file == $allowed ]]; then ok=1; fi
    done
    if [ "$ok" -eq 0 ]; then
      echo "wall breach: $file includes $pattern (allowed only in: $*)"
      status=1
    fi
  done < <(grep -rlE "^#include [<\"]$pattern" src include tests bench fuzz || true)
}

allow 'curl/' src/fetch.cc bench/curl_multi_bench.cc
allow 'uriparser/' src/url.cc
allow 'sqlite3\.h' 'src/store*' tests/store_test.cc tests/crawl_test.cc bench/soak_bench.cc
allow 'libpq-fe\.h' src/store_postgres.cc 'tests/testing/postgres*'
allow 'libxml/' 'src/extract*' src/feeds.cc
allow '(cld2/|compact_lang_det)' src/language.cc
allow 'toml\+\+/' src/config.cc
allow 're2/' src/config.cc
allow 'libdeflate\.h' src/warc_codec.cc
allow 'fetch_internal\.h' src/fetch.cc src/fetch_schedule.h tests/fetch_test.cc 'fuzz/*'
allow 'fetch_schedule\.h' src/fetch.cc src/fetch_schedule.cc tests/fetch_schedule_test.cc
allow '(\.\./src/)?store_internal\.h' 'src/store*' 'tests/*'

# No C library type in a public header.
if grep -nE '^#include <(curl/|sqlite3\.h|libpq-fe\.h|libxml/|unicode/|uriparser/|cld2/|zlib\.h|libdeflate\.h|openssl/|re2/)' \
    include/newsdesk/*.h; then
  echo "wall breach: a public header includes a C library (above)"
  status=1
fi

# The pure stages never include the fetcher or the store.
pure=(src/decode.cc src/extract*.cc src/normalize.cc src/language.cc src/dates*.cc
      src/stories*.cc src/document.cc src/revisions.cc
      include/newsdesk/{article,decode,extract,normalize,language,dates,stories,document,revisions}.h)
if grep -nE '^#include "newsdesk/(fetch|store|pipeline|crawl)\.h"' "${pure[@]}"; then
  echo "wall breach: a pure stage includes the fetcher, the store or the pipeline (above)"
  status=1
fi

# The library never includes the CLI.
if grep -rnE '^#include "(cli/)?(command|run_report|store_cli|import_warc)\.h"' src --include='*.cc' \
    --include='*.h' | grep -v '^src/cli/'; then
  echo "wall breach: the library includes a CLI header (above)"
  status=1
fi

[ "$status" -eq 0 ] && echo "walls: includes OK"
exit "$status"
