#!/usr/bin/env bash
# Installs what is missing, builds, and runs the main job on the offline samples: one run
# of pipelines/samples.toml (the sample RSS feed and URL list, read over file://, no network
# needed) into newsdesk.db, then lists the stories. Running it again fetches nothing new.
# Usage: scripts/run-samples.sh [--db PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
db=newsdesk.db
if [ "${1:-}" = "--db" ]; then db=$2; fi
scripts/install-deps.sh
dir=$(scripts/build.sh | tail -n 1)
"$dir/newsdesk" crawl pipelines/samples.toml --db "$db"
"$dir/newsdesk" stories --db "$db"
echo "store: $db  (try: $dir/newsdesk export --db $db --format jsonl | head)"
