// newsdesk extract PAGE.html|URL... [--json]: pages -> text + metadata, no store.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "command.h"
#include "newsdesk/article.h"
#include "newsdesk/document.h"
#include "newsdesk/fetch.h"
#include "newsdesk/url.h"
#include "run_report.h"

namespace newsdesk::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> inputs;
  bool json = false;
  bool allow_private = false;
  std::string user_agent;
};

bool IsUrl(const std::string& s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("file:", 0) == 0;
}

// The JSON of `extract --json`: a contract (DESIGN.md); add fields, never rename.
nlohmann::json ToJson(const Document& doc) {
  const Article& a = doc.article;
  return nlohmann::json{
      {"url", a.url},
      {"canonical_url", a.canonical_url},
      {"title", a.title},
      {"title_language", a.title_language},
      {"byline", a.byline},
      {"site", a.site},
      {"language", a.language},
      {"script", a.script},
      {"published", a.published.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.published)},
      {"published_raw", a.published_raw},
      {"calendar", a.calendar.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.calendar)},
      {"modified", a.modified.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.modified)},
      {"image", a.image},
      {"description", doc.description},
      {"charset", doc.charset},
      {"content_hash", a.content_hash},
      {"warnings", doc.warnings},
      {"page_class", PageClassName(doc.page_class)},
      {"page_class_reason", doc.page_class_reason},
      {"text", a.text},
  };
}

void PrintReadable(const Document& doc) {
  const Article& a = doc.article;
  auto line = [](const char* name, const std::string& v) {
    if (!v.empty()) std::printf("%-14s %s\n", name, v.c_str());
  };
  line("url:", a.url);
  line("canonical:", a.canonical_url);
  line("title:", a.title);
  if (a.title_language != a.language) line("title lang:", a.title_language);
  line("byline:", a.byline);
  line("site:", a.site);
  line("language:", a.language + (a.script.empty() ? "" : " (" + a.script + ")"));
  line("published:", a.published + (a.calendar.empty() || a.calendar == "gregorian"
                                        ? ""
                                        : " (" + a.calendar + " calendar)"));
  line("published raw:", a.published_raw);
  line("image:", a.image);
  line("charset:", doc.charset);
  if (doc.page_class != PageClass::kArticle)
    line("not article:", std::string(PageClassName(doc.page_class)) + ": " + doc.page_class_reason);
  for (const std::string& w : doc.warnings) line("warning:", w);
  std::printf("\n%s\n\n", a.text.c_str());
}

Result<Document> ExtractOne(const ExtractFlags& f, const std::string& input) {
  PageInput page;
  FetchResponse fetched;
  std::string body;
  if (IsUrl(input)) {
    FetchOptions options;
    options.allow_file_urls = true;
    options.allow_private_networks = f.allow_private;
    options.obey_robots = false;  // one page the user asked for by hand
    if (!f.user_agent.empty()) options.user_agent = f.user_agent;
    FetchRequest request;
    request.url = input;
    fetched = FetchOne(request, options);
    if (fetched.outcome != FetchOutcome::kOk) {
      return Status::Unavailable(std::string(FetchOutcomeName(fetched.outcome)) + ": " +
                                 fetched.error);
    }
    page.url = input;
    page.final_url = fetched.final_url;
    page.body = fetched.body;
    page.content_type = fetched.content_type;
    page.content_language = fetched.content_language;
  } else {
    std::ifstream in(input, std::ios::binary);
    if (!in) return Status::IOError("cannot read " + input);
    body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    page.url = PathToFileUrl(input);
    page.body = body;
  }
  return AssemblePage(page);
}

int RunExtract(const ExtractFlags& f) {
  int failed = 0;
  for (const std::string& input : f.inputs) {
    Result<Document> doc = ExtractOne(f, input);
    if (!doc.ok()) {
      ++failed;
      std::fprintf(stderr, "newsdesk extract: %s: %s\n", input.c_str(),
                   doc.status().ToString().c_str());
      continue;
    }
    if (f.json) {
      std::printf(
          "%s\n",
          ToJson(*doc).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
      PrintReadable(*doc);
    }
    std::fflush(stdout);
  }
  return failed == 0 ? kExitOk : kExitSomeFailed;
}

const bool kRegistered = RegisterCommand({
    "extract",
    "Extract text and metadata from pages (files or URLs), without a store",
    [](CLI::App& sub) -> std::function<int()> {
      auto f = std::make_shared<ExtractFlags>();
      sub.add_option("pages", f->inputs, "HTML files or URLs")->required();
      sub.add_flag("--json", f->json, "one JSON object per page and line");
      sub.add_flag("--allow-private-networks", f->allow_private,
                   "allow loopback, RFC 1918 and link-local addresses");
      sub.add_option("--user-agent", f->user_agent, "User-Agent header");
      return [f] { return RunExtract(*f); };
    },
    40,
});

}  // namespace
}  // namespace newsdesk::cli
