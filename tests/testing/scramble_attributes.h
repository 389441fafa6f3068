// Rewrites a page's HTML so that its attribute values carry no words: each whitespace-
// separated token of a scrambled attribute's value becomes "c" + 8 hex digits of the
// token's hash, so equal tokens stay equal across the page (the page's structure and its
// repeated shapes survive) while their meaning ("related", "article-body", "sidebar") is
// gone. The held-out robustness probe of the extractor: sites name their classes in words
// the dev set never saw. Tag names, text, comments, <script>/<style> contents (JSON-LD),
// <meta> and every other attribute stay as they are. Byte-level, so it works on any
// ASCII-compatible encoding the page is in. Header-only, for the bench and its test.
#ifndef NEWSDESK_TESTING_SCRAMBLE_ATTRIBUTES_H_
#define NEWSDESK_TESTING_SCRAMBLE_ATTRIBUTES_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace newsdesk::testing {

enum class ScrambleLevel {
  kNone,
  kClassId,  // class and id
  kAll,      // class and id, and itemprop, role and data-*
};

namespace scramble_internal {

inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

inline bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (Lower(s[i]) != lower[i]) return false;
  return true;
}

inline bool ShouldScramble(std::string_view name, ScrambleLevel level) {
  if (level == ScrambleLevel::kNone) return false;
  if (EqualsLower(name, "class") || EqualsLower(name, "id")) return true;
  if (level != ScrambleLevel::kAll) return false;
  return EqualsLower(name, "itemprop") || EqualsLower(name, "role") ||
         (name.size() > 5 && EqualsLower(name.substr(0, 5), "data-"));
}

// FNV-1a, case-folded so that "Related" and "related" stay one token.
inline std::string Token(std::string_view token) {
  uint32_t h = 2166136261u;
  for (char c : token) {
    h ^= static_cast<unsigned char>(Lower(c));
    h *= 16777619u;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "c%08x", h);
  return buf;
}

inline void AppendScrambledValue(std::string_view value, std::string& out) {
  size_t i = 0;
  while (i < value.size()) {
    if (IsSpace(value[i])) {
      out.push_back(value[i++]);
      continue;
    }
    size_t end = i;
    while (end < value.size() && !IsSpace(value[end])) ++end;
    out += Token(value.substr(i, end - i));
    i = end;
  }
}

}  // namespace scramble_internal

// `html` with the values of the attributes `level` names scrambled (see the file comment).
inline std::string ScrambleAttributes(std::string_view html, ScrambleLevel level) {
  using namespace scramble_internal;
  if (level == ScrambleLevel::kNone) return std::string(html);
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  size_t i = 0;
  const size_t n = html.size();
  auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  while (i < n) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    out.append(html.substr(i, lt - i));
    i = lt;
    if (html.compare(i, 4, "<!--") == 0) {  // a comment, copied whole
      size_t end = html.find("-->", i + 4);
      end = end == std::string_view::npos ? n : end + 3;
      out.append(html.substr(i, end - i));
      i = end;
      continue;
    }
    if (!is_alpha(html[i + 1])) {  // an end tag, a doctype or a stray '<'
      out.push_back(html[i++]);
      continue;
    }
    // A start tag: its name, then attributes up to '>'.
    size_t p = i + 1;
    while (p < n && !IsSpace(html[p]) && html[p] != '>' && html[p] != '/') ++p;
    const std::string_view tag = html.substr(i + 1, p - i - 1);
    out.append(html.substr(i, p - i));
    while (p < n && html[p] != '>') {
      if (IsSpace(html[p]) || html[p] == '/') {
        out.push_back(html[p++]);
        continue;
      }
      const size_t name_start = p;
      while (p < n && !IsSpace(html[p]) && html[p] != '=' && html[p] != '>' && html[p] != '/') ++p;
      const std::string_view name = html.substr(name_start, p - name_start);
      out.append(name);
      size_t q = p;
      while (q < n && IsSpace(html[q])) ++q;
      if (q >= n || html[q] != '=') continue;  // an attribute without a value
      ++q;
      while (q < n && IsSpace(html[q])) ++q;
      out.append(html.substr(p, q - p));
      p = q;
      size_t value_start = p, value_end;
      if (p < n && (html[p] == '"' || html[p] == '\'')) {
        const char quote = html[p];
        value_start = p + 1;
        value_end = html.find(quote, value_start);
        if (value_end == std::string_view::npos) value_end = n;
      } else {
        value_end = p;
        while (value_end < n && !IsSpace(html[value_end]) && html[value_end] != '>') ++value_end;
      }
      out.append(html.substr(p, value_start - p));  // the opening quote, if any
      const std::string_view value = html.substr(value_start, value_end - value_start);
      if (ShouldScramble(name, level))
        AppendScrambledValue(value, out);
      else
        out.append(value);
      p = value_end;
      if (value_start != q && p < n) out.push_back(html[p++]);  // the closing quote
    }
    if (p < n) out.push_back(html[p++]);  // '>'
    i = p;
    // Raw text elements end at their end tag only.
    const std::string_view raw = EqualsLower(tag, "script")  ? "script"
                                 : EqualsLower(tag, "style") ? "style"
                                                             : "";
    if (!raw.empty()) {
      size_t end = i;
      while (true) {
        end = html.find("</", end);
        if (end == std::string_view::npos) {
          end = n;
          break;
        }
        if (end + 2 + raw.size() <= n && EqualsLower(html.substr(end + 2, raw.size()), raw)) break;
        end += 2;
      }
      out.append(html.substr(i, end - i));
      i = end;
    }
  }
  if (i < n) out.append(html.substr(i));
  return out;
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_SCRAMBLE_ATTRIBUTES_H_
