// The fetcher: libcurl's multi_socket API driven by one boost::asio::io_context.
//
// The bridge follows curl's contract (docs/examples/multi-uv.c):
// - CURLMOPT_SOCKETFUNCTION: each socket curl watches has a SocketContext. Sockets curl
//   opens through CURLOPT_OPENSOCKETFUNCTION get theirs at open and keep it until
//   CURLOPT_CLOSESOCKETFUNCTION (CURL_POLL_REMOVE only clears what curl wants), so a
//   kept-alive connection stays registered between transfers; other sockets get one on
//   their first CURL_POLL_* and lose it on CURL_POLL_REMOVE. Retiring cancels the waits and
//   releases the descriptor (the fd is curl's), and completion handlers still queued hold a
//   shared_ptr and see `retired`, so none touches freed memory.
// - Waits are one-shot; each is re-armed after its event if curl still wants that direction.
// - CURLMOPT_TIMERFUNCTION: one steady_timer; -1 cancels it, 0 posts the timeout action
//   (never calling curl_multi_socket_action from inside curl's callback).
// - curl_multi_info_read is drained after every curl_multi_socket_action.
//
// Above the bridge sits the scheduler: its policy (per-origin queues served round-robin,
// global and per-host limits, per-host delay or robots.txt Crawl-delay, retries with
// backoff kept in a time-ordered set) is FetchSchedule (fetch_schedule.h), which takes the
// time from FetchOptions::clock and asks this file to start transfers; redirects are
// followed by hand so every hop passes the same checks.
// Everything except Submit/Shutdown/Cancel runs on the io_context's thread.
#include "newsdesk/fetch.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <unordered_map>

#include <arpa/inet.h>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ascii.h"
#include "fetch_internal.h"
#include "fetch_schedule.h"
#include "newsdesk/robots.h"

namespace newsdesk {

namespace asio = boost::asio;
using SteadyClock = std::chrono::steady_clock;
using SystemClock = std::chrono::system_clock;
using std::chrono::milliseconds;

std::string_view FetchOutcomeName(FetchOutcome outcome) {
  switch (outcome) {
    case FetchOutcome::kOk:
      return "ok";
    case FetchOutcome::kNotModified:
      return "not_modified";
    case FetchOutcome::kHttpError:
      return "http_error";
    case FetchOutcome::kNetworkError:
      return "network_error";
    case FetchOutcome::kTooLarge:
      return "too_large";
    case FetchOutcome::kBlocked:
      return "blocked";
    case FetchOutcome::kRefused:
      return "refused";
    case FetchOutcome::kInvalidUrl:
      return "invalid_url";
    case FetchOutcome::kNotStarted:
      return "not_started";
    case FetchOutcome::kNotFound:
      return "not_found";
  }
  return "unknown";
}

namespace fetch_internal {

constexpr int64_t kMaxRetryAfterSeconds = 999999999;  // about 31 years

std::optional<milliseconds> ParseRetryAfter(std::string_view value, SystemClock::time_point now) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (value.size() > 9) return milliseconds(kMaxRetryAfterSeconds * 1000);
    return milliseconds(std::stoll(std::string(value)) * 1000);
  }
  time_t when = curl_getdate(std::string(value).c_str(), nullptr);
  if (when == -1) return std::nullopt;
  // In whole seconds on time_t: a date in year 9999 would overflow system_clock's ns.
  time_t now_s = SystemClock::to_time_t(now);
  if (when <= now_s) return milliseconds(0);
  int64_t seconds = std::min<int64_t>(int64_t{when} - now_s, kMaxRetryAfterSeconds);
  return milliseconds(seconds * 1000);
}

milliseconds BackoffDelay(const FetchOptions& options, int attempt, double jitter01) {
  int shift = std::clamp(attempt - 1, 0, 30);
  double base = static_cast<double>(options.retry_base_delay.count()) * double(int64_t{1} << shift);
  double total = base + base * 0.5 * std::clamp(jitter01, 0.0, 1.0);
  const auto cap = static_cast<double>(options.max_retry_delay.count());
  return milliseconds(static_cast<int64_t>(std::min(total, cap)));
}

namespace {
bool IsPrivateV4(uint32_t a) {  // host byte order
  auto in = [a](uint32_t net, int bits) {
    uint32_t mask = bits == 0 ? 0 : ~uint32_t{0} << (32 - bits);
    return (a & mask) == net;
  };
  return in(0x00000000, 8) ||   // 0.0.0.0/8 "this network"
         in(0x0A000000, 8) ||   // 10/8
         in(0x64400000, 10) ||  // 100.64/10 CGNAT
         in(0x7F000000, 8) ||   // 127/8 loopback
         in(0xA9FE0000, 16) ||  // 169.254/16 link-local
         in(0xAC100000, 12) ||  // 172.16/12
         in(0xC0000000, 24) ||  // 192.0.0/24 IETF protocol assignments
         in(0xC0A80000, 16) ||  // 192.168/16
         in(0xC6120000, 15) ||  // 198.18/15 benchmarking
         in(0xE0000000, 4) ||   // multicast
         in(0xF0000000, 4);     // reserved + broadcast
}

bool IsPrivateV6(const in6_addr& a) {
  const uint8_t* b = a.s6_addr;
  static constexpr uint8_t kZero[16] = {};
  if (std::memcmp(b, kZero, 15) == 0 && (b[15] == 0 || b[15] == 1)) return true;  // :: and ::1
  static constexpr uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  static constexpr uint8_t kNat64[12] = {0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
  if (std::memcmp(b, kMapped, 12) == 0 || std::memcmp(b, kNat64, 12) == 0 ||
      std::memcmp(b, kZero, 12) == 0) {
    uint32_t v4 =
        (uint32_t{b[12]} << 24) | (uint32_t{b[13]} << 16) | (uint32_t{b[14]} << 8) | b[15];
    return IsPrivateV4(v4);
  }
  if ((b[0] & 0xfe) == 0xfc) return true;                  // fc00::/7 ULA
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return true;  // fe80::/10 link-local
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return true;  // fec0::/10 site-local
  if (b[0] == 0xff) return true;                           // multicast
  return false;
}
}  // namespace

bool IsPrivateAddress(const sockaddr* address) {
  if (address->sa_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(address);
    return IsPrivateV4(ntohl(v4->sin_addr.s_addr));
  }
  if (address->sa_family == AF_INET6) {
    return IsPrivateV6(reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr);
  }
  return true;  // unix sockets and anything else are never "the public web"
}

bool IsPrivateAddressText(const std::string& address) {
  in_addr v4{};
  if (inet_pton(AF_INET, address.c_str(), &v4) == 1) return IsPrivateV4(ntohl(v4.s_addr));
  in6_addr v6{};
  if (inet_pton(AF_INET6, address.c_str(), &v6) == 1) return IsPrivateV6(v6);
  return false;
}

std::optional<ParsedUrl> ParseUrlWithCurl(const std::string& url) {
  std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> h(curl_url(), &curl_url_cleanup);
  if (!h) return std::nullopt;
  if (curl_url_set(h.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return std::nullopt;
  auto part = [&](CURLUPart which, unsigned flags = 0) -> std::optional<std::string> {
    char* out = nullptr;
    if (curl_url_get(h.get(), which, &out, flags) != CURLUE_OK) return std::nullopt;
    std::string s(out);
    curl_free(out);
    return s;
  };
  ParsedUrl p;
  auto scheme = part(CURLUPART_SCHEME);
  if (!scheme) return std::nullopt;
  p.scheme = AsciiLower(*scheme);
  auto path = part(CURLUPART_PATH);
  p.path_query = path ? *path : "/";
  if (auto query = part(CURLUPART_QUERY)) p.path_query += "?" + *query;
  if (p.scheme == "file") {
    p.origin = "file://";
    return p;
  }
  auto host = part(CURLUPART_HOST);
  auto port = part(CURLUPART_PORT, CURLU_DEFAULT_PORT);
  if (!host || host->empty() || !port) return std::nullopt;
  p.origin = p.scheme + "://" + AsciiLower(*host) + ":" + *port;
  return p;
}

namespace {
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The value of a run of 1 to `max_digits` decimal digits without a leading zero at the
// start of `text`, and how many characters it took; {-1, 0} if there is none.
std::pair<int, size_t> LeadingNumber(std::string_view text, size_t max_digits) {
  size_t n = 0;
  int value = 0;
  while (n < text.size() && n < max_digits + 1 && IsDigit(text[n]))
    value = value * 10 + (text[n++] - '0');
  if (n == 0 || n > max_digits || (n > 1 && text[0] == '0')) return {-1, 0};
  return {value, n};
}

// A dotted quad in canonical form ("127.0.0.1"): curl rewrites the other IPv4 spellings.
bool IsCanonicalIpv4(std::string_view host) {
  for (int part = 0; part < 4; ++part) {
    auto [value, used] = LeadingNumber(host, 3);
    if (value < 0 || value > 255) return false;
    host.remove_prefix(used);
    if (part == 3) return host.empty();
    if (host.empty() || host[0] != '.') return false;
    host.remove_prefix(1);
  }
  return false;
}

// Characters a simple path or query may hold as they are (RFC 3986 pchar, "/" and "?",
// without "%": escapes go the long way).
constexpr std::array<bool, 256> kPlainPathChars = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = true;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = true;
  for (int c = '0'; c <= '9'; ++c) table[c] = true;
  for (char c : std::string_view("-._~!$&'()*+,;=:@/?"))
    table[static_cast<unsigned char>(c)] = true;
  return table;
}();
}  // namespace

std::optional<ParsedUrl> SplitSimpleUrl(std::string_view url) {
  ParsedUrl p;
  if (url.substr(0, 7) == "http://") {
    p.scheme = "http";
  } else if (url.substr(0, 8) == "https://") {
    p.scheme = "https";
  } else {
    return std::nullopt;
  }
  std::string_view rest = url.substr(p.scheme.size() + 3);
  size_t host_end = 0;
  while (host_end < rest.size() &&
         ((rest[host_end] >= 'a' && rest[host_end] <= 'z') || IsDigit(rest[host_end]) ||
          rest[host_end] == '-' || rest[host_end] == '.'))
    ++host_end;
  std::string_view host = rest.substr(0, host_end);
  if (host.empty() || host.front() == '.' || host.front() == '-' || host.back() == '.' ||
      host.find("..") != std::string_view::npos)
    return std::nullopt;
  // A name whose last label starts with a digit may be an IPv4 form curl rewrites.
  size_t last_label = host.rfind('.');
  char label_start = host[last_label == std::string_view::npos ? 0 : last_label + 1];
  if (IsDigit(label_start) && !IsCanonicalIpv4(host)) return std::nullopt;
  rest.remove_prefix(host_end);
  std::string_view port = p.scheme == "http" ? "80" : "443";
  if (!rest.empty() && rest[0] == ':') {
    auto [value, used] = LeadingNumber(rest.substr(1), 5);
    if (value <= 0 || value > 65535) return std::nullopt;
    port = rest.substr(1, used);
    rest.remove_prefix(1 + used);
  }
  if (rest.empty()) {
    p.path_query = "/";
  } else {
    if (rest[0] != '/') return std::nullopt;
    size_t query = rest.find('?');
    if (query != std::string_view::npos && query + 1 == rest.size())
      return std::nullopt;  // an empty query: curl's business
    std::string_view path = rest.substr(0, query);
    for (char c : rest) {
      if (!kPlainPathChars[static_cast<unsigned char>(c)]) return std::nullopt;
    }
    // Dot segments are removed by curl (RFC 3986 §5.2.4): leave them to it.
    for (size_t i = 0; i < path.size(); ++i) {
      if (path[i] != '/' || i + 1 >= path.size() || path[i + 1] != '.') continue;
      std::string_view segment = path.substr(i + 1, path.find('/', i + 1) - (i + 1));
      if (segment == "." || segment == "..") return std::nullopt;
    }
    p.path_query = std::string(rest);
  }
  p.origin.reserve(p.scheme.size() + 4 + host.size() + port.size());
  p.origin.append(p.scheme).append("://").append(host).append(":").append(port);
  return p;
}

std::optional<ParsedUrl> ParseUrl(const std::string& url) {
  if (auto simple = SplitSimpleUrl(url)) return simple;
  return ParseUrlWithCurl(url);
}

}  // namespace fetch_internal

std::string FetchOrigin(const std::string& url) {
  const std::optional<fetch_internal::ParsedUrl> parsed = fetch_internal::ParseUrl(url);
  if (!parsed || (parsed->scheme != "http" && parsed->scheme != "https")) return "";
  return parsed->origin;
}

namespace {

using fetch_internal::FetchSchedule;
using fetch_internal::Host;
using fetch_internal::Job;
using fetch_internal::ParsedUrl;
using fetch_internal::ParseUrl;

// ---- RAII owners for curl handles ----
struct EasyDeleter {
  void operator()(CURL* easy) const { curl_easy_cleanup(easy); }
};
struct MultiDeleter {
  void operator()(CURLM* multi) const { curl_multi_cleanup(multi); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using EasyPtr = std::unique_ptr<CURL, EasyDeleter>;
using MultiPtr = std::unique_ptr<CURLM, MultiDeleter>;
using SlistPtr = std::unique_ptr<curl_slist, SlistDeleter>;

// The one place a CURLcode becomes text.
std::string CurlError(CURLcode code, const char* detail) {
  std::string out = curl_easy_strerror(code);
  if (detail != nullptr && detail[0] != '\0') {
    out += ": ";
    out += detail;
    while (!out.empty() && out.back() == '\n') out.pop_back();
  }
  out += " (curl " + std::to_string(static_cast<int>(code)) + ")";
  return out;
}

// The encodings this libcurl decodes, as CURLOPT_ACCEPT_ENCODING "" would list them.
std::string AcceptedEncodings() {
  const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
  std::string out;
  auto add = [&out](const char* name) { out += out.empty() ? name : std::string(", ") + name; };
  if (info->features & CURL_VERSION_LIBZ) {
    add("deflate");
    add("gzip");
  }
  if (info->features & CURL_VERSION_BROTLI) add("br");
  if (info->features & CURL_VERSION_ZSTD) add("zstd");
  return out.empty() ? "identity" : out;
}

void EnsureCurlGlobalInit() {
  static const CURLcode kInit = curl_global_init(CURL_GLOBAL_DEFAULT);
  (void)kInit;
}

bool IsHttp(const std::string& scheme) { return scheme == "http" || scheme == "https"; }

class CurlLoop;

// A pooled easy handle. The options every transfer shares are set once, when it is made;
// a transfer sets only its own (URL, callbacks' data, headers, redirect policy, size cap).
// A handle belongs to one CurlLoop's pool: its connections live in that loop's multi.
struct Easy {
  EasyPtr handle;
  char error[CURL_ERROR_SIZE] = {};  // CURLOPT_ERRORBUFFER; cleared before each transfer
};

struct Transfer {
  CurlLoop* loop = nullptr;  // the loop that runs it
  size_t loop_index = 0;
  std::unique_ptr<Job> job;
  Host* host = nullptr;  // the scheduler's; only touched on the scheduler's thread
  int pacer_slot = -1;   // the HostPacer slot it holds, given back when it ends
  std::unique_ptr<Easy> easy;
  SlistPtr headers;
  std::string body;
  int64_t cap = 0;
  bool over_cap = false;
  std::string refused;  // set by the open-socket check
  // With FetchOptions::record_exchanges: the heads as curl's trace saw them.
  std::string request_head;
  std::string response_head;
  std::chrono::system_clock::time_point started{};
  CURLcode result = CURLE_OK;      // how curl ended it
  CURLMcode add_error = CURLM_OK;  // curl_multi_add_handle refused it
};

// One per socket curl asks us to watch. Shared with queued wait handlers. A socket curl
// opened through OnOpenSocket keeps its context (and its Asio registration) until curl
// closes it (OnCloseSocket), not just until CURL_POLL_REMOVE: a kept-alive connection is
// removed after every transfer and watched again by the next, and re-registering it each
// time cost four system calls per request. Other sockets (the resolver's) end on REMOVE.
struct SocketContext {
  SocketContext(asio::io_context& io, curl_socket_t fd, bool opened_by_us)
      : fd(fd), descriptor(io), opened_by_us(opened_by_us) {}
  curl_socket_t fd;
  asio::posix::stream_descriptor descriptor;
  bool opened_by_us;
  int want = 0;  // CURL_POLL_IN / OUT / INOUT; 0 after CURL_POLL_REMOVE
  bool reading = false;
  bool writing = false;
  bool retired = false;
};

// The bridge: one curl multi handle driven by one io_context, following curl's contract
// (see the top of this file). Everything runs on that io_context's thread: Add() and
// RemoveAll() must be called there, and `done` is called there once per added transfer,
// after curl_multi_remove_handle, so the transfer may then be read on another thread.
class CurlLoop {
 public:
  using Done = std::function<void(std::unique_ptr<Transfer>)>;

  CurlLoop(asio::io_context& io, long max_connects, bool allow_private_networks, Done done)
      : io_(io),
        timer_(io),
        allow_private_networks_(allow_private_networks),
        done_(std::move(done)) {
    multi_.reset(curl_multi_init());
    curl_multi_setopt(multi_.get(), CURLMOPT_SOCKETFUNCTION, &CurlLoop::OnCurlSocket);
    curl_multi_setopt(multi_.get(), CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi_.get(), CURLMOPT_TIMERFUNCTION, &CurlLoop::OnCurlTimer);
    curl_multi_setopt(multi_.get(), CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(multi_.get(), CURLMOPT_MAXCONNECTS, max_connects);
  }

  ~CurlLoop() {
    // Transfers first (removing them may call the socket callback), then the multi handle
    // (closing its cached connections calls OnCloseSocket), then any socket contexts curl
    // never removed: release, never close, curl's fds.
    for (auto& [easy, transfer] : transfers_) curl_multi_remove_handle(multi_.get(), easy);
    transfers_.clear();
    multi_.reset();
    for (auto& [fd, ctx] : sockets_) Retire(*ctx);
    sockets_.clear();
  }

  CurlLoop(const CurlLoop&) = delete;
  CurlLoop& operator=(const CurlLoop&) = delete;

  // Sets the options an easy handle of this loop's pool keeps for every transfer.
  void SetUpEasy(CURL* easy) {
    curl_easy_setopt(easy, CURLOPT_OPENSOCKETFUNCTION, &CurlLoop::OnOpenSocket);
    curl_easy_setopt(easy, CURLOPT_CLOSESOCKETFUNCTION, &CurlLoop::OnCloseSocket);
    curl_easy_setopt(easy, CURLOPT_CLOSESOCKETDATA, this);
  }

  void Add(std::unique_ptr<Transfer> t) {
    t->loop = this;
    CURL* easy = t->easy->handle.get();
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(easy, CURLOPT_OPENSOCKETDATA, t.get());
    curl_easy_setopt(easy, CURLOPT_DEBUGDATA, t.get());  // used only when recording
    if (CURLMcode mc = curl_multi_add_handle(multi_.get(), easy); mc != CURLM_OK) {
      t->add_error = mc;
      // Not from inside the caller's call: done_ may start more transfers.
      asio::post(io_, [this, t = std::move(t)]() mutable { done_(std::move(t)); });
      return;
    }
    transfers_.emplace(easy, std::move(t));
  }

  // Takes every transfer out of curl (Cancel); `done` is not called for them.
  std::vector<std::unique_ptr<Transfer>> RemoveAll() {
    std::vector<std::unique_ptr<Transfer>> out;
    for (auto& [easy, t] : transfers_) {
      curl_multi_remove_handle(multi_.get(), easy);
      out.push_back(std::move(t));
    }
    transfers_.clear();
    return out;
  }

 private:
  static int OnCurlSocket(CURL* /*easy*/, curl_socket_t fd, int what, void* userp,
                          void* /*socketp*/) {
    auto* self = static_cast<CurlLoop*>(userp);
    auto it = self->sockets_.find(fd);
    if (what == CURL_POLL_REMOVE) {
      if (it == self->sockets_.end()) return 0;
      if (it->second->opened_by_us) {
        it->second->want = 0;  // a wait still queued is ignored when it fires
      } else {
        self->RemoveSocket(fd);
      }
      return 0;
    }
    std::shared_ptr<SocketContext> ctx =
        it != self->sockets_.end() ? it->second : self->Watch(fd, /*opened_by_us=*/false);
    if (!ctx) return -1;  // curl treats a callback error as fatal for the transfer
    ctx->want = what;
    self->Arm(ctx);
    return 0;
  }

  // curl's one timer. `deadline_` is what curl asked for last; the Asio timer is only
  // moved when that comes earlier than where it is armed. curl pushes its deadline later
  // around every transfer, and re-arming each time cost a timerfd_settime per request; a
  // timer that fires before the deadline just re-arms for it.
  static int OnCurlTimer(CURLM* /*multi*/, long timeout_ms, void* userp) {
    auto* self = static_cast<CurlLoop*>(userp);
    if (timeout_ms < 0) {
      self->deadline_ = SteadyClock::time_point::max();
      return 0;
    }
    if (timeout_ms == 0) {
      self->deadline_ = SteadyClock::time_point::max();
      if (self->timeout_posted_) return 0;
      self->timeout_posted_ = true;
      asio::post(self->io_, [self] {
        self->timeout_posted_ = false;
        self->OnSocketAction(CURL_SOCKET_TIMEOUT, 0);
      });
      return 0;
    }
    self->deadline_ = SteadyClock::now() + milliseconds(timeout_ms);
    if (self->deadline_ < self->armed_) self->ArmTimer(self->deadline_);
    return 0;
  }

  void ArmTimer(SteadyClock::time_point at) {
    armed_ = at;
    timer_.expires_at(at);  // cancels a wait still pending
    timer_.async_wait([this](const boost::system::error_code& ec) {
      if (ec) return;  // re-armed earlier, or the loop is going away
      armed_ = SteadyClock::time_point::max();
      if (deadline_ == SteadyClock::time_point::max()) return;  // curl cancelled it
      if (deadline_ > SteadyClock::now()) return ArmTimer(deadline_);
      deadline_ = SteadyClock::time_point::max();
      OnSocketAction(CURL_SOCKET_TIMEOUT, 0);
    });
  }

  static curl_socket_t OnOpenSocket(void* userp, curlsocktype purpose, curl_sockaddr* address) {
    auto* t = static_cast<Transfer*>(userp);
    if (purpose == CURLSOCKTYPE_IPCXN && !t->loop->allow_private_networks_ &&
        fetch_internal::IsPrivateAddress(&address->addr)) {
      char text[INET6_ADDRSTRLEN] = "?";
      if (address->family == AF_INET) {
        inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(&address->addr)->sin_addr, text,
                  sizeof text);
      } else if (address->family == AF_INET6) {
        inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(&address->addr)->sin6_addr, text,
                  sizeof text);
      }
      t->refused = std::string("refused to connect to private network address ") + text;
      return CURL_SOCKET_BAD;
    }
    curl_socket_t fd = socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
    if (fd != CURL_SOCKET_BAD && !t->loop->Watch(fd, /*opened_by_us=*/true)) {
      close(fd);
      return CURL_SOCKET_BAD;
    }
    return fd;
  }

  // curl closes every socket OnOpenSocket made through here, also those in its connection
  // cache when the multi handle is cleaned up (the loop is still alive then).
  static int OnCloseSocket(void* userp, curl_socket_t fd) {
    static_cast<CurlLoop*>(userp)->RemoveSocket(fd);
    return close(fd);
  }

  // Registers `fd` with the io_context. A stale context for the same number (its socket
  // closed behind our back) is retired first. Returns null if Asio refuses the fd.
  std::shared_ptr<SocketContext> Watch(curl_socket_t fd, bool opened_by_us) {
    RemoveSocket(fd);
    auto ctx = std::make_shared<SocketContext>(io_, fd, opened_by_us);
    boost::system::error_code ec;
    ctx->descriptor.assign(fd, ec);
    if (ec) return nullptr;
    sockets_.emplace(fd, ctx);
    return ctx;
  }

  void Arm(const std::shared_ptr<SocketContext>& ctx) {
    if ((ctx->want & CURL_POLL_IN) && !ctx->reading) {
      ctx->reading = true;
      ctx->descriptor.async_wait(asio::posix::stream_descriptor::wait_read,
                                 [this, ctx](const boost::system::error_code& ec) {
                                   ctx->reading = false;
                                   OnSocketReady(ctx, ec, CURL_POLL_IN, CURL_CSELECT_IN);
                                 });
    }
    if ((ctx->want & CURL_POLL_OUT) && !ctx->writing) {
      ctx->writing = true;
      ctx->descriptor.async_wait(asio::posix::stream_descriptor::wait_write,
                                 [this, ctx](const boost::system::error_code& ec) {
                                   ctx->writing = false;
                                   OnSocketReady(ctx, ec, CURL_POLL_OUT, CURL_CSELECT_OUT);
                                 });
    }
  }

  void OnSocketReady(const std::shared_ptr<SocketContext>& ctx, const boost::system::error_code& ec,
                     int direction, int select_flag) {
    if (ctx->retired || ec == asio::error::operation_aborted) return;
    if (!(ctx->want & direction)) return;  // curl no longer waits for this direction
    OnSocketAction(ctx->fd, ec ? CURL_CSELECT_ERR : select_flag);
    if (!ctx->retired) Arm(ctx);
  }

  void OnSocketAction(curl_socket_t fd, int flags) {
    int running = 0;
    curl_multi_socket_action(multi_.get(), fd, flags, &running);
    int left = 0;
    while (CURLMsg* msg = curl_multi_info_read(multi_.get(), &left)) {
      if (msg->msg != CURLMSG_DONE) continue;
      CURL* easy = msg->easy_handle;
      CURLcode code = msg->data.result;  // msg is invalid after remove_handle
      auto it = transfers_.find(easy);
      if (it == transfers_.end()) continue;
      std::unique_ptr<Transfer> t = std::move(it->second);
      transfers_.erase(it);
      curl_multi_remove_handle(multi_.get(), easy);
      t->result = code;
      done_(std::move(t));
    }
  }

  void RemoveSocket(curl_socket_t fd) {
    auto it = sockets_.find(fd);
    if (it == sockets_.end()) return;
    Retire(*it->second);
    sockets_.erase(it);
  }

  static void Retire(SocketContext& ctx) {
    ctx.retired = true;
    boost::system::error_code ignored;
    ctx.descriptor.cancel(ignored);
    ctx.descriptor.release();  // curl closes the fd
  }

  asio::io_context& io_;
  asio::steady_timer timer_;
  SteadyClock::time_point deadline_ = SteadyClock::time_point::max();  // none
  SteadyClock::time_point armed_ = SteadyClock::time_point::max();     // timer_ idle
  bool timeout_posted_ = false;  // a zero curl timeout is already posted
  const bool allow_private_networks_;
  Done done_;
  MultiPtr multi_;
  std::unordered_map<curl_socket_t, std::shared_ptr<SocketContext>> sockets_;
  std::unordered_map<CURL*, std::unique_ptr<Transfer>> transfers_;
};

// One curl loop and what the fetcher's scheduler keeps for it. Loop 0 runs on the
// scheduler's io_context (the thread that calls Run()); each other one on its own
// io_context and thread.
struct LoopSlot {
  std::unique_ptr<asio::io_context> own_io;  // null for loop 0
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work;
  std::unique_ptr<CurlLoop> loop;
  std::vector<std::unique_ptr<Easy>> free_easies;  // scheduler's thread only
  int in_flight = 0;                               // scheduler's thread only
};

constexpr int64_t kRobotsMaxBytes = int64_t{500} * 1024;  // RFC 9309 §2.5

class RealClock final : public FetchClock {
 public:
  SteadyClock::time_point SteadyNow() override { return SteadyClock::now(); }
  SystemClock::time_point SystemNow() override { return SystemClock::now(); }
};

FetchOptions Normalized(FetchOptions options) {
  options.max_total = std::max(1, options.max_total);
  options.max_per_host = std::max(1, options.max_per_host);
  options.max_attempts = std::max(1, options.max_attempts);
  options.io_threads = std::clamp(options.io_threads, 1, 64);
  if (!options.clock) options.clock = std::make_shared<RealClock>();
  return options;
}

class FetcherImpl final : public Fetcher, private FetchSchedule::Actions {
 public:
  explicit FetcherImpl(const FetchOptions& options)
      : options_(Normalized(options)),
        clock_(*options_.clock),
        schedule_(options_),
        work_(asio::make_work_guard(io_)),
        schedule_timer_(io_),
        rng_(std::random_device{}()),
        robots_token_(RobotsProductToken(options.user_agent)) {
    EnsureCurlGlobalInit();
    // Header lines rather than CURLOPT_USERAGENT and the Accept-Encoding curl derives from
    // CURLOPT_ACCEPT_ENCODING: curl formats those again for every request, and that was a
    // tenth of its CPU per request on loopback. Decoding still follows ACCEPT_ENCODING.
    curl_slist* base = curl_slist_append(nullptr, ("User-Agent: " + options_.user_agent).c_str());
    if (base != nullptr) {
      curl_slist_append(base, ("Accept-Encoding: " + AcceptedEncodings()).c_str());
      base_headers_.reset(base);
    }
    for (int i = 0; i < options_.io_threads; ++i) {
      auto slot = std::make_unique<LoopSlot>();
      asio::io_context* io = &io_;
      CurlLoop::Done done;
      if (i == 0) {  // the scheduler's own thread: completions are handled in place
        done = [this](std::unique_ptr<Transfer> t) { OnTransferDone(std::move(t)); };
      } else {
        slot->own_io = std::make_unique<asio::io_context>(1);
        slot->work.emplace(asio::make_work_guard(*slot->own_io));
        io = slot->own_io.get();
        done = [this](std::unique_ptr<Transfer> t) {
          asio::post(io_, [this, t = std::move(t)]() mutable { OnTransferDone(std::move(t)); });
        };
      }
      slot->loop = std::make_unique<CurlLoop>(*io, static_cast<long>(options_.max_total),
                                              options_.allow_private_networks, std::move(done));
      loops_.push_back(std::move(slot));
    }
  }

  void Submit(FetchRequest request, Callback done) override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (accepting_) {
        ++outstanding_;
        auto job = std::make_unique<Job>();
        job->request = std::move(request);
        job->done = std::move(done);
        asio::post(io_, [this, job = std::move(job)]() mutable { Enqueue(std::move(job)); });
        return;
      }
    }
    FetchResponse response;
    response.outcome = FetchOutcome::kNotStarted;
    response.url = request.url;
    response.tag = request.tag;
    response.error = "fetcher is shut down";
    if (done) done(std::move(response));
  }

  void Run() override {
    std::vector<std::thread> threads;
    std::mutex error_mu;
    std::exception_ptr error;
    // Restarted here, before any thread runs, so a stop() that comes early is not undone.
    io_.restart();
    for (size_t i = 1; i < loops_.size(); ++i) loops_[i]->own_io->restart();
    for (size_t i = 1; i < loops_.size(); ++i) {
      threads.emplace_back([this, &error_mu, &error, io = loops_[i]->own_io.get()] {
        try {
          io->run();
        } catch (...) {  // not expected: handlers do not throw; end the run, report it
          std::lock_guard<std::mutex> lock(error_mu);
          error = std::current_exception();
          io_.stop();
        }
      });
    }
    try {
      io_.run();
    } catch (...) {
      StopLoops();
      for (auto& thread : threads) thread.join();
      throw;
    }
    StopLoops();  // normally done already; not when an extra loop failed
    for (auto& thread : threads) thread.join();
    if (error) std::rethrow_exception(error);
  }

  void Shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      accepting_ = false;
    }
    asio::post(io_, [this] {
      shutting_down_ = true;
      MaybeStop();
    });
  }

  void Stop() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      accepting_ = false;
    }
    asio::post(io_, [this] { DropUnsent(); });
  }

  void Cancel() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      accepting_ = false;
    }
    asio::post(io_, [this] { CancelAll(); });
  }

  FetchRetryWait RetryWait() const override {
    std::lock_guard<std::mutex> lock(mu_);
    return retry_wait_;
  }

 private:
  // ---------------------------------------------------------------- scheduling
  void Enqueue(std::unique_ptr<Job> job) {
    if (job->current_url.empty()) {
      job->started = clock_.SteadyNow();
      job->current_url = job->request.url;
      job->response.url = job->request.url;
      job->response.tag = job->request.tag;
    }
    if (canceled_) return Finish(std::move(job), FetchOutcome::kNetworkError, "canceled");
    if (stopped_) return Finish(std::move(job), FetchOutcome::kNotStarted, "stopped");
    auto parsed = ParseUrl(job->current_url);
    if (!parsed) {
      // The message first: the order in which arguments are evaluated is unspecified.
      std::string error = "not an absolute URL: " + job->current_url;
      return Finish(std::move(job), FetchOutcome::kInvalidUrl, std::move(error));
    }
    if (parsed->scheme == "file") {
      if (!options_.allow_file_urls)
        return Finish(std::move(job), FetchOutcome::kRefused, "file: URLs are not allowed");
    } else if (!IsHttp(parsed->scheme)) {
      return Finish(std::move(job), FetchOutcome::kRefused,
                    "unsupported scheme: " + parsed->scheme);
    }
    job->parsed = std::move(*parsed);
    Host& host = schedule_.HostFor(job->parsed);
    schedule_.Enqueue(host, std::move(job));
    SchedulePump();
  }

  void SchedulePump() {
    if (pump_posted_) return;
    pump_posted_ = true;
    asio::post(io_, [this] {
      pump_posted_ = false;
      Pump();
    });
  }

  // Starts what the schedule allows now and arms the timer for when it next may.
  void Pump() {
    const SteadyClock::time_point now = clock_.SteadyNow();
    const std::optional<SteadyClock::time_point> wake = schedule_.Pump(now, *this);
    PublishRetryWait(now);
    if (wake && *wake != scheduled_wake_) {
      scheduled_wake_ = *wake;
      // Relative to the injected clock's `now`: the timer itself waits in real time.
      schedule_timer_.expires_after(*wake - now);
      schedule_timer_.async_wait([this](const boost::system::error_code& ec) {
        if (ec) return;
        scheduled_wake_ = {};
        Pump();
      });
    }
    MaybeStop();
  }

  // The retries the schedule holds, for RetryWait() on other threads. Loop thread; called
  // after every pass (a Delay() is followed by one) and when the unsent requests are
  // taken out.
  void PublishRetryWait(SteadyClock::time_point now) {
    FetchRetryWait wait;
    wait.waiting = static_cast<int64_t>(schedule_.delayed());
    if (const std::optional<SteadyClock::time_point> due = schedule_.next_delayed()) {
      wait.next = clock_.SystemNow() + std::chrono::duration_cast<SystemClock::duration>(
                                           std::max(*due - now, SteadyClock::duration::zero()));
    }
    std::lock_guard<std::mutex> lock(mu_);
    retry_wait_ = wait;
  }

  // FetchSchedule::Actions
  void Resume(std::unique_ptr<Job> job) override { Enqueue(std::move(job)); }

  void Refuse(Host& host, std::unique_ptr<Job> job) override {
    if (host.robots_state == Host::Robots::kUnavailable) return FinishBlocked(std::move(job), host);
    Finish(std::move(job), FetchOutcome::kBlocked, "disallowed by robots.txt");
  }

  void Start(Host& host, std::unique_ptr<Job> job, int pacer_slot) override {
    StartTransfer(host, std::move(job), pacer_slot);
  }

  void FinishBlocked(std::unique_ptr<Job> job, const Host& host) {
    if (host.robots_refused) {
      return Finish(std::move(job), FetchOutcome::kRefused, host.robots_error);
    }
    job->response.retry_at = clock_.SystemNow() + options_.max_retry_delay;
    Finish(std::move(job), FetchOutcome::kBlocked,
           "robots.txt unavailable (" + host.robots_error + ")");
  }

  void StartRobots(Host& host, int pacer_slot) override {
    auto job = std::make_unique<Job>();
    job->is_robots = true;
    job->current_url = host.origin + "/robots.txt";
    job->started = host.robots_started;
    StartTransfer(host, std::move(job), pacer_slot);
  }

  // ---------------------------------------------------------------- transfers
  static size_t OnWrite(char* data, size_t size, size_t count, void* userp) {
    auto* t = static_cast<Transfer*>(userp);
    size_t n = size * count;
    if (static_cast<int64_t>(t->body.size() + n) > t->cap) {
      // Keep what fits (robots.txt parses its first 500 KiB), then abort the transfer.
      t->body.append(data, static_cast<size_t>(t->cap - static_cast<int64_t>(t->body.size())));
      t->over_cap = true;
      return 0;
    }
    t->body.append(data, n);
    return n;
  }

  // CURLOPT_DEBUGFUNCTION when recording exchanges: keeps the header lines as they were
  // sent and received (the last block received: a 1xx block is replaced by the final one).
  static int OnTrace(CURL*, curl_infotype type, char* data, size_t size, void* userp) {
    auto* t = static_cast<Transfer*>(userp);
    if (type == CURLINFO_HEADER_OUT) {
      t->request_head.append(data, size);
    } else if (type == CURLINFO_HEADER_IN) {
      if (size >= 5 && std::string_view(data, 5) == "HTTP/") t->response_head.clear();
      t->response_head.append(data, size);
    }
    return 0;
  }

  // Keeps the exchange `t` finished for an archive (FetchOptions::record_exchanges).
  static void RecordExchange(Job& job, Transfer& t, CURL* easy) {
    if (t.response_head.empty()) return;  // no response (or file://)
    HttpExchange x;
    x.url = job.current_url;
    x.date = t.started;
    if (const char* ip = nullptr;
        curl_easy_getinfo(easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip != nullptr) {
      x.remote_ip = ip;
    }
    x.request_head = std::move(t.request_head);
    x.response_head = std::move(t.response_head);
    x.body = t.body;
    job.response.exchanges.push_back(std::move(x));
  }

  // `pacer_slot`: the HostPacer slot the transfer holds (-1: none).
  void StartTransfer(Host& host, std::unique_ptr<Job> job, int pacer_slot) {
    // The loop with the fewest transfers: with several, the busier loop's completions come
    // back later, so it is given less.
    size_t index = 0;
    for (size_t i = 1; i < loops_.size(); ++i) {
      if (loops_[i]->in_flight < loops_[index]->in_flight) index = i;
    }
    LoopSlot& slot = *loops_[index];
    auto t = std::make_unique<Transfer>();
    t->loop_index = index;
    t->host = &host;
    t->pacer_slot = pacer_slot;
    t->cap = job->is_robots ? kRobotsMaxBytes : options_.max_body_bytes;
    if (options_.record_exchanges) t->started = clock_.SystemNow();
    t->easy = AcquireEasy(slot);
    if (t->easy == nullptr) {
      if (pacer_slot >= 0) options_.host_pacer->Done(host.origin, pacer_slot);
      schedule_.Finished(host);
      if (job->is_robots) return RobotsUnavailable(host, "curl_easy_init failed");
      return Finish(std::move(job), FetchOutcome::kNetworkError, "curl_easy_init failed");
    }
    CURL* e = t->easy->handle.get();
    t->easy->error[0] = '\0';
    curl_easy_setopt(e, CURLOPT_URL, job->current_url.c_str());
    curl_slist* headers = nullptr;
    if (job->is_robots) {
      // RFC 9309 §2.3.1.2: follow at least five consecutive redirects (CURLOPT_MAXREDIRS).
      curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
      curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, curl_off_t{0});  // capped in OnWrite
    } else {
      curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);  // redirects are followed by hand
      curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
                       static_cast<curl_off_t>(options_.max_body_bytes));
      auto add = [&](const std::string& line) {
        if (curl_slist* next = curl_slist_append(headers, line.c_str())) headers = next;
      };
      if (!job->request.etag.empty()) add("If-None-Match: " + job->request.etag);
      if (!job->request.last_modified.empty())
        add("If-Modified-Since: " + job->request.last_modified);
      if (!job->redirect_hop) ++job->response.attempts;
      job->redirect_hop = false;
    }
    // Most requests send only the shared lines; a conditional one has its own list, with
    // the shared lines copied after its own.
    if (headers != nullptr) {
      for (const curl_slist* line = base_headers_.get(); line != nullptr; line = line->next) {
        if (curl_slist* next = curl_slist_append(headers, line->data)) headers = next;
      }
      t->headers.reset(headers);
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, headers != nullptr ? headers : base_headers_.get());
    t->job = std::move(job);
    ++slot.in_flight;
    if (index == 0) return slot.loop->Add(std::move(t));
    asio::post(*slot.own_io,
               [loop = slot.loop.get(), t = std::move(t)]() mutable { loop->Add(std::move(t)); });
  }

  // Easy handles are reused: curl_easy_init/cleanup per request cost more than the
  // request itself on loopback, and so did setting the shared options again each time.
  std::unique_ptr<Easy> AcquireEasy(LoopSlot& slot) {
    if (!slot.free_easies.empty()) {
      std::unique_ptr<Easy> easy = std::move(slot.free_easies.back());
      slot.free_easies.pop_back();
      return easy;
    }
    auto easy = std::make_unique<Easy>();
    easy->handle.reset(curl_easy_init());
    CURL* e = easy->handle.get();
    if (e == nullptr) return nullptr;
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, easy->error);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &FetcherImpl::OnWrite);
    if (options_.record_exchanges) {  // the heads come from curl's trace
      curl_easy_setopt(e, CURLOPT_DEBUGFUNCTION, &FetcherImpl::OnTrace);
      curl_easy_setopt(e, CURLOPT_VERBOSE, 1L);
    }
    slot.loop->SetUpEasy(e);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");  // every encoding curl decodes
    curl_easy_setopt(e, CURLOPT_PROXY, "");            // never a proxy from the environment ...
    curl_easy_setopt(e, CURLOPT_NOPROXY, "");          // ... nor its no_proxy list
    if (!options_.ca_file.empty()) curl_easy_setopt(e, CURLOPT_CAINFO, options_.ca_file.c_str());
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR,
                     options_.allow_file_urls ? "http,https,file" : "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);  // robots.txt only; pages are followed by hand
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(options_.connect_timeout.count()));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, static_cast<long>(options_.low_speed_bytes_per_s));
    curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options_.low_speed_time.count()));
    return easy;
  }

  void ReleaseEasy(LoopSlot& slot, std::unique_ptr<Easy> easy) {
    if (!easy || slot.free_easies.size() >= static_cast<size_t>(options_.max_total)) return;
    slot.free_easies.push_back(std::move(easy));
  }

  static std::string Header(CURL* easy, const char* name) {
    curl_header* h = nullptr;
    if (curl_easy_header(easy, name, 0, CURLH_HEADER, -1, &h) == CURLHE_OK && h != nullptr)
      return h->value;
    return {};
  }

  // The path of the file: URL `url` when curl could not read it (`code`) because no such
  // file exists; nullopt otherwise.
  static std::optional<std::string> MissingFile(const std::string& url, CURLcode code) {
    if (code != CURLE_FILE_COULDNT_READ_FILE) return std::nullopt;
    std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> h(curl_url(), &curl_url_cleanup);
    char* decoded = nullptr;
    if (!h || curl_url_set(h.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK ||
        curl_url_get(h.get(), CURLUPART_PATH, &decoded, CURLU_URLDECODE) != CURLUE_OK) {
      return std::nullopt;
    }
    const std::unique_ptr<char, decltype(&curl_free)> owned(decoded, &curl_free);
    const std::string path(decoded);
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 || (errno != ENOENT && errno != ENOTDIR)) {
      return std::nullopt;
    }
    return path;
  }

  static bool Retryable(CURLcode code) {
    switch (code) {
      case CURLE_COULDNT_RESOLVE_HOST:
      case CURLE_COULDNT_CONNECT:
      case CURLE_OPERATION_TIMEDOUT:
      case CURLE_SEND_ERROR:
      case CURLE_RECV_ERROR:
      case CURLE_GOT_NOTHING:
      case CURLE_PARTIAL_FILE:
      case CURLE_SSL_CONNECT_ERROR:
      case CURLE_HTTP2:
      case CURLE_HTTP2_STREAM:
      case CURLE_HTTP3:
      case CURLE_QUIC_CONNECT_ERROR:
        return true;
      default:
        return false;
    }
  }

  // Takes a transfer back from its loop: the counts, and its host back in the ready list.
  // The caller reads the results, then returns the easy handle to its pool.
  void Reclaim(Transfer& t) {
    if (t.pacer_slot >= 0) options_.host_pacer->Done(t.host->origin, t.pacer_slot);
    t.pacer_slot = -1;
    schedule_.Finished(*t.host);
    --loops_[t.loop_index]->in_flight;
    SchedulePump();
  }

  // A transfer's end, on the scheduler's thread: one outcome for its job, a retry, the
  // next redirect hop, or the robots.txt answer for its host.
  void OnTransferDone(std::unique_ptr<Transfer> t) {
    Reclaim(*t);
    struct Recycle {  // the handle goes back to its pool once its results are read
      FetcherImpl* self;
      Transfer* t;
      ~Recycle() { self->ReleaseEasy(*self->loops_[t->loop_index], std::move(t->easy)); }
    } recycle{this, t.get()};
    Host& host = *t->host;
    std::unique_ptr<Job> job = std::move(t->job);
    if (t->add_error != CURLM_OK) {
      if (!job->is_robots) {
        return Finish(std::move(job), FetchOutcome::kNetworkError,
                      curl_multi_strerror(t->add_error));
      }
      return RobotsUnavailable(host, curl_multi_strerror(t->add_error));
    }
    CURL* easy = t->easy->handle.get();
    const CURLcode code = t->result;
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    if (job->is_robots) return OnRobotsDone(host, *t, code, status);
    if (options_.record_exchanges) RecordExchange(*job, *t, easy);

    FetchResponse& r = job->response;
    r.final_url = job->current_url;
    r.http_status = static_cast<int>(status);
    if (!t->refused.empty() && code != CURLE_OK) {
      return Finish(std::move(job), FetchOutcome::kRefused, t->refused);
    }
    if (t->over_cap || code == CURLE_FILESIZE_EXCEEDED) {
      return Finish(std::move(job), FetchOutcome::kTooLarge,
                    "body over " + std::to_string(options_.max_body_bytes) + " bytes");
    }
    if (code != CURLE_OK) {
      std::string error = CurlError(code, t->easy->error);
      if (code == CURLE_URL_MALFORMAT) {
        return Finish(std::move(job), FetchOutcome::kInvalidUrl, error);
      }
      if (code == CURLE_UNSUPPORTED_PROTOCOL) {
        return Finish(std::move(job), FetchOutcome::kRefused, error);
      }
      // A file: URL's file that is not there (gone since the URL was listed): what it is,
      // not a network failure.
      if (std::optional<std::string> missing = MissingFile(job->current_url, code)) {
        return Finish(std::move(job), FetchOutcome::kNotFound, *missing + ": no such file");
      }
      if (!Retryable(code)) return Finish(std::move(job), FetchOutcome::kNetworkError, error);
      return RetryOrFinish(std::move(job), FetchOutcome::kNetworkError, error, std::nullopt);
    }
    if (const char* type = nullptr;
        curl_easy_getinfo(easy, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type != nullptr) {
      r.content_type = type;
    }
    r.content_language = Header(easy, "Content-Language");
    r.etag = Header(easy, "ETag");
    r.last_modified = Header(easy, "Last-Modified");

    if (job->parsed.scheme == "file" || (status >= 200 && status < 300)) {
      r.body = std::move(t->body);
      return Finish(std::move(job), FetchOutcome::kOk, "");
    }
    if (status == 304) return Finish(std::move(job), FetchOutcome::kNotModified, "");
    if (status >= 300 && status < 400) {
      char* location = nullptr;
      curl_easy_getinfo(easy, CURLINFO_REDIRECT_URL, &location);
      if (location != nullptr) return FollowRedirect(std::move(job), location);
    }
    std::string error = "HTTP " + std::to_string(status);
    if (status == 429 || status >= 500) {
      auto retry_after =
          fetch_internal::ParseRetryAfter(Header(easy, "Retry-After"), clock_.SystemNow());
      return RetryOrFinish(std::move(job), FetchOutcome::kHttpError, error, retry_after);
    }
    Finish(std::move(job), FetchOutcome::kHttpError, error);
  }

  void FollowRedirect(std::unique_ptr<Job> job, std::string target) {
    if (job->redirects >= options_.max_redirects) {
      return Finish(
          std::move(job), FetchOutcome::kHttpError,
          "too many redirects (more than " + std::to_string(options_.max_redirects) + ")");
    }
    auto parsed = ParseUrl(target);
    if (!parsed) {
      return Finish(std::move(job), FetchOutcome::kInvalidUrl, "bad redirect target: " + target);
    }
    if (!IsHttp(parsed->scheme)) {
      return Finish(std::move(job), FetchOutcome::kRefused,
                    "redirect to a non-http(s) URL refused: " + target);
    }
    if (job->visited.empty()) job->visited.insert(job->request.url);
    if (!job->visited.insert(target).second) {
      return Finish(std::move(job), FetchOutcome::kHttpError, "redirect loop at " + target);
    }
    ++job->redirects;
    job->redirect_hop = true;
    job->current_url = std::move(target);
    job->response.final_url = job->current_url;
    Enqueue(std::move(job));
  }

  void RetryOrFinish(std::unique_ptr<Job> job, FetchOutcome outcome, std::string error,
                     std::optional<milliseconds> retry_after) {
    if (canceled_) return Finish(std::move(job), FetchOutcome::kNetworkError, "canceled");
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const FetchSchedule::Retry retry =
        schedule_.PlanRetry(job->response.attempts, unit(rng_), retry_after);
    if (stopped_ || !retry.again) {
      job->response.retry_at = clock_.SystemNow() + retry.delay;
      if (job->response.attempts < options_.max_attempts)
        error += " (Retry-After beyond max_retry_delay)";
      return Finish(std::move(job), outcome, std::move(error));
    }
    job->response.error = std::move(error);  // the last failure, visible if it never recovers
    schedule_.Delay(std::move(job), clock_.SteadyNow() + retry.delay);
    SchedulePump();
  }

  void ApplyRobots(Host& host, long status, std::string_view body) {
    host.robots = (status >= 200 && status < 300) ? RobotsRules::Parse(body, robots_token_)
                                                  : RobotsRules();  // allow all
    host.robots_state = Host::Robots::kReady;
    host.crawl_delay = host.robots.crawl_delay();
  }

  bool LoadCachedRobots(Host& host) override {
    if (!options_.robots_cache || host.is_file) return false;
    std::optional<RobotsCache::Entry> entry = options_.robots_cache->Load(host.origin);
    if (!entry ||
        !fetch_internal::RobotsEntryIsFresh(*entry, clock_.SystemNow(), options_.robots_cache_ttl))
      return false;
    ApplyRobots(host, entry->http_status, entry->body);
    return true;
  }

  void OnRobotsDone(Host& host, Transfer& t, CURLcode code, long status) {
    bool truncated = t.over_cap && status >= 200 && status < 300;  // keep its first 500 KiB
    if ((code == CURLE_OK || truncated) && fetch_internal::RobotsAnswerIsFinal(status)) {
      ApplyRobots(host, status, t.body);
      if (options_.robots_cache) {
        RobotsCache::Entry entry;
        entry.http_status = static_cast<int>(status);
        if (status >= 200 && status < 300) entry.body = t.body;
        entry.fetched_at = clock_.SystemNow();
        options_.robots_cache->Save(host.origin, entry);
      }
    } else if (!t.refused.empty()) {
      host.robots_refused = true;
      return RobotsUnavailable(host, t.refused);
    } else {
      return RobotsUnavailable(host, code != CURLE_OK ? CurlError(code, t.easy->error)
                                                      : "HTTP " + std::to_string(status));
    }
    schedule_.RobotsDone(host);
    SchedulePump();
  }

  // No final robots.txt answer for the host (§2.3.1.4: unreachable -> disallow); the
  // claim to fetch it goes back to the processes sharing the cache.
  void RobotsUnavailable(Host& host, std::string error) {
    host.robots_state = Host::Robots::kUnavailable;
    host.robots_error = std::move(error);
    if (options_.robots_cache) options_.robots_cache->AbandonFetch(host.origin);
    schedule_.RobotsDone(host);
    SchedulePump();
  }

  // ---------------------------------------------------------------- completion
  void Finish(std::unique_ptr<Job> job, FetchOutcome outcome, std::string error) {
    FetchResponse& r = job->response;
    r.outcome = outcome;
    r.error = std::move(error);
    if (outcome != FetchOutcome::kHttpError && outcome != FetchOutcome::kNetworkError &&
        outcome != FetchOutcome::kBlocked)
      r.retry_at.reset();
    if (r.final_url.empty()) r.final_url = job->current_url;
    r.elapsed = std::chrono::duration_cast<milliseconds>(clock_.SteadyNow() - job->started);
    if (job->done) {
      try {
        job->done(std::move(r));
      } catch (...) {
        // A callback's exception must not unwind through curl or Asio.
      }
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      --outstanding_;
    }
    MaybeStop();
  }

  // Stop(): what is not on the wire ends as kNotStarted; Run() ends with the transfers.
  void DropUnsent() {
    stopped_ = true;
    shutting_down_ = true;
    for (auto& job : schedule_.TakeUnsent())
      Finish(std::move(job), FetchOutcome::kNotStarted, "stopped");
    PublishRetryWait(clock_.SteadyNow());
    MaybeStop();
  }

  void CancelAll() {
    canceled_ = true;
    for (auto& job : schedule_.TakeUnsent())
      Finish(std::move(job), FetchOutcome::kNetworkError, "canceled");
    PublishRetryWait(clock_.SteadyNow());
    // Transfers in flight end as "canceled" once their loop has taken them out of curl; a
    // transfer that completed meanwhile comes back as usual and finds canceled_ set.
    AbandonTransfers(loops_[0]->loop->RemoveAll());
    for (size_t i = 1; i < loops_.size(); ++i) {
      asio::post(*loops_[i]->own_io, [this, loop = loops_[i]->loop.get()] {
        asio::post(io_,
                   [this, ts = loop->RemoveAll()]() mutable { AbandonTransfers(std::move(ts)); });
      });
    }
    MaybeStop();
  }

  void AbandonTransfers(std::vector<std::unique_ptr<Transfer>> transfers) {
    for (auto& t : transfers) {
      Reclaim(*t);
      ReleaseEasy(*loops_[t->loop_index], std::move(t->easy));
      if (!t->job->is_robots) Finish(std::move(t->job), FetchOutcome::kNetworkError, "canceled");
    }
    MaybeStop();
  }

  void StopLoops() {
    for (auto& slot : loops_) {
      if (!slot->own_io) continue;
      slot->work.reset();
      slot->own_io->stop();
    }
  }

  void MaybeStop() {
    bool done;
    {
      std::lock_guard<std::mutex> lock(mu_);
      done = outstanding_ == 0 && (shutting_down_ || canceled_);
    }
    if (!done) return;
    schedule_timer_.cancel();
    work_.reset();
    io_.stop();
    StopLoops();
  }

  FetchOptions options_;  // normalized; options_.clock is set
  FetchClock& clock_;     // *options_.clock
  FetchSchedule schedule_;
  // Declared before every I/O object: destroyed after them. Run() is its only thread (the
  // hint lets Asio queue that thread's own posts without locking); Submit posts from others.
  asio::io_context io_{1};
  asio::executor_work_guard<asio::io_context::executor_type> work_;
  asio::steady_timer schedule_timer_;
  SteadyClock::time_point scheduled_wake_{};
  SlistPtr base_headers_;  // User-Agent and Accept-Encoding lines; easy handles point here
  std::vector<std::unique_ptr<LoopSlot>> loops_;  // after io_: destroyed before it
  bool pump_posted_ = false;
  bool shutting_down_ = false;  // loop thread
  bool canceled_ = false;       // loop thread
  bool stopped_ = false;        // loop thread
  std::mt19937_64 rng_;
  std::string robots_token_;

  mutable std::mutex mu_;
  bool accepting_ = true;      // guarded by mu_
  int64_t outstanding_ = 0;    // accepted, not yet completed; guarded by mu_
  FetchRetryWait retry_wait_;  // guarded by mu_; see PublishRetryWait()
};

}  // namespace

std::unique_ptr<Fetcher> Fetcher::Create(const FetchOptions& options) {
  return std::make_unique<FetcherImpl>(options);
}

FetchResponse FetchOne(const FetchRequest& request, const FetchOptions& options,
                       const std::function<void(Fetcher*)>& running) {
  auto fetcher = Fetcher::Create(options);
  FetchResponse out;
  fetcher->Submit(request, [&out](FetchResponse r) { out = std::move(r); });
  fetcher->Shutdown();
  if (running) running(fetcher.get());
  fetcher->Run();
  if (running) running(nullptr);
  return out;
}

}  // namespace newsdesk
