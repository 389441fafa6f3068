#include "testing/news_page.h"

namespace newsdesk::testing {

namespace {
const char* const kTopics[] = {"harbour",   "election", "vaccine", "earthquake", "festival",
                               "satellite", "railway",  "drought", "museum",     "orchestra"};
}  // namespace

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
