// Language identification (CLD2). Pure; thread-safe.
#ifndef NEWSDESK_LANGUAGE_H_
#define NEWSDESK_LANGUAGE_H_

#include <string>
#include <string_view>

namespace newsdesk {

struct LanguageGuess {
  std::string language;  // ISO 639-1 where one exists ("he", not CLD2's "iw"; "yi"); "" if unknown
  std::string script;    // ISO 15924 of the dominant script: "Latn", "Hebr", "Arab", ...
  int confidence = 0;    // 0..100
  bool reliable = false;
};

// `hint` is a declared language (<html lang>, Content-Language), may be empty; it biases
// but never overrides clear evidence in the text.
LanguageGuess DetectLanguage(std::string_view utf8, std::string_view hint = {});

// Whether two languages (ISO 639-1, as DetectLanguage returns them) are ones a short text
// cannot tell apart: CLD2's close sets (no/nn/da, hr/sr/bs, cs/sk, ms/id, es/gl/pt,
// hi/mr/ne, ...) and the close pairs language_words.cc lists. False for equal languages.
bool CloseLanguages(std::string_view a, std::string_view b);

// The primary subtag of a language tag, lower-case, with the old codes of Hebrew and
// Yiddish replaced: "en-GB" -> "en", "de_AT" -> "de", "iw" -> "he", "ji" -> "yi".
std::string PrimaryLanguage(std::string_view tag);

}  // namespace newsdesk

#endif  // NEWSDESK_LANGUAGE_H_
