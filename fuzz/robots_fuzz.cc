// Fuzz target for the robots.txt parser and matcher (RFC 9309). Input layout: the first
// line is a URL path to test, the rest is the robots.txt body; the path is also matched
// under two product tokens, and every rule pattern is normalized and matched.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newsdesk/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  size_t eol = input.find('\n');
  std::string_view path = input.substr(0, eol == std::string_view::npos ? 0 : eol);
  std::string_view body = eol == std::string_view::npos ? input : input.substr(eol + 1);
  if (path.size() > 2048) path = path.substr(0, 2048);  // URL paths are short

  for (std::string_view agent : {"newsdesk", "*"}) {
    newsdesk::RobotsRules rules = newsdesk::RobotsRules::Parse(body, agent);
    (void)rules.IsAllowed(path);
    (void)rules.IsAllowed("/");
    (void)rules.crawl_delay();
  }
  (void)newsdesk::RobotsProductToken(path);
  std::string normalized = newsdesk::NormalizeRobotsPath(path);
  (void)newsdesk::RobotsPatternMatches(normalized, normalized);
  return 0;
}
