// Fuzz target for the WARC reader and the HTTP messages in records: the input is a WARC
// file (plain or gzip); every record is read and every response parsed. Small limits keep
// the skip paths (blocks and headers over the limit) reachable.
#include <cstddef>
#include <cstdint>
#include <string>

#include "newsdesk/warc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsdesk::WarcReaderOptions options;
  options.max_block_bytes = 1 << 16;
  options.max_header_bytes = 1 << 12;
  auto reader = newsdesk::WarcReader::FromString(
      std::string(reinterpret_cast<const char*>(data), size), options);
  newsdesk::WarcRecord record;
  for (int i = 0; i < 10000; ++i) {
    newsdesk::Result<bool> more = reader->Next(record);
    if (!more.ok() || !*more) break;
    (void)record.type();
    newsdesk::Result<newsdesk::ArchivedResponse> response =
        newsdesk::ParseArchivedResponse(record, 1 << 20);
    if (response.ok()) (void)newsdesk::IsHtmlContentType(response->content_type);
  }
  (void)reader->TakeWarnings();
  (void)reader->bytes_consumed();
  return 0;
}
