// Metadata helpers of the extract stage: JSON-LD, URL resolution and URL dates, titles.
#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <nlohmann/json.hpp>

#include "ascii.h"
#include "extract_internal.h"
#include "extract_phrases.h"
#include "newsdesk/url.h"

namespace newsdesk::extract_internal {
namespace {

using nlohmann::json;

// A JSON string as text: CMSs print HTML character references in JSON-LD ("Rock &amp;
// Roll", "Redacci&oacute;n"), which are decoded.
std::string StringText(const json& v) {
  return CollapseSpace(DecodeEntities(v.get_ref<const std::string&>(), 1));
}

std::string AsText(const json& v) {
  if (v.is_string()) return StringText(v);
  if (v.is_number()) return v.dump();
  if (v.is_object()) {
    for (const char* k : {"name", "@value", "url", "@id"}) {
      auto it = v.find(k);
      if (it != v.end() && it->is_string()) return StringText(*it);
    }
  }
  if (v.is_array() && !v.empty()) return AsText(v.front());
  return "";
}

bool TypeMatches(const json& obj, bool (*pred)(std::string_view)) {
  auto it = obj.find("@type");
  if (it == obj.end()) return false;
  if (it->is_string()) return pred(it->get_ref<const std::string&>());
  if (it->is_array()) {
    for (const auto& t : *it)
      if (t.is_string() && pred(t.get_ref<const std::string&>())) return true;
  }
  return false;
}

bool IsArticleType(std::string_view t) {
  return t.find("Article") != std::string_view::npos || t == "BlogPosting" ||
         t == "LiveBlogPosting" || t == "Report" || t == "WebPage" || t == "Blog" ||
         t == "SocialMediaPosting" || t == "Posting";
}
bool IsStrongArticleType(std::string_view t) {
  return t.find("Article") != std::string_view::npos || t == "BlogPosting" ||
         t == "LiveBlogPosting" || t == "Report" || t == "SocialMediaPosting";
}

void SetIfEmpty(std::string& dst, const json& obj, const char* key) {
  if (!dst.empty()) return;
  auto it = obj.find(key);
  if (it != obj.end()) dst = AsText(*it);
}

// The first node of `objs` other than object `v` that has v's string "@id" (a reference
// to a node of the same graph) and for which `has` holds, or null.
template <typename Has>
const json* NodeById(const json& v, const std::vector<const json*>& objs, Has has) {
  auto id = v.find("@id");
  if (id == v.end() || !id->is_string()) return nullptr;
  for (const json* o : objs) {
    auto oid = o->find("@id");
    if (o != &v && oid != o->end() && *oid == *id && has(*o)) return o;
  }
  return nullptr;
}

// The text of `v` (AsText), with a reference to a node of the same graph ({"@id": "...#/
// schema/person/..."}, Yoast's article pointing at its author's Person) read as that node's
// name when `objs`, the block's objects, hold it; the reference itself otherwise.
std::string NodeText(const json& v, const std::vector<const json*>& objs) {
  if (v.is_object() && !v.contains("name")) {
    const json* node = NodeById(v, objs, [](const json& o) {
      auto name = o.find("name");
      return name != o.end() && name->is_string();
    });
    if (node != nullptr) return StringText(node->at("name"));
  }
  return AsText(v);
}

bool IsOrganizationType(std::string_view t) {
  return t == "Organization" || t == "NewsMediaOrganization" || t == "Corporation" || t == "NGO" ||
         t == "GovernmentOrganization";
}

// Whether author node `v` is an organization: typed as one, or a reference to a node of
// `objs` that is.
bool IsOrganizationNode(const json& v, const std::vector<const json*>& objs) {
  if (!v.is_object()) return false;
  if (v.contains("@type")) return TypeMatches(v, IsOrganizationType);
  const json* node = NodeById(v, objs, [](const json& o) { return o.contains("@type"); });
  return node != nullptr && TypeMatches(*node, IsOrganizationType);
}

void TakeArticle(const json& obj, const std::vector<const json*>& objs, JsonLdInfo& info) {
  SetIfEmpty(info.headline, obj, "headline");
  SetIfEmpty(info.date_published, obj, "datePublished");
  SetIfEmpty(info.date_modified, obj, "dateModified");
  SetIfEmpty(info.description, obj, "description");
  SetIfEmpty(info.language, obj, "inLanguage");
  SetIfEmpty(info.url, obj, "url");
  if (info.url.empty()) {
    auto it = obj.find("mainEntityOfPage");
    if (it != obj.end()) info.url = AsText(*it);
  }
  if (info.image.empty()) {
    auto it = obj.find("image");
    if (it != obj.end()) info.image = AsText(*it);
  }
  if (info.article_body.empty()) {
    auto it = obj.find("articleBody");
    if (it != obj.end() && it->is_string()) info.article_body = it->get<std::string>();
  }
  if (info.authors.empty()) {
    auto it = obj.find("author");
    if (it == obj.end()) it = obj.find("creator");
    if (it != obj.end()) {
      bool organizations = true;
      const auto take = [&](const json& a) {
        std::string n = NodeText(a, objs);
        if (n.empty() || n.rfind("http", 0) == 0) return;
        info.authors.push_back(std::move(n));
        organizations = organizations && IsOrganizationNode(a, objs);
      };
      if (it->is_array()) {
        for (const auto& a : *it) take(a);
      } else {
        take(*it);
      }
      info.authors_are_organizations = organizations && !info.authors.empty();
    }
  }
  if (info.publisher.empty()) {
    auto it = obj.find("publisher");
    if (it != obj.end()) info.publisher = NodeText(*it, objs);
  }
}

// Visits the objects of a JSON-LD value (arrays, @graph, and the mainEntity of a page:
// a WebPage whose mainEntity is the NewsArticle, with its articleBody, author and dates).
void Collect(const json& v, std::vector<const json*>& out, int depth) {
  if (depth > 8) return;
  if (v.is_array()) {
    for (const auto& e : v) Collect(e, out, depth + 1);
  } else if (v.is_object()) {
    out.push_back(&v);
    for (const char* key : {"@graph", "mainEntity"}) {
      auto g = v.find(key);
      if (g != v.end()) Collect(*g, out, depth + 1);
    }
  }
}

bool IsStepsType(std::string_view t) { return t == "HowTo" || t == "Recipe"; }

// Appends the text of a how-to's steps or a recipe's instructions to `out`, one a line: a
// string, a step's `text` (its `name` when it has none), the items of a section or list.
void AppendSteps(const json& v, std::string& out, int depth) {
  if (depth > 8) return;
  if (v.is_string()) {
    out += v.get_ref<const std::string&>();
    out += '\n';
  } else if (v.is_array()) {
    for (const auto& e : v) AppendSteps(e, out, depth + 1);
  } else if (v.is_object()) {
    auto text = v.find("text");
    if (text == v.end()) text = v.find("name");
    if (text != v.end() && text->is_string()) AppendSteps(*text, out, depth + 1);
    auto items = v.find("itemListElement");
    if (items != v.end()) AppendSteps(*items, out, depth + 1);
  }
}

// The text of a HowTo or Recipe object: description, ingredients, steps.
std::string StepsBody(const json& obj) {
  std::string out;
  for (const char* key : {"description", "recipeIngredient", "step", "recipeInstructions"}) {
    auto it = obj.find(key);
    if (it != obj.end()) AppendSteps(*it, out, 0);
  }
  return out;
}

// `text` with the control characters inside its strings escaped ("\n" for a line break,
// "\t" for a tab, a space for the rest): CMSs print a body's line breaks raw, which JSON
// forbids and nothing in a browser checks.
std::string EscapeRawControls(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 64);
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string && static_cast<unsigned char>(c) < 0x20) {
      out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : " ";
      escaped = false;
      continue;
    }
    out.push_back(c);
    if (escaped) {
      escaped = false;
    } else if (in_string && c == '\\') {
      escaped = true;
    } else if (c == '"') {
      in_string = !in_string;
    }
  }
  return out;
}

}  // namespace

void ParseJsonLd(std::string_view text, JsonLdInfo& info) {
  try {
    json v = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (v.is_discarded()) {
      const std::string escaped = EscapeRawControls(text);
      v = json::parse(escaped, nullptr, /*allow_exceptions=*/false);
    }
    if (v.is_discarded()) return;
    std::vector<const json*> objs;
    Collect(v, objs, 0);
    std::stable_sort(objs.begin(), objs.end(), [](const json* a, const json* b) {
      return TypeMatches(*a, IsStrongArticleType) > TypeMatches(*b, IsStrongArticleType);
    });
    for (const json* o : objs) {
      if (TypeMatches(*o, IsArticleType) || o->contains("articleBody") || o->contains("headline")) {
        TakeArticle(*o, objs, info);
      }
    }
    for (const json* o : objs) {
      if (info.steps_body.empty() && TypeMatches(*o, IsStepsType)) info.steps_body = StepsBody(*o);
    }
    if (info.publisher.empty()) {
      for (const json* o : objs) {
        if (TypeMatches(*o, [](std::string_view t) {
              return t == "Organization" || t == "NewsMediaOrganization" || t == "WebSite";
            })) {
          info.publisher = AsText(o->value("name", json()));
          if (!info.publisher.empty()) break;
        }
      }
    }
  } catch (const std::exception&) {
    // Unexpected shapes: keep what was gathered so far.
  }
}

std::string DecodeEntities(std::string_view s, int rounds) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool changed = false;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi;
    if (s[i] != '&' || (semi = s.find(';', i + 1)) == std::string_view::npos || semi - i > 12) {
      out.push_back(s[i]);
      continue;
    }
    std::string name(s.substr(i + 1, semi - i - 1));
    char32_t c = 0;
    if (name.size() > 1 && name[0] == '#') {
      bool hex = name[1] == 'x' || name[1] == 'X';
      const char* digits = name.c_str() + (hex ? 2 : 1);
      char* end = nullptr;
      unsigned long v = std::strtoul(digits, &end, hex ? 16 : 10);
      if (end != digits && *end == '\0' && v > 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF))
        c = static_cast<char32_t>(v);
    } else if (const htmlEntityDesc* e =
                   htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()))) {
      c = e->value;
    }
    if (c == 0) {
      out.push_back(s[i]);
      continue;
    }
    xmlChar utf8[8];
    out.append(reinterpret_cast<const char*>(utf8),
               static_cast<size_t>(xmlCopyCharMultiByte(utf8, static_cast<int>(c))));
    changed = true;
    i = semi;
  }
  return changed && rounds > 1 ? DecodeEntities(out, rounds - 1) : out;
}

std::string ArticleBodyText(std::string_view raw_body) {
  const std::string body = DecodeEntities(raw_body);
  std::string stripped;
  stripped.reserve(body.size());
  bool in_tag = false;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '<' && i + 1 < body.size() &&
        (std::isalpha(static_cast<unsigned char>(body[i + 1])) || body[i + 1] == '/')) {
      in_tag = true;
      // Paragraph-like tags become line breaks.
      std::string_view rest(body.data() + i + 1, std::min<size_t>(4, body.size() - i - 1));
      if (rest.substr(0, 1) == "p" || rest.substr(0, 2) == "/p" || rest.substr(0, 2) == "br" ||
          rest.substr(0, 2) == "h2" || rest.substr(0, 2) == "li")
        stripped.push_back('\n');
      continue;
    }
    if (in_tag) {
      if (c == '>') in_tag = false;
      continue;
    }
    stripped.push_back(c);
  }
  std::string out;
  size_t start = 0;
  while (start <= stripped.size()) {
    size_t nl = stripped.find('\n', start);
    if (nl == std::string::npos) nl = stripped.size();
    std::string line = CollapseSpace(NbspToSpace(stripped.substr(start, nl - start)));
    if (!line.empty()) {
      if (!out.empty()) out += "\n\n";
      out += line;
    }
    start = nl + 1;
  }
  return out;
}

std::string ResolveUrlRef(std::string_view base, std::string_view ref_in) {
  std::string ref = CollapseSpace(ref_in);
  if (ref.empty() || base.empty()) return ref;
  Result<std::string> resolved = ResolveUrl(base, ref);
  return resolved.ok() ? *std::move(resolved) : ref;
}

std::string UrlDate(std::string_view url) {
  size_t p = url.find("://");
  std::string_view path = p == std::string_view::npos ? url : url.substr(p + 3);
  size_t slash = path.find('/');
  if (slash == std::string_view::npos) return "";
  path.remove_prefix(slash);
  auto digits = [&](size_t i, size_t n) {
    if (i + n > path.size()) return false;
    for (size_t k = i; k < i + n; ++k)
      if (!std::isdigit(static_cast<unsigned char>(path[k]))) return false;
    return true;
  };
  auto year_ok = [&](size_t i) {
    return digits(i, 4) && (path.compare(i, 2, "19") == 0 || path.compare(i, 2, "20") == 0);
  };
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    if (path[i] != '/' || !year_ok(i + 1)) continue;
    size_t j = i + 5;
    // /YYYY/MM/DD or /YYYY-MM-DD or /YYYY/MM
    if (j < path.size() && (path[j] == '/' || path[j] == '-') && digits(j + 1, 2)) {
      char sep = path[j];
      int month = (path[j + 1] - '0') * 10 + (path[j + 2] - '0');
      if (month < 1 || month > 12) continue;
      size_t k = j + 3;
      if (k < path.size() && path[k] == sep && digits(k + 1, 2) &&
          (k + 3 >= path.size() || !std::isdigit(static_cast<unsigned char>(path[k + 3])))) {
        int day = (path[k + 1] - '0') * 10 + (path[k + 2] - '0');
        if (day >= 1 && day <= 31) return std::string(path.substr(i + 1, k + 2 - i));
      }
    }
    // /YYYYMMDD
    if (digits(i + 1, 8) &&
        (i + 9 >= path.size() || !std::isdigit(static_cast<unsigned char>(path[i + 9])))) {
      int month = (path[i + 5] - '0') * 10 + (path[i + 6] - '0');
      int day = (path[i + 7] - '0') * 10 + (path[i + 8] - '0');
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
        return std::string(path.substr(i + 1, 8));
    }
  }
  return "";
}

namespace {

// What separates a site's name from the title ("Story | Site", "Site – Story"), spaces
// around.
std::string NameKey(std::string_view s);

constexpr std::string_view kSiteSeparators[] = {
    "|", "-", "\u2013", "\u2014", "::", "\u00B7", "\u00BB", "\u203A", "//"};

}  // namespace

std::string StripSiteFromTitle(std::string_view title_in, std::string_view site) {
  std::string title = CollapseSpace(title_in);
  // A separator with nothing after it ("Story -"): a template's site name left empty; a
  // "»" after a "«" closes a French quotation.
  for (std::string_view bare : kSiteSeparators) {
    const std::string sep = " " + std::string(bare);
    if (bare == "\u00BB" && title.find("\u00AB") != std::string::npos) continue;
    if (title.size() > sep.size() && title.ends_with(sep)) {
      title.resize(title.size() - sep.size());
      break;
    }
  }
  std::string site_l = CollapseSpace(site);
  std::transform(site_l.begin(), site_l.end(), site_l.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // Letters and digits alone ("Stiftung OFFSHORE-WINDENERGIE" names "Stiftung Offshore
  // Windenergie").
  const std::string site_key = site_l.empty() ? "" : NameKey(site);
  for (std::string_view bare : kSiteSeparators) {
    const std::string sep = " " + std::string(bare) + " ";
    size_t p = title.rfind(sep);
    if (p != std::string::npos && p > 0) {
      std::string tail = title.substr(p + sep.size());
      std::string tail_l = tail;
      std::transform(tail_l.begin(), tail_l.end(), tail_l.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      bool site_like = (!site_l.empty() && (tail_l.find(site_l) != std::string::npos ||
                                            site_l.find(tail_l) != std::string::npos ||
                                            (!site_key.empty() && NameKey(tail) == site_key))) ||
                       tail.size() * 3 < p;
      if (site_like) return title.substr(0, p);
    }
    size_t f = title.find(sep);
    if (f != std::string::npos && f > 0 && !site_l.empty()) {
      std::string head = title.substr(0, f);
      std::transform(head.begin(), head.end(), head.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (head == site_l || (!site_key.empty() && NameKey(head) == site_key))
        return title.substr(f + sep.size());
    }
  }
  return title;
}

namespace {

// The words of a title, lower case, without the punctuation and quotes around them.
std::vector<std::string> TitleWords(std::string_view t) {
  static constexpr std::string_view kTrim[] = {
      "\"",     "'",      ",",      ".",      ":",      ";",      "!",      "?",
      "(",      ")",      "\u00AB", "\u00BB", "\u201C", "\u201D", "\u201E", "\u2018",
      "\u2019", "\u2026", "\u060C", "\u061F", "-",      "\u2013"};
  std::vector<std::string> words;
  std::string l = Lower(CollapseSpace(t));
  for (size_t i = 0; i < l.size();) {
    size_t end = l.find(' ', i);
    if (end == std::string::npos) end = l.size();
    std::string_view w(l.data() + i, end - i);
    for (bool trimmed = true; trimmed && !w.empty();) {
      trimmed = false;
      for (std::string_view p : kTrim) {
        if (w.starts_with(p)) w.remove_prefix(p.size()), trimmed = true;
        if (w.ends_with(p)) w.remove_suffix(p.size()), trimmed = true;
      }
    }
    if (!w.empty()) words.emplace_back(w);
    i = end + 1;
  }
  return words;
}

// A name reduced to its letters and digits, lower case ("The Harbour-Courier" ->
// "theharbourcourier").
std::string NameKey(std::string_view s) {
  std::string key;
  for (char c : Lower(s))
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)))
      key.push_back(c);
  return key;
}

// The words of a title in the order SameTitle compares them: TitleWords, sorted.
std::vector<std::string> SortedTitleWords(std::string_view t) {
  std::vector<std::string> words = TitleWords(t);
  std::sort(words.begin(), words.end());
  return words;
}

}  // namespace

bool SameTitle(std::string_view a, std::string_view b) {
  const std::vector<std::string> wa = SortedTitleWords(a);
  return !wa.empty() && wa == SortedTitleWords(b);
}

bool TitleOpensWith(std::string_view title, std::string_view head) {
  const std::string t = Lower(CollapseSpace(title)), h = Lower(CollapseSpace(head));
  if (h.empty() || t.size() <= h.size() + 1 || !t.starts_with(h) || t[h.size()] != ' ')
    return false;
  const std::string_view rest = std::string_view(t).substr(h.size() + 1);
  // A subtitle follows ":" and "•" too, which do not set a site's name apart ("Buch der
  // Woche • 1619": a book's title).
  if (rest.starts_with(':') || rest.starts_with("\u2022")) return true;
  for (std::string_view sep : kSiteSeparators)
    if (rest.starts_with(sep)) return true;
  return false;
}

bool TitleClosesWith(std::string_view title, std::string_view tail) {
  const std::string t = Lower(CollapseSpace(title)), h = Lower(CollapseSpace(tail));
  if (h.empty() || t.size() <= h.size() + 1 || !t.ends_with(h) || t[t.size() - h.size() - 1] != ' ')
    return false;
  const std::string_view rest = TrimAscii(std::string_view(t).substr(0, t.size() - h.size()));
  if (rest.size() < 2) return false;  // more than the separator
  if (rest.ends_with(':')) return true;
  for (std::string_view sep : kSiteSeparators)
    if (rest.size() > sep.size() && rest.ends_with(sep) &&
        rest[rest.size() - sep.size() - 1] == ' ')
      return true;
  return false;
}

HeadingWords::HeadingWords(std::span<const std::string> headings) {
  texts.reserve(headings.size());
  in_order.reserve(headings.size());
  sorted.reserve(headings.size());
  for (const std::string& h : headings) {
    texts.push_back(CollapseSpace(NbspToSpace(h)));
    in_order.push_back(TitleWords(h));
    sorted.push_back(in_order.back());
    std::sort(sorted.back().begin(), sorted.back().end());
  }
}

std::string TitleOfHeading(std::string_view title_in, const HeadingWords& headings) {
  const std::string title = CollapseSpace(NbspToSpace(title_in));
  // SameTitle(heading, part) for some heading.
  const auto shown = [&](std::string_view part) {
    const std::vector<std::string> words = SortedTitleWords(part);
    return !words.empty() && std::find(headings.sorted.begin(), headings.sorted.end(), words) !=
                                 headings.sorted.end();
  };
  if (shown(title)) return std::string(title_in);
  for (std::string_view bare : kSiteSeparators) {
    const std::string sep = " " + std::string(bare) + " ";
    for (size_t at = title.find(sep); at != std::string::npos; at = title.find(sep, at + 1)) {
      const std::string_view before = std::string_view(title).substr(0, at),
                             after = std::string_view(title).substr(at + sep.size());
      const bool before_shown = shown(before), after_shown = shown(after);
      if (before_shown == after_shown) continue;
      const std::string_view kept = before_shown ? before : after;
      const std::string_view dropped = before_shown ? after : before;
      if (CountWords(dropped) <= CountWords(kept)) return std::string(kept);
    }
  }
  return std::string(title_in);
}

std::string TitleShownByHeading(std::string_view title, std::string_view title_tag,
                                std::string_view site, const HeadingWords& headings) {
  constexpr size_t kMinTagWords = 3;
  // Short words ("el", "de", "the", "für") are shared by any two titles of a language.
  constexpr int kMaxShortWordChars = 3;
  std::string tag = TitleOfHeading(StripSiteFromTitle(title_tag, site), headings);
  const std::vector<std::string> tag_words = TitleWords(tag);
  if (tag_words.size() < kMinTagWords) return std::string(title);
  const std::vector<std::string> title_words = TitleWords(title);
  const auto shares_long_word = [&](const std::vector<std::string>& words) {
    return std::any_of(title_words.begin(), title_words.end(), [&](const std::string& w) {
      return CountChars(w) > kMaxShortWordChars &&
             std::find(words.begin(), words.end(), w) != words.end();
    });
  };
  if (!shares_long_word(tag_words)) {
    for (const std::vector<std::string>& hw : headings.in_order) {
      if (hw.size() >= tag_words.size() &&
          std::equal(tag_words.rbegin(), tag_words.rend(), hw.rbegin()))
        return tag;
    }
  }
  // The <title>'s last words are a heading's, after words of a site and its sections; a
  // heading that names the site ("Story | Site" under the logo's <h1>) is none.
  const std::vector<std::string> all_tag_words = TitleWords(title_tag);
  for (size_t i = 0; i < headings.in_order.size(); ++i) {
    const std::vector<std::string>& hw = headings.in_order[i];
    if (hw.size() >= kMinTagWords && hw.size() < all_tag_words.size() &&
        std::equal(hw.rbegin(), hw.rend(), all_tag_words.rbegin()) && !shares_long_word(hw) &&
        !IsSiteName(headings.texts[i], site, title_tag))
      return headings.texts[i];
  }
  return std::string(title);
}

bool IsLabelledHeadline(std::string_view title, std::string_view headline) {
  static constexpr std::string_view kLabelEnds[] = {
      ":", "|", "-", "\u2013", "\u2014", "\u00B7", "\u2022", "\u00BB", "\uFF1A"};
  const std::string t = CollapseSpace(NbspToSpace(title));
  for (std::string_view end : kLabelEnds) {
    const size_t at = t.find(end);
    if (at == std::string::npos || at == 0) continue;
    if (!phrases::Listed(phrases::kLiveLabels,
                         Lower(CollapseSpace(std::string_view(t).substr(0, at)))))
      continue;
    if (SameTitle(std::string_view(t).substr(at + end.size()), headline)) return true;
  }
  return false;
}

bool IsCreditedHeadline(std::string_view title, std::string_view headline) {
  const std::string t = CollapseSpace(NbspToSpace(title));
  const std::string h = CollapseSpace(NbspToSpace(headline));
  if (h.empty() || t.size() <= h.size() || !t.starts_with(h)) return false;
  const std::string_view tail = TrimAscii(std::string_view(t).substr(h.size()));
  return !tail.empty() && Unbracketed(tail).size() < tail.size() && CountDigits(tail) == 0;
}

bool IsSiteName(std::string_view text, std::string_view site, std::string_view title_tag) {
  const std::string key = NameKey(text);
  if (key.empty()) return false;
  std::string site_key = NameKey(site);
  if (key == site_key) return true;
  // A host ("stadtanzeiger.de", "www.example.co.uk"): its name without www. and the suffix.
  std::string_view host = site;
  if (host.starts_with("www.")) host.remove_prefix(4);
  if (size_t dot = host.find('.'); dot != std::string_view::npos &&
                                   host.find(' ') == std::string_view::npos &&
                                   NameKey(host.substr(0, dot)) == key)
    return true;
  // The part of "Story | Site" the site's name takes.
  const std::string tag = CollapseSpace(title_tag);
  const std::string stripped = StripSiteFromTitle(tag, site);
  if (stripped.size() < tag.size() && NameKey(stripped) != key) {
    const std::string_view rest =
        tag.starts_with(stripped) ? std::string_view(tag).substr(stripped.size())
                                  : std::string_view(tag).substr(0, tag.size() - stripped.size());
    return NameKey(rest) == key;
  }
  return false;
}

bool IsFullerHeadline(std::string_view title, std::string_view headline) {
  bool cut = false;
  const std::string_view stem = WithoutClosingEllipsis(title, cut);
  if (cut) {
    const std::string s = Lower(CollapseSpace(stem)), h = Lower(CollapseSpace(headline));
    if (!s.empty() && h.size() > s.size() && h.starts_with(s)) return true;
  }
  const std::vector<std::string> tw = TitleWords(stem), hw = TitleWords(headline);
  if (tw.empty() || hw.size() <= tw.size()) return false;
  for (const std::string& w : tw)
    if (std::find(hw.begin(), hw.end(), w) == hw.end()) return false;
  // The title whole at the headline's start or end: the <h1> holds a kicker or a subtitle
  // beside the headline ("Ernährung sichern Schulze: ..."), the title is the headline.
  return !std::equal(tw.begin(), tw.end(), hw.begin()) &&
         !std::equal(tw.rbegin(), tw.rend(), hw.rbegin());
}

std::string SiteNameOfLogo(std::string_view title_tag, std::span<const std::string> root_links) {
  const std::string title = CollapseSpace(NbspToSpace(title_tag));
  std::vector<std::string_view> sides = {title};
  for (std::string_view bare : kSiteSeparators) {
    const std::string sep = " " + std::string(bare) + " ";
    const size_t first = title.find(sep), last = title.rfind(sep);
    if (first == std::string::npos || first == 0) continue;
    sides.push_back(std::string_view(title).substr(0, first));
    sides.push_back(std::string_view(title).substr(last + sep.size()));
  }
  for (const std::string& link : root_links) {
    const std::string key = NameKey(link);
    if (key.empty() || phrases::Listed(phrases::kHomeLinkNames, Lower(CollapseSpace(link))))
      continue;
    for (std::string_view side : sides)
      if (NameKey(side) == key) return CollapseSpace(link);
  }
  return "";
}

bool IsRootHref(std::string_view href) {
  std::string_view p = TrimAscii(href);
  p = p.substr(0, std::min(p.find('?'), p.find('#')));  // each a memchr
  if (p.empty()) return false;                          // the page itself
  // "https://host/...", "//host/...": the path after the host.
  if (const size_t s = p.find("//");
      s != std::string_view::npos && (s == 0 || p.substr(0, s).ends_with(':'))) {
    const size_t slash = p.find('/', s + 2);
    if (slash == std::string_view::npos) return true;
    p = p.substr(slash);
  }
  if (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  if (p == "/") return true;
  for (std::string_view index : {"/index.html", "/index.htm", "/index.php", "/index.asp",
                                 "/index.aspx", "/default.aspx", "/default.asp"})
    if (EqualsIgnoreAsciiCase(p, index)) return true;
  const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  if (p.size() == 3 && p[0] == '/' && letter(p[1]) && letter(p[2])) return true;  // "/ar"
  return p.size() == 6 && p[0] == '/' && letter(p[1]) && letter(p[2]) && p[3] == '-' &&
         letter(p[4]) && letter(p[5]);  // "/pt-br"
}

}  // namespace newsdesk::extract_internal
