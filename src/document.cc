#include "newsdesk/document.h"

#include <cstring>
#include <utility>

#include <time.h>

#include "ascii.h"
#include "hash.h"
#include "newsdesk/article.h"
#include "newsdesk/dates.h"
#include "newsdesk/decode.h"
#include "newsdesk/extract.h"
#include "newsdesk/language.h"
#include "newsdesk/normalize.h"
#include "newsdesk/stories.h"
#include "newsdesk/url.h"
#include "thread_cpu.h"

namespace newsdesk {

namespace {

std::string Hex64(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[i] = kDigits[v & 15];
  return out;
}

// The country of a host's two-letter top-level domain ("www.haaretz.co.il" -> "IL",
// ".uk" -> "GB"), "" for others: it chooses how an ambiguous zone name (IST) is read.
std::string CountryOfHost(std::string_view host) {
  size_t dot = host.rfind('.');
  std::string_view tld = dot == std::string_view::npos ? "" : host.substr(dot + 1);
  if (tld.size() != 2) return "";
  std::string out;
  for (char c : tld) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return "";
    out += static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
  }
  return out == "UK" ? "GB" : out;
}

int64_t UnixSeconds(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

// Body language from the text (hinted by the declaration); the declaration when the text
// says nothing.
void SetLanguages(std::string_view declared, Document& doc) {
  Article& a = doc.article;
  const std::string hint = PrimaryLanguage(declared);
  const LanguageGuess body = DetectLanguage(a.text.empty() ? a.title : a.text, hint);
  a.language = body.language.empty() ? hint : body.language;
  a.script = body.script;
  doc.language_confidence = body.confidence;
  doc.language_reliable = body.reliable;
  // A headline is short: trust its own guess when written in another script than the body
  // (seed 002: Yiddish headline over an English body), or when reliable, unless it is a
  // title of up to six words in the body's script over a body reliably guessed: CLD2 calls
  // a few such words reliably of another language ("Black Friday bate recorde", "Cloud
  // Gaming Dienste" over a Portuguese or German body: en). Else the body's language; so
  // too when the headline's call is a close neighbour of the body's (a Nynorsk headline
  // called Bokmål, a Portuguese one called Spanish under a wrong declaration): a
  // headline is too short to tell close languages apart.
  a.title_language = a.language;
  if (!a.title.empty()) {
    const LanguageGuess title = DetectLanguage(a.title, hint);
    constexpr int kMaxShortTitleWords = 6;
    const bool other_script = !title.script.empty() && title.script != body.script;
    const bool short_in_body_script =
        !other_script && body.reliable && CountSpacedWords(a.title) <= kMaxShortTitleWords;
    if (!title.language.empty() && ((title.reliable && !short_in_body_script) || other_script) &&
        !CloseLanguages(title.language, a.language))
      a.title_language = title.language;
  }
}

// Sets published, published_raw (`raw`: the text the date was read from), calendar and
// published_unix from `date`.
void SetDate(const ParsedDate& date, const std::string& raw, Document& doc) {
  doc.article.published = date.IsoDateTime();
  doc.article.published_raw = raw;
  doc.article.calendar = std::string(CalendarName(date.calendar));
  doc.article.published_precision = std::string(PrecisionName(date.precision));
  doc.published_unix = date.UnixSeconds();
}

// Tries each candidate in order; the first that names a day sets published,
// published_raw, calendar and published_unix, else the first that parses at all (a month
// or a year: "November 2025" in a dateline, "2003-12" in a sitemap).
void SetPublished(const std::vector<std::string>& candidates, const DateContext& ctx,
                  int64_t fallback_unix, Document& doc) {
  doc.published_unix = fallback_unix;
  std::optional<ParsedDate> chosen;
  const std::string* chosen_raw = nullptr;
  for (const std::string& raw : candidates) {
    if (raw.empty()) continue;
    Result<ParsedDate> parsed = ParseDate(raw, ctx);
    if (!parsed.ok()) {
      doc.warnings.push_back("date: " + std::string(parsed.status().message()) + " in \"" + raw +
                             "\"");
      continue;
    }
    if (chosen && parsed->precision < DatePrecision::kDay) continue;
    chosen = *std::move(parsed);
    chosen_raw = &raw;
    if (chosen->precision >= DatePrecision::kDay) break;
  }
  if (!chosen) {
    if (!candidates.empty()) doc.article.published_raw = candidates.front();
    return;
  }
  SetDate(*chosen, *chosen_raw, doc);
}

// The page's rel=canonical wins when it names the same site (ChooseCanonicalUrl), or when
// the page is a local file: an offline copy of a page declares where it really lives.
std::string ChooseCanonical(std::string_view page_canonical, std::string_view fetched) {
  if (fetched.substr(0, 5) == "file:" && !page_canonical.empty()) {
    Result<std::string> declared = CanonicalizeUrl(page_canonical);
    if (declared.ok() && !UrlHost(*declared).empty()) return *std::move(declared);
  }
  Result<std::string> chosen = ChooseCanonicalUrl(fetched, page_canonical);
  return chosen.ok() ? *std::move(chosen) : std::string(fetched);
}

std::vector<StoryFigure> CountedFigures(std::string_view text) {
  std::vector<StoryFigure> figures = ExtractFigures(text);
  std::erase_if(figures, [](const StoryFigure& f) { return f.unit.empty(); });
  return figures;
}

}  // namespace

std::string ContentHash(std::string_view normalized_text) {
  if (normalized_text.empty()) return "";
  const std::string key = MatchKey(normalized_text);
  if (key.empty()) return "";
  const auto [h1, h2] = internal::Murmur3x64_128(key, 0x6e657773);  // "news"
  return Hex64(h1) + Hex64(h2);
}

std::string IsoUtc(std::chrono::system_clock::time_point t) {
  const time_t secs = std::chrono::system_clock::to_time_t(t);
  struct tm tm {};
  gmtime_r(&secs, &tm);
  char buf[32];
  strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

namespace {

// Charges the CPU time since the last mark to a step of `times` (nothing when null); what
// is left when it goes out of scope goes to `finish`.
class StepTimer {
 public:
  explicit StepTimer(AssemblyTimes* times)
      : times_(times), last_(times ? internal::ThreadCpuTime() : std::chrono::nanoseconds(0)) {}
  ~StepTimer() { Mark(&AssemblyTimes::finish); }
  StepTimer(const StepTimer&) = delete;
  StepTimer& operator=(const StepTimer&) = delete;
  void Mark(std::chrono::nanoseconds AssemblyTimes::*step) {
    if (!times_) return;
    const std::chrono::nanoseconds now = internal::ThreadCpuTime();
    times_->*step += now - last_;
    last_ = now;
  }

 private:
  AssemblyTimes* times_;
  std::chrono::nanoseconds last_;
};

// A text that is not readable (binary data, or bytes of another encoding decoded as text)
// is no article, whatever the page around it looked like.
void RejectUnreadable(Document& doc) {
  if (doc.page_class != PageClass::kArticle) return;
  std::string why = UnreadableTextReason(doc.article.text);
  if (why.empty()) return;
  doc.page_class = PageClass::kEmpty;
  doc.page_class_reason = "no readable text: " + why;
}

}  // namespace

Result<Document> AssemblePage(const PageInput& page) { return AssemblePage(page, nullptr); }

Result<Document> AssemblePage(const PageInput& page, AssemblyTimes* times) {
  StepTimer timer(times);
  const std::string& final_url = page.final_url.empty() ? page.url : page.final_url;
  Result<Decoded> decoded = Decode(page.body, page.content_type);
  timer.Mark(&AssemblyTimes::decode);
  if (!decoded.ok()) return decoded.status();
  Result<Extracted> extracted = Extract(decoded->text, final_url, page.content_language);
  timer.Mark(&AssemblyTimes::extract);
  if (!extracted.ok()) return extracted.status();
  Extracted& ex = *extracted;

  Document doc;
  doc.charset = std::move(decoded->charset);
  doc.charset_source = std::move(decoded->source);
  doc.invalid_sequences = decoded->invalid_sequences;
  // Bytes the charset could not decode are no silent loss (a page of two encodings, a
  // wrong declaration the checks let through): the document says how many were replaced.
  if (doc.invalid_sequences > 0) {
    doc.warnings.push_back("decode: " + std::to_string(doc.invalid_sequences) +
                           " byte sequences not valid in " + doc.charset + " replaced by U+FFFD");
  }
  doc.published_source = std::move(ex.published_source);
  doc.description = NormalizeText(ex.description);

  Article& a = doc.article;
  a.url = page.url;
  a.canonical_url = ChooseCanonical(ex.canonical_url, final_url);
  a.title = NormalizeText(ex.title);
  a.text = NormalizeText(ex.text);
  a.byline = NormalizeText(ex.byline);
  a.site = ex.site.empty() ? UrlHost(final_url) : NormalizeText(ex.site);
  a.image = std::move(ex.image);
  a.fetched_at = IsoUtc(page.fetched_at);
  doc.page_class = ex.page_class;
  doc.page_class_reason = std::move(ex.page_class_reason);
  RejectUnreadable(doc);

  const std::string declared = ex.language.empty() ? page.content_language : ex.language;
  SetLanguages(declared, doc);

  DateContext ctx;
  ctx.reference = page.fetched_at;
  ctx.language_hint = declared.empty() ? a.language : PrimaryLanguage(declared);
  ctx.country = CountryOfHost(UrlHost(final_url));
  std::vector<std::string> candidates;
  candidates.reserve(ex.date_candidates.size() + 1);
  if (!ex.published_raw.empty()) candidates.push_back(ex.published_raw);
  for (std::string& c : ex.date_candidates) {
    if (c != ex.published_raw) candidates.push_back(std::move(c));
  }
  SetPublished(candidates, ctx, UnixSeconds(page.fetched_at), doc);
  if (!ex.modified_raw.empty()) {
    Result<ParsedDate> modified = ParseDate(ex.modified_raw, ctx);
    if (modified.ok()) a.modified = modified->IsoDateTime();
  }
  a.content_hash = ContentHash(a.text);
  doc.figures = CountedFigures(a.text);
  return doc;
}

Result<Document> AssembleImport(const ImportInput& in) {
  Result<std::string> canonical = CanonicalizeUrl(in.url);
  if (!canonical.ok() || UrlHost(*canonical).empty()) {
    return Status::InvalidArgument("not an absolute http(s) URL: " + QuotedValue(in.url));
  }
  std::optional<ImportDates> read_here;
  const ImportDates& dates = in.dates ? *in.dates : read_here.emplace(ReadImportDates(in));
  if (!dates.fetched_problem.empty()) {
    return Status::InvalidArgument("fetched_at not read: " + dates.fetched_problem);
  }
  const std::chrono::system_clock::time_point fetched = dates.fetched.value_or(in.imported_at);
  Document doc;
  Article& a = doc.article;
  a.url = in.url;
  a.canonical_url = *std::move(canonical);
  a.title = NormalizeText(in.title);
  a.text = NormalizeText(in.text);
  if (a.title.empty() && a.text.empty()) return Status::InvalidArgument("no title and no text");
  doc.page_class = ClassifyText(a.title, a.text, doc.page_class_reason);
  RejectUnreadable(doc);
  a.site = in.site.empty() ? UrlHost(a.canonical_url) : NormalizeText(in.site);
  a.fetched_at = IsoUtc(fetched);
  SetLanguages(in.language, doc);
  if (!in.language.empty()) a.language = PrimaryLanguage(in.language);  // declared wins

  doc.published_unix = UnixSeconds(fetched);
  a.published_raw = in.published;
  if (dates.published) {
    SetDate(*dates.published, in.published, doc);
  } else if (!dates.published_problem.empty()) {
    doc.warnings.push_back("date: " + dates.published_problem + " in \"" + in.published + "\"");
  }
  a.content_hash = ContentHash(a.text);
  doc.figures = CountedFigures(a.text);
  return doc;
}

ImportDates ReadImportDates(const ImportInput& in) {
  // Numeric orders and zone abbreviations by the declared language, region included
  // ("en-GB" reads 03/04/2026 day first, "en" and "en-US" month first), and the site's
  // country; the tag lower case with "-" before the region, as the date parser reads it.
  DateContext ctx;
  for (char c : in.language) ctx.language_hint += c == '_' ? '-' : AsciiLower(c);
  ctx.country = CountryOfHost(UrlHost(in.url));
  ImportDates dates;
  if (!in.fetched_at.empty()) {
    Result<ParsedDate> fetched = ParseDate(in.fetched_at, ctx);
    if (fetched.ok()) {
      dates.fetched =
          std::chrono::system_clock::time_point(std::chrono::seconds(fetched->UnixSeconds()));
      ctx.reference = dates.fetched;
    } else {
      dates.fetched_problem = std::string(fetched.status().message());
    }
  }
  if (!in.published.empty()) {
    Result<ParsedDate> published = ParseDate(in.published, ctx);
    if (published.ok()) {
      dates.published = *std::move(published);
    } else {
      dates.published_problem = std::string(published.status().message());
    }
  }
  return dates;
}

}  // namespace newsdesk
