// Tests that read ../shared (the extraction dev set, the seed texts): that folder sits
// next to the repository and is not part of it. Where it is missing such a test skips,
// saying what it did not check, unless NEWSDESK_REQUIRE_SHARED=1 (.ci/run sets it): then
// a missing folder fails the test, so that CI never passes on checks it did not run.
#ifndef NEWSDESK_TESTING_SHARED_DATA_H_
#define NEWSDESK_TESTING_SHARED_DATA_H_

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

namespace newsdesk::testing {

// NEWSDESK_REQUIRE_SHARED is set and not "0".
inline bool SharedDataRequired() {
  const char* v = std::getenv("NEWSDESK_REQUIRE_SHARED");
  return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
}

// Why `path` counts as missing ("" when it exists), for the messages below.
inline std::string MissingSharedData(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return "";
  return path.lexically_normal().string() + " not found (../shared is not in this checkout)";
}

}  // namespace newsdesk::testing

// In a test body: ends the test when `path` is missing: a skip with `what` was not checked,
// or, with NEWSDESK_REQUIRE_SHARED=1, a failure.
#define NEWSDESK_SKIP_OR_FAIL_WITHOUT_SHARED(path, what)                               \
  do {                                                                                 \
    if (const std::string missing = ::newsdesk::testing::MissingSharedData(path);      \
        !missing.empty()) {                                                            \
      if (::newsdesk::testing::SharedDataRequired()) {                                 \
        FAIL() << missing << ": " << (what)                                            \
               << " cannot be checked, and NEWSDESK_REQUIRE_SHARED=1 requires it";     \
      }                                                                                \
      GTEST_SKIP() << missing << ": " << (what)                                        \
                   << " not checked (NEWSDESK_REQUIRE_SHARED=1 makes this a failure)"; \
    }                                                                                  \
  } while (0)

#endif  // NEWSDESK_TESTING_SHARED_DATA_H_
