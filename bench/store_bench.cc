// Store throughput: batched article inserts (articles/s, one transaction per batch, WAL,
// synchronous=NORMAL, on a temp file) and export (rows/s and bytes/s to a discarding
// stream). Run: build/bench/store_bench
#include <filesystem>
#include <memory>
#include <ostream>
#include <streambuf>
#include <string>

#include <benchmark/benchmark.h>

#include "newsdesk/article.h"
#include "newsdesk/export.h"
#include "newsdesk/store.h"
#include "testing/temp_dir.h"

namespace {

using newsdesk::Article;
using newsdesk::Store;

// A realistic article: ~3 KB of text, the metadata fields filled.
Article MakeArticle(int64_t n) {
  Article a;
  a.url = "https://news.example.com/world/2026/02/14/story-" + std::to_string(n) + "?ref=rss";
  a.canonical_url = "https://news.example.com/world/2026/02/14/story-" + std::to_string(n);
  a.title = "Iraq takes custody of detainees, officials say (" + std::to_string(n) + ")";
  a.site = "news.example.com";
  a.language = "en";
  a.script = "Latn";
  a.published = "2026-02-14T10:00:00Z";
  a.published_raw = "February 14, 2026";
  a.calendar = "gregorian";
  a.fetched_at = "2026-02-15T10:00:00Z";
  a.content_hash = std::to_string(n * 2654435761u);
  for (int i = 0; i < 24; ++i) {
    a.text += "Baghdad said on Saturday that " + std::to_string(4000 + i) +
              " detainees, \"transferred\" from Syria, were held in custody.\n";
  }
  return a;
}

std::unique_ptr<Store> OpenOrAbort(const std::string& path, benchmark::State& state) {
  auto store = Store::Open(path);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return nullptr;
  }
  return std::move(*store);
}

void BM_InsertBatched(benchmark::State& state) {
  const int64_t batch = state.range(0);
  newsdesk::testing::TempDir dir;
  auto store = OpenOrAbort(dir.File("bench.db"), state);
  if (!store) return;
  int64_t n = 0;
  for (auto _ : state) {
    Store::Transaction txn(*store);
    for (int64_t i = 0; i < batch; ++i) {
      auto id = store->InsertArticle(MakeArticle(n++));
      if (!id.ok()) state.SkipWithError(id.status().ToString().c_str());
    }
    if (!txn.Commit().ok()) state.SkipWithError("commit failed");
  }
  state.SetItemsProcessed(n);
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_InsertBatched)->Arg(1)->Arg(100)->Arg(1000)->UseRealTime();

// Discards what is written, counting bytes.
class CountingBuf : public std::streambuf {
 public:
  int64_t bytes = 0;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes += n;
    return n;
  }
  int overflow(int c) override {
    ++bytes;
    return c;
  }
};

void BM_Export(benchmark::State& state) {
  const auto format = static_cast<newsdesk::ExportFormat>(state.range(0));
  const int64_t rows = state.range(1);
  newsdesk::testing::TempDir dir;
  auto store = OpenOrAbort(dir.File("bench.db"), state);
  if (!store) return;
  {
    Store::Transaction txn(*store);
    for (int64_t i = 0; i < rows; ++i) (void)store->InsertArticle(MakeArticle(i));
    if (!txn.Commit().ok()) state.SkipWithError("commit failed");
  }
  int64_t bytes = 0;
  for (auto _ : state) {
    CountingBuf buf;
    std::ostream out(&buf);
    newsdesk::Status st = newsdesk::Export(*store, format, out);
    if (!st.ok()) state.SkipWithError(st.ToString().c_str());
    bytes += buf.bytes;
  }
  state.SetItemsProcessed(state.iterations() * rows);
  state.SetBytesProcessed(bytes);
  state.SetLabel(format == newsdesk::ExportFormat::kJsonl ? "jsonl" : "csv");
  state.counters["rows/s"] = benchmark::Counter(static_cast<double>(state.iterations() * rows),
                                                benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Export)
    ->Args({static_cast<int>(newsdesk::ExportFormat::kJsonl), 10000})
    ->Args({static_cast<int>(newsdesk::ExportFormat::kCsv), 10000})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_Search(benchmark::State& state) {
  newsdesk::testing::TempDir dir;
  auto store = OpenOrAbort(dir.File("bench.db"), state);
  if (!store) return;
  {
    Store::Transaction txn(*store);
    for (int64_t i = 0; i < 10000; ++i) (void)store->InsertArticle(MakeArticle(i));
    if (!txn.Commit().ok()) state.SkipWithError("commit failed");
  }
  for (auto _ : state) {
    auto hits = store->Search("custody detainees", 20);
    if (!hits.ok()) state.SkipWithError(hits.status().ToString().c_str());
    benchmark::DoNotOptimize(hits);
  }
  state.SetLabel("10k articles, 20 best");
}
BENCHMARK(BM_Search)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
