// URLs: the one module for URL operations (RFC 3986, via uriparser, which stays behind
// it): resolution, canonicalization, host and scheme, file: URLs (RFC 8089) and URL
// lists. Pure functions; thread-safe. (The fetcher's own origin split for politeness is
// fetch.h FetchOrigin: it must agree with libcurl, which does the fetching.)
//
// Inputs may be IRIs as found in real pages (RFC 3987): surrounding ASCII whitespace is
// trimmed, tabs and newlines inside are dropped, non-ASCII bytes and characters that are
// not allowed in a URI (space, '"', '<', '>', '\', '^', '`', '{', '|', '}') are
// percent-encoded as UTF-8 before parsing, and an internationalized host name is converted
// to its lower-case ASCII (punycode, UTS #46) form.
#ifndef NEWSDESK_URL_H_
#define NEWSDESK_URL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsdesk/status.h"

namespace newsdesk {

// Resolves `ref` against the absolute URI `base` (RFC 3986 section 5.2, strict parser:
// a same-scheme "http:g" is not special-cased). The fragment of `ref` is kept.
// InvalidArgument when either does not parse or `base` has no scheme.
Result<std::string> ResolveUrl(std::string_view base, std::string_view ref);

// Canonical form for dedup, comparable with ==:
//  - RFC 3986 §6.2.2 syntax normalization: lower-case scheme and host, upper-case hex in
//    percent-encodings, percent-encoded unreserved characters decoded, dot segments removed;
//  - §6.2.3 scheme-based normalization for http/https: default port (80/443) removed,
//    empty path becomes "/";
//  - fragment dropped;
//  - tracking query parameters removed (IsTrackingParameter), the other parameters kept
//    in their order and encoding; an empty query ("?") is dropped.
// InvalidArgument when `url` does not parse or is not absolute (no scheme).
Result<std::string> CanonicalizeUrl(std::string_view url);

// True when the query parameter named `name` (as written, percent-decoded or not) only
// tracks campaigns or clicks: utm_*, fbclid, gclid, msclkid, mc_cid, ... (one table in
// url.cc; compared case-insensitively).
bool IsTrackingParameter(std::string_view name);

// The host of an absolute URL, lower-case (an IDN host in its ASCII form); "" when there
// is none (file:, mailto:, unparsable input).
std::string UrlHost(std::string_view url);

// The host of an absolute URL as a site name for display (extract.h: a page that names
// no site): UrlHost without a leading "www.", an internationalized host in Unicode
// (UTS #46 to Unicode: "https://www.Stössenseer.de/x" -> "stössenseer.de"); "" when
// there is none.
std::string UrlSiteName(std::string_view url);

// The URL to store for a page fetched at `page_url` whose HTML names `rel_canonical`
// (possibly relative): the canonical form of rel=canonical when it resolves to the same
// site (same host once a leading "www." is ignored), else the canonical form of
// `page_url`. InvalidArgument only when `page_url` itself is not a valid absolute URL.
Result<std::string> ChooseCanonicalUrl(std::string_view page_url, std::string_view rel_canonical);

// The scheme of `url`, lower-case: the text before the first ':' when it is a valid
// RFC 3986 scheme (a letter, then letters, digits, '+', '-', '.'); "" otherwise
// ("a2.html", "//host/x", ":x"). Does not check the rest of `url`.
std::string UrlScheme(std::string_view url);

// ---- file: URLs (RFC 8089) ----

// The local path a file: URL names: percent-decoded, query and fragment dropped
// ("file:///a%20b/c?x" -> "/a b/c"). The authority must be empty or "localhost" (any
// case); the short form "file:/a/b" is accepted. nullopt for other schemes, a remote
// host, no path, or a path that decodes to a NUL byte.
std::optional<std::string> FileUrlToPath(std::string_view url);

// The file: URL of the local `path`, made absolute against the current directory and
// lexically normalized ("a/../b.html" -> "file:///cwd/b.html"). With `directory` the URL
// ends in '/', so that relative references resolve inside that directory. Bytes other
// than RFC 3986 pchar characters and '/' are percent-encoded (upper-case hex).
// FileUrlToPath(PathToFileUrl(p)) is the absolute, normalized p.
std::string PathToFileUrl(std::string_view path, bool directory = false);

// ---- URL lists ----
//
// A URL list (`newsdesk ingest LIST`, a `kind = "urls"` pipeline source) is text with one
// URL per line. The rules, the same for every reader:
//  - UTF-8; a byte order mark (EF BB BF) at the very start is skipped.
//  - Lines end at LF; a CR before it (CRLF files) is dropped, and ASCII whitespace around
//    each line is trimmed.
//  - Blank lines, and lines whose first non-blank character is '#', are skipped. A '#'
//    later in a line is part of the URL (its fragment).
//  - Every other line is resolved against the list's own URL (ResolveUrl): a relative
//    reference names a file next to a local list, or a page on the site of a remote one.
//  - The result is kept when its scheme is http or https, or file when the options allow
//    it (a list the user named on disk) and it names an existing regular file; otherwise
//    the line is invalid and reported with its number, never dropped silently (a line of
//    a local list that is neither a URL nor a file: "not a URL or an existing file").
//  - Order and repeats are kept (the frontier removes repeats).

struct UrlListOptions {
  bool allow_file = false;  // keep file: URLs of existing files (lists the user gave,
                            // not ones fetched); reads the file system
};

// A line of a URL list that names no URL that may be fetched.
struct UrlListProblem {
  int line = 0;        // 1-based line number
  std::string text;    // the trimmed line, cut to its first 200 bytes; control
                       // characters and bytes that are not UTF-8 written as \xNN
  std::string reason;  // "not a valid URL", "not an http(s) URL", "not a URL or an
                       // existing file", "not an existing file"
  // "line 3: 'ftp://x/y' is not an http(s) URL"
  std::string ToString() const;
};

struct UrlList {
  std::vector<std::string> urls;         // resolved, in list order
  std::vector<UrlListProblem> problems;  // invalid lines, in list order
};

// OK when `text` can be a URL list: UTF-8 text without NUL bytes that does not start
// (after a BOM and blanks) with '<'. Otherwise InvalidArgument naming the first offending
// byte ("not a text file: a NUL byte at offset 12") or the markup ("not a URL list: it
// starts with '<' ..."), so that a binary file, a UTF-16 list or an HTML page is refused
// as a whole instead of read as thousands of bad lines.
Status CheckUrlListText(std::string_view text);

// Reads the URL list `text` by the rules above. `base` is an absolute URL that relative
// lines resolve against: the list's own URL ("file:///lists/today.txt",
// "https://example.com/today.txt") or its directory's, ending in '/' ("file:///lists/").
// Never fails: an unusable line is a problem, not an error.
UrlList ParseUrlList(std::string_view text, std::string_view base,
                     const UrlListOptions& options = {});

}  // namespace newsdesk

#endif  // NEWSDESK_URL_H_
