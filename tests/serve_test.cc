// The HTTP API contract (README "HTTP API"), checked against a real server on 127.0.0.1
// (ephemeral port) over a store built here, with a small Beast client.
#include "newsdesk/serve.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "newsdesk/article.h"
#include "newsdesk/store.h"
#include "testing/status_matchers.h"
#include "testing/temp_dir.h"

namespace newsdesk {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using Json = nlohmann::json;

struct Reply {
  int status = 0;
  std::map<std::string, std::string> headers;
  std::string body;
  Json json() const { return Json::parse(body, nullptr, false); }
};

// One request on a fresh connection to 127.0.0.1:port.
Reply Request(uint16_t port, const std::string& target, http::verb verb = http::verb::get,
              const std::string& extra_header = "") {
  net::io_context io;
  net::ip::tcp::socket socket(io);
  socket.connect({net::ip::make_address("127.0.0.1"), port});
  http::request<http::string_body> req(verb, target, 11);
  req.set(http::field::host, "127.0.0.1");
  if (!extra_header.empty()) req.set("X-Padding", extra_header);
  req.prepare_payload();
  http::write(socket, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(socket, buffer, res);
  Reply out;
  out.status = res.result_int();
  for (const auto& field : res) {
    out.headers[std::string(field.name_string())] = std::string(field.value());
  }
  out.body = res.body();
  return out;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

Article MakeArticle(const std::string& slug, int64_t story, const std::string& site,
                    const std::string& lang, const std::string& published) {
  Article a;
  a.url = "https://" + site + "/" + slug;
  a.canonical_url = a.url;
  a.title = "Iraq takes custody of detainees " + slug;
  a.title_language = lang;
  a.site = site;
  a.language = lang;
  a.published = published;
  a.published_raw = published;
  a.calendar = "gregorian";
  a.text = "Baghdad said detainees were moved from Syria (" + slug + ").";
  a.fetched_at = "2026-02-15T10:00:00Z";
  a.content_hash = "hash-" + slug;
  a.story_id = story;
  return a;
}

// A store with: story 1 (an English and a Yiddish article, their figures disagreeing,
// an alias), story 2 (one Spanish article), story 3 absorbed into story 1, one run.
class ServeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.File("store.db");
    auto store = Store::Open(db_);
    ASSERT_OK(store);
    Store& s = **store;
    en_ = *s.InsertArticle(MakeArticle("en", 1, "a.com", "en", "2026-02-13T08:30:00Z"));
    Article yi = MakeArticle("yi", 1, "b.com", "yi", "2026-02-14");
    yi.title = "אמעריקע טראנספערירט 5,700 אייסיס ארעסטאנטן";
    yi.published_raw = "כ\"ז שבט תשפ\"ו";
    yi.calendar = "hebrew";
    yi.text = "די אַמעריקאַנער מיליטער 5,700 ארעסטאנטן";
    yi_ = *s.InsertArticle(yi);
    ASSERT_OK(s.AddAlias("https://m.b.com/yi", yi_));
    es_ = *s.InsertArticle(MakeArticle("es", 2, "c.com", "es", "2026-02-10"));
    int64_t absorbed = *s.InsertArticle(MakeArticle("dup", 3, "d.com", "en", "2026-02-12"));
    (void)absorbed;
    for (int64_t id : {1, 2, 3}) ASSERT_OK(s.UpsertStory(id, ""));
    StoryFigure f;
    f.unit = "detainees";
    f.value = 4000;
    f.text = "4,000";
    ASSERT_OK(s.ReplaceArticleFigures(1, en_, {f}));
    f.value = 5700;
    f.text = "5,700";
    ASSERT_OK(s.ReplaceArticleFigures(1, yi_, {f}));
    ASSERT_OK(s.MergeStories(3, 1));
    ASSERT_OK(s.UpsertStory(1, "Iraq takes custody of detainees"));
    Result<int64_t> run = s.BeginRun("ingest");
    ASSERT_OK(run);
    ASSERT_OK(s.FinishRun(*run, "ok", {{"stored", 4}}, {}));
  }

  void StartServer() {
    ServeOptions options;
    options.db_path = db_;
    options.port = 0;
    options.threads = 2;
    options.io_timeout = std::chrono::milliseconds(2000);
    auto server = Server::Start(options);
    ASSERT_OK(server);
    server_ = std::move(*server);
    port_ = server_->port();
    ASSERT_NE(port_, 0);
  }

  Reply Get(const std::string& target) { return Request(port_, target); }

  testing::TempDir dir_;
  std::string db_;
  int64_t en_ = 0, yi_ = 0, es_ = 0;
  std::unique_ptr<Server> server_;
  uint16_t port_ = 0;
};

TEST_F(ServeTest, StoriesAreListedNewestFirstAndPagedByCursor) {
  StartServer();
  Reply r = Get("/api/v1/stories");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.headers["Content-Type"], "application/json; charset=utf-8");
  Json j = r.json();
  ASSERT_EQ(j["stories"].size(), 2u);
  EXPECT_EQ(j["stories"][0]["id"], 1);
  EXPECT_EQ(j["stories"][0]["article_count"], 3);
  EXPECT_EQ(j["stories"][0]["outlets"], Json({"a.com", "b.com", "d.com"}));
  EXPECT_EQ(j["stories"][0]["languages"], Json({"en", "yi"}));
  EXPECT_EQ(j["stories"][1]["id"], 2);
  EXPECT_TRUE(j["next_cursor"].is_null());

  Json first = Get("/api/v1/stories?limit=1").json();
  ASSERT_EQ(first["stories"].size(), 1u);
  EXPECT_EQ(first["stories"][0]["id"], 1);
  ASSERT_TRUE(first["next_cursor"].is_string());
  Json second =
      Get("/api/v1/stories?limit=1&cursor=" + first["next_cursor"].get<std::string>()).json();
  ASSERT_EQ(second["stories"].size(), 1u);
  EXPECT_EQ(second["stories"][0]["id"], 2);
  EXPECT_TRUE(second["next_cursor"].is_null());
}

TEST_F(ServeTest, StoriesFilterByDatesLanguageAndWords) {
  StartServer();
  auto ids = [&](const std::string& query) {
    std::vector<int> out;
    Json page = Get("/api/v1/stories?" + query).json();
    for (const Json& s : page["stories"]) out.push_back(s["id"]);
    return out;
  };
  EXPECT_EQ(ids("lang=es"), std::vector<int>({2}));
  EXPECT_EQ(ids("since=2026-02-12"), std::vector<int>({1}));
  EXPECT_EQ(ids("until=2026-02-10"), std::vector<int>({2}));
  // Words in any script, %-encoded UTF-8.
  EXPECT_EQ(ids("q=%D7%90%D7%A8%D7%A2%D7%A1%D7%98%D7%90%D7%A0%D7%98%D7%9F"), std::vector<int>({1}));
  EXPECT_EQ(ids("q=nothing+like+this"), std::vector<int>({}));
}

TEST_F(ServeTest, StoryHasItsArticlesDatesAliasesAndDisagreeingFigures) {
  StartServer();
  Reply r = Get("/api/v1/stories/1");
  ASSERT_EQ(r.status, 200) << r.body;
  Json j = r.json();
  EXPECT_EQ(j["title"], "Iraq takes custody of detainees");
  ASSERT_EQ(j["articles"].size(), 3u);
  Json yi;
  for (const Json& a : j["articles"]) {
    if (a["id"] == yi_) yi = a;
  }
  ASSERT_FALSE(yi.is_null());
  EXPECT_EQ(yi["site"], "b.com");
  EXPECT_EQ(yi["language"], "yi");
  EXPECT_EQ(yi["published"], "2026-02-14");
  EXPECT_EQ(yi["published_raw"], "כ\"ז שבט תשפ\"ו");
  EXPECT_EQ(yi["calendar"], "hebrew");
  EXPECT_EQ(yi["aliases"], Json({"https://m.b.com/yi"}));
  EXPECT_EQ(yi["url"], "https://b.com/yi");
  ASSERT_EQ(j["disagreements"].size(), 1u);
  EXPECT_EQ(j["disagreements"][0]["unit"], "detainees");
  std::vector<std::string> texts;
  for (const Json& f : j["disagreements"][0]["figures"]) texts.push_back(f["text"]);
  EXPECT_EQ(texts, std::vector<std::string>({"4,000", "5,700"}));
}

TEST_F(ServeTest, AbsorbedStoryRedirectsToTheStoryThatAbsorbedIt) {
  StartServer();
  Reply r = Get("/api/v1/stories/3");
  EXPECT_EQ(r.status, 301) << r.body;
  EXPECT_EQ(r.headers["Location"], "/api/v1/stories/1");
  EXPECT_EQ(r.json()["absorbed_into"], 1);
  EXPECT_EQ(Get("/api/v1/stories/99").status, 404);
}

TEST_F(ServeTest, ArticleComesWithItsTextAndAliases) {
  StartServer();
  Reply r = Get("/api/v1/articles/" + std::to_string(yi_));
  ASSERT_EQ(r.status, 200) << r.body;
  Json j = r.json();
  EXPECT_EQ(j["text"], "די אַמעריקאַנער מיליטער 5,700 ארעסטאנטן");
  EXPECT_EQ(j["story_id"], 1);
  EXPECT_EQ(j["aliases"], Json({"https://m.b.com/yi"}));
  EXPECT_EQ(Get("/api/v1/articles/12345").status, 404);
}

TEST_F(ServeTest, SearchFindsWordsInAnyScriptWithSnippetsAndLanguageFilter) {
  StartServer();
  Json all = Get("/api/v1/search?q=detainees").json();
  EXPECT_EQ(all["hits"].size(), 3u);  // the English and Spanish texts; not the Yiddish one
  Json es = Get("/api/v1/search?q=detainees&lang=es").json();
  ASSERT_EQ(es["hits"].size(), 1u);
  EXPECT_EQ(es["hits"][0]["article_id"], es_);
  EXPECT_EQ(es["hits"][0]["story_id"], 2);
  Json yi = Get("/api/v1/search?q=%D7%9E%D7%99%D7%9C%D7%99%D7%98%D7%A2%D7%A8").json();  // מיליטער
  ASSERT_EQ(yi["hits"].size(), 1u);
  EXPECT_EQ(yi["hits"][0]["article_id"], yi_);
  EXPECT_NE(yi["hits"][0]["snippet"].get<std::string>().find("[מיליטער]"), std::string::npos);
}

TEST_F(ServeTest, RunsAreListedNewestFirst) {
  StartServer();
  Json j = Get("/api/v1/runs").json();
  ASSERT_EQ(j["runs"].size(), 1u);
  EXPECT_EQ(j["runs"][0]["pipeline"], "ingest");
  EXPECT_EQ(j["runs"][0]["status"], "ok");
  EXPECT_EQ(j["runs"][0]["counts"]["stored"], 4);
}

TEST_F(ServeTest, BadParametersAre400NamingTheParameter) {
  StartServer();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/api/v1/stories?limit=0", "limit"},
      {"/api/v1/stories?limit=101", "limit"},
      {"/api/v1/stories?limit=ten", "limit"},
      {"/api/v1/stories?since=yesterday", "since"},
      {"/api/v1/stories?until=2026-13-01", "until"},
      {"/api/v1/stories?lang=English", "lang"},
      {"/api/v1/stories?cursor=zz.1", "cursor"},
      {"/api/v1/stories?cursor=1", "cursor"},
      {"/api/v1/stories?q=%20%20", "q"},
      {"/api/v1/stories?q=a%00b", "q"},
      {"/api/v1/stories?order=asc", "order"},
      {"/api/v1/stories?limit=1&limit=2", "limit"},
      {"/api/v1/stories?lang=%zz", "lang"},
      {"/api/v1/stories/abc", "id"},
      {"/api/v1/stories/0", "id"},
      {"/api/v1/articles/-1", "id"},
      {"/api/v1/articles/1?full=1", "full"},
      {"/api/v1/search", "q"},
      {"/api/v1/search?q=x&limit=-5", "limit"},
      {"/api/v1/runs?limit=1e3", "limit"},
  };
  for (const auto& [target, parameter] : cases) {
    Reply r = Get(target);
    EXPECT_EQ(r.status, 400) << target << " -> " << r.body;
    Json j = r.json();
    EXPECT_EQ(j["error"]["parameter"], parameter) << target << " -> " << r.body;
    EXPECT_EQ(j["error"]["status"], 400) << target;
  }
}

TEST_F(ServeTest, UnknownPathsAre404AndOtherMethods405) {
  StartServer();
  for (const char* target : {"/api/v1/", "/api/v1/story", "/api/v2/stories", "/favicon.ico",
                             "/api/v1/stories/1/articles", "/../etc/passwd"}) {
    Reply r = Get(target);
    EXPECT_EQ(r.status, 404) << target;
    EXPECT_TRUE(r.json()["error"].is_object()) << target;
  }
  Reply post = Request(port_, "/api/v1/stories", http::verb::post);
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.headers["Allow"], "GET");
}

TEST_F(ServeTest, OversizedRequestHeaderIs431) {
  StartServer();
  Reply r = Request(port_, "/api/v1/stories", http::verb::get, std::string(20000, 'x'));
  EXPECT_EQ(r.status, 431);
  EXPECT_EQ(Get("/api/v1/runs").status, 200);  // the server goes on
}

TEST_F(ServeTest, PageIsOneSelfContainedDocument) {
  StartServer();
  Reply r = Get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.headers["Content-Type"], "text/html; charset=utf-8");
  EXPECT_NE(r.headers["Content-Security-Policy"].find("default-src 'none'"), std::string::npos);
  EXPECT_NE(r.body.find("dir=\"auto\""), std::string::npos);
  EXPECT_EQ(r.body.find("http://"), std::string::npos);  // nothing fetched from outside
  EXPECT_EQ(r.body.find("https://"), std::string::npos);
  EXPECT_EQ(r.body, std::string(StoryBrowserPage()));
}

TEST_F(ServeTest, StoreFileIsByteIdenticalAfterARunOfRequests) {
  std::string before = ReadFile(db_);
  ASSERT_FALSE(before.empty());
  StartServer();
  for (const char* target :
       {"/", "/api/v1/stories", "/api/v1/stories/1", "/api/v1/stories/3", "/api/v1/articles/1",
        "/api/v1/search?q=detainees", "/api/v1/runs", "/api/v1/stories?limit=0", "/nope"}) {
    Get(target);
  }
  server_->Stop();
  server_->Wait();
  server_.reset();
  EXPECT_TRUE(ReadFile(db_) == before) << "the store file changed";
}

TEST_F(ServeTest, SeesDataCommittedWhileItRuns) {
  StartServer();
  auto writer = Store::Open(db_);
  ASSERT_OK(writer);
  ASSERT_OK((*writer)->InsertArticle(MakeArticle("late", 4, "e.com", "fr", "2026-02-20")));
  ASSERT_OK((*writer)->UpsertStory(4, ""));
  Json j = Get("/api/v1/stories?limit=1").json();
  ASSERT_EQ(j["stories"].size(), 1u);
  EXPECT_EQ(j["stories"][0]["id"], 4);
}

TEST_F(ServeTest, StopEndsIdleKeptAliveConnectionsAndWaitReturns) {
  StartServer();
  net::io_context io;
  net::ip::tcp::socket idle(io);
  idle.connect({net::ip::make_address("127.0.0.1"), port_});
  server_->Stop();
  server_->Wait();  // returns although a client still holds a connection
  char byte;
  beast::error_code ec;
  idle.read_some(net::buffer(&byte, 1), ec);
  EXPECT_TRUE(ec) << "the idle connection is closed";
}

TEST_F(ServeTest, ClientThatSendsNothingIsDisconnectedAfterTheTimeout) {
  ServeOptions options;
  options.db_path = db_;
  options.port = 0;
  options.threads = 1;
  options.io_timeout = std::chrono::milliseconds(300);
  auto server = Server::Start(options);
  ASSERT_OK(server);
  net::io_context io;
  net::ip::tcp::socket slow(io);
  slow.connect({net::ip::make_address("127.0.0.1"), (*server)->port()});
  auto start = std::chrono::steady_clock::now();
  char byte;
  beast::error_code ec;
  slow.read_some(net::buffer(&byte, 1), ec);  // blocks until the server gives up
  auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(ec);
  EXPECT_GE(waited, std::chrono::milliseconds(250));
  EXPECT_LT(waited, std::chrono::seconds(5));
  EXPECT_EQ(Request((*server)->port(), "/api/v1/runs").status, 200);  // and serves others
}

TEST(ServeStart, MissingStoreIsNotFoundAndNothingIsCreated) {
  testing::TempDir dir;
  ServeOptions options;
  options.db_path = dir.File("missing.db");
  options.port = 0;
  Result<std::unique_ptr<Server>> server = Server::Start(options);
  EXPECT_TRUE(server.status().IsNotFound()) << server.status().ToString();
  EXPECT_FALSE(std::filesystem::exists(options.db_path));
}

TEST(ServeStart, BadBindAddressIsAnError) {
  testing::TempDir dir;
  ASSERT_OK(Store::Open(dir.File("s.db")));
  ServeOptions options;
  options.db_path = dir.File("s.db");
  options.port = 0;
  options.bind_address = "not-an-address";
  EXPECT_FALSE(Server::Start(options).ok());
}

}  // namespace
}  // namespace newsdesk
