// Attribute words of the extract stage: the class/id words, ARIA roles and embed classes
// its DOM passes judge elements by, kept apart from the passes (extract_dom.cc) so that a
// language or a CMS is added by adding lines. Lower-case ASCII. Not a public interface.
#ifndef NEWSDESK_EXTRACT_CLASS_WORDS_H_
#define NEWSDESK_EXTRACT_CLASS_WORDS_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace newsdesk::extract_internal::class_words {

// What a class/id word says of its element (bit flags).
enum Hint : uint8_t {
  kHintNone = 0,
  kHintPositive = 1,        // content-like: article body, entry content, ...
  kHintWeakNegative = 2,    // layout: header, nav, menu, sidebar, meta, byline, ...
  kHintStrongNegative = 4,  // comments, share, related, ads, cookie, newsletter, ...
};

// One class/id word: the whole word, or its start when `prefix`.
struct WordRule {
  std::string_view word;
  bool prefix;
  uint8_t hint;
};

// Class/id words (en, de, fr, es, pl, it, pt), each starting with a letter a-z.
extern const std::span<const WordRule> kWordRules;

// Words after which the rest of a class token describes a state ("o-section--has-ads",
// "layout-with-sidebar"), not what the element is.
extern const std::span<const std::string_view> kStateWords;

// First words of taxonomy tokens ("tag-sponsoring", "category-kommentare"): the rest of the
// token names a topic, not the element.
extern const std::span<const std::string_view> kTaxonomyWords;

// First words of a UI component's tokens ("card-header", "card-body"): the rest of the token
// names a part of the component (a FAQ's question, a teaser's summary), not of the page; the
// word alone ("card") is read as a word.
extern const std::span<const std::string_view> kComponentWords;

// Class words of an embedded social post's <blockquote> (tweet, Instagram, ...), matched
// anywhere in the class.
extern const std::span<const std::string_view> kEmbeddedPostClasses;
// The addresses of a social post as the platforms' embed codes link them from their
// <blockquote> (the tweet's "— Name (@handle) <a href=".../status/...">date</a>"): the
// host (with what follows it) and a part of the path, both in the link.
struct PostAddress {
  std::string_view host, path;
};
extern const std::span<const PostAddress> kEmbeddedPostAddresses;

// ARIA roles of page furniture (navigation, banner, search, ...), matched whole.
extern const std::span<const std::string_view> kJunkRoles;

// ARIA roles of a dialog over the page (dialog, alertdialog), matched whole.
extern const std::span<const std::string_view> kDialogRoles;

// Utility class tokens that hide their element from every reader ("hidden", "d-none",
// "invisible", "is-hidden"), matched whole; a responsive token beside them may show it again
// (kShowingValues, kBreakpoints).
extern const std::span<const std::string_view> kHidingClasses;
// Display or visibility values after a breakpoint ("md:block", "d-lg-flex", "sm:visible").
extern const std::span<const std::string_view> kShowingValues;
// The breakpoint words of "d-{breakpoint}-{value}" tokens.
extern const std::span<const std::string_view> kBreakpoints;

// Class/id parts of an element holding a byline, and of one holding a dateline, matched
// anywhere in the class and id.
extern const std::span<const std::string_view> kBylineClasses;
extern const std::span<const std::string_view> kDateClasses;
// Parts of class/id words of a comment thread and its items ("comment-metadata",
// "commentlist", "kb-comment", "ce_comments"), any language's: a <time> inside one dates
// the comment, not the page.
extern const std::span<const std::string_view> kCommentClasses;

// Class/id words that are an ad word alone but abbreviate "published" in a token naming a
// date ("pub" of "data-pub", "pub-date"), matched whole.
extern const std::span<const std::string_view> kPublicationAbbreviations;

// Whole class/id words naming a date beside kDateClasses' parts: Italian, Portuguese,
// Polish, Romanian "data" (as a part it would take English "metadata").
extern const std::span<const std::string_view> kDateWords;

// Class/id parts of a menu or a breadcrumb trail, matched anywhere in the class and id.
extern const std::span<const std::string_view> kNavigationClasses;

// Class, id or `data-component` parts of a video or audio player's element, matched anywhere.
extern const std::span<const std::string_view> kPlayerClasses;

// Words of a class or id that names its element a title ("news-title", "headline",
// "post_titulo"), matched whole among the words (runs of letters and digits) of the class
// and id: "subtitle" and "rutitr" (a kicker) are none.
extern const std::span<const std::string_view> kTitleClasses;

}  // namespace newsdesk::extract_internal::class_words

#endif  // NEWSDESK_EXTRACT_CLASS_WORDS_H_
