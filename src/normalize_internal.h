// UTF-8 helpers shared by the normalize, language and dates stages. Internal.
#ifndef NEWSDESK_NORMALIZE_INTERNAL_H_
#define NEWSDESK_NORMALIZE_INTERNAL_H_

#include <string>
#include <string_view>

namespace newsdesk::internal {

// Inputs are capped so every offset fits ICU's int32_t indices (and memory stays bounded).
inline constexpr size_t kMaxTextBytes = size_t{1} << 30;

// The longest prefix of `utf8` of at most `max` bytes that does not split a UTF-8
// sequence (a prefix of ill-formed input may still be ill-formed).
std::string_view Bounded(std::string_view utf8, size_t max = kMaxTextBytes);

// True when `utf8` is well-formed UTF-8 (no surrogates, no overlongs).
bool IsValidUtf8(std::string_view utf8);
// `utf8` with every ill-formed sequence replaced by U+FFFD.
std::string Utf8Sanitized(std::string_view utf8);

}  // namespace newsdesk::internal

#endif  // NEWSDESK_NORMALIZE_INTERNAL_H_
