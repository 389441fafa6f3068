// TempDir: a fresh directory under the system temp dir, removed with its contents when
// the object is destroyed. Header-only so benchmarks (which see tests/ on their include
// path but do not link newsdesk_testing) can use it too.
#ifndef NEWSDESK_TESTING_TEMP_DIR_H_
#define NEWSDESK_TESTING_TEMP_DIR_H_

#include <filesystem>
#include <string>

#include <stdlib.h>

namespace newsdesk::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "newsdesk_test_XXXXXX").string();
    if (mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // The directory; "" when it could not be created.
  const std::string& path() const { return path_; }
  // `name` inside the directory.
  std::string File(const std::string& name) const {
    return (std::filesystem::path(path_) / name).string();
  }

 private:
  std::string path_;
};

}  // namespace newsdesk::testing

#endif  // NEWSDESK_TESTING_TEMP_DIR_H_
