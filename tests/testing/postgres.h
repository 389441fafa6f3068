// PostgresTestSchema: a schema of its own in the throwaway PostgreSQL cluster that CTest
// starts for the tests that need one (the "postgres" fixture: scripts/pg-test-cluster.sh,
// tests/CMakeLists.txt), dropped with everything in it when the object is destroyed.
// The cluster's directory comes from NEWSDESK_TEST_PG_DIR; the cluster listens on
// 127.0.0.1 only.
#ifndef NEWSDESK_TESTING_POSTGRES_H_
#define NEWSDESK_TESTING_POSTGRES_H_

#include <memory>
#include <string>

#include "newsdesk/status.h"

namespace newsdesk::testing {

class PostgresTestSchema {
 public:
  // Why there is no cluster to test against, or "" when there is one: the server binaries
  // are missing (the start script wrote the reason), or the test runs outside CTest
  // (NEWSDESK_TEST_PG_DIR unset). A cluster that should be there and is not is not a
  // reason to skip: Create fails then.
  static std::string SkipReason();
  // Creates a fresh, uniquely named schema in the cluster.
  static Result<std::unique_ptr<PostgresTestSchema>> Create();
  ~PostgresTestSchema();
  PostgresTestSchema(const PostgresTestSchema&) = delete;
  PostgresTestSchema& operator=(const PostgresTestSchema&) = delete;

  // A postgresql:// URI whose connections work in this schema (search_path).
  const std::string& uri() const { return uri_; }

 private:
  PostgresTestSchema(std::string server_uri, std::string name);
  std::string server_uri_;
  std::string name_;
  std::string uri_;
};

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_POSTGRES_H_
