// Helpers of the benchmarks that serve or archive the extraction dev set's pages: current
// RSS, whole-file reads, and distinct copies of a page. Header-only.
#ifndef NEWSDESK_BENCH_BENCH_PAGES_H_
#define NEWSDESK_BENCH_BENCH_PAGES_H_

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <unistd.h>

namespace newsdesk::bench {

// Resident set size now, in KiB.
inline long RssKb() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Copy `k` of a page: every "</p>" gets a marker so texts (and hashes) differ, and
// canonical links are dropped.
inline std::string Distinct(const std::string& html, int k) {
  const std::string marker = " [copy " + std::to_string(k) + "]</p>";
  std::string out;
  out.reserve(html.size() + 1024);
  size_t pos = 0;
  for (size_t hit; (hit = html.find("</p>", pos)) != std::string::npos; pos = hit + 4) {
    out.append(html, pos, hit - pos);
    out += marker;
  }
  out.append(html, pos, std::string::npos);
  // Copies must not claim one canonical URL, or they are (rightly) exact duplicates.
  for (const char* attr : {"rel=\"canonical\"", "rel='canonical'", "rel=canonical", "og:url"}) {
    const std::string a = attr;
    for (size_t at; (at = out.find(a)) != std::string::npos;)
      out.replace(at, a.size(), "data-x=\"\"");
  }
  return out;
}

}  // namespace newsdesk::bench

#endif  // NEWSDESK_BENCH_BENCH_PAGES_H_
