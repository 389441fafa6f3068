// CPU time consumed so far by the calling thread (CLOCK_THREAD_CPUTIME_ID), for cheap
// per-stage accounting. Differences of two readings on one thread are that thread's CPU time.
#ifndef NEWSDESK_THREAD_CPU_H_
#define NEWSDESK_THREAD_CPU_H_

#include <chrono>

#include <time.h>

namespace newsdesk::internal {

inline std::chrono::nanoseconds ThreadCpuTime() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}

}  // namespace newsdesk::internal

#endif  // NEWSDESK_THREAD_CPU_H_
