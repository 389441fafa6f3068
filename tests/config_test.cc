#include "newsdesk/config.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "newsdesk/store.h"
#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

namespace fs = std::filesystem;

PipelineConfig MustParse(std::string_view toml, const std::string& path = "/p/pipe.toml") {
  Result<PipelineConfig> r = ParsePipelineConfig(toml, path);
  EXPECT_OK(r);
  return r.ok() ? std::move(r).value() : PipelineConfig{};
}

// The error message of a config that must be rejected.
std::string ErrorOf(std::string_view toml) {
  Result<PipelineConfig> r = ParsePipelineConfig(toml, "bad.toml");
  EXPECT_FALSE(r.ok()) << toml;
  if (r.ok()) return "";
  EXPECT_TRUE(r.status().IsInvalidArgument()) << r.status().ToString();
  return std::string(r.status().message());
}

constexpr char kMinimal[] = R"(name = "t"
[[sources]]
kind = "feed"
url = "https://news.example/rss"
)";

TEST(Config, FullFile) {
  PipelineConfig c = MustParse(R"(
name = "world"
store = "data/world.db"

[fetch]
concurrency = 16
per_host = 1
delay = "2s"
connect_timeout = "5s"
timeout = "1m"
max_bytes = 5_000_000
attempts = 4
give_up_after = 20
max_retry_delay = "30s"
max_redirects = 5
user_agent = "newsdesk-test/1.0"
allow_private_networks = true
obey_robots = false

[stories]
join_threshold = 0.4
window = "3d"
far_window = "10d"
far_factor = 3
near_duplicate_min_jaccard = 0.6
long_text_words = 300
long_cosine_weight = 0.6
relink_factor = 1.5
move_factor = 1.25
leave_factor = 0.25
language_prior = 25

[daemon]
lock_file = "/run/world.lock"
shutdown_grace = "25s"

[[sources]]
kind = "feed"
name = "Example World"
url = "https://news.example/world/rss.xml"
interval = "15m"
include = ['/world/']
exclude = ['/video/', '\?amp=1$']
language = "en"

[[sources]]
kind = "urls"
path = "../lists/seeds.txt"

[[sources]]
kind = "sitemap"
url = "https://news.example/news-sitemap.xml.gz"
interval = "1h30m"
)",
                               "/etc/newsdesk/pipelines/world.toml");
  EXPECT_EQ(c.name, "world");
  EXPECT_EQ(c.store, "/etc/newsdesk/pipelines/data/world.db");
  EXPECT_EQ(c.fetch.max_total, 16);
  EXPECT_EQ(c.fetch.max_per_host, 1);
  EXPECT_EQ(c.fetch.per_host_delay, std::chrono::seconds(2));
  EXPECT_EQ(c.fetch.connect_timeout, std::chrono::seconds(5));
  EXPECT_EQ(c.fetch.total_timeout, std::chrono::minutes(1));
  EXPECT_EQ(c.fetch.max_body_bytes, 5'000'000);
  EXPECT_EQ(c.fetch.max_attempts, 4);
  EXPECT_EQ(c.fetch.give_up_after, 20);
  EXPECT_EQ(c.fetch.max_retry_delay, std::chrono::seconds(30));
  EXPECT_EQ(c.fetch.max_redirects, 5);
  EXPECT_EQ(c.fetch.user_agent, "newsdesk-test/1.0");
  EXPECT_TRUE(c.fetch.allow_private_networks);
  EXPECT_FALSE(c.fetch.obey_robots);
  EXPECT_DOUBLE_EQ(c.stories.join_threshold, 0.4);
  EXPECT_EQ(c.stories.window, std::chrono::hours(72));
  EXPECT_EQ(c.stories.far_window, std::chrono::hours(240));
  EXPECT_DOUBLE_EQ(c.stories.far_factor, 3);
  EXPECT_DOUBLE_EQ(c.stories.near_duplicate_min_jaccard, 0.6);
  EXPECT_EQ(c.stories.long_text_words, 300);
  EXPECT_DOUBLE_EQ(c.stories.long_cosine_weight, 0.6);
  EXPECT_DOUBLE_EQ(c.stories.relink_factor, 1.5);
  EXPECT_DOUBLE_EQ(c.stories.move_factor, 1.25);
  EXPECT_DOUBLE_EQ(c.stories.leave_factor, 0.25);
  EXPECT_DOUBLE_EQ(c.stories.language_prior, 25);
  EXPECT_EQ(c.daemon.lock_file, "/run/world.lock");
  EXPECT_EQ(c.daemon.shutdown_grace, std::chrono::seconds(25));
  ASSERT_EQ(c.sources.size(), 3u);
  const SourceConfig& feed = c.sources[0];
  EXPECT_EQ(feed.kind, SourceKind::kFeed);
  EXPECT_EQ(feed.name, "Example World");
  EXPECT_EQ(feed.url, "https://news.example/world/rss.xml");
  EXPECT_FALSE(feed.is_local());
  EXPECT_EQ(feed.interval, std::chrono::minutes(15));
  EXPECT_EQ(feed.language, "en");
  EXPECT_TRUE(feed.filter.Accepts("https://news.example/world/a.html"));
  EXPECT_FALSE(feed.filter.Accepts("https://news.example/sport/a.html"));
  EXPECT_FALSE(feed.filter.Accepts("https://news.example/world/video/a.html"));
  EXPECT_FALSE(feed.filter.Accepts("https://news.example/world/a.html?amp=1"));
  const SourceConfig& list = c.sources[1];
  EXPECT_EQ(list.kind, SourceKind::kUrls);
  EXPECT_TRUE(list.is_local());
  EXPECT_EQ(list.path, "/etc/newsdesk/lists/seeds.txt");  // relative to the TOML's folder
  EXPECT_EQ(list.url, "file:///etc/newsdesk/lists/seeds.txt");
  EXPECT_EQ(list.name, "../lists/seeds.txt");
  EXPECT_EQ(list.interval, std::chrono::hours(1));  // default
  EXPECT_TRUE(list.filter.empty());
  EXPECT_EQ(c.sources[2].kind, SourceKind::kSitemap);
  EXPECT_EQ(c.sources[2].interval, std::chrono::minutes(90));
}

TEST(Config, WarcDirectoryIsOptionalAndRelativeToTheFile) {
  EXPECT_EQ(MustParse(kMinimal, "/srv/p/t.toml").warc_dir, "");
  PipelineConfig c = MustParse(std::string("warc = \"../archive\"\n") + kMinimal, "/srv/p/t.toml");
  EXPECT_EQ(c.warc_dir, "/srv/archive");
  EXPECT_NE(ErrorOf(std::string("warc = 3\n") + kMinimal).find("warc"), std::string::npos);
}

// docs/revisions.md: `revisit` lists the ages of re-fetches; default 1 and 7 days.
TEST(Config, RevisitAgesDefaultToOneAndSevenDaysAndMayBeNone) {
  using std::chrono::days;
  using std::chrono::hours;
  using Ages = std::vector<std::chrono::seconds>;
  EXPECT_EQ(MustParse(kMinimal).revisit_after, (Ages{days(1), days(7)}));
  EXPECT_EQ(MustParse(std::string("revisit = [\"6h\", \"2d\"]\n") + kMinimal).revisit_after,
            (Ages{hours(6), days(2)}));
  EXPECT_TRUE(MustParse(std::string("revisit = []\n") + kMinimal).revisit_after.empty());
  EXPECT_EQ(ErrorOf(std::string("revisit = [\"soon\"]\n") + kMinimal),
            "bad.toml:1: revisit: expected an array of durations such as [\"1d\", \"7d\"] ([] "
            "for none), got \"soon\"");
  EXPECT_NE(ErrorOf(std::string("revisit = \"1d\"\n") + kMinimal).find("revisit"),
            std::string::npos);
  // The --revisit flag's form.
  EXPECT_EQ(*ParseRevisitAges("1d,7d"), (Ages{days(1), days(7)}));
  EXPECT_TRUE(ParseRevisitAges("none")->empty());
  for (const char* bad : {"", "1d,", ",1d", "1d;7d", "500ms", "never"}) {
    EXPECT_FALSE(ParseRevisitAges(bad).ok()) << bad;
  }
}

TEST(Config, Defaults) {
  PipelineConfig c = MustParse(kMinimal, "/srv/p/t.toml");
  FetchOptions defaults;
  EXPECT_EQ(c.store, "/srv/p/newsdesk.db");
  EXPECT_EQ(c.daemon.lock_file, "/srv/p/newsdesk.db.lock");
  EXPECT_EQ(c.fetch.max_total, defaults.max_total);
  EXPECT_EQ(c.fetch.user_agent, defaults.user_agent);
  EXPECT_FALSE(c.fetch.allow_private_networks);
  EXPECT_TRUE(c.fetch.obey_robots);
  EXPECT_EQ(c.stories.join_threshold, StoryOptions{}.join_threshold);
}

TEST(Config, LocalPathsBecomeEscapedFileUrls) {
  PipelineConfig c = MustParse(R"(name = "t"
[[sources]]
kind = "feed"
path = "my feeds/ünï.xml"
)",
                               "/data/p.toml");
  EXPECT_EQ(c.sources[0].path, "/data/my feeds/ünï.xml");
  EXPECT_EQ(c.sources[0].url, "file:///data/my%20feeds/%C3%BCn%C3%AF.xml");
}

TEST(Config, ErrorsNameFileLineKeyAndExpectation) {
  // Unknown key at top level, with a suggestion.
  std::string e = ErrorOf("stroe = \"x.db\"\n" + std::string(kMinimal));
  EXPECT_EQ(e.rfind("bad.toml:1: stroe: unknown key (did you mean 'store'?)", 0), 0u) << e;
  e = ErrorOf(std::string(kMinimal) + "intervall = \"1h\"\n");
  EXPECT_EQ(e.rfind("bad.toml:5: sources[0].intervall: unknown key (did you mean 'interval'?)", 0),
            0u)
      << e;

  // Unknown key in [fetch].
  e = ErrorOf(std::string(kMinimal) + "[fetch]\nconcurency = 4\n");
  EXPECT_EQ(e.rfind("bad.toml:6: fetch.concurency: unknown key (did you mean 'concurrency'?)", 0),
            0u)
      << e;

  // Wrong type.
  e = ErrorOf(std::string(kMinimal) + "[fetch]\nper_host = \"two\"\n");
  EXPECT_EQ(e, "bad.toml:6: fetch.per_host: expected an integer from 1 to 64, got \"two\"");

  // Out of range.
  e = ErrorOf(std::string(kMinimal) + "[stories]\njoin_threshold = 1.5\n");
  EXPECT_EQ(e, "bad.toml:6: stories.join_threshold: expected a number from 0 to 1, got 1.5");
  e = ErrorOf(std::string(kMinimal) + "[stories]\nlong_anchor_weight = -0.1\n");
  EXPECT_EQ(e, "bad.toml:6: stories.long_anchor_weight: expected a number from 0 to 1, got -0.1");

  // Bad duration.
  e = ErrorOf(std::string(kMinimal) + "interval = \"15 minutes\"\n");
  EXPECT_EQ(e.rfind("bad.toml:5: sources[0].interval: expected a duration", 0), 0u) << e;

  // Bad kind.
  e = ErrorOf("name = \"t\"\n[[sources]]\nkind = \"rss\"\nurl = \"https://x/\"\n");
  EXPECT_EQ(e,
            "bad.toml:3: sources[0].kind: expected one of \"urls\", \"feed\", \"sitemap\", "
            "got \"rss\"");

  // Missing kind: reported at the [[sources]] header.
  e = ErrorOf("name = \"t\"\n\n[[sources]]\nurl = \"https://x/\"\n");
  EXPECT_EQ(e.rfind("bad.toml:3: sources[0].kind: missing", 0), 0u) << e;

  // Both url and path.
  e = ErrorOf("name = \"t\"\n[[sources]]\nkind = \"feed\"\nurl = \"https://x/\"\npath = \"f\"\n");
  EXPECT_NE(e.find("expected exactly one of 'url'"), std::string::npos) << e;

  // A file: URL must be given as a path.
  e = ErrorOf("name = \"t\"\n[[sources]]\nkind = \"feed\"\nurl = \"file:///etc/passwd\"\n");
  EXPECT_EQ(e.rfind("bad.toml:4: sources[0].url: expected an http:// or https:// URL", 0), 0u) << e;

  // Bad regex.
  e = ErrorOf(std::string(kMinimal) + "exclude = ['(unclosed']\n");
  EXPECT_EQ(e.rfind("bad.toml:5: sources[0].include/exclude: expected a regular expression", 0), 0u)
      << e;

  // Bad language.
  e = ErrorOf(std::string(kMinimal) + "language = \"English\"\n");
  EXPECT_EQ(e.rfind("bad.toml:5: sources[0].language: expected a lower-case BCP 47", 0), 0u) << e;

  // No sources / no name.
  e = ErrorOf("name = \"t\"\n");
  EXPECT_NE(e.find("sources: missing"), std::string::npos) << e;
  e = ErrorOf("[[sources]]\nkind = \"feed\"\nurl = \"https://x/\"\n");
  EXPECT_NE(e.find("name: missing"), std::string::npos) << e;

  // [fetch] as a value instead of a table.
  e = ErrorOf("fetch = 3\n" + std::string(kMinimal));
  EXPECT_EQ(e, "bad.toml:1: fetch: expected a table ([fetch]), got 3");

  // Duplicate sources.
  e = ErrorOf(std::string(kMinimal) +
              "[[sources]]\nkind = \"feed\"\nurl = \"https://news.example/rss\"\n");
  EXPECT_EQ(e, "bad.toml:5: sources[1]: duplicate of the source on line 2");

  // A header injection attempt in the user agent.
  e = ErrorOf(std::string(kMinimal) + "[fetch]\nuser_agent = \"a\\r\\nX-Evil: 1\"\n");
  EXPECT_NE(e.find("fetch.user_agent: expected a single line"), std::string::npos) << e;
}

TEST(UrlFilter, PatternsAreSearchedAnywhereAndExcludeWins) {
  Result<UrlFilter> f = UrlFilter::Create({"/world/", R"(\.html$)"}, {"/video/"});
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_TRUE(f->Accepts("https://news.example/world/a"));
  EXPECT_TRUE(f->Accepts("https://news.example/sport/a.html"));
  EXPECT_FALSE(f->Accepts("https://news.example/sport/a.htm"));
  EXPECT_FALSE(f->Accepts("https://news.example/world/video/a.html"));
  EXPECT_TRUE(UrlFilter().Accepts("anything"));
  EXPECT_FALSE(f->Accepts("https://news.example/world/" + std::string(9000, 'a')));
}

// Found by the config fuzz target: nested and empty alternatives under `+`, which a
// backtracking matcher (std::regex) took 15 s to search one short URL with. RE2 matches
// in linear time, so the filter still gives the right answers to URLs that come close.
TEST(UrlFilter, PathologicalPatternsStillAnswer) {
  std::string pattern = "(s|||||||||}|||s{0,40}|(H+)*A)+=" + std::string(40, 'T');
  Result<UrlFilter> f = UrlFilter::Create({pattern}, {});
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_FALSE(f->Accepts("https://x/" + std::string(60, 'H') + "A" + std::string(30, 's')));
  EXPECT_TRUE(f->Accepts("https://x/sss=" + std::string(40, 'T')));
}

TEST(UrlFilter, BackreferencesAndLookaroundAreRefusedWithTheReason) {
  for (const char* p : {R"((a)\1)", "a(?=b)", "(?!x)y"}) {
    Result<UrlFilter> f = UrlFilter::Create({}, {p});
    ASSERT_FALSE(f.ok()) << p;
    EXPECT_EQ(f.status().message().rfind("expected a regular expression, got \"", 0), 0u)
        << f.status().message();
  }
}

// A file for `import --config` needs neither name nor sources (an import uses its store
// and [stories]); what it has is checked as in any pipeline file.
TEST(Config, AnImportNeedsNoNameAndNoSources) {
  const std::string text = "store = \"dev.db\"\n[stories]\njoin_threshold = 0.3\n";
  Result<PipelineConfig> c = ParsePipelineConfig(text, "/p/import.toml", PipelineUse::kImport);
  ASSERT_OK(c);
  EXPECT_DOUBLE_EQ(c->stories.join_threshold, 0.3);
  EXPECT_EQ(c->store, "/p/dev.db");
  EXPECT_EQ(c->daemon.lock_file, DefaultLockFile("/p/dev.db"));
  EXPECT_TRUE(c->sources.empty());
  EXPECT_NE(ErrorOf(text).find("name: missing"), std::string::npos);  // a run needs them
  Result<PipelineConfig> bad =
      ParsePipelineConfig("[stories]\njoin_threshold = 2\n", "i.toml", PipelineUse::kImport);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(),
            "i.toml:2: stories.join_threshold: expected a number from 0 to 1, got 2");
  bad = ParsePipelineConfig("[[sources]]\nkind = \"rss\"\n", "i.toml", PipelineUse::kImport);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("sources[0]"), std::string::npos) << bad.status().message();
}

TEST(Config, InvalidTomlReportsLine) {
  std::string e = ErrorOf("name = \"t\"\n\n[fetch\n");
  EXPECT_EQ(e.rfind("bad.toml:3: invalid TOML:", 0), 0u) << e;
}

TEST(Config, ParseDuration) {
  using namespace std::chrono_literals;
  EXPECT_EQ(*ParseDuration("500ms"), 500ms);
  EXPECT_EQ(*ParseDuration("30s"), 30s);
  EXPECT_EQ(*ParseDuration("15m"), 15min);
  EXPECT_EQ(*ParseDuration("1h30m"), 90min);
  EXPECT_EQ(*ParseDuration("7d"), 168h);
  for (const char* bad : {"", "15", "m", "1.5h", "-1s", "1 h", "1y", "99999999999999999d"}) {
    EXPECT_FALSE(ParseDuration(bad).ok()) << bad;
  }
}

TEST(Config, LoadFromFileAnchorsRelativePaths) {
  fs::path dir = fs::temp_directory_path() / ("newsdesk_config_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "p.toml";
  {
    std::ofstream(file) << "name = \"t\"\nstore = \"x.db\"\n[[sources]]\nkind = \"urls\"\n"
                           "path = \"urls.txt\"\n";
  }
  Result<PipelineConfig> c = LoadPipelineConfig(file.string());
  ASSERT_OK(c);
  EXPECT_EQ(c->store, (dir / "x.db").string());
  EXPECT_EQ(c->sources[0].path, (dir / "urls.txt").string());
  EXPECT_TRUE(LoadPipelineConfig((dir / "missing.toml").string()).status().IsNotFound());
  fs::remove_all(dir);
}

// The shipped pipelines must load.
TEST(Config, ShippedPipelinesAreValid) {
  for (const char* name : {"samples.toml", "example-news.toml"}) {
    std::string path = std::string(NEWSDESK_SOURCE_DIR) + "/pipelines/" + name;
    Result<PipelineConfig> c = LoadPipelineConfig(path);
    ASSERT_OK(c);
    EXPECT_FALSE(c->sources.empty());
  }
}

}  // namespace
}  // namespace newsdesk
