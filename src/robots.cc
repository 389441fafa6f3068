#include "newsdesk/robots.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "ascii.h"

namespace newsdesk {
namespace {

constexpr size_t kMaxRobotsBytes = 500 * 1024;  // RFC 9309 §2.5: parse at least 500 KiB
constexpr double kMaxCrawlDelaySeconds = 60;    // a hostile Crawl-delay cannot stall a run

// RFC 9309 §2.2: whitespace around keys and values is space and tab.
std::string_view Trim(std::string_view s) { return TrimAscii(s, " \t"); }

bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

void AppendEscaped(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += '%';
  out += kHex[c >> 4];
  out += kHex[c & 15];
}

enum class Key { kUserAgent, kAllow, kDisallow, kCrawlDelay, kOther };

Key ParseKey(std::string_view key) {
  if (EqualsIgnoreAsciiCase(key, "user-agent")) return Key::kUserAgent;
  if (EqualsIgnoreAsciiCase(key, "allow")) return Key::kAllow;
  if (EqualsIgnoreAsciiCase(key, "disallow")) return Key::kDisallow;
  if (EqualsIgnoreAsciiCase(key, "crawl-delay")) return Key::kCrawlDelay;
  return Key::kOther;
}

// The user-agent value's token: "*" or its leading [A-Za-z_-] run.
std::string_view AgentToken(std::string_view value) {
  if (!value.empty() && value.front() == '*') return "*";
  size_t n = 0;
  while (n < value.size() &&
         ((value[n] >= 'a' && value[n] <= 'z') || (value[n] >= 'A' && value[n] <= 'Z') ||
          value[n] == '_' || value[n] == '-'))
    ++n;
  return value.substr(0, n);
}

std::optional<std::chrono::milliseconds> ParseCrawlDelay(std::string_view value) {
  std::string text(value);
  char* end = nullptr;
  double seconds = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || !std::isfinite(seconds) || seconds < 0) return std::nullopt;
  seconds = std::min(seconds, kMaxCrawlDelaySeconds);
  return std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000));
}

struct Group {
  std::vector<std::string> agents;
  std::vector<std::pair<bool, std::string>> rules;  // (allow, raw pattern)
  std::optional<std::chrono::milliseconds> crawl_delay;
};

}  // namespace

std::string RobotsProductToken(std::string_view user_agent) {
  return std::string(AgentToken(Trim(user_agent)));
}

std::string NormalizeRobotsPath(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (size_t i = 0; i < path.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(path[i]);
    if (c == '%' && i + 2 < path.size() && AsciiHexValue(path[i + 1]) >= 0 &&
        AsciiHexValue(path[i + 2]) >= 0) {
      unsigned char v =
          static_cast<unsigned char>(AsciiHexValue(path[i + 1]) * 16 + AsciiHexValue(path[i + 2]));
      if (IsUnreserved(v)) {
        out += static_cast<char>(v);
      } else {
        AppendEscaped(out, v);
      }
      i += 2;
    } else if (c >= 0x80 || c <= 0x20 || c == 0x7f) {
      AppendEscaped(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Glob matching with single-star backtracking: O(|pattern| * |path|) worst case.
  size_t p = 0, s = 0;
  size_t star = std::string_view::npos, mark = 0;
  while (true) {
    if (p == pattern.size()) {
      if (!anchored || s == path.size()) return true;
    } else if (pattern[p] == '*') {
      star = p++;
      mark = s;
      continue;
    } else if (s < path.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
      continue;
    }
    if (star == std::string_view::npos || mark >= path.size()) return false;
    p = star + 1;
    s = ++mark;
  }
}

RobotsRules RobotsRules::DisallowAll() {
  RobotsRules rules;
  rules.rules_.push_back({false, "/"});
  return rules;
}

RobotsRules RobotsRules::Parse(std::string_view text, std::string_view product_token) {
  if (text.size() > kMaxRobotsBytes) text = text.substr(0, kMaxRobotsBytes);
  text.remove_prefix(Utf8BomLength(text));

  std::vector<Group> groups;
  bool last_was_agent = false;
  while (!text.empty()) {
    size_t eol = text.find_first_of("\r\n");
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);

    line = line.substr(0, line.find('#'));
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      // Be lenient like common crawlers: "Disallow /x" (whitespace as separator).
      colon = line.find_first_of(" \t", line.find_first_not_of(" \t") == std::string_view::npos
                                            ? 0
                                            : line.find_first_not_of(" \t"));
      if (colon == std::string_view::npos) continue;
    }
    Key key = ParseKey(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    switch (key) {
      case Key::kUserAgent:
        if (!last_was_agent || groups.empty()) groups.emplace_back();
        groups.back().agents.emplace_back(AgentToken(value));
        last_was_agent = true;
        break;
      case Key::kAllow:
      case Key::kDisallow:
        last_was_agent = false;
        if (groups.empty() || value.empty()) break;  // rule outside a group; empty rule
        groups.back().rules.emplace_back(key == Key::kAllow, std::string(value));
        break;
      case Key::kCrawlDelay:
        last_was_agent = false;
        if (!groups.empty() && !groups.back().crawl_delay)
          groups.back().crawl_delay = ParseCrawlDelay(value);
        break;
      case Key::kOther:  // sitemap and unknown records do not end a group (§2.2.4)
        break;
    }
  }

  auto collect = [&](std::string_view agent) {
    RobotsRules out;
    bool matched = false;
    for (const Group& g : groups) {
      bool applies = std::any_of(g.agents.begin(), g.agents.end(), [&](const std::string& a) {
        return EqualsIgnoreAsciiCase(a, agent);
      });
      if (!applies) continue;
      matched = true;
      for (const auto& [allow, raw] : g.rules) {
        std::string pattern = NormalizeRobotsPath(raw);
        if (pattern.front() != '/' && pattern.front() != '*') pattern = "/" + pattern;
        out.rules_.push_back({allow, std::move(pattern)});
      }
      if (!out.crawl_delay_) out.crawl_delay_ = g.crawl_delay;
    }
    return std::make_pair(matched, std::move(out));
  };
  if (!product_token.empty()) {
    auto [matched, rules] = collect(product_token);
    if (matched) return std::move(rules);
  }
  return collect("*").second;
}

bool RobotsRules::IsAllowed(std::string_view raw_path) const {
  if (rules_.empty()) return true;
  std::string path = NormalizeRobotsPath(raw_path.empty() ? std::string_view("/") : raw_path);
  if (path == "/robots.txt") return true;
  size_t best_len = 0;
  bool best_allow = true;
  bool any = false;
  for (const Rule& rule : rules_) {
    if (!RobotsPatternMatches(rule.pattern, path)) continue;
    size_t len = rule.pattern.size();
    if (!any || len > best_len) {
      best_len = len;
      best_allow = rule.allow;
      any = true;
    } else if (len == best_len && rule.allow) {
      best_allow = true;  // the least restrictive rule wins a tie (§2.2.2)
    }
  }
  return !any || best_allow;
}

}  // namespace newsdesk
