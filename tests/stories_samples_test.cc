#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "newsdesk/document.h"
#include "newsdesk/stories.h"
#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The samples (samples/pages, labelled in samples/expected.json) through the real page
// assembly, fed to a StoryIndex in samples/urls.txt order: the five seed pages (one
// event, five outlets) must form one story and every other page a story of its own,
// i.e. BCubed precision and recall 1 against the labels (issue 5, "Quality and scale").
TEST(StoryIndexSamples, GroupingMatchesExpectedLabels) {
  const std::string dir = std::string(NEWSDESK_SOURCE_DIR) + "/samples/";
  const nlohmann::json expected = nlohmann::json::parse(ReadFile(dir + "expected.json"));
  std::map<std::string, std::string> label;  // file -> story label
  for (const auto& page : expected.at("pages")) {
    label[page.at("file").get<std::string>()] = page.at("story").get<std::string>();
  }
  std::vector<std::string> files;
  std::istringstream urls(ReadFile(dir + "urls.txt"));
  for (std::string line; std::getline(urls, line);) {
    if (line.empty() || line[0] == '#') continue;
    files.push_back(line);
  }
  ASSERT_GE(files.size(), 9u);

  StoryIndex index;
  std::vector<int64_t> story;
  for (size_t i = 0; i < files.size(); ++i) {
    ASSERT_TRUE(label.count(files[i])) << files[i] << " has no label";
    const std::string body = ReadFile(dir + files[i]);
    ASSERT_FALSE(body.empty()) << files[i];
    PageInput in;
    in.url = "https://samples.invalid/" + files[i];
    in.body = body;
    in.content_type = "text/html";
    in.fetched_at = std::chrono::system_clock::time_point(std::chrono::seconds(1771243200));
    Result<Document> doc = AssemblePage(in);
    ASSERT_OK(doc);
    StoryArticle a;
    a.id = static_cast<int64_t>(i) + 1;
    a.url = doc->article.canonical_url;
    a.title = doc->article.title;
    a.text = doc->article.text;
    a.language = doc->article.language;
    a.site = doc->article.site;
    a.published_unix = doc->published_unix;
    story.push_back(index.Add(a).story_id);
  }
  for (int64_t& id : story) id = index.ResolveStory(id);  // stories merged since
  // Same label <=> same story, for every pair.
  for (size_t i = 0; i < files.size(); ++i) {
    for (size_t j = i + 1; j < files.size(); ++j) {
      const bool same_label = label[files[i]] == label[files[j]];
      EXPECT_EQ(story[i] == story[j], same_label) << files[i] << " (story " << story[i] << ") vs "
                                                  << files[j] << " (story " << story[j] << ")";
    }
  }
}

}  // namespace
}  // namespace newsdesk
