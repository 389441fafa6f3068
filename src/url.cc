// URL resolution and canonicalization on top of uriparser (RFC 3986) and ICU's UTS #46
// IDNA (internationalized host names); file: URLs (RFC 8089) and URL lists.
#include "newsdesk/url.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include <arpa/inet.h>
#include <unicode/uidna.h>
#include <unicode/utf8.h>
#include <uriparser/Uri.h>

#include "ascii.h"

namespace newsdesk {
namespace {

// Query parameters that only track campaigns and clicks. Exact names, then prefixes.
// Lower-case; compared against the lower-cased, percent-decoded parameter name.
constexpr std::array<std::string_view, 32> kTrackingNames = {
    "fbclid",    "gclid",     "gclsrc",      "dclid",      "gbraid",  "wbraid",    "msclkid",
    "mc_cid",    "mc_eid",    "igshid",      "igsh",       "yclid",   "_ga",       "_gl",
    "_hsenc",    "_hsmi",     "ref_src",     "ref_url",    "mkt_tok", "twclid",    "ttclid",
    "li_fat_id", "s_cid",     "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wickedid",
    "__s",       "_openstat", "spm",         "rb_clickid"};
constexpr std::array<std::string_view, 5> kTrackingPrefixes = {"utm_", "hsa_", "pk_", "mtm_",
                                                               "stm_"};

struct UriDeleter {
  void operator()(UriUriA* uri) const {
    uriFreeUriMembersA(uri);
    delete uri;
  }
};
using UriPtr = std::unique_ptr<UriUriA, UriDeleter>;

struct IdnaDeleter {
  void operator()(UIDNA* idna) const { uidna_close(idna); }
};

std::string_view Range(const UriTextRangeA& r) {
  if (r.first == nullptr || r.afterLast == nullptr) return {};
  return {r.first, static_cast<size_t>(r.afterLast - r.first)};
}

// %XX escapes decoded (invalid ones kept as written); '+' becomes ' ' when `plus_is_space`
// (form-encoded query parameters), never in paths.
std::string PercentDecode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      const int hi = AsciiHexValue(s[i + 1]);
      const int lo = AsciiHexValue(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(plus_is_space && s[i] == '+' ? ' ' : s[i]);
  }
  return out;
}

// uidna_nameToASCII_UTF8 or uidna_nameToUnicodeUTF8.
using IdnaConversion = int32_t (*)(const UIDNA*, const char*, int32_t, char*, int32_t, UIDNAInfo*,
                                   UErrorCode*);

// `host` converted by `convert` under UTS #46, non-transitional (to ASCII: lower-cases and
// maps, then punycode; to Unicode: the reverse). Returns "" when ICU rejects it.
std::string ConvertHost(std::string_view host, IdnaConversion convert) {
  static const std::unique_ptr<UIDNA, IdnaDeleter> idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    UIDNA* p =
        uidna_openUTS46(UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_NONTRANSITIONAL_TO_UNICODE, &status);
    return std::unique_ptr<UIDNA, IdnaDeleter>(U_SUCCESS(status) ? p : nullptr);
  }();
  if (!idna) return {};
  UErrorCode status = U_ZERO_ERROR;
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  std::string out(host.size() * 4 + 16, '\0');
  int32_t n = convert(idna.get(), host.data(), static_cast<int32_t>(host.size()), out.data(),
                      static_cast<int32_t>(out.size()), &info, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    out.assign(static_cast<size_t>(n), '\0');
    n = convert(idna.get(), host.data(), static_cast<int32_t>(host.size()), out.data(), n, &info,
                &status);
  }
  if (U_FAILURE(status) || info.errors != 0) return {};
  out.resize(static_cast<size_t>(n));
  return out;
}

bool NeedsEscape(unsigned char c) {
  if (c >= 0x80 || c <= 0x20 || c == 0x7f) return true;
  switch (c) {
    case '"':
    case '<':
    case '>':
    case '\\':
    case '^':
    case '`':
    case '{':
    case '|':
    case '}':
      return true;
    default:
      return false;
  }
}

void AppendEscaped(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : s) {
    if (NeedsEscape(c)) {
      out->push_back('%');
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
}

// IRI (as written in pages) -> URI text uriparser accepts; see url.h.
std::string PrepareIri(std::string_view in) {
  in = TrimAscii(in);
  std::string s;
  s.reserve(in.size());
  for (char c : in) {
    if (c != '\t' && c != '\n' && c != '\r') s.push_back(c);
  }
  const bool ascii_only =
      std::none_of(s.begin(), s.end(), [](char c) { return NeedsEscape(static_cast<uint8_t>(c)); });
  if (ascii_only) return s;

  std::string out;
  out.reserve(s.size() * 2);
  // A non-ASCII host is converted with IDNA rather than percent-encoded.
  const size_t authority = s.find("//");
  const size_t first_delim = s.find_first_of("/?#");
  if (authority != std::string::npos && authority == first_delim &&
      (authority == 0 || s[authority - 1] == ':')) {
    const size_t host_begin_min = authority + 2;
    size_t end = s.find_first_of("/?#", host_begin_min);
    if (end == std::string::npos) end = s.size();
    size_t host_begin = host_begin_min;
    const size_t at = s.rfind('@', end - 1);
    if (at != std::string::npos && at >= host_begin_min) host_begin = at + 1;
    size_t host_end = end;
    const size_t colon = s.find(':', host_begin);
    if (colon != std::string::npos && colon < end && s[host_begin] != '[') host_end = colon;
    const std::string_view host(s.data() + host_begin, host_end - host_begin);
    const bool host_ascii = std::all_of(host.begin(), host.end(),
                                        [](char c) { return static_cast<uint8_t>(c) < 0x80; });
    AppendEscaped(std::string_view(s.data(), host_begin), &out);
    if (host_ascii) {
      AppendEscaped(host, &out);
    } else {
      const std::string ascii = ConvertHost(host, uidna_nameToASCII_UTF8);
      if (ascii.empty()) {
        AppendEscaped(host, &out);  // fails to parse below: reported as invalid
      } else {
        out += ascii;
      }
    }
    AppendEscaped(std::string_view(s).substr(host_end), &out);
    return out;
  }
  AppendEscaped(s, &out);
  return out;
}

// Parses `text` (which must outlive the result: the URI points into it).
UriPtr Parse(const std::string& text) {
  UriPtr uri(new UriUriA{});
  const char* error_pos = nullptr;
  if (uriParseSingleUriExA(uri.get(), text.data(), text.data() + text.size(), &error_pos) !=
      URI_SUCCESS) {
    // On failure uriparser has already freed the members.
    uri.reset();
    return nullptr;
  }
  return uri;
}

std::string ToString(const UriUriA* uri) {
  int chars = 0;
  if (uriToStringCharsRequiredA(uri, &chars) != URI_SUCCESS) return {};
  std::string out(static_cast<size_t>(chars) + 1, '\0');
  if (uriToStringA(out.data(), uri, chars + 1, nullptr) != URI_SUCCESS) return {};
  out.resize(static_cast<size_t>(chars));
  // An IPv6 host in its RFC 5952 text form ([::1], [::ffff:127.0.0.1]); uriparser writes
  // all eight groups in full.
  if (uri->hostData.ip6 != nullptr) {
    char text6[INET6_ADDRSTRLEN];
    const size_t open = out.find('[');
    const size_t close = out.find(']', open);
    if (open != std::string::npos && close != std::string::npos &&
        inet_ntop(AF_INET6, uri->hostData.ip6->data, text6, sizeof text6) != nullptr) {
      out.replace(open + 1, close - open - 1, text6);
    }
  }
  return out;
}

// `text` is `uri` serialized. Without an authority, a path that starts with "//" once its
// dot segments are gone ("https:/.//x") would read back as one ("https://x"): put back
// the "/." that prevents it (RFC 3986 §3.3: such a path cannot begin with "//").
void KeepPathAPath(const UriUriA& uri, std::string* text) {
  const size_t after_scheme = Range(uri.scheme).size() + 1;
  if (uri.hostText.first == nullptr && text->compare(after_scheme, 2, "//") == 0) {
    text->insert(after_scheme, "/.");
  }
}

std::string StripWww(std::string host) {
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

}  // namespace

bool IsTrackingParameter(std::string_view name) {
  const std::string key = AsciiLower(PercentDecode(name, /*plus_is_space=*/true));
  if (std::find(kTrackingNames.begin(), kTrackingNames.end(), key) != kTrackingNames.end()) {
    return true;
  }
  return std::any_of(kTrackingPrefixes.begin(), kTrackingPrefixes.end(),
                     [&](std::string_view p) { return key.rfind(p, 0) == 0; });
}

Result<std::string> ResolveUrl(std::string_view base, std::string_view ref) {
  const std::string base_text = PrepareIri(base);
  const std::string ref_text = PrepareIri(ref);
  UriPtr base_uri = Parse(base_text);
  if (!base_uri || Range(base_uri->scheme).empty()) {
    return Status::InvalidArgument("not an absolute base URL: " + std::string(base));
  }
  UriPtr ref_uri = Parse(ref_text);
  if (!ref_uri) return Status::InvalidArgument("not a URL reference: " + std::string(ref));
  UriPtr resolved(new UriUriA{});
  if (uriAddBaseUriExA(resolved.get(), ref_uri.get(), base_uri.get(), URI_RESOLVE_STRICTLY) !=
      URI_SUCCESS) {
    resolved.reset();
    return Status::InvalidArgument("cannot resolve " + std::string(ref));
  }
  std::string out = ToString(resolved.get());
  if (out.empty()) return Status::Internal("uriparser could not serialize a resolved URL");
  KeepPathAPath(*resolved, &out);
  return out;
}

Result<std::string> CanonicalizeUrl(std::string_view url) {
  // Pass 1: RFC 3986 §6.2.2 syntax normalization (may make the URI own its text).
  const std::string text = PrepareIri(url);
  UriPtr uri = Parse(text);
  if (!uri || Range(uri->scheme).empty()) {
    return Status::InvalidArgument("not an absolute URL: " + std::string(url));
  }
  if (uriNormalizeSyntaxA(uri.get()) != URI_SUCCESS) {
    return Status::InvalidArgument("cannot normalize URL: " + std::string(url));
  }
  std::string normalized = ToString(uri.get());
  KeepPathAPath(*uri, &normalized);
  uri.reset();

  // Pass 2: edit the components of a non-owning parse; replacement text lives in locals
  // that outlive the URI.
  UriPtr edit = Parse(normalized);
  if (!edit) return Status::Internal("normalized URL does not parse: " + normalized);
  const std::string scheme = AsciiLower(Range(edit->scheme));
  const bool http = scheme == "http";
  const bool https = scheme == "https";
  edit->fragment = UriTextRangeA{nullptr, nullptr};
  const std::string_view port = Range(edit->portText);
  if ((http && port == "80") || (https && port == "443") ||
      (edit->portText.first && port.empty())) {
    edit->portText = UriTextRangeA{nullptr, nullptr};
  }
  std::string query;
  if (edit->query.first != nullptr) {
    const std::string_view raw = Range(edit->query);
    size_t pos = 0;
    while (pos <= raw.size()) {
      size_t amp = raw.find('&', pos);
      if (amp == std::string_view::npos) amp = raw.size();
      const std::string_view param = raw.substr(pos, amp - pos);
      const std::string_view name = param.substr(0, param.find('='));
      if (!param.empty() && !IsTrackingParameter(name)) {
        if (!query.empty()) query.push_back('&');
        query.append(param);
      }
      pos = amp + 1;
    }
    if (query.empty()) {
      edit->query = UriTextRangeA{nullptr, nullptr};
    } else {
      edit->query = UriTextRangeA{query.data(), query.data() + query.size()};
    }
  }
  std::string out = ToString(edit.get());
  if (out.empty()) return Status::Internal("uriparser could not serialize " + normalized);
  // §6.2.3: for http(s) an empty path is "/".
  if ((http || https) && edit->hostText.first != nullptr && edit->pathHead == nullptr) {
    const size_t q = out.find('?', scheme.size() + 3);
    out.insert(q == std::string::npos ? out.size() : q, "/");
  }
  return out;
}

std::string UrlHost(std::string_view url) {
  const std::string text = PrepareIri(url);
  UriPtr uri = Parse(text);
  if (!uri || Range(uri->scheme).empty()) return {};
  return AsciiLower(Range(uri->hostText));
}

std::string UrlSiteName(std::string_view url) {
  const std::string host = StripWww(UrlHost(url));
  if (host.find("xn--") == std::string::npos) return host;
  std::string name = ConvertHost(host, uidna_nameToUnicodeUTF8);
  return name.empty() ? host : name;
}

Result<std::string> ChooseCanonicalUrl(std::string_view page_url, std::string_view rel_canonical) {
  Result<std::string> page = CanonicalizeUrl(page_url);
  if (!page.ok() || rel_canonical.empty()) return page;
  Result<std::string> resolved = ResolveUrl(*page, rel_canonical);
  if (!resolved.ok()) return page;
  Result<std::string> canonical = CanonicalizeUrl(*resolved);
  if (!canonical.ok()) return page;
  const std::string page_host = StripWww(UrlHost(*page));
  if (page_host.empty() || page_host != StripWww(UrlHost(*canonical))) return page;
  return canonical;
}

std::string UrlScheme(std::string_view url) {
  const size_t colon = url.find(':');
  if (colon == 0 || colon == std::string_view::npos) return "";
  const std::string_view scheme = url.substr(0, colon);
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(scheme[0])) return "";
  for (char c : scheme) {
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return "";
  }
  return AsciiLower(scheme);
}

std::optional<std::string> FileUrlToPath(std::string_view url) {
  if (UrlScheme(url) != "file") return std::nullopt;
  std::string_view rest = url.substr(5);
  if (rest.starts_with("//")) {
    rest.remove_prefix(2);
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const std::string_view host = rest.substr(0, slash);
    if (!host.empty() && !EqualsIgnoreAsciiCase(host, "localhost")) return std::nullopt;
    rest.remove_prefix(slash);
  }
  rest = rest.substr(0, rest.find_first_of("?#"));
  if (rest.empty()) return std::nullopt;
  std::string path = PercentDecode(rest, /*plus_is_space=*/false);
  if (path.find('\0') != std::string::npos) return std::nullopt;
  return path;
}

std::string PathToFileUrl(std::string_view path, bool directory) {
  std::error_code ec;
  std::filesystem::path abs = std::filesystem::absolute(std::filesystem::path(path), ec);
  if (ec) abs = std::filesystem::path(path);
  std::string p = abs.lexically_normal().generic_string();
  if (directory && (p.empty() || p.back() != '/')) p += '/';
  static constexpr char kHex[] = "0123456789ABCDEF";
  // RFC 3986 pchar (unreserved, sub-delims, ':', '@') and the '/' between segments.
  static constexpr std::string_view kPlain = "-._~!$&'()*+,;=:@/";
  std::string out = "file://";
  for (const char c : p) {
    const auto u = static_cast<unsigned char>(c);
    const bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
    if (alnum || kPlain.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::string UrlListProblem::ToString() const {
  return "line " + std::to_string(line) + ": '" + text + "' is " + reason;
}

namespace {

// "0a", "ff".
std::string HexByte(uint8_t b) {
  static constexpr char kHex[] = "0123456789abcdef";
  return {kHex[b >> 4], kHex[b & 15]};
}

// `line` as it can be shown in a message: control characters and bytes that are not
// UTF-8 (a binary file given as a list) written as \xNN, cut near `max_bytes`.
std::string Printable(std::string_view line, size_t max_bytes) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(std::min(line.size(), max_bytes));
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)) {
      out.append(line.data() + start, static_cast<size_t>(i - start));
      continue;
    }
    for (int32_t k = start; k < i; ++k) out += "\\x" + HexByte(s[k]);
  }
  return out;
}

}  // namespace

Status CheckUrlListText(std::string_view text) {
  // A page or a feed given as a list would be read as lines of markup, each one resolved
  // as a relative URL: refused as a whole, by its first character.
  std::string_view head = text.substr(Utf8BomLength(text));
  head = TrimAscii(head.substr(0, std::min<size_t>(head.size(), 4096)));
  if (head.starts_with('<')) {
    return Status::InvalidArgument("not a URL list: it starts with '<' (an HTML or XML document)");
  }
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c == 0 || c < 0) {
      const std::string what =
          c == 0 ? std::string("a NUL byte") : "byte 0x" + HexByte(s[start]) + " (not UTF-8)";
      return Status::InvalidArgument("not a text file: " + what + " at offset " +
                                     std::to_string(start));
    }
  }
  return Status::OK();
}

UrlList ParseUrlList(std::string_view text, std::string_view base, const UrlListOptions& options) {
  constexpr size_t kMaxProblemText = 200;
  UrlList list;
  text.remove_prefix(Utf8BomLength(text));
  int number = 0;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);
    ++number;
    line = TrimAscii(line);  // also the CR of a CRLF line end
    if (line.empty() || line.front() == '#') continue;
    Result<std::string> url = ResolveUrl(base, line);
    const std::string scheme = url.ok() ? UrlScheme(*url) : "";
    std::string reason = url.ok() ? "not an http(s) URL" : "not a valid URL";
    if (scheme == "file" && options.allow_file) {
      // Checked now, so that a line that is neither a URL nor a file is named here, not
      // fetched and failed later.
      const std::optional<std::string> path = FileUrlToPath(*url);
      std::error_code error;
      if (path && std::filesystem::is_regular_file(*path, error)) {
        list.urls.push_back(std::move(url).value());
        continue;
      }
      reason = UrlScheme(line).empty() ? "not a URL or an existing file" : "not an existing file";
    } else if (scheme == "http" || scheme == "https") {
      list.urls.push_back(std::move(url).value());
      continue;
    }
    list.problems.push_back({number, Printable(line, kMaxProblemText), std::move(reason)});
  }
  return list;
}

}  // namespace newsdesk
