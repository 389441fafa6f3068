// A held-out proxy on the extraction dev set (../shared/devsets/extraction): the pages whose
// JSON-LD carries an articleBody (the publisher's own body text) are scored under the
// metric of issue 3 (word 4-grams, tests/testing/ngram_score.h) with that body as the
// reference. Every <script type="application/ld+json"> is cut from the page before Extract,
// which otherwise filters by or falls back to the same body: the figure is the DOM
// extraction's. References under 300 characters or ending in an ellipsis (a teaser, not
// the body), and articleBody keys ParseJsonLd does not read, are skipped and counted. Prints per
// page, per declared language ("none": expectations.json has no lang) and in total; it asserts
// nothing.
//
//   build/bench/extract_articlebody_bench [DEVSET_DIR] [-v] [--worst N]
//
// -v lists, for the N worst pages by F1 (10 by default), the extracted lines that are not
// in the reference ("+") and the reference lines not extracted ("-"): a line is out when
// fewer than half of its 4-grams (its whole word run when shorter) are on the other side.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ascii.h"
#include "extract_internal.h"
#include "testing/devset_score.h"
#include "testing/ngram_score.h"

namespace {

using newsdesk::testing::NgramCorpusScore;
using newsdesk::testing::NgramPageScore;
using newsdesk::testing::WordTokens;

constexpr int kMinReferenceChars = 300;

// A page without its JSON-LD scripts, and what they say.
struct CutPage {
  std::string html;
  newsdesk::extract_internal::JsonLdInfo ld;
  bool body_key = false;  // a script has an "articleBody" key, read or not
};

CutPage CutJsonLd(const std::string& html) {
  const std::string lower = newsdesk::AsciiLower(html);
  CutPage out;
  size_t pos = 0;
  for (size_t open; (open = lower.find("<script", pos)) != std::string::npos;) {
    size_t tag_end = lower.find('>', open);
    if (tag_end == std::string::npos) break;
    size_t close = lower.find("</script", tag_end);
    if (close == std::string::npos) break;
    size_t close_end = lower.find('>', close);
    close_end = close_end == std::string::npos ? lower.size() : close_end + 1;
    if (std::string_view(lower).substr(open, tag_end - open).find("ld+json") !=
        std::string_view::npos) {
      const std::string_view body = std::string_view(html).substr(tag_end + 1, close - tag_end - 1);
      newsdesk::extract_internal::ParseJsonLd(body, out.ld);
      out.body_key = out.body_key || body.find("\"articleBody\"") != std::string_view::npos;
      out.html.append(html, pos, open - pos);
    } else {
      out.html.append(html, pos, close_end - pos);
    }
    pos = close_end;
  }
  out.html.append(html, pos, std::string::npos);
  return out;
}

// Why `ref` cannot serve as a reference body, or nullptr.
const char* SkipReason(const std::string& ref) {
  if (newsdesk::extract_internal::CountChars(ref) < kMinReferenceChars)
    return "under 300 characters";
  std::string_view end = ref;
  while (!end.empty() && (end.back() == ' ' || end.back() == ']')) end.remove_suffix(1);
  if (end.ends_with("...") || end.ends_with("\u2026")) return "ends in an ellipsis";
  return nullptr;
}

// The 4-grams of `text`, counted (NgramCounts).
std::unordered_map<std::string, int> Grams(std::string_view text) {
  return newsdesk::testing::NgramCounts(WordTokens(text), 4);
}

// The lines (paragraphs) of `text` fewer than half of whose 4-grams `other` has; a line of
// under four words is out when its words do not occur in a row in `other`.
std::vector<std::string> LinesOut(const std::string& text, const std::string& other) {
  const auto other_grams = Grams(other);
  std::string other_run;
  for (const auto& t : WordTokens(other)) other_run += ' ' + t;
  other_run += ' ';
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(start, nl - start);
    start = nl + 1;
    const auto tokens = WordTokens(line);
    if (tokens.empty()) continue;
    bool in = false;
    if (tokens.size() < 4) {
      std::string run;
      for (const auto& t : tokens) run += ' ' + t;
      in = other_run.find(run + ' ') != std::string::npos;
    } else {
      const auto grams = newsdesk::testing::NgramCounts(tokens, 4);
      int total = 0, shared = 0;
      for (const auto& [k, c] : grams) {
        total += c;
        if (other_grams.count(k)) shared += c;
      }
      in = shared * 2 >= total;
    }
    if (!in) out.push_back(std::move(line));
  }
  return out;
}

struct PageRow {
  std::string page, lang, extracted, reference;
  NgramPageScore score;
};

}  // namespace

int main(int argc, char** argv) {
  std::string dir = NEWSDESK_DEVSET_DIR;
  bool verbose = false;
  size_t worst = 10;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-v") == 0) {
      verbose = true;
    } else if (std::strcmp(argv[i], "--worst") == 0 && i + 1 < argc) {
      worst = static_cast<size_t>(std::atoi(argv[++i]));
    } else {
      dir = argv[i];
    }
  }
  const auto pages = newsdesk::testing::LoadDevset(dir);
  if (pages.empty()) {
    std::fprintf(stderr, "no dev set at %s\n", dir.c_str());
    return 2;
  }
  std::vector<PageRow> rows;
  std::map<std::string, int> skipped;
  for (const auto& p : pages) {
    auto decoded = newsdesk::Decode(p.bytes, "");
    if (!decoded.ok()) continue;
    const CutPage cut = CutJsonLd(decoded->text);
    if (cut.ld.article_body.empty()) {
      // A key ParseJsonLd cannot read (malformed JSON, an object it does not visit) or empty.
      if (cut.body_key) {
        ++skipped["articleBody empty or not read"];
        std::printf("SKIP %s :: articleBody empty or not read\n", p.page.c_str());
      }
      continue;
    }
    std::string ref = newsdesk::extract_internal::ArticleBodyText(cut.ld.article_body);
    if (const char* why = SkipReason(ref)) {
      ++skipped[why];
      std::printf("SKIP %s :: %s\n", p.page.c_str(), why);
      continue;
    }
    PageRow row{p.page, p.lang.empty() ? "none" : p.lang, "", std::move(ref), {}};
    auto ex = newsdesk::Extract(cut.html, p.url);
    // A page classified as no article is not stored: it scores as an empty text.
    if (ex.ok() && ex->page_class == newsdesk::PageClass::kArticle) row.extracted = ex->text;
    row.score = newsdesk::testing::ScoreNgrams(row.extracted, row.reference);
    std::printf("%-62s %-4s P %.4f R %.4f\n", row.page.c_str(), row.lang.c_str(),
                row.score.precision, row.score.recall);
    rows.push_back(std::move(row));
  }

  std::map<std::string, NgramCorpusScore> by_lang;
  NgramCorpusScore total;
  for (const auto& r : rows) {
    by_lang[r.lang].Add(r.score);
    total.Add(r.score);
  }
  std::printf("%-6s %5s %7s %7s %7s\n", "lang", "pages", "P", "R", "F1");
  for (const auto& [lang, s] : by_lang)
    std::printf("%-6s %5d %7.4f %7.4f %7.4f\n", lang.c_str(), s.pages, s.precision(), s.recall(),
                s.f1());
  std::printf("%-6s %5d %7.4f %7.4f %7.4f\n", "all", total.pages, total.precision(), total.recall(),
              total.f1());
  for (const auto& [why, n] : skipped) std::printf("skipped: %d %s\n", n, why.c_str());

  if (verbose) {
    std::sort(rows.begin(), rows.end(),
              [](const PageRow& a, const PageRow& b) { return a.score.f1() < b.score.f1(); });
    rows.resize(std::min(worst, rows.size()));
    for (const auto& r : rows) {
      std::printf("\n== %s (%s) P %.4f R %.4f\n", r.page.c_str(), r.lang.c_str(), r.score.precision,
                  r.score.recall);
      for (const auto& l : LinesOut(r.extracted, r.reference)) std::printf("+ %s\n", l.c_str());
      for (const auto& l : LinesOut(r.reference, r.extracted)) std::printf("- %s\n", l.c_str());
    }
  }
  return 0;
}
