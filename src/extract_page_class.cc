// Page classes: articles versus error pages, walls, index pages and empty pages.
// The phrase tables are data, one entry a phrase, matched as lower-cased substrings
// (ASCII and Latin-1 lowered; other scripts have no case here); add languages by adding
// lines. The rules only look at short pages: a long text is an article whatever it says.
#include <string>
#include <string_view>

#include "extract_internal.h"
#include "extract_phrases.h"

namespace newsdesk {

const char* PageClassName(PageClass c) {
  switch (c) {
    case PageClass::kArticle:
      return "article";
    case PageClass::kError:
      return "error_page";
    case PageClass::kWall:
      return "wall";
    case PageClass::kIndex:
      return "index";
    case PageClass::kEmpty:
      return "no_text";
  }
  return "article";
}

namespace extract_internal {
namespace {

// Titles of error pages ("not found", server errors) in the languages news sites use.
constexpr std::string_view kErrorTitles[] = {
    "page not found",
    "404 not found",
    "file not found",
    "error 404",
    "404 error",
    "404 - not found",
    "page does not exist",
    "page doesn't exist",
    "internal server error",
    "service unavailable",
    "bad gateway",
    // de
    "seite nicht gefunden",
    "fehler 404",
    "seite existiert nicht",
    "seite wurde nicht gefunden",
    // fr
    "page introuvable",
    "page non trouvée",
    "erreur 404",
    // es, pt, it
    "página no encontrada",
    "pagina no encontrada",
    "página não encontrada",
    "pagina non trovata",
    "errore 404",
    // nl, sv, da, no, pl, tr, cs
    "pagina niet gevonden",
    "sidan hittades inte",
    "siden blev ikke fundet",
    "siden finnes ikke",
    "nie znaleziono strony",
    "strona nie istnieje",
    "sayfa bulunamadı",
    "stránka nenalezena",
    // ru, uk
    "страница не найдена",
    "сторінку не знайдено",
    // he, yi, ar, fa
    "הדף לא נמצא",
    "העמוד לא נמצא",
    "הדף המבוקש לא נמצא",
    "בלאט נישט געפונען",
    "الصفحة غير موجودة",
    "الصفحة المطلوبة غير موجودة",
    "لم يتم العثور على الصفحة",
    "صفحه پیدا نشد",
    "صفحه مورد نظر یافت نشد",
    "صفحه یافت نشد",
    // ja, zh, ko, hi
    "ページが見つかりません",
    "お探しのページは見つかりませんでした",
    "页面不存在",
    "找不到页面",
    "找不到網頁",
    "페이지를 찾을 수 없습니다",
    "पृष्ठ नहीं मिला",
    // temporary errors
    "currently unavailable",
    "unable to process request",
    "temporarily unavailable",
    "vorübergehend nicht verfügbar",
    "momentanément indisponible",
};

// Titles of walls (robot checks, logins) in place of the article. Only phrases no
// headline uses: a short news brief may well be titled "Access denied".
constexpr std::string_view kWallTitles[] = {
    "are you a robot", "are you a human", "just a moment...",    "attention required!", "> log in",
    "| log in",        "- log in",        "sign in to continue", "bot verification",
};

// Sentences of error pages' bodies.
constexpr std::string_view kErrorTexts[] = {
    "the page you requested",
    "the page you are looking for",
    "the page you were looking for",
    "we can't find the page",
    "we couldn't find the page",
    "we cannot find the page",
    "this page doesn't exist",
    "this page does not exist",
    "page may have been moved",
    "die angeforderte seite",
    "die gesuchte seite",
    "die von ihnen gesuchte seite",
    "la page que vous cherchez",
    "la page demandée",
    "la página que buscas",
    "la página que estás buscando",
    "la pagina che stai cercando",
    "a página que você procura",
    "strona, której szukasz",
    "запрашиваемая страница",
    "הדף שחיפשת",
    "الصفحة التي تبحث عنها",
    "صفحه‌ای که به دنبال آن هستید",
    "お探しのページ",
    "您访问的页面不存在",
    "unable to process your request",
    "this page is currently unavailable",
    "this page is temporarily unavailable",
    "please try again later",
};

// Walls: robot checks and consent walls shown instead of the article; logins and paywalls
// are phrases::kPaywallCalls.
constexpr std::string_view kWallTexts[] = {
    // robot checks
    "verify you are human",
    "verifying you are human",
    "are you a robot",
    "are you a human",
    "checking your browser",
    "checking if the site connection is secure",
    "please enable javascript and cookies",
    "please enable cookies",
    "enable javascript to",
    "complete the security check",
    "unusual traffic from your computer",
    "access to this page has been denied",
    "access denied",
    "bitte aktivieren sie javascript",
    "veuillez activer javascript",
    "sind sie ein mensch",
    "êtes-vous un robot",
    "your browser supports javascript and cookies",
    "enable javascript and cookies to continue",
};

// Error titles are trusted on pages with little text; walls and index pages on less.
constexpr int kErrorMaxChars = 1000;
constexpr int kWallMaxChars = 800;
// A paywall under a lead of a few sentences cuts an article, which is stored cut; under
// one or two sentences the page is the wall. (The paywall's own box is not text.)
constexpr int kPaywallMaxChars = 300;  // characters other than spaces, as text_chars
constexpr int kIndexMaxChars = 300;
constexpr int kIndexMinPageChars = 2000;
// A headline is a line of words, not a section's name; prose of a few sentences under it is
// the page's own story, however many menus and link lists surround it.
constexpr int kHeadlineMinWords = 5;
constexpr int kStoryMinWords = 25;

// True when the page has a headline and its text is prose: every line ends like a sentence.
bool IsHeadlinedProse(const PageSignals& s) {
  if (s.h1s == nullptr || CountWords(s.text) < kStoryMinWords) return false;
  bool headline = false;
  for (const std::string& h : *s.h1s) headline = headline || CountWords(h) >= kHeadlineMinWords;
  if (!headline) return false;
  size_t start = 0;
  while (start < s.text.size()) {
    size_t end = s.text.find('\n', start);
    if (end == std::string_view::npos) end = s.text.size();
    std::string_view line = s.text.substr(start, end - start);
    if (!line.empty() && !EndsLikeSentence(line)) return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

PageClass ClassifyPage(const PageSignals& s, std::string& reason) {
  reason.clear();
  const std::string title = Lower(s.title);
  if (s.text_chars < kErrorMaxChars) {
    std::string titles = title;
    if (s.h1s != nullptr)
      for (const std::string& h : *s.h1s) titles += "\n" + Lower(h);
    if (std::string_view hit = FindAny(titles, kErrorTitles); !hit.empty()) {
      reason = "the title says \"" + std::string(hit) + "\"";
      return PageClass::kError;
    }
  }
  if (s.text_chars < kWallMaxChars) {
    if (std::string_view hit = FindAny(title, kWallTitles); !hit.empty()) {
      reason = "the title says \"" + std::string(hit) + "\"";
      return PageClass::kWall;
    }
    std::string text = Lower(s.page_text.empty() ? s.text : s.page_text);
    if (std::string_view hit = FindAny(text, kErrorTexts); !hit.empty()) {
      reason = "the page says \"" + std::string(hit) + "\"";
      return PageClass::kError;
    }
    std::string_view hit = FindAny(text, kWallTexts);
    if (hit.empty() && s.text_chars < kPaywallMaxChars) hit = FindAny(text, phrases::kPaywallCalls);
    if (!hit.empty()) {
      reason = "the page says \"" + std::string(hit) + "\"";
      return PageClass::kWall;
    }
  }
  // Two thirds of a sizeable page in links, and almost no text of its own (no headlined prose).
  if (s.text_chars < kIndexMaxChars && !s.has_article_metadata &&
      s.page_chars >= kIndexMinPageChars && s.page_link_chars * 3 >= s.page_chars * 2 &&
      !IsHeadlinedProse(s)) {
    reason = "mostly links (" + std::to_string(s.page_link_chars) + " of " +
             std::to_string(s.page_chars) + " characters) and " + std::to_string(s.text_chars) +
             " characters of text";
    return PageClass::kIndex;
  }
  if (s.text_chars == 0) {
    reason = "no main text found";
    return PageClass::kEmpty;
  }
  return PageClass::kArticle;
}

}  // namespace extract_internal

PageClass ClassifyText(std::string_view title, std::string_view text, std::string& reason) {
  extract_internal::PageSignals s;
  s.title = title;
  s.text = text;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r') ++s.text_chars;
  }
  // No page around the text: nothing is an index page; the text is the whole page.
  s.page_chars = s.text_chars;
  s.has_article_metadata = true;
  return extract_internal::ClassifyPage(s, reason);
}

}  // namespace newsdesk
