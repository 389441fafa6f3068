#include "language_words.h"

#include <array>

namespace newsdesk::language_internal {
namespace {

// Norwegian: CLD2 calls Nynorsk text Bokmål ("no") even hinted "nn". Forms one written
// standard uses and the other does not (pronouns, negation, question words, common verbs
// and adverbs); words both write ("og", "som", "etter", "mellom") are left out.
constexpr std::array<std::string_view, 29> kBokmal = {
    "ikke", "jeg",  "fra",    "hun",   "hva",  "hvordan", "hvorfor", "hvem", "noe",  "noen",
    "mye",  "være", "vært",   "blir",  "ble",  "fikk",    "gikk",    "også", "hele", "mer",
    "sier", "selv", "derfor", "siden", "dere", "hver",    "bare",    "nå",   "dem"};
constexpr std::array<std::string_view, 31> kNynorsk = {
    "ikkje", "eg",    "frå",   "ho",    "kva",  "korleis", "kvifor", "kven",
    "noko",  "nokon", "mykje", "vere",  "vore", "vert",    "vart",   "verte",
    "fekk",  "gjekk", "òg",    "heile", "meir", "seier",   "sjølv",  "difor",
    "sidan", "dykk",  "kvar",  "berre", "dei",  "ein",     "eit"};

constexpr std::array<CloseLanguageWords, 1> kPairs = {{
    {"no", "nn", kBokmal, kNynorsk},
}};

}  // namespace

const std::span<const CloseLanguageWords> kCloseLanguageWords = kPairs;

}  // namespace newsdesk::language_internal
