// The data of extract_class_words.h; see there.
#include "extract_class_words.h"

namespace newsdesk::extract_internal::class_words {
namespace {

constexpr WordRule kWordRulesData[] = {
    // Strong negatives (en, de, fr, es, pl, it, pt).
    {"comment", true, kHintStrongNegative},
    {"kommentar", true, kHintStrongNegative},
    {"comentario", true, kHintStrongNegative},
    {"komentarz", true, kHintStrongNegative},
    {"commento", true, kHintStrongNegative},
    {"disqus", true, kHintStrongNegative},
    {"respond", false, kHintStrongNegative},
    {"reply", true, kHintStrongNegative},
    {"share", true, kHintStrongNegative},
    {"sharing", true, kHintStrongNegative},
    {"sharethis", true, kHintStrongNegative},
    {"shariff", true, kHintStrongNegative},
    {"social", true, kHintStrongNegative},
    {"teilen", false, kHintStrongNegative},
    {"partage", true, kHintStrongNegative},
    {"compartir", true, kHintStrongNegative},
    {"udostepnij", true, kHintStrongNegative},
    {"related", true, kHintStrongNegative},
    {"verwandt", true, kHintStrongNegative},
    {"relacionad", true, kHintStrongNegative},
    {"powiazane", true, kHintStrongNegative},
    {"recommend", true, kHintStrongNegative},
    {"empfehlung", true, kHintStrongNegative},
    {"advert", true, kHintStrongNegative},
    {"ad", false, kHintStrongNegative},
    {"ads", false, kHintStrongNegative},
    {"adsense", true, kHintStrongNegative},
    {"adslot", true, kHintStrongNegative},
    {"adblock", true, kHintStrongNegative},
    {"anzeige", true, kHintStrongNegative},
    {"werbung", true, kHintStrongNegative},
    {"pub", false, kHintStrongNegative},
    {"publicite", true, kHintStrongNegative},
    {"publicidad", true, kHintStrongNegative},
    {"reklama", true, kHintStrongNegative},
    {"sponsor", true, kHintStrongNegative},
    {"promo", false, kHintStrongNegative},
    {"promos", false, kHintStrongNegative},
    {"promotion", true, kHintStrongNegative},
    {"promobox", true, kHintStrongNegative},
    {"cookie", true, kHintStrongNegative},
    {"consent", true, kHintStrongNegative},
    {"gdpr", true, kHintStrongNegative},
    {"newsletter", true, kHintStrongNegative},
    {"subscri", true, kHintStrongNegative},
    {"signup", true, kHintStrongNegative},
    {"abonn", true, kHintStrongNegative},
    {"popup", true, kHintStrongNegative},
    {"modal", true, kHintStrongNegative},
    {"outbrain", true, kHintStrongNegative},
    {"taboola", true, kHintStrongNegative},
    {"plista", true, kHintStrongNegative},
    {"breadcrumb", true, kHintStrongNegative},
    {"pagination", true, kHintStrongNegative},
    {"pager", false, kHintStrongNegative},

    {"login", true, kHintStrongNegative},
    {"toolbar", true, kHintStrongNegative},
    {"tags", false, kHintStrongNegative},
    {"tagcloud", true, kHintStrongNegative},
    {"taglist", true, kHintStrongNegative},
    {"keywords", false, kHintStrongNegative},
    {"caption", true, kHintStrongNegative},
    {"credit", true, kHintStrongNegative},
    {"copyright", true, kHintStrongNegative},
    {"ticker", true, kHintStrongNegative},
    {"popular", true, kHintStrongNegative},
    {"mostread", true, kHintStrongNegative},
    {"rating", true, kHintStrongNegative},
    // A poll or survey set in the story (its question and vote buttons): en, de, fr, es, pl,
    // and the widgets of Opinary and Civey.
    {"poll", false, kHintStrongNegative},
    {"polls", false, kHintStrongNegative},
    {"survey", true, kHintStrongNegative},
    {"umfrage", true, kHintStrongNegative},
    {"sondage", true, kHintStrongNegative},
    {"encuesta", true, kHintStrongNegative},
    {"sondaz", true, kHintStrongNegative},
    {"opinary", true, kHintStrongNegative},
    {"civey", true, kHintStrongNegative},

    {"skip", true, kHintStrongNegative},
    {"banner", true, kHintStrongNegative},
    {"widget", true, kHintWeakNegative},
    // Weak negatives: layout.
    {"cta", false, kHintStrongNegative},
    {"toc", false, kHintStrongNegative},
    {"optin", true, kHintStrongNegative},
    {"form", false, kHintWeakNegative},
    {"notice", true, kHintWeakNegative},
    {"tweet", true, kHintStrongNegative},
    {"instagram", true, kHintStrongNegative},
    {"tiktok", true, kHintStrongNegative},
    {"sr", false, kHintStrongNegative},
    {"visuallyhidden", true, kHintStrongNegative},
    {"screenreader", true, kHintStrongNegative},
    {"legend", true, kHintStrongNegative},
    {"standfirst", true, kHintStrongNegative},
    {"dek", false, kHintStrongNegative},
    {"strapline", true, kHintStrongNegative},
    {"contact", true, kHintWeakNegative},
    {"kontakt", true, kHintWeakNegative},
    {"postmeta", true, kHintWeakNegative},
    {"metadata", true, kHintWeakNegative},
    {"entrymeta", true, kHintWeakNegative},
    {"sidebar", true, kHintWeakNegative},
    {"footer", true, kHintWeakNegative},
    {"header", true, kHintWeakNegative},
    {"masthead", true, kHintWeakNegative},
    {"nav", true, kHintWeakNegative},
    {"menu", true, kHintWeakNegative},
    {"subnav", true, kHintWeakNegative},
    {"meta", false, kHintWeakNegative},
    {"byline", true, kHintWeakNegative},
    {"author", true, kHintWeakNegative},
    {"autor", true, kHintWeakNegative},
    {"teaser", false, kHintWeakNegative},
    {"aside", false, kHintWeakNegative},
    {"links", false, kHintWeakNegative},
    {"linklist", true, kHintWeakNegative},
    {"more", false, kHintWeakNegative},
    {"rail", false, kHintWeakNegative},
    {"topbar", true, kHintWeakNegative},
    // Positives.
    {"article", true, kHintPositive},
    {"artikel", true, kHintPositive},
    {"articulo", true, kHintPositive},
    {"content", true, kHintPositive},
    {"entry", true, kHintPositive},
    {"post", false, kHintPositive},
    {"story", true, kHintPositive},
    {"text", true, kHintPositive},
    {"body", true, kHintPositive},
    {"main", true, kHintPositive},
    {"beitrag", true, kHintPositive},
    {"inhalt", true, kHintPositive},
    {"contenu", true, kHintPositive},
    {"texto", true, kHintPositive},
    {"cuerpo", true, kHintPositive},
    {"tresc", true, kHintPositive},
    {"prose", false, kHintPositive},
    {"richtext", true, kHintPositive},
    {"blog", false, kHintPositive},
    {"news", false, kHintPositive},
};

constexpr std::string_view kStateWordsData[] = {"has", "no", "with", "without", "is"};

constexpr std::string_view kComponentWordsData[] = {
    // Bootstrap's card ("card-header", "card-body", "card-footer")
    "card",
};

constexpr std::string_view kTaxonomyWordsData[] = {
    "tag", "category", "cat",   "format", "status",  "type",    "postid",
    "tax", "label",    "topic", "rubrik", "ressort", "section",
};

constexpr std::string_view kEmbeddedPostClassesData[] = {
    "tweet",    "twitter", "instagram", "tiktok", "bluesky",
    "mastodon", "threads", "fb-xfbml",  "embed",
};

constexpr PostAddress kEmbeddedPostAddressesData[] = {
    {"twitter.com/", "/status/"}, {"x.com/", "/status/"},       {"instagram.com/", "/p/"},
    {"instagram.com/", "/reel/"}, {"tiktok.com/@", "/video/"},  {"bsky.app/profile/", "/post/"},
    {"threads.net/@", "/post/"},  {"facebook.com/", "/posts/"},
};

constexpr std::string_view kJunkRolesData[] = {
    "navigation", "banner", "contentinfo", "complementary", "menu",
    "menubar",    "search", "toolbar",     "alert",
};

constexpr std::string_view kDialogRolesData[] = {"dialog", "alertdialog"};

// Utility classes that hide their element from every reader (Tailwind, Bootstrap 3-5,
// Bulma), whole tokens. Screen-reader-only ones ("visually-hidden", "sr-only") are none:
// their text is read aloud, a headline's separator among it ("Klimaschutz<span
// class="visually-hidden">: </span>Bohren ...").
constexpr std::string_view kHidingClassesData[] = {"hidden", "d-none", "invisible", "is-hidden"};

// Display or visibility values a responsive token shows its element with ("md:block",
// "d-md-flex", "lg:visible"), whole.
constexpr std::string_view kShowingValuesData[] = {
    "block", "inline",   "inline-block", "flex",      "inline-flex", "grid",      "inline-grid",
    "table", "contents", "flow-root",    "list-item", "table-cell",  "table-row", "visible"};

// Breakpoint words of Bootstrap's "d-{breakpoint}-{value}" (print is no screen).
constexpr std::string_view kBreakpointsData[] = {"sm", "md", "lg", "xl", "xxl"};

constexpr std::string_view kBylineClassesData[] = {"byline", "author", "autor", "auteur", "writer"};

// Whole class/id words (en, de, fr, es, it, pl, tr, fa transliterated) of a title's element.
constexpr std::string_view kTitleClassesData[] = {
    "title",  "headline", "heading", "titel", "titulo", "titre",
    "titolo", "tytul",    "baslik",  "titr",  "hed",
};

// "video" covers "video-resource", "VideoBlock"; "audio" "audio-box"; "player" "media-player";
// "vjs" is video.js's.
constexpr std::string_view kPlayerClassesData[] = {"video", "audio", "player", "vjs"};

// "nav" covers "navbar", "subnav"; "crumb" "breadcrumbs".
constexpr std::string_view kNavigationClassesData[] = {"nav", "menu", "crumb"};

// "date" covers "dateline", "update", "pubdate"; "postmetadata" is the line under a post of
// WordPress's classic default theme and its many offspring ("Von R. R. am 07.08.2013 um
// 09:07 Uhr gespeichert unter ...", "8.Dezember 2010 um 09:43 · Rezepte").
constexpr std::string_view kDateClassesData[] = {"date",  "time",    "datum",
                                                 "fecha", "publish", "postmetadata"};

constexpr std::string_view kCommentClassesData[] = {"comment",  "kommentar", "comentario",
                                                    "commento", "komentarz", "reactie"};

constexpr std::string_view kPublicationAbbreviationsData[] = {"pub"};

constexpr std::string_view kDateWordsData[] = {"data"};

}  // namespace

const std::span<const WordRule> kWordRules(kWordRulesData);
const std::span<const std::string_view> kStateWords(kStateWordsData);
const std::span<const std::string_view> kTaxonomyWords(kTaxonomyWordsData);
const std::span<const std::string_view> kComponentWords(kComponentWordsData);
const std::span<const std::string_view> kEmbeddedPostClasses(kEmbeddedPostClassesData);
const std::span<const PostAddress> kEmbeddedPostAddresses(kEmbeddedPostAddressesData);
const std::span<const std::string_view> kJunkRoles(kJunkRolesData);
const std::span<const std::string_view> kDialogRoles(kDialogRolesData);
const std::span<const std::string_view> kHidingClasses(kHidingClassesData);
const std::span<const std::string_view> kShowingValues(kShowingValuesData);
const std::span<const std::string_view> kBreakpoints(kBreakpointsData);
const std::span<const std::string_view> kBylineClasses(kBylineClassesData);
const std::span<const std::string_view> kDateClasses(kDateClassesData);
const std::span<const std::string_view> kCommentClasses(kCommentClassesData);
const std::span<const std::string_view> kPublicationAbbreviations(kPublicationAbbreviationsData);
const std::span<const std::string_view> kDateWords(kDateWordsData);
const std::span<const std::string_view> kTitleClasses(kTitleClassesData);
const std::span<const std::string_view> kNavigationClasses(kNavigationClassesData);
const std::span<const std::string_view> kPlayerClasses(kPlayerClassesData);

}  // namespace newsdesk::extract_internal::class_words
