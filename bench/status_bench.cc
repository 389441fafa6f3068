#include <benchmark/benchmark.h>

#include "newsdesk/status.h"

// The OK path of Status must cost nothing: it is returned from every stage call.
static void BM_StatusOk(benchmark::State& state) {
  for (auto _ : state) {
    newsdesk::Status s = newsdesk::Status::OK();
    benchmark::DoNotOptimize(s);
  }
}
BENCHMARK(BM_StatusOk);
BENCHMARK_MAIN();
