// newsdesk revisions [--db DB] [--story ID] [--article ID] [--text] [--json]: what
// re-fetches of stored articles found (edits, removals, moves), oldest first.
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "command.h"
#include "newsdesk/export.h"
#include "store_cli.h"

namespace newsdesk::cli {
namespace {

struct RevisionsFlags {
  std::string db = kDefaultDb;
  int64_t story = 0;
  int64_t article = 0;
  int limit = -1;
  bool text = false;
  bool json = false;
};

// "edited  +5 -1 words  figures detainees: 4,000 -> 4,500", "removed (http 410)", "moved to
// URL".
std::string Summary(const ArticleRevision& r) {
  if (r.kind == "moved") return "moved to " + r.moved_to;
  if (r.kind != "edited") {
    return r.kind + (r.http_status == 200 ? std::string(" (a \"not found\" page)")
                                          : " (http " + std::to_string(r.http_status) + ")");
  }
  std::string out = "edited  +" + std::to_string(r.words_added) + " -" +
                    std::to_string(r.words_removed) + " words";
  if (!r.figures.empty()) out += "  figures " + r.figures;
  return out;
}

int RunRevisions(const RevisionsFlags& flags) {
  std::unique_ptr<Store> store = OpenStoreForReading(flags.db);
  if (!store) return kExitUsage;
  RevisionFilter filter;
  filter.story_id = flags.story;
  filter.article_id = flags.article;
  filter.limit = flags.limit;
  Result<std::vector<ArticleRevision>> revisions = store->ListRevisions(filter);
  if (!revisions.ok()) {
    ReportError("revisions", revisions.status());
    return kExitSomeFailed;
  }
  std::map<int64_t, Article> articles;  // each article's latest version, read once
  for (const ArticleRevision& r : *revisions) {
    if (flags.json) {
      std::cout << RevisionJson(r) << "\n";
      continue;
    }
    auto it = articles.find(r.article_id);
    if (it == articles.end()) {
      Result<std::optional<Article>> a = store->GetArticle(r.article_id);
      if (!a.ok()) {
        ReportError("revisions", a.status());
        return kExitSomeFailed;
      }
      it = articles.emplace(r.article_id, a->value_or(Article{})).first;
    }
    const Article& a = it->second;
    std::cout << "#" << r.id << "  article " << r.article_id << "  " << r.seen_at << "  "
              << Summary(r) << "\n";
    std::cout << "    " << a.title << "  " << a.canonical_url << "\n";
    if (r.kind == "edited" && r.title != a.title)
      std::cout << "    was titled: " << r.title << "\n";
    if (flags.text && r.kind == "edited") std::cout << "    text before:\n" << r.text << "\n";
  }
  if (revisions->empty() && !flags.json) std::cerr << "newsdesk revisions: none recorded\n";
  return kExitOk;
}

const bool kRegistered = RegisterCommand({
    "revisions",
    "Edits, removals and moves that re-fetches of stored articles found, oldest first",
    [](CLI::App& sub) -> std::function<int()> {
      auto flags = std::make_shared<RevisionsFlags>();
      sub.add_option("--db", flags->db, "SQLite store to read")->capture_default_str();
      sub.add_option("--story", flags->story, "Only the articles of story ID");
      sub.add_option("--article", flags->article, "Only article ID");
      sub.add_option("--limit", flags->limit, "At most N revisions");
      sub.add_flag("--text", flags->text, "Print each edit's earlier text");
      sub.add_flag("--json", flags->json,
                   "One JSON object per revision, earlier title and text included");
      return [flags] { return RunRevisions(*flags); };
    },
    65,
});

}  // namespace
}  // namespace newsdesk::cli
