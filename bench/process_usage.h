// What this process has used so far, for the benchmarks' reports (getrusage, all threads).
#ifndef NEWSDESK_BENCH_PROCESS_USAGE_H_
#define NEWSDESK_BENCH_PROCESS_USAGE_H_

#include <sys/resource.h>

namespace newsdesk::bench {

// User + system CPU time, in seconds.
inline double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Peak resident set size, in KiB.
inline long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace newsdesk::bench

#endif  // NEWSDESK_BENCH_PROCESS_USAGE_H_
