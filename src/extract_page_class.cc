// Page classes: articles versus error pages, walls, index pages and empty pages.
// The phrase tables are data, one entry a phrase, matched as lower-cased substrings
// (ASCII and Latin-1 lowered; other scripts have no case here); add languages by adding
// lines. The rules only look at short pages: a long text is an article whatever it says.
#include <span>
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
    "page can't be found",
    "page can’t be found",
    "page cannot be found",
    "article not found",
    "page is no longer available",
    "article is no longer available",
    "story is no longer available",
    "content is no longer available",
    "page has been removed",
    "article has been removed",
    "content unavailable",
    "page unavailable",
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
    "artikel nicht mehr verfügbar",
    "artikel ist nicht mehr verfügbar",
    "artikel ist leider nicht mehr verfügbar",
    "seite ist nicht mehr verfügbar",
    "beitrag ist nicht mehr verfügbar",
    "inhalt ist nicht mehr verfügbar",
    "inhalt nicht verfügbar",
    // fr
    "page introuvable",
    "page non trouvée",
    "erreur 404",
    "article introuvable",
    "contenu introuvable",
    "contenu indisponible",
    "cette page n'existe pas",
    "cet article n'est plus disponible",
    "page n'est plus disponible",
    // es, pt, it
    "página no encontrada",
    "pagina no encontrada",
    "página não encontrada",
    "pagina non trovata",
    "errore 404",
    "erro 404",
    "esta página no existe",
    "contenido no disponible",
    "noticia ya no está disponible",
    "artículo ya no está disponible",
    "página ya no está disponible",
    "página não existe",
    "conteúdo indisponível",
    "matéria não está mais disponível",
    "notícia não está mais disponível",
    "página não está mais disponível",
    "articolo non è più disponibile",
    "pagina non è più disponibile",
    "contenuto non disponibile",
    // nl, sv, da, no, pl, tr, cs
    "pagina niet gevonden",
    "sidan hittades inte",
    "siden blev ikke fundet",
    "siden finnes ikke",
    "nie znaleziono strony",
    "strona nie istnieje",
    "sayfa bulunamadı",
    "stránka nenalezena",
    "błąd 404",
    "artykuł nie jest już dostępny",
    "pagina is niet meer beschikbaar",
    "artikel is niet meer beschikbaar",
    "hata 404",
    "sayfa mevcut değil",
    "haber bulunamadı",
    "haber yayından kaldırıldı",
    "yayından kaldırılmıştır",
    // id, ms, vi
    "halaman tidak ditemukan",
    "halaman tidak tersedia",
    "berita tidak ditemukan",
    "artikel tidak ditemukan",
    "không tìm thấy trang",
    // ru, uk
    "страница не найдена",
    "сторінку не знайдено",
    "ошибка 404",
    "такой страницы нет",
    "страница не существует",
    "страница удалена",
    "материал удален",
    "материал удалён",
    "помилка 404",
    "сторінка не існує",
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
    "خطأ 404",
    "الصفحة غير متوفرة",
    "الصفحة غير متاحة",
    "الخبر غير متوفر",
    "שגיאה 404",
    "הדף אינו קיים",
    "הכתבה אינה זמינה",
    "خطای 404",
    "خطای ۴۰۴",
    "صفحه وجود ندارد",
    // ja, zh, ko, hi
    "ページが見つかりません",
    "お探しのページは見つかりませんでした",
    "页面不存在",
    "找不到页面",
    "找不到網頁",
    "페이지를 찾을 수 없습니다",
    "पृष्ठ नहीं मिला",
    "पेज नहीं मिला",
    "पेज उपलब्ध नहीं",
    "पृष्ठ उपलब्ध नहीं",
    "ページを表示できません",
    "記事は削除されました",
    "掲載期間が終了しました",
    "页面未找到",
    "页面已删除",
    "文章已删除",
    "该内容已被删除",
    "삭제된 기사",
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
    "nothing was found at this location",
    "the page you're looking for",
    "the page you’re looking for",
    "this article is no longer available",
    "this page is no longer available",
    "this content is no longer available",
    "der von ihnen aufgerufene",
    "die aufgerufene seite",
    "la page que vous recherchez",
    "la page à laquelle vous tentez d'accéder",
    "la página que busca",
    "la página solicitada",
    "la página que has solicitado",
    "o conteúdo que você tentou acessar",
    "a página que você está procurando",
    "a página solicitada",
    "la pagina richiesta",
    "la pagina che cerchi",
    "de pagina die u zoekt",
    "de pagina die je zoekt",
    "страница, которую вы ищете",
    "ошиблись в адресе",
    "aradığınız sayfa",
    "bu içerik artık mevcut değil",
    "halaman yang anda cari",
    "halaman yang anda tuju",
    "الصفحة التي طلبتها",
    "ربما تم حذف الصفحة",
    "הדף שביקשת",
    "صفحه مورد نظر شما",
    "आप जिस पेज को खोज रहे हैं",
    "जिस पृष्ठ को आप खोज रहे हैं",
    "しばらく時間をおいてから再度アクセス",
    "サーバーでエラーが発生",
    "您要访问的页面",
    "页面可能已被删除",
    "요청하신 페이지",
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
    "press & hold",
    "press and hold to confirm",
    "confirm you are a human",
    "prove you are human",
    "i'm not a robot",
    "i am not a robot",
    "review the security of your connection",
    "dass sie ein mensch sind",
    "ich bin kein roboter",
    "sicherheit ihrer verbindung",
    "zugriff auf diese seite wurde verweigert",
    "drücken und halten",
    "pas un robot",
    "êtes-vous un humain",
    "vous êtes un humain",
    "sécurité de votre connexion",
    "usted es un ser humano",
    "eres un ser humano",
    "no soy un robot",
    "seguridad de su conexión",
    "seguridad de tu conexión",
    "não sou um robô",
    "você é humano",
    "segurança da sua conexão",
    "non sono un robot",
    "sicurezza della connessione",
    "ik ben geen robot",
    "nie jestem robotem",
    "не робот",
    "проверка браузера",
    "перевірка браузера",
    "robot değilim",
    "insan olduğunuzu",
    "bağlantınızın güvenli",
    "لست روبوت",
    "أنك إنسان",
    "أمان اتصالك",
    "אני לא רובוט",
    "ربات نیستم",
    "रोबोट नहीं हूं",
    "रोबोट नहीं हूँ",
    "bukan robot",
    "keamanan koneksi anda",
    "ロボットではありません",
    "人間であることを確認",
    "接続のセキュリティを確認",
    "安全验证",
    "人机验证",
    "拖动滑块",
    "我不是机器人",
    "로봇이 아닙니다",
    "không phải là robot",
    // pages built by script, shown without it
    "mengaktifkan javascript",
    "javascript aktivieren",
    "activer javascript",
    "activez javascript",
    "habilitar javascript",
    "activar javascript",
    "habilite o javascript",
    "ative o javascript",
    "abilita javascript",
    "включите javascript",
    "javascript'i etkinleştir",
    "javascriptを有効",
    "启用javascript",
    "تفعيل جافا سكريبت",
    // consent walls: consent to tracking or pay, in place of the page
    "pur-abo",
    "werbefrei lesen",
    "mit werbung weiterlesen",
    "akzeptieren und weiter",
    "zustimmen und weiter",
    "accept and continue",
    "accept cookies to continue",
    "accepter et continuer",
    "acceptez les cookies",
    "aceptar y continuar",
    "aceitar e continuar",
    "accetta e continua",
    "akkoord en doorgaan",
};

// Stubs that only send the reader on to another address.
constexpr std::string_view kRedirectTexts[] = {
    "if you are not redirected",
    "you are being redirected",
    "redirecting...",
    "redirecting…",
    "sie werden weitergeleitet",
    "falls sie nicht automatisch weitergeleitet",
    "vous allez être redirigé",
    "si vous n'êtes pas redirigé",
    "si no es redirigido",
    "si no eres redirigido",
    "redirigiendo",
    "você será redirecionado",
    "redirecionando",
    "verrai reindirizzato",
    "u wordt doorgestuurd",
    "перенаправление",
    "yönlendiriliyorsunuz",
    "anda akan dialihkan",
    "جاري التحويل",
    "در حال انتقال",
    "正在跳转",
    "リダイレクトします",
};

// Error titles are trusted on pages with little text; walls and index pages on less.
constexpr int kErrorMaxChars = 1000;
constexpr int kWallMaxChars = 800;
constexpr int kIndexMaxChars = 300;
constexpr int kIndexMinPageChars = 2000;
// A headline is a line of words, not a section's name; prose of a few sentences under it is
// the page's own story, however many menus and link lists surround it.
constexpr int kHeadlineMinWords = 5;
constexpr int kStoryMinWords = 25;

// Words of `s`: its space-separated words, and one more for every two kana, CJK ideographs
// or Hangul syllables (U+3000..U+DFFF: lead bytes E3..ED), scripts written without spaces.
int ProseWords(std::string_view s) {
  int wide = 0;
  for (char c : s)
    wide += static_cast<unsigned char>(c) >= 0xE3 && static_cast<unsigned char>(c) <= 0xED;
  return CountWords(s) + wide / 2;
}

// True when the page has a headline and its text is prose: every line ends like a sentence.
bool IsHeadlinedProse(const PageSignals& s) {
  if (s.h1s == nullptr || ProseWords(s.text) < kStoryMinWords) return false;
  bool headline = false;
  for (const std::string& h : *s.h1s) headline = headline || ProseWords(h) >= kHeadlineMinWords;
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

// Whether the page is a story rather than a notice put in its place: a publication date the
// page states over headlined prose. Robot checks, consent walls, error notices and redirects
// carry no such date; a short story may well name them ("Access denied: reporters barred
// ...", a bank that will ask clients to confirm they are "не робот").
bool IsDatedStory(const PageSignals& s) { return s.dated_in_page && IsHeadlinedProse(s); }

// Whether byte `pos` of `text` stands inside quotation marks opened earlier on its line.
// Openers: “ „ ‘ ‚ « 「 『 ‹; closers: ” » 」 』 › and ’ not between letters (an apostrophe);
// “ ” ‘ close when a quotation is open (German „…“, Swedish ”…”); ASCII " toggles, and so
// does ASCII ' when not between letters.
bool IsQuotedAt(std::string_view text, size_t pos) {
  size_t start = text.rfind('\n', pos);
  start = start == std::string_view::npos ? 0 : start + 1;
  int open = 0;
  const auto is_letter = [](unsigned char c) {
    return c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  };
  // Whether the `len` bytes at `i` stand between two letters (an apostrophe: "can't").
  const auto between_letters = [&](size_t i, size_t len) {
    return i > 0 && i + len < text.size() && is_letter(static_cast<unsigned char>(text[i - 1])) &&
           is_letter(static_cast<unsigned char>(text[i + len]));
  };
  for (size_t i = start; i < pos;) {
    std::string_view rest = text.substr(i, pos - i);
    size_t len = 1;
    if (rest[0] == '"' || (rest[0] == '\'' && !between_letters(i, 1))) {
      open = open > 0 ? open - 1 : 1;
    } else if (rest.starts_with("\u201C") || rest.starts_with("\u201D") ||
               rest.starts_with("\u2018")) {
      len = 3;
      open = open > 0 ? open - 1 : open + 1;
    } else if (rest.starts_with("\u201E") || rest.starts_with("\u201A") ||
               rest.starts_with("\u00AB") || rest.starts_with("\u300C") ||
               rest.starts_with("\u300E") || rest.starts_with("\u2039")) {
      len = rest.starts_with("\u00AB") ? 2 : 3;
      ++open;
    } else if (rest.starts_with("\u00BB") || rest.starts_with("\u300D") ||
               rest.starts_with("\u300F") || rest.starts_with("\u203A")) {
      len = rest.starts_with("\u00BB") ? 2 : 3;
      if (open > 0) --open;
    } else if (rest.starts_with("\u2019")) {
      len = 3;
      if (!between_letters(i, 3) && open > 0) --open;
    }
    i += len;
  }
  return open > 0;
}

// The first of `phrases` that occurs in `text` outside quotation marks (a headline that
// quotes "page not found" reports an error page, it is not one); "" when none. `index` is
// over `phrases`: one pass tells the pages that hold none.
std::string_view FindUnquoted(std::string_view text, const PhraseIndex& index,
                              std::span<const std::string_view> phrases) {
  if (index.Find(text).empty()) return {};
  for (std::string_view p : phrases)
    for (size_t pos = text.find(p); pos != std::string_view::npos; pos = text.find(p, pos + 1))
      if (!IsQuotedAt(text, pos)) return p;
  return {};
}

}  // namespace

PageClass ClassifyPage(const PageSignals& s, std::string& reason) {
  reason.clear();
  // Notices are read only on pages that are no dated story (IsDatedStory); paywalls also
  // cut dated stories. (Every rule below looks at short texts only.)
  const bool story = s.text_chars < kErrorMaxChars && IsDatedStory(s);
  static const PhraseIndex kErrorTitleIndex(kErrorTitles), kWallTitleIndex(kWallTitles),
      kErrorTextIndex(kErrorTexts), kWallTextIndex(kWallTexts), kRedirectIndex(kRedirectTexts);
  const std::string title = Lower(s.title);
  if (s.text_chars < kErrorMaxChars && !story) {
    std::string titles = title;
    if (s.h1s != nullptr)
      for (const std::string& h : *s.h1s) titles += "\n" + Lower(h);
    if (std::string_view hit = FindUnquoted(titles, kErrorTitleIndex, kErrorTitles); !hit.empty()) {
      reason = "the title says \"" + std::string(hit) + "\"";
      return PageClass::kError;
    }
  }
  if (s.text_chars < kWallMaxChars) {
    std::string text = Lower(s.page_text.empty() ? s.text : s.page_text);
    std::string_view hit;
    if (!story) {
      if (hit = FindUnquoted(title, kWallTitleIndex, kWallTitles); !hit.empty()) {
        reason = "the title says \"" + std::string(hit) + "\"";
        return PageClass::kWall;
      }
      if (hit = FindUnquoted(text, kErrorTextIndex, kErrorTexts); !hit.empty()) {
        reason = "the page says \"" + std::string(hit) + "\"";
        return PageClass::kError;
      }
      hit = FindUnquoted(text, kWallTextIndex, kWallTexts);
    }
    // A login or subscription box is furniture to block selection, but it is what the page
    // says: the paywall calls are sought in the whole page.
    if (hit.empty() && s.text_chars < kPaywallMaxChars)
      hit = FindAny(s.whole_text.empty() ? text : Lower(s.whole_text), phrases::kPaywallCalls);
    if (!hit.empty()) {
      reason = "the page says \"" + std::string(hit) + "\"";
      return PageClass::kWall;
    }
    if (!story && s.text_chars < kPaywallMaxChars &&
        !(hit = FindUnquoted(text, kRedirectIndex, kRedirectTexts)).empty()) {
      reason = "a redirect: the page says \"" + std::string(hit) + "\"";
      return PageClass::kEmpty;
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
  // Half of a sizeable page in teaser cards (a linked headline and its summary: a section
  // front, a tag, author or search page), and almost no text of its own. The summaries are
  // prose, so the links alone do not tell.
  if (s.text_chars < kIndexMaxChars && s.page_chars >= kIndexMinPageChars &&
      s.page_teaser_chars * 2 >= s.page_chars && !IsHeadlinedProse(s)) {
    reason = "mostly teasers (" + std::to_string(s.page_teaser_chars) + " of " +
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
