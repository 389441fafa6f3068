// newsdesk stories [--db DB] [--since DATE] [--lang L] [--json]: stories, newest first,
// with how many of their articles re-fetches found edited or gone.
#include <iostream>
#include <memory>
#include <string>

#include "command.h"
#include "newsdesk/article.h"
#include "newsdesk/export.h"
#include "newsdesk/stories.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct StoriesFlags {
  std::string db = kDefaultDb;
  std::string since;
  std::string lang;
  int limit = -1;
  bool json = false;
};

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

// Prints one story as a few human-readable lines; false on a read error (in `status`).
bool PrintStory(Store& store, const Story& s, Status& status) {
  std::cout << "#" << s.id << "  " << s.title << "\n";
  std::cout << "    " << s.article_count << (s.article_count == 1 ? " article" : " articles");
  if (!s.languages.empty()) std::cout << "  [" << JoinList(s.languages) << "]";
  if (!s.first_published.empty()) {
    std::cout << "  " << s.first_published;
    if (s.last_published != s.first_published) std::cout << " .. " << s.last_published;
  }
  std::cout << "\n";
  if (!s.outlets.empty()) std::cout << "    outlets: " << JoinList(s.outlets) << "\n";
  Result<std::vector<Article>> articles = store.ListStoryArticles(s.id);
  if (!articles.ok()) {
    status = articles.status();
    return false;
  }
  int64_t edited = 0, edits = 0, gone = 0;
  for (const Article& a : *articles) {
    edited += a.revision_count > 0;
    edits += a.revision_count;
    gone += !a.gone.empty();
  }
  if (edits > 0 || gone > 0) {
    std::cout << "    revisions: " << edited << (edited == 1 ? " article" : " articles")
              << " edited since first fetched (" << edits << (edits == 1 ? " edit" : " edits")
              << "), " << gone << " removed or moved  (newsdesk revisions --story " << s.id
              << ")\n";
  }
  Result<std::vector<StoryFigure>> figures = store.ListFigures(s.id);
  if (!figures.ok()) {
    status = figures.status();
    return false;
  }
  for (const FigureGroup& group : DisagreeingFigures(*figures)) {
    std::cout << "    figures that disagree"
              << (group.unit.empty() ? std::string() : " (" + group.unit + ")") << ":";
    const char* sep = " ";
    for (const StoryFigure& f : group.figures) {
      std::cout << sep << f.text << " (" << f.site
                << (f.previous.empty() ? "" : ", was " + f.previous) << ")";
      sep = " / ";
    }
    std::cout << "\n";
  }
  std::string changed;  // the figures an edit changed, with what the source stated before
  for (const StoryFigure& f : *figures) {
    if (f.previous.empty()) continue;
    changed += (changed.empty() ? "" : " / ") + f.text + (f.unit.empty() ? "" : " " + f.unit) +
               " (" + f.site + ", was " + f.previous + ")";
  }
  if (!changed.empty()) std::cout << "    figures their source changed: " << changed << "\n";
  return true;
}

int RunStories(const StoriesFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreForReading(flags.db);
  if (!store) return kExitUsage;
  StoryFilter filter;
  filter.since = flags.since;
  filter.language = flags.lang;
  filter.limit = flags.limit;
  Status st;
  if (flags.json) {
    ExportOptions options;
    options.stories = true;
    options.story_filter = filter;
    st = Export(*store, ExportFormat::kJsonl, std::cout, options);
  } else {
    Status inner;
    int shown = 0;
    st = store->ForEachStory(filter, [&](const Story& s) {
      if (shown++ > 0) std::cout << "\n";
      return PrintStory(*store, s, inner);
    });
    if (st.ok()) st = inner;
    if (st.ok() && shown == 0) std::cerr << "newsdesk stories: no stories match\n";
  }
  // Workers sharing a database leave stories to one assigner (docs/scale.md): what it has
  // not reached yet is in no story above.
  if (st.ok()) {
    Result<int64_t> waiting = store->CountUnassignedArticles();
    st = waiting.status();
    if (st.ok() && *waiting > 0) {
      std::cerr << "newsdesk stories: " << *waiting
                << (*waiting == 1 ? " article waits" : " articles wait")
                << " for the story assigner (in no story yet)\n";
    }
  }
  if (!st.ok()) {
    ReportError("stories", st);
    return kExitSomeFailed;
  }
  return kExitOk;
}

const bool kRegistered = RegisterCommand({
    "stories",
    "List stories, newest first: title, articles, languages, outlets, dates",
    [](CLI::App& sub) -> std::function<int()> {
      auto flags = std::make_shared<StoriesFlags>();
      sub.add_option("--db", flags->db, "store to read: SQLite file or postgresql:// URI")
          ->capture_default_str();
      sub.add_option("--since", flags->since, "Only stories last published on/after DATE");
      sub.add_option("--lang", flags->lang, "Only stories with an article in language L");
      sub.add_option("--limit", flags->limit, "At most N stories");
      sub.add_flag("--json", flags->json, "One JSON object per story (the export format)");
      return [flags] { return RunStories(*flags); };
    },
    50,
});

}  // namespace
}  // namespace newsdesk::cli
