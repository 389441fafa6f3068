// Internal to serve: the request handler, apart from the network so that the HTTP layer
// (serve.cc) only moves bytes. Not a public header.
#ifndef NEWSDESK_SERVE_INTERNAL_H_
#define NEWSDESK_SERVE_INTERNAL_H_

#include <string>
#include <string_view>

#include "newsdesk/store.h"

namespace newsdesk::serve_internal {

// What to answer to one request.
struct Reply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string location;  // set for redirects
  std::string body;
};

// Largest `limit` a list accepts; the default when none is given.
inline constexpr int kMaxLimit = 100;
inline constexpr int kDefaultLimit = 20;
// A story lists at most this many articles (the rest are counted, not listed).
inline constexpr int kMaxStoryArticles = 200;
// Characters of each article's text a story gives as its lead.
inline constexpr size_t kLeadBytes = 600;

// Answers GET `target` (path and query as sent) from `store`: the API, the page, or a
// JSON error (400 naming the parameter, 404, 500 on a store error). Uses `store` from
// the calling thread only; never throws.
Reply HandleGet(Store& store, std::string_view target);

// A JSON error body: {"error":{"status":N,"message":M[,"parameter":P]}}.
Reply ErrorReply(int status, std::string_view message, std::string_view parameter = "");

}  // namespace newsdesk::serve_internal

#endif  // NEWSDESK_SERVE_INTERNAL_H_
