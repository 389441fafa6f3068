// StopOnSignals: SIGINT/SIGTERM -> Pipeline::Stop(), a second one -> Cancel(). Asio's
// signal_set turns the signal into an ordinary callback on a watcher thread, so the
// pipeline is never touched from a signal handler.
#include <atomic>
#include <csignal>
#include <thread>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/system/error_code.hpp>

#include "newsdesk/pipeline.h"

namespace newsdesk {

struct StopOnSignals::Impl {
  explicit Impl(Pipeline& p) : pipeline(p), signals(io, SIGINT, SIGTERM) {
    Arm();
    thread = std::thread([this] { io.run(); });
  }
  ~Impl() {
    io.stop();
    thread.join();
  }
  void Arm() {
    signals.async_wait([this](const boost::system::error_code& ec, int) {
      if (ec) return;
      if (received.fetch_add(1) == 0) {
        pipeline.Stop();
      } else {
        pipeline.Cancel();
      }
      Arm();
    });
  }

  Pipeline& pipeline;
  boost::asio::io_context io;
  boost::asio::signal_set signals;
  std::atomic<int> received{0};
  std::thread thread;
};

StopOnSignals::StopOnSignals(Pipeline& pipeline) : impl_(std::make_unique<Impl>(pipeline)) {}
StopOnSignals::~StopOnSignals() = default;
int StopOnSignals::signals_received() const { return impl_->received.load(); }

}  // namespace newsdesk
