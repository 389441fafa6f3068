// Shutdown, the one shutdown path of every command: signals simulated with Signal(), and
// real ones raised in this process (waited for on a future, not with sleeps).
#include <atomic>
#include <chrono>
#include <future>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include "newsdesk/pipeline.h"

namespace newsdesk {
namespace {

using Phase = Shutdown::Phase;

// A target that logs what it was asked to do.
struct Target {
  std::vector<std::string> calls;
  void Stop() { calls.push_back("stop"); }
  void Cancel() { calls.push_back("cancel"); }
};

TEST(Shutdown, FirstSignalStopsEveryTargetAndTheSecondCancelsThem) {
  Shutdown shutdown(/*watch_signals=*/false);
  Target a, b;
  const Shutdown::Registration ra = shutdown.Register(a);
  const Shutdown::Registration rb = shutdown.Register(b);
  EXPECT_EQ(shutdown.phase(), Phase::kRunning);
  EXPECT_TRUE(a.calls.empty());

  shutdown.Signal();
  EXPECT_EQ(shutdown.phase(), Phase::kStopping);
  EXPECT_EQ(a.calls, std::vector<std::string>{"stop"});
  EXPECT_EQ(b.calls, std::vector<std::string>{"stop"});

  shutdown.Signal();
  EXPECT_EQ(shutdown.phase(), Phase::kCancelling);
  EXPECT_EQ(a.calls, (std::vector<std::string>{"stop", "cancel"}));
  EXPECT_EQ(b.calls, (std::vector<std::string>{"stop", "cancel"}));
}

TEST(Shutdown, LaterSignalsAreCountedButAskNothingMore) {
  Shutdown shutdown(false);
  Target t;
  const Shutdown::Registration r = shutdown.Register(t);
  EXPECT_EQ(shutdown.first_signal(), 0);
  shutdown.Signal(SIGINT);
  for (int i = 1; i < 5; ++i) shutdown.Signal(SIGTERM);
  EXPECT_EQ(shutdown.signals_received(), 5);
  EXPECT_EQ(shutdown.first_signal(), SIGINT);  // the one that stopped them
  EXPECT_EQ(t.calls, (std::vector<std::string>{"stop", "cancel"}));
}

// A signal between two batches (or before a run starts) is not lost: the next target is
// told at once, on the registering thread.
TEST(Shutdown, ATargetRegisteredAfterASignalIsToldAtOnce) {
  Shutdown shutdown(false);
  shutdown.Signal();
  Target late;
  {
    const Shutdown::Registration r = shutdown.Register(late);
    EXPECT_EQ(late.calls, std::vector<std::string>{"stop"});
  }
  shutdown.Signal();
  Target later;
  const Shutdown::Registration r = shutdown.Register(later);
  EXPECT_EQ(later.calls, (std::vector<std::string>{"stop", "cancel"}));
  EXPECT_EQ(late.calls, std::vector<std::string>{"stop"});  // no longer registered
}

TEST(Shutdown, AnEndedRegistrationIsNeverCalled) {
  Shutdown shutdown(false);
  Target gone, kept;
  std::optional<Shutdown::Registration> r(shutdown.Register(gone));
  const Shutdown::Registration k = shutdown.Register(kept);
  r.reset();
  shutdown.Signal();
  EXPECT_TRUE(gone.calls.empty());
  EXPECT_EQ(kept.calls, std::vector<std::string>{"stop"});
}

TEST(Shutdown, AMovedRegistrationEndsOnce) {
  Shutdown shutdown(false);
  Target t;
  std::optional<Shutdown::Registration> moved;
  {
    Shutdown::Registration r = shutdown.Register(t);
    moved.emplace(std::move(r));
  }  // the moved-from one ends nothing
  shutdown.Signal();
  EXPECT_EQ(t.calls, std::vector<std::string>{"stop"});
  moved.reset();
  shutdown.Signal();
  EXPECT_EQ(t.calls, std::vector<std::string>{"stop"});
}

TEST(Shutdown, TargetsWithoutACancelOnlyStop) {
  Shutdown shutdown(false);
  int stops = 0;
  const Shutdown::Registration r = shutdown.Register([&] { ++stops; }, nullptr);
  shutdown.Signal();
  shutdown.Signal();
  EXPECT_EQ(stops, 1);
}

// A signal from another thread reaches each registered target once; after the
// registrations ended, the second signal reaches none of them.
TEST(Shutdown, ASignalFromAnotherThreadReachesEachRegisteredTargetOnce) {
  Shutdown shutdown(false);
  std::atomic<int> stops{0};
  std::atomic<int> cancels{0};
  std::vector<Shutdown::Registration> regs;
  for (int i = 0; i < 50; ++i) {
    regs.push_back(shutdown.Register([&] { ++stops; }, [&] { ++cancels; }));
  }
  std::thread signaller([&] { shutdown.Signal(); });
  signaller.join();
  EXPECT_EQ(stops.load(), 50);
  regs.clear();
  shutdown.Signal();
  EXPECT_EQ(cancels.load(), 0);
}

// Real signals: SIGTERM then SIGINT raised in this process reach the targets through the
// watcher thread; each test waits for the call itself.
TEST(Shutdown, RealSigtermStopsAndSigintCancelsThroughTheWatcher) {
  Shutdown shutdown;
  std::promise<std::thread::id> stopped, cancelled;
  const Shutdown::Registration r =
      shutdown.Register([&] { stopped.set_value(std::this_thread::get_id()); },
                        [&] { cancelled.set_value(std::this_thread::get_id()); });
  ASSERT_EQ(::kill(::getpid(), SIGTERM), 0);
  std::future<std::thread::id> first = stopped.get_future();
  ASSERT_EQ(first.wait_for(std::chrono::seconds(60)), std::future_status::ready);
  EXPECT_NE(first.get(), std::this_thread::get_id());  // not on the signalled thread
  EXPECT_EQ(shutdown.phase(), Phase::kStopping);
  ASSERT_EQ(::kill(::getpid(), SIGINT), 0);
  std::future<std::thread::id> second = cancelled.get_future();
  ASSERT_EQ(second.wait_for(std::chrono::seconds(60)), std::future_status::ready);
  EXPECT_EQ(shutdown.phase(), Phase::kCancelling);
  EXPECT_EQ(shutdown.signals_received(), 2);
  EXPECT_EQ(shutdown.first_signal(), SIGTERM);  // what stopped the targets: exit 143
}

}  // namespace
}  // namespace newsdesk
