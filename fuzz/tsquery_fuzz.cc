// Fuzz target for the PostgreSQL store's search query builder (src/store_postgres.cc
// PlainWordsToTsquery): arbitrary bytes as the user's plain-words query. The result goes
// to to_tsquery() on the server, so it must always be well formed: "" when the query has
// no match-key word, else quoted lexemes (a phrase of them in parentheses, an optional
// :* prefix marker) joined by " & ", " | " or " & !", with every ' and \ inside a lexeme
// doubled. Never a crash or a leak.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../src/store_postgres.h"

namespace {

// Consumes one quoted lexeme at `i`; false when there is none.
bool Lexeme(std::string_view q, size_t& i) {
  if (i >= q.size() || q[i] != '\'') return false;
  ++i;
  bool empty = true;
  while (i < q.size()) {
    if (q[i] == '\'' || q[i] == '\\') {
      if (i + 1 < q.size() && q[i + 1] == q[i]) {
        i += 2;
        empty = false;
        continue;
      }
      if (q[i] == '\\') return false;  // a lone backslash escapes the closing quote
      ++i;
      return !empty;
    }
    ++i;
    empty = false;
  }
  return false;
}

// term := lexeme [:*] | '(' lexeme (' <-> ' lexeme)+ [:*] ')'
bool Term(std::string_view q, size_t& i) {
  const bool group = i < q.size() && q[i] == '(';
  if (group) ++i;
  if (!Lexeme(q, i)) return false;
  int lexemes = 1;
  while (group && q.substr(i, 5) == " <-> ") {
    i += 5;
    if (!Lexeme(q, i)) return false;
    ++lexemes;
  }
  if (q.substr(i, 2) == ":*") i += 2;
  if (!group) return true;
  if (lexemes < 2 || i >= q.size() || q[i] != ')') return false;
  ++i;
  return true;
}

bool WellFormed(std::string_view q) {
  size_t i = 0;
  if (!Term(q, i)) return false;
  while (i < q.size()) {
    if (q.substr(i, 4) == " & !") {
      i += 4;
    } else if (q.substr(i, 3) == " & " || q.substr(i, 3) == " | ") {
      i += 3;
    } else {
      return false;
    }
    if (!Term(q, i)) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (data == nullptr || size > 4096) return 0;
  const std::string query(reinterpret_cast<const char*>(data), size);
  const std::string tsquery = newsdesk::postgres::PlainWordsToTsquery(query);
  if (!tsquery.empty() && !WellFormed(tsquery)) std::abort();
  return 0;
}
