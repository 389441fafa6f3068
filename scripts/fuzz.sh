#!/usr/bin/env bash
# Real fuzzing with libFuzzer (clang, ASan + UBSan): builds build-fuzz/, then runs every
# fuzz/<name>_fuzz.cc target for SECONDS on a scratch copy of its corpus (the checked-in
# seeds are not touched), two targets at a time. A crash, leak, timeout or failed check
# leaves its input in OUT/crash_<name>-*; add it to fuzz/corpus/<name>/ with the fix.
#
#   scripts/fuzz.sh [SECONDS] [OUT] [NAME...]     e.g. scripts/fuzz.sh 60 /tmp/fuzz url dates
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=${2:-$(mktemp -d)}
names=("${@:3}")
command -v clang++ >/dev/null || { echo "clang++ not found (scripts/install-deps.sh installs it)" >&2; exit 2; }
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNEWSDESK_BUILD_FUZZ=ON -DNEWSDESK_BUILD_TESTS=OFF -DNEWSDESK_BUILD_BENCH=OFF \
  "${launcher[@]}" >/dev/null
if [[ ${#names[@]} -eq 0 ]]; then
  for f in fuzz/*_fuzz.cc; do names+=("$(basename "$f" _fuzz.cc)"); done
fi
# Only the targets asked for (and the library they link).
cmake --build build-fuzz -j "$(nproc)" --target "${names[@]/%/_fuzz}"
mkdir -p "$out"
for name in "${names[@]}"; do
  mkdir -p "$out/corpus_$name"
  cp fuzz/corpus/"$name"/* "$out/corpus_$name/" 2>/dev/null || true
done
echo "fuzzing ${#names[@]} targets for ${seconds}s each; logs and findings in $out"
printf '%s\n' "${names[@]}" | xargs -P 2 -I{} sh -c \
  "/usr/bin/time -f '%U %S' -o '$out/cpu_{}.txt' \
   build-fuzz/fuzz/{}_fuzz '$out/corpus_{}' -max_total_time=$seconds -timeout=10 \
     -rss_limit_mb=3000 -max_len=65536 -artifact_prefix='$out/crash_{}-' \
     -print_final_stats=1 >'$out/log_{}.txt' 2>&1 || true"
status=0
for name in "${names[@]}"; do
  runs=$(awk -F: '/stat::number_of_executed_units/{gsub(/ /, "", $NF); print $NF; exit}' "$out/log_$name.txt")
  cpu=$(awk 'END {printf "%.0f", $1 + $2}' "$out/cpu_$name.txt" 2>/dev/null)
  found=$(find "$out" -maxdepth 1 -name "crash_$name-*" | wc -l)
  printf '%-12s %10s runs %7s CPU s  %s\n' "$name" "${runs:-?}" "${cpu:-?}" \
    "$([[ $found -gt 0 ]] && echo "$found FINDING(S)" || echo ok)"
  [[ $found -eq 0 ]] || status=1
done
exit $status
