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

// The primary subtag of a language tag, lower-case, with the old codes of Hebrew and
// Yiddish replaced: "en-GB" -> "en", "de_AT" -> "de", "iw" -> "he", "ji" -> "yi".
std::string PrimaryLanguage(std::string_view tag);

}  // namespace newsdesk

#endif  // NEWSDESK_LANGUAGE_H_
