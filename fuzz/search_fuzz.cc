// Fuzz target for search queries (Store::Search in src/store.cc): arbitrary bytes as the
// user's query, in plain-words mode and in FTS5-syntax mode, over a small in-memory store.
// Plain words must never be a syntax error (every word is quoted): the only error allowed
// is InvalidArgument for a query without words (whitespace and NUL separate words). FTS5 mode may
// reject a query, but only as InvalidArgument. Never a crash or a leak.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "newsdesk/store.h"

namespace {

newsdesk::Store& FuzzStore() {
  static std::unique_ptr<newsdesk::Store> store = [] {
    auto s = newsdesk::Store::Open(":memory:");
    if (!s.ok()) std::abort();
    const char* texts[][2] = {
        {"Iraq takes custody of ISIS detainees", "Baghdad said 4,583 detainees moved."},
        {"סערה בצפון", "גשם כבד צפוי בצפון הארץ"},
        {"Ирак принял заключённых", "Багдад сообщил о 5 700 заключённых."},
        {"北京 新闻", "今天 天气 很好"}};
    int n = 0;
    for (const auto& t : texts) {
      newsdesk::Article a;
      a.url = a.canonical_url = "https://example.com/" + std::to_string(n++);
      a.title = t[0];
      a.text = t[1];
      if (!(*s)->InsertArticle(a).ok()) std::abort();
    }
    return std::move(*s);
  }();
  return *store;
}

bool HasWord(const std::string& q) {
  for (char c : q) {
    if (c != '\0' && !std::isspace(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (data == nullptr || size > 4096) return 0;
  std::string query(reinterpret_cast<const char*>(data), size);
  newsdesk::Store& store = FuzzStore();
  auto plain = store.Search(query, 5);
  if (!plain.ok() && !(plain.status().IsInvalidArgument() && !HasWord(query))) std::abort();
  if (plain.ok() && !HasWord(query)) std::abort();
  auto raw = store.Search(query, 5, /*fts5_syntax=*/true);
  if (!raw.ok() && !raw.status().IsInvalidArgument()) std::abort();
  return 0;
}
