// Fuzz target for the JSONL import line parser (document.h ParseImportLine): any bytes as
// one line. Checks: an accepted line has a URL and a title or text, and the document
// written back as a JSON line (its fields escaped here, independently of the parser)
// parses to the same fields.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "newsdesk/document.h"

namespace {

// A JSON string literal of `s` (valid UTF-8, as the parser returns): quotes, backslashes
// and control characters escaped, everything else as is.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  newsdesk::Result<newsdesk::ImportInput> doc = newsdesk::ParseImportLine(line);
  if (!doc.ok()) {
    if (!doc.status().IsInvalidArgument() || doc.status().message().empty()) std::abort();
    return 0;
  }
  if (doc->url.empty() || (doc->title.empty() && doc->text.empty())) std::abort();
  const std::string again =
      "{\"url\":" + Quote(doc->url) + ",\"title\":" + Quote(doc->title) +
      ",\"text\":" + Quote(doc->text) + ",\"published\":" + Quote(doc->published) +
      ",\"fetched_at\":" + Quote(doc->fetched_at) + ",\"language\":" + Quote(doc->language) +
      ",\"site\":" + Quote(doc->site) + ",\"id\":" + Quote(doc->id) + "}";
  newsdesk::Result<newsdesk::ImportInput> back = newsdesk::ParseImportLine(again);
  if (!back.ok() || back->url != doc->url || back->title != doc->title || back->text != doc->text ||
      back->published != doc->published || back->fetched_at != doc->fetched_at ||
      back->language != doc->language || back->site != doc->site || back->id != doc->id) {
    std::abort();
  }
  return 0;
}
