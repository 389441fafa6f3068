// Decode stage: raw page bytes -> UTF-8. The charset comes from, in order: a BOM, the HTTP
// Content-Type header, <meta charset> / http-equiv in the first bytes, else detection (ICU's,
// and Thai by its own). Labels are read as browsers read them (the WHATWG Encoding
// Standard's table). Conversion is ICU ucnv; bytes that do not decode become U+FFFD and are
// counted. Pure function of its inputs; thread-safe.
#ifndef NEWSDESK_DECODE_H_
#define NEWSDESK_DECODE_H_

#include <string>
#include <string_view>

#include "newsdesk/status.h"

namespace newsdesk {

struct Decoded {
  std::string text;           // valid UTF-8, BOM and U+0000 removed, Hebrew in reading order
  std::string charset;        // the encoding's WHATWG name, e.g. "windows-1255", "EUC-KR", "UTF-8"
                              // ("GB18030" for GBK and gb18030)
  std::string source;         // where it came from: "bom", "header", "meta", "detected", "default"
  int invalid_sequences = 0;  // bytes or sequences replaced by U+FFFD
};

// `content_type` is the HTTP header value (may be empty). Never fails on bad bytes; fails
// only when no converter can be opened at all (a Status with the reason).
Result<Decoded> Decode(std::string_view bytes, std::string_view content_type);

}  // namespace newsdesk

#endif  // NEWSDESK_DECODE_H_
