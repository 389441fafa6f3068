# Sourced by the PostgreSQL end-to-end scripts (not a test itself): sets `server`, the
# URI of the throwaway cluster CTest's "postgres" fixture started (NEWSDESK_TEST_PG_DIR),
# or exits with "SKIP: <why>" when the fixture found no server binaries.
dir=${NEWSDESK_TEST_PG_DIR:?run through ctest: the postgres fixture starts the cluster}
if [ -f "$dir/skip" ]; then
  echo "SKIP: $(cat "$dir/skip")"
  exit 0
fi
server=$(cat "$dir/uri")
