#include "testing/postgres.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <libpq-fe.h>
#include <unistd.h>

namespace newsdesk::testing {

namespace {

std::string ReadFirstLine(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

std::filesystem::path ClusterDir() {
  const char* dir = std::getenv("NEWSDESK_TEST_PG_DIR");
  return dir != nullptr ? dir : "";
}

// Runs `sql` on the cluster's maintenance database.
Status RunSql(const std::string& server_uri, const std::string& sql) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(server_uri.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    return Status::Unavailable("connect " + server_uri + ": " + PQerrorMessage(conn.get()));
  }
  std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(conn.get(), sql.c_str()), &PQclear);
  if (PQresultStatus(res.get()) != PGRES_COMMAND_OK) {
    return Status::Internal(sql + ": " + PQerrorMessage(conn.get()));
  }
  return Status::OK();
}

}  // namespace

std::string PostgresTestSchema::SkipReason() {
  const std::filesystem::path dir = ClusterDir();
  if (dir.empty()) {
    return "NEWSDESK_TEST_PG_DIR is not set: run the test through ctest, which starts a "
           "throwaway PostgreSQL cluster for it (scripts/pg-test-cluster.sh)";
  }
  std::error_code ec;
  if (std::filesystem::exists(dir / "skip", ec)) return ReadFirstLine(dir / "skip");
  return "";
}

Result<std::unique_ptr<PostgresTestSchema>> PostgresTestSchema::Create() {
  const std::string server_uri = ReadFirstLine(ClusterDir() / "uri");
  if (server_uri.empty()) {
    return Status::Unavailable("no PostgreSQL test cluster at " + ClusterDir().string() +
                               " (its postgres.start test failed?)");
  }
  static std::atomic<int> counter{0};
  const std::string name =
      "test_" + std::to_string(getpid()) + "_" + std::to_string(counter.fetch_add(1));
  NEWSDESK_RETURN_IF_ERROR(RunSql(server_uri, "CREATE SCHEMA " + name));
  return std::unique_ptr<PostgresTestSchema>(new PostgresTestSchema(server_uri, name));
}

PostgresTestSchema::PostgresTestSchema(std::string server_uri, std::string name)
    : server_uri_(std::move(server_uri)), name_(std::move(name)) {
  const char* separator = server_uri_.find('?') == std::string::npos ? "?" : "&";
  uri_ = server_uri_ + separator + "options=-c%20search_path%3D" + name_;
}

PostgresTestSchema::~PostgresTestSchema() {
  (void)RunSql(server_uri_, "DROP SCHEMA " + name_ + " CASCADE");
}

}  // namespace newsdesk::testing
