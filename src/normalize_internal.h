// UTF-8 helpers shared by the normalize, language and dates stages. Internal.
#ifndef NEWSDESK_NORMALIZE_INTERNAL_H_
#define NEWSDESK_NORMALIZE_INTERNAL_H_

#include <string>
#include <string_view>

namespace newsdesk::internal {

// True when `utf8` is well-formed UTF-8 (no surrogates, no overlongs).
bool IsValidUtf8(std::string_view utf8);
// `utf8` with every ill-formed sequence replaced by U+FFFD.
std::string Utf8Sanitized(std::string_view utf8);

}  // namespace newsdesk::internal

#endif  // NEWSDESK_NORMALIZE_INTERNAL_H_
