#include "testing/fake_fetcher.h"

#include <condition_variable>
#include <deque>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace newsdesk::testing {

// Answers requests one at a time, in submission order, on the Run() thread.
class FakeFetcher : public Fetcher {
 public:
  explicit FakeFetcher(FakeWeb& web) : web_(web) {}

  void Submit(FetchRequest request, Callback done) override {
    std::lock_guard lock(mu_);
    web_.Submitted();
    if (shutdown_ || stopped_ || cancelled_) {
      // Not accepted: still answered exactly once, from the loop.
      rejected_.push_back({std::move(request), std::move(done)});
    } else {
      queue_.push_back({std::move(request), std::move(done)});
    }
    cv_.notify_all();
  }

  void Run() override {
    for (;;) {
      Pending next;
      std::optional<FetchResponse> answer;  // unset: the web answers
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [&] {
          return !queue_.empty() || !rejected_.empty() || shutdown_ || stopped_ || cancelled_;
        });
        if (!rejected_.empty()) {
          next = std::move(rejected_.front());
          rejected_.pop_front();
          answer = Unanswered(next.request, FetchOutcome::kNotStarted, "fetcher is shut down");
        } else if (!queue_.empty()) {
          next = std::move(queue_.front());
          queue_.pop_front();
          if (cancelled_) {
            answer = Unanswered(next.request, FetchOutcome::kNetworkError, "canceled");
          } else if (stopped_) {
            answer = Unanswered(next.request, FetchOutcome::kNotStarted, "stopped");
          }
        } else {
          return;  // shut down, stopped or cancelled, nothing left
        }
      }
      FetchResponse response = answer ? *std::move(answer) : web_.Respond(next.request);
      web_.Answered();
      next.done(std::move(response));
    }
  }

  void Shutdown() override { Set(shutdown_); }
  void Stop() override { Set(stopped_); }
  void Cancel() override { Set(cancelled_); }

 private:
  struct Pending {
    FetchRequest request;
    Callback done;
  };
  FakeWeb& web_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Pending> queue_;
  std::deque<Pending> rejected_;
  void Set(bool& flag) {
    std::lock_guard lock(mu_);
    flag = true;
    cv_.notify_all();
  }
  static FetchResponse Unanswered(const FetchRequest& request, FetchOutcome outcome,
                                  std::string error) {
    FetchResponse r;
    r.outcome = outcome;
    r.url = request.url;
    r.error = std::move(error);
    r.tag = request.tag;
    return r;
  }

  bool shutdown_ = false;
  bool stopped_ = false;
  bool cancelled_ = false;
};

void FakeWeb::AddPage(const std::string& url, std::string html, std::string content_type,
                      std::string etag) {
  FetchResponse r;
  r.outcome = FetchOutcome::kOk;
  r.http_status = 200;
  r.body = std::move(html);
  r.content_type = std::move(content_type);
  r.etag = std::move(etag);
  AddResponse(url, std::move(r));
}

void FakeWeb::AddResponse(const std::string& url, FetchResponse response) {
  std::lock_guard lock(mu_);
  responses_[url] = std::move(response);
}

void FakeWeb::set_delay(std::chrono::milliseconds d) {
  std::lock_guard lock(mu_);
  delay_ = d;
}

void FakeWeb::set_on_request(std::function<void(const FetchRequest&)> hook) {
  std::lock_guard lock(mu_);
  on_request_ = std::move(hook);
}

std::vector<FetchRequest> FakeWeb::requests() const {
  std::lock_guard lock(mu_);
  return requests_;
}

int FakeWeb::max_outstanding() const {
  std::lock_guard lock(mu_);
  return max_outstanding_;
}

void FakeWeb::Submitted() {
  std::lock_guard lock(mu_);
  max_outstanding_ = std::max(max_outstanding_, ++outstanding_);
}

void FakeWeb::Answered() {
  std::lock_guard lock(mu_);
  --outstanding_;
}

FetchResponse FakeWeb::Respond(const FetchRequest& request) {
  std::chrono::milliseconds delay;
  std::function<void(const FetchRequest&)> hook;
  FetchResponse r;
  {
    std::lock_guard lock(mu_);
    requests_.push_back(request);
    delay = delay_;
    hook = on_request_;
    auto it = responses_.find(request.url);
    if (it == responses_.end()) {
      r.outcome = FetchOutcome::kNetworkError;
      r.error = "Could not resolve host";
    } else {
      r = it->second;
      if (r.outcome == FetchOutcome::kOk && !r.etag.empty() && request.etag == r.etag) {
        r.outcome = FetchOutcome::kNotModified;
        r.http_status = 304;
        r.body.clear();
      }
    }
  }
  if (hook) hook(request);
  if (delay.count() > 0) std::this_thread::sleep_for(delay);
  r.url = request.url;
  if (r.final_url.empty()) r.final_url = request.url;
  r.tag = request.tag;
  if (r.attempts == 0) r.attempts = 1;
  return r;
}

std::function<std::unique_ptr<Fetcher>(const FetchOptions&)> FakeWeb::Factory() {
  return [this](const FetchOptions&) -> std::unique_ptr<Fetcher> {
    return std::make_unique<FakeFetcher>(*this);
  };
}

}  // namespace newsdesk::testing
