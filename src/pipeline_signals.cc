// Shutdown: SIGINT/SIGTERM -> every registered target's stop, a second one -> its cancel.
// Asio's signal_set turns the signal into an ordinary call on a watcher thread, so no
// target is touched from a signal handler. See include/newsdesk/pipeline.h.
#include <algorithm>
#include <csignal>
#include <thread>
#include <utility>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/system/error_code.hpp>

#include "newsdesk/pipeline.h"

namespace newsdesk {

struct Shutdown::Watcher {
  explicit Watcher(Shutdown& s) : shutdown(s), signals(io, SIGINT, SIGTERM) {
    Arm();
    thread = std::thread([this] { io.run(); });
  }
  ~Watcher() {
    io.stop();
    thread.join();
  }
  Watcher(const Watcher&) = delete;
  Watcher& operator=(const Watcher&) = delete;
  void Arm() {
    signals.async_wait([this](const boost::system::error_code& ec, int signal_number) {
      if (ec) return;
      shutdown.Signal(signal_number);
      Arm();
    });
  }

  Shutdown& shutdown;
  boost::asio::io_context io;
  boost::asio::signal_set signals;
  std::thread thread;
};

Shutdown::Registration::Registration(Registration&& other) noexcept
    : owner_(std::exchange(other.owner_, nullptr)), id_(other.id_) {}

Shutdown::Registration::~Registration() {
  if (owner_) owner_->Unregister(id_);
}

Shutdown::Shutdown(bool watch_signals) {
  if (watch_signals) watcher_ = std::make_unique<Watcher>(*this);
}

// The watcher goes first: no signal reaches a half-destroyed Shutdown.
Shutdown::~Shutdown() { watcher_.reset(); }

Shutdown::Registration Shutdown::Register(std::function<void()> stop,
                                          std::function<void()> cancel) {
  std::lock_guard lock(mu_);
  const int64_t id = next_id_++;
  if (phase_ != Phase::kRunning && stop) stop();
  if (phase_ == Phase::kCancelling && cancel) cancel();
  targets_.push_back({id, std::move(stop), std::move(cancel)});
  return Registration(this, id);
}

void Shutdown::Unregister(int64_t id) {
  std::lock_guard lock(mu_);
  std::erase_if(targets_, [id](const Entry& e) { return e.id == id; });
}

void Shutdown::Signal(int signal_number) {
  std::lock_guard lock(mu_);
  if (received_++ == 0) first_signal_ = signal_number;
  if (phase_ == Phase::kCancelling) return;
  const bool first = phase_ == Phase::kRunning;
  phase_ = first ? Phase::kStopping : Phase::kCancelling;
  for (const Entry& e : targets_) {
    const std::function<void()>& call = first ? e.stop : e.cancel;
    if (call) call();
  }
}

Shutdown::Phase Shutdown::phase() const {
  std::lock_guard lock(mu_);
  return phase_;
}

int Shutdown::signals_received() const {
  std::lock_guard lock(mu_);
  return received_;
}

int Shutdown::first_signal() const {
  std::lock_guard lock(mu_);
  return first_signal_;
}

}  // namespace newsdesk
