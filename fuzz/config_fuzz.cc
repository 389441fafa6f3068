// Fuzz target for pipeline files (src/config.cc): arbitrary bytes as TOML. Loading must
// never crash or throw; an accepted file must satisfy the validated invariants.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "newsdesk/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (data == nullptr) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  newsdesk::Result<newsdesk::PipelineConfig> r =
      newsdesk::ParsePipelineConfig(text, "/fuzz/pipeline.toml");
  if (r.ok()) {
    if (r->name.empty() || r->sources.empty()) std::abort();
    for (const newsdesk::SourceConfig& s : r->sources) {
      std::string scheme = s.url.substr(0, s.url.find(':'));
      for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (!s.is_local() && scheme != "http" && scheme != "https") std::abort();
      if (s.is_local() && !s.url.starts_with("file:///")) std::abort();
      s.filter.Accepts("https://example.com/a/b?c=d");
    }
  } else if (r.status().message().empty()) {
    std::abort();
  }
  newsdesk::ParseDuration(text.substr(0, 64));
  return 0;
}
