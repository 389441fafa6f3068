// The labels of encodings browsers know (WHATWG Encoding Standard §4.2, "Names and labels")
// and the ICU converter of each encoding: data, kept apart from the rules of decode.cc.
#include <string>
#include <string_view>

#include "ascii.h"
#include "decode_internal.h"

namespace newsdesk::decode_internal {
namespace {

using K = EncodingKind;

// The encodings. GBK is decoded by the gb18030 decoder (the standard says so) and both are
// reported as "GB18030"; Big5 is the standard's Big5, i.e. with HKSCS, which ICU's
// Big5-HKSCS converter decodes (a superset of its Big5 but for private-use code points);
// EUC-KR is Windows' code page 949 (the standard's index, with the Hangul of UHC).
constexpr Encoding kUtf8{"UTF-8", "UTF-8", K::kUtf8};
constexpr Encoding kIbm866{"IBM866", "IBM866", K::kOther};
constexpr Encoding kLatin2{"ISO-8859-2", "ISO-8859-2", K::kLatin};
constexpr Encoding kLatin3{"ISO-8859-3", "ISO-8859-3", K::kLatin};
constexpr Encoding kLatin4{"ISO-8859-4", "ISO-8859-4", K::kLatin};
constexpr Encoding kCyrillic{"ISO-8859-5", "ISO-8859-5", K::kOther};
constexpr Encoding kArabic{"ISO-8859-6", "ISO-8859-6", K::kOther};
constexpr Encoding kGreek{"ISO-8859-7", "ISO-8859-7", K::kOther};
constexpr Encoding kHebrewVisual{"ISO-8859-8", "ISO-8859-8", K::kHebrew};
constexpr Encoding kHebrewLogical{"ISO-8859-8-I", "ISO-8859-8", K::kHebrew};
constexpr Encoding kLatin6{"ISO-8859-10", "ISO-8859-10", K::kLatin};
constexpr Encoding kLatin7{"ISO-8859-13", "ISO-8859-13", K::kLatin};
constexpr Encoding kLatin8{"ISO-8859-14", "ISO-8859-14", K::kLatin};
constexpr Encoding kLatin9{"ISO-8859-15", "ISO-8859-15", K::kLatin};
constexpr Encoding kLatin10{"ISO-8859-16", "ISO-8859-16", K::kLatin};
constexpr Encoding kKoi8R{"KOI8-R", "KOI8-R", K::kOther};
constexpr Encoding kKoi8U{"KOI8-U", "KOI8-U", K::kOther};
constexpr Encoding kMacintosh{"macintosh", "macintosh", K::kLatin};
constexpr Encoding kWindows874{"windows-874", "windows-874", K::kOther};
constexpr Encoding kWindows1250{"windows-1250", "windows-1250", K::kLatin};
constexpr Encoding kWindows1251{"windows-1251", "windows-1251", K::kOther};
constexpr Encoding kWindows1252{"windows-1252", "windows-1252", K::kLatin};
constexpr Encoding kWindows1253{"windows-1253", "windows-1253", K::kOther};
constexpr Encoding kWindows1254{"windows-1254", "windows-1254", K::kLatin};
constexpr Encoding kWindows1255{"windows-1255", "windows-1255", K::kHebrew};
constexpr Encoding kWindows1256{"windows-1256", "windows-1256", K::kOther};
constexpr Encoding kWindows1257{"windows-1257", "windows-1257", K::kLatin};
constexpr Encoding kWindows1258{"windows-1258", "windows-1258", K::kLatin, true};
constexpr Encoding kMacCyrillic{"x-mac-cyrillic", "x-mac-cyrillic", K::kOther};
constexpr Encoding kGb18030{"GB18030", "GB18030", K::kCjk};
constexpr Encoding kBig5{"Big5", "Big5-HKSCS", K::kCjk};
constexpr Encoding kEucJp{"EUC-JP", "EUC-JP", K::kCjk};
constexpr Encoding kIso2022Jp{"ISO-2022-JP", "ISO-2022-JP", K::kCjk};
constexpr Encoding kShiftJis{"Shift_JIS", "Shift_JIS", K::kCjk};
constexpr Encoding kEucKr{"EUC-KR", "windows-949", K::kCjk};
constexpr Encoding kIso2022Kr{"ISO-2022-KR", "ISO-2022-KR", K::kCjk};
constexpr Encoding kHz{"HZ-GB-2312", "HZ", K::kCjk};
constexpr Encoding kIso2022Cn{"ISO-2022-CN", "ISO-2022-CN", K::kCjk};
constexpr Encoding kUtf16Be{"UTF-16BE", "UTF-16BE", K::kUtf16};
constexpr Encoding kUtf16Le{"UTF-16LE", "UTF-16LE", K::kUtf16};

struct Label {
  std::string_view label;  // lower case
  const Encoding* encoding;
};

// Every label of the standard, in its order; "x-user-defined" is read as windows-1252 (what
// the standard's <meta> prescan does with it; its own decoder maps the high bytes to
// private-use code points, no text).
constexpr Label kLabels[] = {
    {"unicode-1-1-utf-8", &kUtf8},
    {"unicode11utf8", &kUtf8},
    {"unicode20utf8", &kUtf8},
    {"utf-8", &kUtf8},
    {"utf8", &kUtf8},
    {"x-unicode20utf8", &kUtf8},
    {"866", &kIbm866},
    {"cp866", &kIbm866},
    {"csibm866", &kIbm866},
    {"ibm866", &kIbm866},
    {"csisolatin2", &kLatin2},
    {"iso-8859-2", &kLatin2},
    {"iso-ir-101", &kLatin2},
    {"iso8859-2", &kLatin2},
    {"iso88592", &kLatin2},
    {"iso_8859-2", &kLatin2},
    {"iso_8859-2:1987", &kLatin2},
    {"l2", &kLatin2},
    {"latin2", &kLatin2},
    {"csisolatin3", &kLatin3},
    {"iso-8859-3", &kLatin3},
    {"iso-ir-109", &kLatin3},
    {"iso8859-3", &kLatin3},
    {"iso88593", &kLatin3},
    {"iso_8859-3", &kLatin3},
    {"iso_8859-3:1988", &kLatin3},
    {"l3", &kLatin3},
    {"latin3", &kLatin3},
    {"csisolatin4", &kLatin4},
    {"iso-8859-4", &kLatin4},
    {"iso-ir-110", &kLatin4},
    {"iso8859-4", &kLatin4},
    {"iso88594", &kLatin4},
    {"iso_8859-4", &kLatin4},
    {"iso_8859-4:1988", &kLatin4},
    {"l4", &kLatin4},
    {"latin4", &kLatin4},
    {"csisolatincyrillic", &kCyrillic},
    {"cyrillic", &kCyrillic},
    {"iso-8859-5", &kCyrillic},
    {"iso-ir-144", &kCyrillic},
    {"iso8859-5", &kCyrillic},
    {"iso88595", &kCyrillic},
    {"iso_8859-5", &kCyrillic},
    {"iso_8859-5:1988", &kCyrillic},
    {"arabic", &kArabic},
    {"asmo-708", &kArabic},
    {"csiso88596e", &kArabic},
    {"csiso88596i", &kArabic},
    {"csisolatinarabic", &kArabic},
    {"ecma-114", &kArabic},
    {"iso-8859-6", &kArabic},
    {"iso-8859-6-e", &kArabic},
    {"iso-8859-6-i", &kArabic},
    {"iso-ir-127", &kArabic},
    {"iso8859-6", &kArabic},
    {"iso88596", &kArabic},
    {"iso_8859-6", &kArabic},
    {"iso_8859-6:1987", &kArabic},
    {"csisolatingreek", &kGreek},
    {"ecma-118", &kGreek},
    {"elot_928", &kGreek},
    {"greek", &kGreek},
    {"greek8", &kGreek},
    {"iso-8859-7", &kGreek},
    {"iso-ir-126", &kGreek},
    {"iso8859-7", &kGreek},
    {"iso88597", &kGreek},
    {"iso_8859-7", &kGreek},
    {"iso_8859-7:1987", &kGreek},
    {"sun_eu_greek", &kGreek},
    {"csiso88598e", &kHebrewVisual},
    {"csisolatinhebrew", &kHebrewVisual},
    {"hebrew", &kHebrewVisual},
    {"iso-8859-8", &kHebrewVisual},
    {"iso-8859-8-e", &kHebrewVisual},
    {"iso-ir-138", &kHebrewVisual},
    {"iso8859-8", &kHebrewVisual},
    {"iso88598", &kHebrewVisual},
    {"iso_8859-8", &kHebrewVisual},
    {"iso_8859-8:1988", &kHebrewVisual},
    {"visual", &kHebrewVisual},
    {"csiso88598i", &kHebrewLogical},
    {"iso-8859-8-i", &kHebrewLogical},
    {"logical", &kHebrewLogical},
    {"csisolatin6", &kLatin6},
    {"iso-8859-10", &kLatin6},
    {"iso-ir-157", &kLatin6},
    {"iso8859-10", &kLatin6},
    {"iso885910", &kLatin6},
    {"l6", &kLatin6},
    {"latin6", &kLatin6},
    {"iso-8859-13", &kLatin7},
    {"iso8859-13", &kLatin7},
    {"iso885913", &kLatin7},
    {"iso-8859-14", &kLatin8},
    {"iso8859-14", &kLatin8},
    {"iso885914", &kLatin8},
    {"csisolatin9", &kLatin9},
    {"iso-8859-15", &kLatin9},
    {"iso8859-15", &kLatin9},
    {"iso885915", &kLatin9},
    {"iso_8859-15", &kLatin9},
    {"l9", &kLatin9},
    {"iso-8859-16", &kLatin10},
    {"cskoi8r", &kKoi8R},
    {"koi", &kKoi8R},
    {"koi8", &kKoi8R},
    {"koi8-r", &kKoi8R},
    {"koi8_r", &kKoi8R},
    {"koi8-ru", &kKoi8U},
    {"koi8-u", &kKoi8U},
    {"csmacintosh", &kMacintosh},
    {"mac", &kMacintosh},
    {"macintosh", &kMacintosh},
    {"x-mac-roman", &kMacintosh},
    {"dos-874", &kWindows874},
    {"iso-8859-11", &kWindows874},
    {"iso8859-11", &kWindows874},
    {"iso885911", &kWindows874},
    {"tis-620", &kWindows874},
    {"windows-874", &kWindows874},
    {"cp1250", &kWindows1250},
    {"windows-1250", &kWindows1250},
    {"x-cp1250", &kWindows1250},
    {"cp1251", &kWindows1251},
    {"windows-1251", &kWindows1251},
    {"x-cp1251", &kWindows1251},
    {"ansi_x3.4-1968", &kWindows1252},
    {"ascii", &kWindows1252},
    {"cp1252", &kWindows1252},
    {"cp819", &kWindows1252},
    {"csisolatin1", &kWindows1252},
    {"ibm819", &kWindows1252},
    {"iso-8859-1", &kWindows1252},
    {"iso-ir-100", &kWindows1252},
    {"iso8859-1", &kWindows1252},
    {"iso88591", &kWindows1252},
    {"iso_8859-1", &kWindows1252},
    {"iso_8859-1:1987", &kWindows1252},
    {"l1", &kWindows1252},
    {"latin1", &kWindows1252},
    {"us-ascii", &kWindows1252},
    {"windows-1252", &kWindows1252},
    {"x-cp1252", &kWindows1252},
    {"x-user-defined", &kWindows1252},
    {"cp1253", &kWindows1253},
    {"windows-1253", &kWindows1253},
    {"x-cp1253", &kWindows1253},
    {"cp1254", &kWindows1254},
    {"csisolatin5", &kWindows1254},
    {"iso-8859-9", &kWindows1254},
    {"iso-ir-148", &kWindows1254},
    {"iso8859-9", &kWindows1254},
    {"iso88599", &kWindows1254},
    {"iso_8859-9", &kWindows1254},
    {"iso_8859-9:1989", &kWindows1254},
    {"l5", &kWindows1254},
    {"latin5", &kWindows1254},
    {"windows-1254", &kWindows1254},
    {"x-cp1254", &kWindows1254},
    {"cp1255", &kWindows1255},
    {"windows-1255", &kWindows1255},
    {"x-cp1255", &kWindows1255},
    {"cp1256", &kWindows1256},
    {"windows-1256", &kWindows1256},
    {"x-cp1256", &kWindows1256},
    {"cp1257", &kWindows1257},
    {"windows-1257", &kWindows1257},
    {"x-cp1257", &kWindows1257},
    {"cp1258", &kWindows1258},
    {"windows-1258", &kWindows1258},
    {"x-cp1258", &kWindows1258},
    {"x-mac-cyrillic", &kMacCyrillic},
    {"x-mac-ukrainian", &kMacCyrillic},
    {"chinese", &kGb18030},
    {"csgb2312", &kGb18030},
    {"csiso58gb231280", &kGb18030},
    {"gb2312", &kGb18030},
    {"gb_2312", &kGb18030},
    {"gb_2312-80", &kGb18030},
    {"gbk", &kGb18030},
    {"iso-ir-58", &kGb18030},
    {"x-gbk", &kGb18030},
    {"gb18030", &kGb18030},
    {"big5", &kBig5},
    {"big5-hkscs", &kBig5},
    {"cn-big5", &kBig5},
    {"csbig5", &kBig5},
    {"x-x-big5", &kBig5},
    {"cseucpkdfmtjapanese", &kEucJp},
    {"euc-jp", &kEucJp},
    {"x-euc-jp", &kEucJp},
    {"csiso2022jp", &kIso2022Jp},
    {"iso-2022-jp", &kIso2022Jp},
    {"csshiftjis", &kShiftJis},
    {"ms932", &kShiftJis},
    {"ms_kanji", &kShiftJis},
    {"shift-jis", &kShiftJis},
    {"shift_jis", &kShiftJis},
    {"sjis", &kShiftJis},
    {"windows-31j", &kShiftJis},
    {"x-sjis", &kShiftJis},
    {"cseuckr", &kEucKr},
    {"csksc56011987", &kEucKr},
    {"euc-kr", &kEucKr},
    {"iso-ir-149", &kEucKr},
    {"korean", &kEucKr},
    {"ks_c_5601-1987", &kEucKr},
    {"ks_c_5601-1989", &kEucKr},
    {"ksc5601", &kEucKr},
    {"ksc_5601", &kEucKr},
    {"windows-949", &kEucKr},
    {"csiso2022kr", &kIso2022Kr},
    {"iso-2022-kr", &kIso2022Kr},
    {"hz-gb-2312", &kHz},
    {"iso-2022-cn", &kIso2022Cn},
    {"iso-2022-cn-ext", &kIso2022Cn},
    {"unicodefffe", &kUtf16Be},
    {"utf-16be", &kUtf16Be},
    {"csunicode", &kUtf16Le},
    {"iso-10646-ucs-2", &kUtf16Le},
    {"ucs-2", &kUtf16Le},
    {"unicode", &kUtf16Le},
    {"unicodefeff", &kUtf16Le},
    {"utf-16", &kUtf16Le},
    {"utf-16le", &kUtf16Le},
};

}  // namespace

const Encoding* EncodingForLabel(std::string_view label) {
  label = TrimAscii(label, " \t\n\r\f");
  if (label.empty() || label.size() > 20) return nullptr;  // the longest label has 19
  const std::string lower = AsciiLower(label);
  for (const Label& l : kLabels) {
    if (l.label == lower) return l.encoding;
  }
  return nullptr;
}

}  // namespace newsdesk::decode_internal
