// BoundedQueue: the multi-producer, multi-consumer queue that joins pipeline stages.
// Push blocks while the queue holds `capacity` items, so a slow consumer slows its
// producers and memory stays bounded. Close() ends the stream: pushes fail and pops drain
// what is left, then return nullopt.
//
// Thread-safety: every method may be called from any thread.
#ifndef NEWSDESK_PIPELINE_QUEUE_H_
#define NEWSDESK_PIPELINE_QUEUE_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>
#include <utility>

namespace newsdesk::internal {

template <typename T>
class BoundedQueue {
 public:
  // REQUIRES: capacity >= 1.
  explicit BoundedQueue(size_t capacity) : capacity_(capacity < 1 ? 1 : capacity) {}
  BoundedQueue(const BoundedQueue&) = delete;
  BoundedQueue& operator=(const BoundedQueue&) = delete;

  // Waits for room; false (and `item` dropped) when the queue was closed.
  bool Push(T item) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }

  // Waits for an item; nullopt once the queue is closed and empty.
  std::optional<T> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return closed_ || !items_.empty(); });
    return TakeLocked();
  }

  // Like Pop, but gives up after `timeout`; nullopt then too (check closed_and_empty()).
  std::optional<T> PopFor(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mu_);
    not_empty_.wait_for(lock, timeout, [&] { return closed_ || !items_.empty(); });
    return TakeLocked();
  }

  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    not_full_.notify_all();
  }

  bool closed_and_empty() const {
    std::lock_guard lock(mu_);
    return closed_ && items_.empty();
  }

  size_t size() const {
    std::lock_guard lock(mu_);
    return items_.size();
  }
  size_t capacity() const { return capacity_; }

 private:
  std::optional<T> TakeLocked() {
    if (items_.empty()) return std::nullopt;
    std::optional<T> out(std::move(items_.front()));
    items_.pop_front();
    not_full_.notify_one();
    return out;
  }

  const size_t capacity_;
  mutable std::mutex mu_;
  std::condition_variable not_empty_;
  std::condition_variable not_full_;
  std::deque<T> items_;
  bool closed_ = false;
};

// A counting semaphore whose waiters can be released early by Cancel() (the C++20
// std::counting_semaphore cannot be interrupted).
class TokenPool {
 public:
  explicit TokenPool(int tokens) : available_(tokens < 1 ? 1 : tokens) {}

  // Takes a token; false when cancelled.
  bool Acquire() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [&] { return cancelled_ || available_ > 0; });
    if (cancelled_) return false;
    --available_;
    return true;
  }
  void Release() {
    std::lock_guard lock(mu_);
    ++available_;
    cv_.notify_one();
  }
  void Cancel() {
    std::lock_guard lock(mu_);
    cancelled_ = true;
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int available_;
  bool cancelled_ = false;
};

}  // namespace newsdesk::internal

#endif  // NEWSDESK_PIPELINE_QUEUE_H_
