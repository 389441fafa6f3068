// ASSERT_OK / EXPECT_OK for Status and Result<T>, printing the status on failure.
#ifndef NEWSDESK_TESTING_STATUS_MATCHERS_H_
#define NEWSDESK_TESTING_STATUS_MATCHERS_H_

#include <gtest/gtest.h>

#include "newsdesk/status.h"

namespace newsdesk::testing {
inline Status ToStatus(const Status& s) { return s; }
template <typename T>
Status ToStatus(const Result<T>& r) {
  return r.status();
}
}  // namespace newsdesk::testing

#define EXPECT_OK(expr)                                                \
  do {                                                                 \
    const ::newsdesk::Status _s = ::newsdesk::testing::ToStatus(expr); \
    EXPECT_TRUE(_s.ok()) << _s.ToString();                             \
  } while (0)
#define ASSERT_OK(expr)                                                \
  do {                                                                 \
    const ::newsdesk::Status _s = ::newsdesk::testing::ToStatus(expr); \
    ASSERT_TRUE(_s.ok()) << _s.ToString();                             \
  } while (0)

#endif  // NEWSDESK_TESTING_STATUS_MATCHERS_H_
