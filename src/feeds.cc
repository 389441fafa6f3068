// Feed and sitemap parsing with libxml2 (tree API) and zlib. See include/newsdesk/feeds.h
// for the safety contract; the parser options below are where it is enforced.
#include "newsdesk/feeds.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <zlib.h>

#include "ascii.h"
#include "newsdesk/url.h"

namespace newsdesk {

namespace {

constexpr std::string_view kAtomNs = "http://www.w3.org/2005/Atom";
constexpr char kRdfNs[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr size_t kMaxTextBytes = 4096;  // per title/date field
constexpr size_t kMaxUrlBytes = 8192;   // longer links are skipped
constexpr size_t kMaxXmlDiagnostics = 20;

// ---------------------------------------------------------------------------------------
// gzip (RFC 1952), with a cap on the inflated size.

struct InflateEnder {
  void operator()(z_stream* zs) const { inflateEnd(zs); }
};

Result<std::string> Gunzip(std::string_view in, int64_t cap) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return Status::Internal("inflateInit2 failed");
  std::unique_ptr<z_stream, InflateEnder> guard(&zs);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  std::string out;
  char buf[64 * 1024];
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof(buf);
    int rc = inflate(&zs, Z_NO_FLUSH);
    size_t produced = sizeof(buf) - zs.avail_out;
    if (static_cast<int64_t>(out.size() + produced) > cap) {
      return Status::ResourceExhausted("gzip document inflates beyond " + std::to_string(cap) +
                                       " bytes");
    }
    out.append(buf, produced);
    if (rc == Z_STREAM_END) {
      // RFC 1952 §2.2: a file may hold several members; trailing garbage is ignored.
      if (zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
        if (inflateReset(&zs) != Z_OK) return Status::Internal("inflateReset failed");
        continue;
      }
      return out;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) return Status::Corruption("truncated gzip stream");
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      return Status::Corruption(std::string("bad gzip stream: ") + (zs.msg ? zs.msg : "error"));
    }
  }
}

// ---------------------------------------------------------------------------------------
// URLs: resolution is RFC 3986 §5.2 (newsdesk/url.h); nullopt when it fails.

std::optional<std::string> Resolve(const std::string& base, std::string_view ref) {
  Result<std::string> r = ResolveUrl(base, ref);
  if (!r.ok()) return std::nullopt;
  return std::move(r).value();
}

// ---------------------------------------------------------------------------------------
// libxml2: parsing without entities, DTDs or network; element helpers.

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct XmlCtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// Where the structured error callback of the current thread's parse writes.
thread_local std::vector<std::string>* tls_xml_errors = nullptr;

void CollectXmlError(void* /*ctx*/, xmlError* error) {
  if (tls_xml_errors == nullptr || error == nullptr) return;
  if (tls_xml_errors->size() >= kMaxXmlDiagnostics) return;
  std::string msg = error->message ? error->message : "XML error";
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  tls_xml_errors->push_back("line " + std::to_string(error->line) + ": XML: " + msg);
}

// Entity and DTD loading hooks that refuse everything (defence in depth: the options
// below already keep libxml2 from loading external entities or DTDs).
xmlParserInputPtr RefuseEntity(void*, const xmlChar*, const xmlChar*) { return nullptr; }
void IgnoreExternalSubset(void*, const xmlChar*, const xmlChar*, const xmlChar*) {}

Result<XmlDocPtr> ReadXml(std::string_view bytes, const std::string& url,
                          std::vector<std::string>* errors) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::ResourceExhausted("document too large");
  }
  std::unique_ptr<xmlParserCtxt, XmlCtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Status::Internal("xmlNewParserCtxt failed");
  ctxt->sax->resolveEntity = RefuseEntity;
  ctxt->sax->externalSubset = IgnoreExternalSubset;
  ctxt->sax->serror = CollectXmlError;
  // Deliberately absent: XML_PARSE_NOENT (entity substitution), XML_PARSE_DTDLOAD,
  // XML_PARSE_DTDATTR, XML_PARSE_DTDVALID, XML_PARSE_XINCLUDE and XML_PARSE_HUGE (which
  // would lift libxml2's entity-amplification limits).
  const int options = XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR |
                      XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  tls_xml_errors = errors;
  XmlDocPtr doc(xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()),
                                  url.c_str(), nullptr, options));
  tls_xml_errors = nullptr;
  if (!doc || xmlDocGetRootElement(doc.get()) == nullptr) {
    const xmlError* e = xmlCtxtGetLastError(ctxt.get());
    std::string why = e && e->message ? e->message : "no root element";
    while (!why.empty() && why.back() == '\n') why.pop_back();
    return Status::InvalidArgument("not XML: " + why);
  }
  return doc;
}

std::string_view Str(const xmlChar* s) {
  return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}
std::string_view LocalName(const xmlNode* n) { return Str(n->name); }
std::string_view NsUri(const xmlNode* n) { return n->ns ? Str(n->ns->href) : std::string_view(); }

bool IsElement(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE && LocalName(n) == name;
}

// The first element child named `name`; with `no_ns_only`, only a child without a
// namespace or in the parent's namespace (so RSS <link> is not confused with atom:link).
const xmlNode* Child(const xmlNode* parent, std::string_view name, bool same_ns_only = false) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (!IsElement(c, name)) continue;
    if (same_ns_only && c->ns && NsUri(c) != NsUri(parent)) continue;
    return c;
  }
  return nullptr;
}

// Text of an element: text and CDATA descendants only. Entity references are never
// followed, so a document cannot make us expand entities.
void AppendText(const xmlNode* n, std::string* out) {
  for (const xmlNode* c = n->children; c && out->size() < kMaxTextBytes; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      out->append(Str(c->content));
    } else if (c->type == XML_ELEMENT_NODE) {
      AppendText(c, out);
    }
  }
}

// Element text with runs of whitespace collapsed to one space and the ends trimmed, cut to
// kMaxTextBytes.
std::string Text(const xmlNode* n) {
  if (n == nullptr) return "";
  std::string raw;
  AppendText(n, &raw);
  std::string out = CollapseSpace(raw);
  if (out.size() > kMaxTextBytes) out.resize(kMaxTextBytes);
  return out;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetNoNsProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string s(Str(v));
  xmlFree(v);
  return s;
}

// ---------------------------------------------------------------------------------------
// The document walk.

class FeedBuilder {
 public:
  FeedBuilder(std::string document_url, const FeedParseOptions& options, ParsedFeed* out)
      : document_url_(std::move(document_url)), options_(options), out_(out) {
    file_links_ok_ = options.allow_file_links && UrlScheme(document_url_) == "file";
  }

  // The base URL in effect at `n`: the document URL refined by every xml:base on the way
  // down (XML Base §4.2, used by RFC 4287 §2).
  std::string BaseAt(const xmlNode* n) const {
    std::vector<std::string> bases;
    for (const xmlNode* p = n; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
      xmlChar* b = xmlGetNsProp(p, reinterpret_cast<const xmlChar*>("base"), XML_XML_NAMESPACE);
      if (b) {
        bases.emplace_back(Str(b));
        xmlFree(b);
      }
    }
    std::string base = document_url_;
    for (auto it = bases.rbegin(); it != bases.rend(); ++it) {
      if (auto r = Resolve(base, *it)) base = *r;
    }
    return base;
  }

  // Adds an entry for `link` found in `item`; records why when it is refused.
  void Add(const xmlNode* item, std::string_view what, std::string link, FeedEntry entry) {
    ++items_;
    const std::string where = "line " + std::to_string(xmlGetLineNo(item)) + ": " +
                              std::string(what) + " " + std::to_string(items_) + ": ";
    if (link.empty()) return Diag(where + "no link");
    if (link.size() > kMaxUrlBytes) return Diag(where + "link longer than 8 KiB");
    std::optional<std::string> url = Resolve(BaseAt(item), link);
    if (!url) return Diag(where + "unparseable link '" + Clip(link) + "'");
    std::string scheme = UrlScheme(*url);
    bool web = scheme == "http" || scheme == "https";
    if (!web && !(scheme == "file" && file_links_ok_)) {
      return Diag(where + "link '" + Clip(*url) + "' refused: only http(s) links are followed");
    }
    url->replace(0, scheme.size(), scheme);  // RFC 3986 §6.2.2.1: schemes are lower-case
    if (web && UrlHost(*url).empty()) {
      return Diag(where + "link '" + Clip(*url) + "' has no host");
    }
    if (!seen_.insert(*url).second) return;  // duplicates are not an error
    if (out_->entries.size() >= options_.max_entries) {
      if (!truncated_)
        Diag(where + "more than " + std::to_string(options_.max_entries) +
             " entries; the rest are ignored");
      truncated_ = true;
      return;
    }
    entry.url = std::move(*url);
    out_->entries.push_back(std::move(entry));
  }

  void Diag(std::string msg) {
    if (out_->diagnostics.size() < 1000) out_->diagnostics.push_back(std::move(msg));
  }

 private:
  static std::string Clip(std::string_view s) {
    return std::string(s.substr(0, 200)) + (s.size() > 200 ? "..." : "");
  }

  std::string document_url_;
  const FeedParseOptions& options_;
  ParsedFeed* out_;
  bool file_links_ok_ = false;
  bool truncated_ = false;
  int items_ = 0;
  std::unordered_set<std::string> seen_;
};

// RSS 2.0 "item" / RSS 1.0 §5.5 "item": link, else (RSS 2.0) a permalink guid.
void AddRssItem(const xmlNode* item, FeedBuilder* b) {
  FeedEntry e;
  e.title = Text(Child(item, "title", true));
  std::string link;
  // FeedBurner proxies keep the publisher's URL here; the <link> is a redirector.
  if (const xmlNode* orig = Child(item, "origLink")) link = Text(orig);
  if (link.empty()) link = Text(Child(item, "link", true));
  if (link.empty()) {
    // RSS 2.0 "guid": isPermaLink defaults to true; then the guid is the item's URL.
    if (const xmlNode* guid = Child(item, "guid", true)) {
      std::string perma = Attr(guid, "isPermaLink");
      if (perma.empty() || perma == "true") link = Text(guid);
    }
  }
  if (link.empty()) {  // RSS 1.0 §5.5: <item rdf:about="...">
    xmlChar* about = xmlGetNsProp(item, reinterpret_cast<const xmlChar*>("about"),
                                  reinterpret_cast<const xmlChar*>(kRdfNs));
    if (about) {
      link = std::string(Str(about));
      xmlFree(about);
    }
  }
  e.published = Text(Child(item, "pubDate", true));
  if (e.published.empty()) e.published = Text(Child(item, "date"));  // dc:date
  b->Add(item, "item", std::move(link), std::move(e));
}

// RFC 4287 §4.2.7.2: a link without rel is "alternate"; prefer an HTML alternate.
std::string AtomAlternate(const xmlNode* entry) {
  std::string best;
  bool best_html = false;
  for (const xmlNode* c = entry->children; c; c = c->next) {
    if (!IsElement(c, "link")) continue;
    std::string rel = Attr(c, "rel");
    if (!rel.empty() && rel != "alternate" &&
        rel != "http://www.iana.org/assignments/relation/alternate") {
      continue;
    }
    std::string href = Attr(c, "href");
    if (href.empty()) continue;
    std::string type = Attr(c, "type");
    bool html = type.empty() || type == "text/html" || type == "application/xhtml+xml";
    if (best.empty() || (html && !best_html)) {
      best = href;
      best_html = html;
    }
  }
  return best;
}

void AddAtomEntry(const xmlNode* entry, FeedBuilder* b) {
  FeedEntry e;
  e.title = Text(Child(entry, "title"));
  e.lastmod = Text(Child(entry, "updated"));
  e.published = Text(Child(entry, "published"));                        // RFC 4287 §4.2.9
  if (e.published.empty()) e.published = Text(Child(entry, "issued"));  // Atom 0.3
  if (e.published.empty()) e.published = e.lastmod;  // §4.2.15: updated is required
  b->Add(entry, "entry", AtomAlternate(entry), std::move(e));
}

// sitemaps.org: <url><loc/><lastmod/></url>; Google News adds <news:news> with
// <news:publication_date> and <news:title>.
void AddSitemapUrl(const xmlNode* url, bool is_index, FeedBuilder* b) {
  FeedEntry e;
  e.is_sitemap = is_index;
  e.lastmod = Text(Child(url, "lastmod"));
  if (const xmlNode* news = Child(url, "news")) {
    e.published = Text(Child(news, "publication_date"));
    e.title = Text(Child(news, "title"));
  }
  if (e.published.empty()) e.published = e.lastmod;
  b->Add(url, is_index ? "sitemap" : "url", Text(Child(url, "loc")), std::move(e));
}

}  // namespace

std::string_view FeedKindName(FeedKind kind) {
  switch (kind) {
    case FeedKind::kRss:
      return "rss";
    case FeedKind::kAtom:
      return "atom";
    case FeedKind::kUrlset:
      return "urlset";
    case FeedKind::kSitemapIndex:
      return "sitemapindex";
  }
  return "unknown";
}

bool LooksGzipped(std::string_view body) {
  return body.size() >= 2 && static_cast<unsigned char>(body[0]) == 0x1f &&
         static_cast<unsigned char>(body[1]) == 0x8b;
}

Result<ParsedFeed> ParseFeed(std::string_view body, std::string_view document_url,
                             const FeedParseOptions& options) {
  std::string inflated;
  if (LooksGzipped(body)) {
    Result<std::string> r = Gunzip(body, options.max_document_bytes);
    if (!r.ok()) return r.status();
    inflated = std::move(r).value();
    body = inflated;
  } else if (static_cast<int64_t>(body.size()) > options.max_document_bytes) {
    return Status::ResourceExhausted("document larger than " +
                                     std::to_string(options.max_document_bytes) + " bytes");
  }

  ParsedFeed feed;
  std::string url(document_url);
  Result<XmlDocPtr> doc = ReadXml(body, url, &feed.diagnostics);
  if (!doc.ok()) return doc.status();
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  FeedBuilder b(url, options, &feed);
  const std::string_view name = LocalName(root);

  if (name == "rss" || name == "RDF") {
    // RSS 0.91/0.92/2.0: items inside <channel>. RSS 0.90 and 1.0 (RDF, §5.5): items are
    // siblings of <channel>; accept both placements for either.
    feed.kind = FeedKind::kRss;
    const xmlNode* channel = Child(root, "channel");
    if (channel) feed.title = Text(Child(channel, "title", true));
    for (const xmlNode* parent : {root, channel}) {
      if (!parent) continue;
      for (const xmlNode* c = parent->children; c; c = c->next) {
        if (IsElement(c, "item")) AddRssItem(c, &b);
      }
    }
  } else if (name == "feed") {
    // RFC 4287 §4.1.1 (atom:feed), §4.1.2 (atom:entry). Atom 0.3 has the same shape.
    feed.kind = FeedKind::kAtom;
    if (NsUri(root) != kAtomNs) b.Diag("feed root is not in the Atom 1.0 namespace");
    feed.title = Text(Child(root, "title"));
    for (const xmlNode* c = root->children; c; c = c->next) {
      if (IsElement(c, "entry")) AddAtomEntry(c, &b);
    }
  } else if (name == "urlset" || name == "sitemapindex") {
    const bool index = name == "sitemapindex";
    feed.kind = index ? FeedKind::kSitemapIndex : FeedKind::kUrlset;
    for (const xmlNode* c = root->children; c; c = c->next) {
      if (IsElement(c, index ? "sitemap" : "url")) AddSitemapUrl(c, index, &b);
    }
  } else {
    return Status::InvalidArgument("not a feed or sitemap: root element <" + std::string(name) +
                                   ">");
  }
  return feed;
}

}  // namespace newsdesk
