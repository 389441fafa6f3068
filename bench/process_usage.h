// What this process has used so far, for the benchmarks' reports (getrusage, all threads),
// and the child processes of the benchmarks that drive the CLI.
#ifndef NEWSDESK_BENCH_PROCESS_USAGE_H_
#define NEWSDESK_BENCH_PROCESS_USAGE_H_

#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

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

// Starts `args[0]` with `args` (a path, no PATH search), its stdout and stderr appended
// to `log`. Returns the child's pid (wait for it with waitpid or wait4).
inline pid_t StartProcess(const std::vector<std::string>& args, const std::string& log) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid != 0) return pid;
  const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd >= 0) {
    dup2(fd, 1);
    dup2(fd, 2);
  }
  execv(argv[0], argv.data());
  _exit(127);
}

}  // namespace newsdesk::bench

#endif  // NEWSDESK_BENCH_PROCESS_USAGE_H_
