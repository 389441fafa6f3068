#include "testing/news_page.h"

#include <cstdint>
#include <vector>

namespace newsdesk::testing {

namespace {
const char* const kTopics[] = {"harbour",   "election", "vaccine", "earthquake", "festival",
                               "satellite", "railway",  "drought", "museum",     "orchestra"};
const char* const kSyllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pu"};

uint64_t SplitMix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Word `j` (< 20) of `event`: seven syllables from a hash of both, so two events' words
// differ throughout (tests/e2e/postgres_workers.sh writes the same words).
std::string EventWord(int event, int j) {
  uint64_t v = SplitMix64(static_cast<uint64_t>(event) * 20 + j) % 10000000;
  std::string word;
  for (int i = 0; i < 7; ++i, v /= 10) word = kSyllables[v % 10] + word;
  return word;
}

std::string Capitalized(std::string word) {
  word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

}  // namespace

std::string EventPage(int event, int member) {
  std::vector<std::string> w;
  for (int j = 0; j < 20; ++j) w.push_back(EventWord(event, j));
  const std::string person = Capitalized(w[0]), town = Capitalized(w[1]), river = Capitalized(w[2]),
                    agency = Capitalized(w[3]);
  const std::string families =
      std::to_string(100000 + SplitMix64(static_cast<uint64_t>(event) * 20 + 19) % 900000);
  const std::string sentences[] = {
      river + " " + w[4] + " " + families + " " + w[5] + " " + town + " " + agency + ".",
      person + " of " + agency + " " + w[6] + " " + town + " " + w[7] + " " + river + ".",
      town + " " + w[8] + " " + river + " and " + w[9] + " " + w[10] + ".",
      agency + " " + w[11] + " " + town + " " + person + " " + w[12] + " and " + river + "."};
  std::string body;
  for (int i = 0; i < 4; ++i) body += "<p>" + sentences[(i + member) % 4] + "</p>";
  std::string closing;
  for (int i = 0; i < 4; ++i) closing += (i ? " " : "") + w[13 + (member * 3 + i) % 7];
  body += "<p>" + closing + ".</p>";
  const std::string title = town + " " + w[4] + " " + families + " " + w[5] + " " + river;
  return "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
         "</title></head><body><article><h1>" + title + "</h1>" + body + "</article></body></html>";
}

std::string NewsPage(int n, const std::string& canonical) {
  const std::string topic = kTopics[n % 10];
  const std::string id = std::to_string(n);
  std::string body;
  for (int p = 0; p < 3; ++p) {
    body += "<p>Report " + id + " paragraph " + std::to_string(p) + ": officials said the " +
            topic + " project number " + id + " moved ahead on Tuesday after " +
            std::to_string(n * 37 + p) + " residents signed a petition, and the council of " +
            topic + " district " + id + " agreed to publish the figures next week.</p>";
  }
  std::string head = "<title>Story " + id + " about the " + topic + "</title>";
  if (!canonical.empty()) head += "<link rel=\"canonical\" href=\"" + canonical + "\">";
  return "<html lang=\"en\"><head><meta charset=\"utf-8\">" + head +
         "</head><body><article><h1>Story " + id + " about the " + topic + "</h1>" + body +
         "</article></body></html>";
}

}  // namespace newsdesk::testing
