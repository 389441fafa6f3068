#!/usr/bin/env bash
# Loopback throughput of the fetcher beside wrk's, both against the same Beast test server
# (a separate process on one thread), so wrk's figure is the ceiling for this server; and
# beside bare libcurl's (curl_multi_bench: curl's own poll loop, no scheduler), the ceiling
# for any client built on this libcurl.
# Besides rates it prints CPU per request of the client and of the server for each run:
# on a small machine the client and the server share the cores, and those figures say
# where the time went.
#
#   bench/fetch_vs_wrk.sh [BUILD_DIR] [REQUESTS] [CONCURRENCY] [WRK_SECONDS] [IO_THREADS...]
#   e.g. bench/fetch_vs_wrk.sh build 100000 256 3 1 2
# For each IO_THREADS value (default: 1 and 2), bare libcurl with that many threads, then
# the fetcher with that many io threads.
set -euo pipefail
build=${1:-build}
requests=${2:-20000}
concurrency=${3:-256}
seconds=${4:-5}
io_threads=("${@:5}")
[[ ${#io_threads[@]} -gt 0 ]] || io_threads=(1 2)
bench="$build/bench/fetch_bench"
bare="$build/bench/curl_multi_bench"
for b in "$bench" "$bare"; do
  [[ -x "$b" ]] || { echo "build $b first (cmake --build $build --target $(basename "$b"))" >&2; exit 2; }
done
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

# Runs a client command, then prints the server's CPU per request during it.
with_server_cpu() {
  local before after
  before=$(server_cpu)
  "$@"
  after=$(server_cpu)
  awk -v n="$requests" -v s="$((after - before))" -v hz="$ticks" \
    'BEGIN { printf "  server    %.1f us/request\n", 1e6 * s / hz / n }'
}

for t in "${io_threads[@]}"; do
  echo "== curl_multi_bench --url $base -n $requests -c $concurrency -t $t   (bare libcurl)"
  with_server_cpu "$bare" --url "$base" -n "$requests" -c "$concurrency" -t "$t"
  echo "== fetch_bench --url $base -n $requests -c $concurrency --io-threads $t"
  with_server_cpu "$bench" --url "$base" -n "$requests" -c "$concurrency" --io-threads "$t"
done
