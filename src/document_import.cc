// The line format of `newsdesk import DOCS.jsonl`: one JSON object per line, read into an
// ImportInput (document.h ParseImportLine). Outside input: fuzzed by fuzz/import_fuzz.cc.
#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>

#include <nlohmann/json.hpp>

#include "newsdesk/document.h"
#include "newsdesk/language.h"

namespace newsdesk {
namespace {

// Reads field `key` into `out` when it is a string (or, when `number_ok`, a number, kept
// as JSON writes it). Returns the reason when it has another type; a missing or null
// field leaves `out` as it was.
std::string TakeString(const nlohmann::json& j, const char* key, std::string& out, bool number_ok) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) {
    out = it->get<std::string>();
  } else if (number_ok && it->is_number()) {
    out = it->dump();
  } else {
    return std::string("field \"") + key + "\" is not a string";
  }
  return "";
}

// Whether `tag` reads as a language tag: its primary subtag (PrimaryLanguage: any case,
// "-" or "_" before a region) is two or three letters. "english" or "en us" is not, and
// would be stored as the article's language as written.
bool LooksLikeLanguageTag(std::string_view tag) {
  const std::string primary = PrimaryLanguage(tag);
  return (primary.size() == 2 || primary.size() == 3) &&
         std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Why `line`, which the parser refused, is not valid JSON: where it went wrong, and
// whether the line is no UTF-8, which JSON must be. (The library's own message quotes what
// it read, which may be the whole line.) Only for refused lines: it parses again.
std::string WhyNotJson(std::string_view line) {
  try {
    const nlohmann::json again = nlohmann::json::parse(line);  // throws: it was refused
  } catch (const nlohmann::json::parse_error& e) {
    const std::string at = e.byte > 0 ? " at byte " + std::to_string(e.byte) : "";
    const bool not_utf8 = std::string_view(e.what()).find("UTF-8") != std::string_view::npos;
    return "not valid JSON" + at + (not_utf8 ? ": not UTF-8" : "");
  } catch (const nlohmann::json::exception&) {  // a number out of range, ...
  }
  return "not valid JSON";
}

}  // namespace

std::string QuotedValue(std::string_view value) {
  constexpr size_t kShown = 200;
  std::string out = nlohmann::json(std::string(value.substr(0, kShown)))
                        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (value.size() > kShown) out += "... (" + std::to_string(value.size()) + " bytes)";
  return out;
}

Result<ImportInput> ParseImportLine(std::string_view line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument(WhyNotJson(line));
  if (!j.is_object()) return Status::InvalidArgument("not a JSON object");
  ImportInput doc;
  for (auto [key, out, number_ok] : {std::tuple{"url", &doc.url, false},
                                     {"title", &doc.title, false},
                                     {"text", &doc.text, false},
                                     {"published", &doc.published, false},
                                     {"fetched_at", &doc.fetched_at, false},
                                     {"language", &doc.language, false},
                                     {"site", &doc.site, false},
                                     {"id", &doc.id, true}}) {
    if (std::string err = TakeString(j, key, *out, number_ok); !err.empty()) {
      return Status::InvalidArgument(err);
    }
  }
  if (!doc.language.empty() && !LooksLikeLanguageTag(doc.language)) {
    return Status::InvalidArgument("field \"language\": " + QuotedValue(doc.language) +
                                   " is not a language tag such as \"en\" or \"pt-BR\"");
  }
  if (doc.url.empty()) return Status::InvalidArgument("missing \"url\"");
  if (doc.title.empty() && doc.text.empty()) {
    return Status::InvalidArgument(R"(missing "title" and "text")");
  }
  doc.dates = ReadImportDates(doc);
  if (!doc.dates->fetched_problem.empty()) {
    return Status::InvalidArgument("field \"fetched_at\" not read: " + doc.dates->fetched_problem);
  }
  return doc;
}

}  // namespace newsdesk
