// Polling for a condition another thread or process brings about, with a bound so that a
// test fails rather than hangs when it never comes.
#ifndef NEWSDESK_TESTING_WAIT_FOR_H_
#define NEWSDESK_TESTING_WAIT_FOR_H_

#include <chrono>
#include <thread>

namespace newsdesk::testing {

// Waits until `pred` holds (polling every 20 ms), at most `timeout`; returns whether it
// held.
template <typename Pred>
bool WaitFor(Pred pred, std::chrono::seconds timeout = std::chrono::seconds(60)) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return pred();
}

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_WAIT_FOR_H_
