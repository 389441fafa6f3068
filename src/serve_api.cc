// The HTTP API's requests and answers (README "HTTP API"): routing, parameter validation
// and the JSON records, from the store given by the network layer (serve.cc).
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "ascii.h"
#include "export_json.h"
#include "newsdesk/article.h"
#include "newsdesk/serve.h"
#include "newsdesk/stories.h"
#include "serve_internal.h"

namespace newsdesk::serve_internal {
namespace {

using export_json::Json;

constexpr std::string_view kApiPrefix = "/api/v1/";
constexpr size_t kMaxQueryWordsBytes = 256;

// A request's query parameters, percent-decoded, or the error that answers it.
using Params = std::map<std::string, std::string, std::less<>>;

struct ParamError {
  std::string parameter;
  std::string message;
};

// Decodes %XX and '+' (a space, as forms send it); nullopt on a broken %-escape.
std::optional<std::string> PercentDecode(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '+') {
      out += ' ';
    } else if (in[i] == '%') {
      if (i + 2 >= in.size()) return std::nullopt;
      int hi = AsciiHexValue(in[i + 1]);
      int lo = AsciiHexValue(in[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += in[i];
    }
  }
  return out;
}

// Parses "a=1&b=2"; a repeated, undecodable or unnamed parameter is an error.
std::optional<ParamError> ParseQuery(std::string_view query, Params& params) {
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    std::optional<std::string> name = PercentDecode(pair.substr(0, eq));
    if (!name || name->empty()) {
      return ParamError{name ? "" : std::string(pair.substr(0, eq)), "malformed parameter name"};
    }
    std::optional<std::string> value =
        PercentDecode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
    if (!value) return ParamError{*name, "malformed %-escape in the value"};
    if (!params.emplace(*name, std::move(*value)).second) {
      return ParamError{*name, "given more than once"};
    }
  }
  return std::nullopt;
}

// The first parameter not in `allowed`, as an error.
std::optional<ParamError> RejectUnknown(const Params& params,
                                        std::initializer_list<std::string_view> allowed) {
  for (const auto& [name, value] : params) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      return ParamError{name, "unknown parameter"};
    }
  }
  return std::nullopt;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A positive decimal id without sign or leading zeros (at most 18 digits: no overflow).
std::optional<int64_t> ParseId(std::string_view s) {
  if (!AllDigits(s) || s.size() > 18 || s[0] == '0') return std::nullopt;
  int64_t v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// ISO 8601 as the store writes it: YYYY-MM-DD, optionally THH:MM[:SS] and Z or ±HH:MM.
bool IsIsoDate(std::string_view s) {
  auto digits = [&](size_t pos, size_t n) {
    return pos + n <= s.size() && AllDigits(s.substr(pos, n));
  };
  if (!(digits(0, 4) && s.size() >= 10 && s[4] == '-' && digits(5, 2) && s[7] == '-' &&
        digits(8, 2))) {
    return false;
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (s.size() == 10) return true;
  if (!(s[10] == 'T' && digits(11, 2) && s.size() >= 16 && s[13] == ':' && digits(14, 2))) {
    return false;
  }
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    if (!digits(pos + 1, 2)) return false;
    pos += 3;
  }
  std::string_view zone = s.substr(pos);
  return zone.empty() || zone == "Z" ||
         (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && AllDigits(zone.substr(1, 2)) &&
          zone[3] == ':' && AllDigits(zone.substr(4, 2)));
}

// A language code as the store keeps it: 2-3 lower-case letters, optionally "-" and a
// subtag ("zh-Hant").
bool IsLanguageCode(std::string_view s) {
  size_t dash = s.find('-');
  std::string_view primary = s.substr(0, dash);
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (primary.size() < 2 || primary.size() > 3 ||
      !std::all_of(primary.begin(), primary.end(), lower)) {
    return false;
  }
  if (dash == std::string_view::npos) return true;
  std::string_view sub = s.substr(dash + 1);
  return !sub.empty() && sub.size() <= 8 && std::all_of(sub.begin(), sub.end(), alnum);
}

// Search words: not blank, not too long, no control characters.
std::optional<std::string> CheckWords(std::string_view q) {
  if (q.size() > kMaxQueryWordsBytes) {
    return "longer than " + std::to_string(kMaxQueryWordsBytes) + " bytes";
  }
  bool blank = true;
  for (char c : q) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) return std::string("contains a control character");
    if (c != ' ') blank = false;
  }
  if (blank) return std::string("empty");
  return std::nullopt;
}

// The cursor of the page after `s`: hex(last_published) "." id. Opaque to clients.
std::string EncodeCursor(const Story& s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s.last_published) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out + "." + std::to_string(s.id);
}

bool DecodeCursor(std::string_view cursor, StoryFilter& filter) {
  size_t dot = cursor.find('.');
  if (dot == std::string_view::npos || dot % 2 != 0 || dot > 128) return false;
  std::string published;
  for (size_t i = 0; i < dot; i += 2) {
    int hi = AsciiHexValue(cursor[i]);
    int lo = AsciiHexValue(cursor[i + 1]);
    if (hi < 0 || lo < 0) return false;
    published += static_cast<char>(hi * 16 + lo);
  }
  std::optional<int64_t> id = ParseId(cursor.substr(dot + 1));
  if (!id) return false;
  filter.after_published = std::move(published);
  filter.after_id = *id;
  return true;
}

Reply JsonReply(const Json& j) {
  Reply r;
  r.body = export_json::Dump(j);
  r.body += '\n';
  return r;
}

Reply BadParameter(const ParamError& e) {
  return ErrorReply(400, "parameter \"" + e.parameter + "\": " + e.message, e.parameter);
}

Reply StoreError(const Status& st) { return ErrorReply(500, "store: " + st.ToString()); }

// `limit`, 1..kMaxLimit (default kDefaultLimit).
std::optional<ParamError> ParseLimit(const Params& params, int& limit) {
  limit = kDefaultLimit;
  auto it = params.find("limit");
  if (it == params.end()) return std::nullopt;
  std::optional<int64_t> v = ParseId(it->second);
  if (!v || *v > kMaxLimit) {
    return ParamError{"limit", "expected an integer from 1 to " + std::to_string(kMaxLimit)};
  }
  limit = static_cast<int>(*v);
  return std::nullopt;
}

// `lang`, when given, into `out`.
std::optional<ParamError> ParseLang(const Params& params, std::string& out) {
  auto it = params.find("lang");
  if (it == params.end()) return std::nullopt;
  if (!IsLanguageCode(it->second)) {
    return ParamError{"lang", "expected a language code such as en, yi or zh-Hant"};
  }
  out = it->second;
  return std::nullopt;
}

Reply ListStories(Store& store, const Params& params) {
  if (auto e = RejectUnknown(params, {"since", "until", "lang", "q", "limit", "cursor"})) {
    return BadParameter(*e);
  }
  StoryFilter filter;
  int limit = 0;
  if (auto e = ParseLimit(params, limit)) return BadParameter(*e);
  if (auto e = ParseLang(params, filter.language)) return BadParameter(*e);
  for (const char* name : {"since", "until"}) {
    auto it = params.find(name);
    if (it == params.end()) continue;
    if (!IsIsoDate(it->second)) {
      return BadParameter({name, "expected an ISO 8601 date (2026-02-14 or 2026-02-14T10:00:00Z)"});
    }
    (std::string_view(name) == "since" ? filter.since : filter.until) = it->second;
  }
  if (auto it = params.find("q"); it != params.end()) {
    if (auto why = CheckWords(it->second)) return BadParameter({"q", *why});
    filter.words = it->second;
  }
  if (auto it = params.find("cursor"); it != params.end() && !DecodeCursor(it->second, filter)) {
    return BadParameter({"cursor", "not a cursor this API returned"});
  }
  filter.limit = limit + 1;  // one more tells whether there is a next page
  Result<std::vector<Story>> stories = store.ListStories(filter);
  if (!stories.ok()) {
    if (stories.status().IsInvalidArgument()) {
      return BadParameter({"q", std::string(stories.status().message())});
    }
    return StoreError(stories.status());
  }
  Json list = Json::array();
  Json next = nullptr;
  for (size_t i = 0; i < stories->size(); ++i) {
    if (static_cast<int>(i) == limit) {
      next = EncodeCursor((*stories)[i - 1]);
      break;
    }
    list.push_back(export_json::StorySummary((*stories)[i]));
  }
  return JsonReply(Json{{"stories", std::move(list)}, {"next_cursor", std::move(next)}});
}

// The id of an item ("/api/v1/stories/{id}", which takes no parameters), or the 400 that
// answers a bad request for it.
std::variant<int64_t, Reply> ItemId(std::string_view id_text, const Params& params,
                                    std::string_view kind) {
  if (auto e = RejectUnknown(params, {})) return BadParameter(*e);
  std::optional<int64_t> id = ParseId(id_text);
  if (!id) return BadParameter({"id", "expected a positive integer " + std::string(kind) + " id"});
  return *id;
}

Reply GetStory(Store& store, std::string_view id_text, const Params& params) {
  std::variant<int64_t, Reply> item = ItemId(id_text, params, "story");
  if (Reply* bad = std::get_if<Reply>(&item)) return std::move(*bad);
  const int64_t* id = std::get_if<int64_t>(&item);
  Result<std::optional<Story>> story = store.GetStory(*id);
  if (!story.ok()) return StoreError(story.status());
  if (!story->has_value()) return ErrorReply(404, "no story " + std::to_string(*id));
  const Story& s = **story;
  if (s.id != *id) {  // absorbed by a merge: the story it went into answers for it
    Reply r = JsonReply(Json{{"absorbed_into", s.id}});
    r.status = 301;
    r.location = std::string(kApiPrefix) + "stories/" + std::to_string(s.id);
    return r;
  }
  // At most one more than shown (memory stays bounded); the extra one says the list was cut.
  Result<std::vector<Article>> articles = store.ListStoryArticles(s.id, kMaxStoryArticles + 1);
  if (!articles.ok()) return StoreError(articles.status());
  Result<std::vector<StoryFigure>> figures = store.ListFigures(s.id);
  if (!figures.ok()) return StoreError(figures.status());

  Json j = export_json::StorySummary(s);
  Json list = Json::array();
  size_t shown = std::min(articles->size(), static_cast<size_t>(kMaxStoryArticles));
  for (size_t i = 0; i < shown; ++i) {
    const Article& a = (*articles)[i];
    Result<std::vector<std::string>> aliases = store.ListAliases(a.id);
    if (!aliases.ok()) return StoreError(aliases.status());
    Json item = export_json::StoryArticle(a, *aliases);
    item["title_language"] = a.title_language;
    item["byline"] = a.byline;
    item["published_raw"] = a.published_raw;
    item["calendar"] = a.calendar;
    // The lead ends on a character boundary: no UTF-8 continuation byte starts the cut.
    size_t cut = std::min(a.text.size(), kLeadBytes);
    while (cut < a.text.size() && (static_cast<unsigned char>(a.text[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    item["lead"] = a.text.substr(0, cut);
    item["lead_truncated"] = cut < a.text.size();
    list.push_back(std::move(item));
  }
  j["articles"] = std::move(list);
  j["articles_truncated"] = shown < articles->size();
  Json figs = Json::array();
  for (const StoryFigure& f : *figures) figs.push_back(export_json::Figure(f));
  j["figures"] = std::move(figs);
  Json groups = Json::array();
  for (const FigureGroup& g : DisagreeingFigures(*figures)) {
    Json members = Json::array();
    for (const StoryFigure& f : g.figures) members.push_back(export_json::Figure(f));
    groups.push_back(Json{{"unit", g.unit}, {"figures", std::move(members)}});
  }
  j["disagreements"] = std::move(groups);
  return JsonReply(j);
}

Reply GetArticle(Store& store, std::string_view id_text, const Params& params) {
  std::variant<int64_t, Reply> item = ItemId(id_text, params, "article");
  if (Reply* bad = std::get_if<Reply>(&item)) return std::move(*bad);
  const int64_t* id = std::get_if<int64_t>(&item);
  Result<std::optional<Article>> article = store.GetArticle(*id);
  if (!article.ok()) return StoreError(article.status());
  if (!article->has_value()) return ErrorReply(404, "no article " + std::to_string(*id));
  Result<std::vector<std::string>> aliases = store.ListAliases(*id);
  if (!aliases.ok()) return StoreError(aliases.status());
  return JsonReply(export_json::ArticleRecord(**article, *aliases));
}

Reply Search(Store& store, const Params& params) {
  if (auto e = RejectUnknown(params, {"q", "lang", "limit"})) return BadParameter(*e);
  int limit = 0;
  if (auto e = ParseLimit(params, limit)) return BadParameter(*e);
  std::string lang;
  if (auto e = ParseLang(params, lang)) return BadParameter(*e);
  auto q = params.find("q");
  if (q == params.end()) return BadParameter({"q", "required"});
  if (auto why = CheckWords(q->second)) return BadParameter({"q", *why});
  Result<std::vector<SearchHit>> hits = store.Search(q->second, limit, false, lang);
  if (!hits.ok()) {
    if (hits.status().IsInvalidArgument()) {
      return BadParameter({"q", std::string(hits.status().message())});
    }
    return StoreError(hits.status());
  }
  Json list = Json::array();
  for (const SearchHit& h : *hits) list.push_back(export_json::SearchHitRecord(h));
  return JsonReply(Json{{"query", q->second}, {"hits", std::move(list)}});
}

Reply ListRuns(Store& store, const Params& params) {
  if (auto e = RejectUnknown(params, {"limit"})) return BadParameter(*e);
  int limit = 0;
  if (auto e = ParseLimit(params, limit)) return BadParameter(*e);
  Result<std::vector<RunRecord>> runs = store.ListRuns(limit);
  if (!runs.ok()) return StoreError(runs.status());
  Json list = Json::array();
  for (const RunRecord& r : *runs) list.push_back(export_json::Run(r));
  return JsonReply(Json{{"runs", std::move(list)}});
}

Reply Route(Store& store, std::string_view path, const Params& params) {
  if (path == "/" || path == "/index.html") {
    if (auto e = RejectUnknown(params, {})) return BadParameter(*e);
    Reply r;
    r.content_type = "text/html; charset=utf-8";
    r.body = std::string(StoryBrowserPage());
    return r;
  }
  if (path.substr(0, kApiPrefix.size()) != kApiPrefix) {
    return ErrorReply(404, "no such path: " + std::string(path));
  }
  std::string_view rest = path.substr(kApiPrefix.size());
  auto item = [&](std::string_view collection) -> std::optional<std::string_view> {
    if (rest.size() > collection.size() + 1 && rest.substr(0, collection.size()) == collection &&
        rest[collection.size()] == '/') {
      std::string_view id = rest.substr(collection.size() + 1);
      if (id.find('/') == std::string_view::npos) return id;
    }
    return std::nullopt;
  };
  if (rest == "stories") return ListStories(store, params);
  if (rest == "search") return Search(store, params);
  if (rest == "runs") return ListRuns(store, params);
  if (auto id = item("stories")) return GetStory(store, *id, params);
  if (auto id = item("articles")) return GetArticle(store, *id, params);
  return ErrorReply(404, "no such path: " + std::string(path));
}

}  // namespace

Reply ErrorReply(int status, std::string_view message, std::string_view parameter) {
  Json error{{"status", status}, {"message", message}};
  if (!parameter.empty()) error["parameter"] = parameter;
  Reply r = JsonReply(Json{{"error", std::move(error)}});
  r.status = status;
  return r;
}

Reply HandleGet(Store& store, std::string_view target) {
  size_t qmark = target.find('?');
  std::string_view path = target.substr(0, qmark);
  Params params;
  if (qmark != std::string_view::npos) {
    if (auto e = ParseQuery(target.substr(qmark + 1), params)) return BadParameter(*e);
  }
  // One read transaction: every query of the request sees the same committed data.
  Store::Transaction snapshot(store);
  if (!snapshot.status().ok()) return StoreError(snapshot.status());
  return Route(store, path, params);
}

}  // namespace newsdesk::serve_internal
