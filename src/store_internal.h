// Internal hooks of the store for tests. Not a public header.
#ifndef NEWSDESK_STORE_INTERNAL_H_
#define NEWSDESK_STORE_INTERNAL_H_

#include <memory>
#include <string>

#include "newsdesk/store.h"

namespace newsdesk::internal {

// Like Store::Open, but migrates only up to `target_version` (1..LatestSchemaVersion()),
// so tests can build an old database and then open it with the current build.
Result<std::unique_ptr<Store>> OpenStoreAtVersion(const std::string& path,
                                                  const StoreOptions& options, int target_version);

}  // namespace newsdesk::internal

#endif  // NEWSDESK_STORE_INTERNAL_H_
