// Word lists of language identification, kept apart from the algorithm (language.cc) so
// that a pair of close languages is added by adding lines. Lower-case UTF-8. Not a public
// interface.
#ifndef NEWSDESK_LANGUAGE_WORDS_H_
#define NEWSDESK_LANGUAGE_WORDS_H_

#include <span>
#include <string_view>

namespace newsdesk::language_internal {

// Two close languages CLD2 tells apart poorly: it calls a text in `other` `called` (ISO
// 639-1 codes, as DetectLanguage returns them). Each side lists function words and common
// forms its written standard has and the other's does not (Nynorsk "ikkje", "frå", "eg"
// against Bokmål "ikke", "fra", "jeg").
struct CloseLanguageWords {
  std::string_view called;
  std::string_view other;
  std::span<const std::string_view> called_words;
  std::span<const std::string_view> other_words;
};

extern const std::span<const CloseLanguageWords> kCloseLanguageWords;

}  // namespace newsdesk::language_internal

#endif  // NEWSDESK_LANGUAGE_WORDS_H_
