#!/usr/bin/env bash
# Loopback throughput of the fetcher beside wrk's, both against the same Beast test server
# (a separate process on one thread), so wrk's figure is the ceiling for this server.
# Besides rates it prints CPU per request of the client and of the server for each run:
# on a small machine the client and the server share the cores, and those figures say
# where the time went.
#
#   bench/fetch_vs_wrk.sh [BUILD_DIR] [REQUESTS] [CONCURRENCY] [WRK_SECONDS] [IO_THREADS...]
#   e.g. bench/fetch_vs_wrk.sh build 100000 256 3 1 2
# The fetcher runs once per IO_THREADS value (default: 1 and 2), right after wrk.
set -euo pipefail
build=${1:-build}
requests=${2:-20000}
concurrency=${3:-256}
seconds=${4:-5}
io_threads=("${@:5}")
[[ ${#io_threads[@]} -gt 0 ]] || io_threads=(1 2)
bench="$build/bench/fetch_bench"
[[ -x "$bench" ]] || { echo "build $bench first (cmake --build $build --target fetch_bench)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install wrk)" >&2; exit 2; }

out=$(mktemp)
"$bench" --serve >"$out" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do [[ -s "$out" ]] && break; sleep 0.05; done
base=$(head -n1 "$out")
echo "server: $base (pid $server_pid, $(nproc) cores)"

ticks=$(getconf CLK_TCK)
server_cpu() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }  # utime + stime, ticks

echo "== wrk -t1 -c$concurrency -d${seconds}s --latency $base/page/1"
before=$(server_cpu)
TIMEFORMAT='%U %S'
{ time wrk -t1 -c"$concurrency" -d"${seconds}s" --latency "$base/page/1" >"$out.wrk"; } 2>"$out.time"
after=$(server_cpu)
sed -n '1,20p' "$out.wrk"
done_requests=$(awk '/requests in/{print $1}' "$out.wrk")
awk -v n="$done_requests" -v s="$((after - before))" -v hz="$ticks" '{
  printf "  cpu       %.1f us/request (wrk)   server %.1f us/request\n", 1e6 * ($1 + $2) / n, 1e6 * s / hz / n }' "$out.time"
rm -f "$out.wrk" "$out.time"

for t in "${io_threads[@]}"; do
  echo "== fetch_bench --url $base -n $requests -c $concurrency --io-threads $t"
  before=$(server_cpu)
  "$bench" --url "$base" -n "$requests" -c "$concurrency" --io-threads "$t"
  after=$(server_cpu)
  awk -v n="$requests" -v s="$((after - before))" -v hz="$ticks" \
    'BEGIN { printf "  server    %.1f us/request\n", 1e6 * s / hz / n }'
done
