// MurmurHash3 x64-128 (Austin Appleby, public domain): fast, well distributed, and
// stable across platforms for a little-endian load. Internal to the library.
//
// Stored values depend on it (articles' content hashes, the story index's persisted
// features): do not change the function without a migration. Pure; thread-safe.
#ifndef NEWSDESK_HASH_H_
#define NEWSDESK_HASH_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>

namespace newsdesk::internal {

// The two 64-bit halves of the 128-bit hash of `data` with `seed`.
std::pair<uint64_t, uint64_t> Murmur3x64_128(std::string_view data, uint64_t seed);

// MurmurHash3's 64-bit finalizer: every input bit moves every output bit.
inline uint64_t Fmix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

// Hashes std::string keys so that a map looks them up by std::string_view without a copy:
// std::unordered_map<std::string, V, StringKeyHash, std::equal_to<>>.
struct StringKeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>()(s); }
};

}  // namespace newsdesk::internal

#endif  // NEWSDESK_HASH_H_
