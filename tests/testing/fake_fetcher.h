// FakeWeb + FakeFetcher: an in-process stand-in for the network, for pipeline tests.
// A FakeWeb holds canned responses by URL and records every request; FakeFetcher
// implements the Fetcher contract (callbacks once each, on the Run() thread) over it.
//
// Thread-safety: FakeWeb is safe to use from any thread; its Factory() may be handed to
// PipelineOptions::fetcher_factory.
#ifndef NEWSDESK_TESTING_FAKE_FETCHER_H_
#define NEWSDESK_TESTING_FAKE_FETCHER_H_

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "newsdesk/fetch.h"

namespace newsdesk::testing {

class FakeWeb {
 public:
  // A 200 page. With an `etag`, a request carrying it gets 304.
  void AddPage(const std::string& url, std::string html,
               std::string content_type = "text/html; charset=utf-8", std::string etag = "");
  // Any response (outcome, status, error, final_url ...); url/tag/attempts filled in.
  void AddResponse(const std::string& url, FetchResponse response);
  // Unknown URLs get kNetworkError "Could not resolve host".

  // Sleep this long before answering each request (on the fetcher's thread).
  void set_delay(std::chrono::milliseconds d);
  // Called (on the fetcher's thread) before each response is delivered.
  void set_on_request(std::function<void(const FetchRequest&)> hook);

  std::vector<FetchRequest> requests() const;
  int max_outstanding() const;  // most requests submitted and not yet answered at once

  // For PipelineOptions::fetcher_factory. The FakeWeb must outlive the fetchers.
  std::function<std::unique_ptr<Fetcher>(const FetchOptions&)> Factory();

 private:
  friend class FakeFetcher;
  FetchResponse Respond(const FetchRequest& request);
  void Submitted();
  void Answered();

  mutable std::mutex mu_;
  std::map<std::string, FetchResponse> responses_;
  std::vector<FetchRequest> requests_;
  std::chrono::milliseconds delay_{0};
  std::function<void(const FetchRequest&)> on_request_;
  int outstanding_ = 0;
  int max_outstanding_ = 0;
};

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_FAKE_FETCHER_H_
