#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job on the offline samples:
# ingests every sample page into newsdesk.db (no network needed), then lists the stories.
# Usage: scripts/run-samples.sh [--db PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
db=newsdesk.db
if [ "${1:-}" = "--db" ]; then db=$2; fi
scripts/install-deps.sh
dir=$(scripts/build.sh | tail -n 1)
"$dir/newsdesk" ingest samples/urls.txt --db "$db"
"$dir/newsdesk" stories --db "$db"
echo "store: $db  (try: $dir/newsdesk export --db $db --format jsonl | head)"
