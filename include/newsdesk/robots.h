// robots.txt (RFC 9309, the Robots Exclusion Protocol): parser and matcher.
//
// RobotsRules holds the rules of the one group that applies to a crawler (every group
// whose user-agent line matches its product token, merged; else the "*" groups; else
// nothing, which allows everything). IsAllowed() applies the longest-match rule with
// Allow winning ties (RFC 9309 §2.2.2), `*` wildcards and a trailing `$` anchor.
//
// Pure values: a RobotsRules is immutable after parsing and may be shared across threads.
#ifndef NEWSDESK_ROBOTS_H_
#define NEWSDESK_ROBOTS_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk {

class RobotsRules {
 public:
  // Allows everything (no rules).
  RobotsRules() = default;

  // Parses a robots.txt body and keeps the group for `product_token` (matched case-
  // insensitively, RFC 9309 §2.2.1). Only the first 500 KiB are read (§2.5). Never fails:
  // lines that are not records are ignored.
  static RobotsRules Parse(std::string_view robots_txt, std::string_view product_token);

  // A robots.txt that could not be fetched for a server error is "complete disallow"
  // (§2.3.1.4).
  static RobotsRules DisallowAll();

  // Whether `path` (the URL's path plus "?query", starting with "/") may be crawled.
  // "/robots.txt" itself is always allowed (§2.2.2).
  bool IsAllowed(std::string_view path) const;

  // The group's Crawl-delay (a common extension, not part of RFC 9309), if any.
  std::optional<std::chrono::milliseconds> crawl_delay() const { return crawl_delay_; }

  // Number of allow/disallow rules kept (for tests and logs).
  size_t rule_count() const { return rules_.size(); }

 private:
  struct Rule {
    bool allow;
    std::string pattern;  // normalized; may contain '*' and end with '$'
  };
  std::vector<Rule> rules_;
  std::optional<std::chrono::milliseconds> crawl_delay_;
};

// Persists robots.txt answers across runs. The fetcher (FetchOptions::robots_cache) calls
// Load() before fetching an origin's robots.txt and Save() after a final answer (a 2xx
// body, or a 3xx/4xx meaning "none"); 5xx and network failures are never saved. Both are
// called on the fetcher's thread and should return quickly. `origin` is
// "scheme://host:port". Implemented outside the fetcher (e.g. by the store), so the
// fetcher never depends on the store.
class RobotsCache {
 public:
  struct Entry {
    int http_status = 0;  // 2xx: `body` is the file; 3xx/4xx: allow all
    std::string body;
    std::chrono::system_clock::time_point fetched_at;
  };
  virtual ~RobotsCache() = default;
  virtual std::optional<Entry> Load(const std::string& origin) = 0;
  virtual void Save(const std::string& origin, const Entry& entry) = 0;
  // For a cache several processes share (the workers of a shared frontier): called when
  // Load() had no fresh answer, before this process fetches the origin's robots.txt. Zero:
  // this process fetches it, and Save() ends its claim (AbandonFetch() when no final
  // answer came); else another process is fetching it: Load() again after this long. By
  // default every process fetches its own.
  virtual std::chrono::milliseconds ClaimFetch(const std::string& /*origin*/) {
    return std::chrono::milliseconds(0);
  }
  virtual void AbandonFetch(const std::string& /*origin*/) {}
};

// The product token of a User-Agent string: its leading run of [A-Za-z_-] characters,
// e.g. "newsdesk" for "newsdesk/0.1 (+https://...)" (RFC 9309 §2.2.1).
std::string RobotsProductToken(std::string_view user_agent);

// Normalizes a path or pattern for comparison (RFC 9309 §2.2.2): percent-escapes of
// unreserved characters are decoded, other escapes get upper-case hex digits, and octets
// outside US-ASCII are percent-encoded.
std::string NormalizeRobotsPath(std::string_view path);

// Whether `pattern` (already normalized) matches a prefix of `path` (normalized); `*`
// matches any run of octets and a trailing `$` requires the match to end at the end.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace newsdesk

#endif  // NEWSDESK_ROBOTS_H_
