// Data: the time zone abbreviations news feeds and pages write after a time, with their
// offsets. Readings of an ambiguous name list the countries (ISO 3166, upper case) and
// languages (lower case) that choose them; the reading chosen by none is the default.
// Capitals only unless `any_case`: "ist" is German for "is", "et" French for "and".
// Sources: RFC 2822 §3.3/§4.3, RFC 822 §5.1 (military letters, in their military
// meaning; RFC 2822 says to ignore them), the abbreviations of the tz database.
#include "dates_internal.h"

namespace newsdesk::dates_internal {
namespace {

using Z = ZoneAbbreviation;

constexpr Z kZones[] = {
    // Universal (RFC 2822).
    {"z", 0, "", "", "UTC", true, false},
    {"ut", 0, "", "", "UTC", true, false},
    {"utc", 0, "", "", "UTC", true, false},
    {"gmt", 0, "", "", "Greenwich Mean Time", true, false},
    // North America (RFC 2822's names, then the others).
    {"est", -300, "", "", "Eastern Standard Time", true, false},
    {"edt", -240, "", "", "Eastern Daylight Time", true, false},
    {"cst", -360, "", "", "Central Standard Time (North America)", true, false},
    {"cst", 480, "", "CN TW HK MO zh", "China Standard Time", true, false},
    {"cst", -300, "", "CU", "Cuba Standard Time", true, false},
    {"cdt", -300, "", "", "Central Daylight Time", true, false},
    {"mst", -420, "", "", "Mountain Standard Time", true, false},
    {"mdt", -360, "", "", "Mountain Daylight Time", true, false},
    {"pst", -480, "", "", "Pacific Standard Time", true, false},
    {"pst", 480, "", "PH fil tl", "Philippine Standard Time", true, false},
    {"pdt", -420, "", "", "Pacific Daylight Time", true, false},
    {"ast", -240, "", "", "Atlantic Standard Time", false, false},
    {"ast", 180, "", "SA IQ KW BH QA YE ar", "Arabia Standard Time", false, false},
    {"adt", -180, "", "", "Atlantic Daylight Time", false, false},
    {"nst", -210, "", "", "Newfoundland Standard Time", false, false},
    {"ndt", -150, "", "", "Newfoundland Daylight Time", false, false},
    {"akst", -540, "", "", "Alaska Standard Time", false, false},
    {"akdt", -480, "", "", "Alaska Daylight Time", false, false},
    {"hst", -600, "", "", "Hawaii Standard Time", false, false},
    // Generic North American names: standard or daylight time as the date falls.
    {"et", 0, "America/New_York", "", "Eastern Time", false, false},
    {"ct", 0, "America/Chicago", "", "Central Time", false, false},
    {"mt", 0, "America/Denver", "", "Mountain Time", false, false},
    {"pt", 0, "America/Los_Angeles", "", "Pacific Time", false, false},
    {"at", 0, "America/Halifax", "", "Atlantic Time", false, false},
    // Europe and Africa.
    {"wet", 0, "", "", "Western European Time", false, false},
    {"west", 60, "", "", "Western European Summer Time", false, false},
    {"cet", 60, "", "", "Central European Time", false, false},
    {"cest", 120, "", "", "Central European Summer Time", false, false},
    {"met", 60, "", "", "Middle European Time", false, false},
    {"mest", 120, "", "", "Middle European Summer Time", false, false},
    {"mesz", 120, "", "", "Mitteleuropäische Sommerzeit", false, false},
    {"mez", 60, "", "", "Mitteleuropäische Zeit", false, false},
    {"eet", 120, "", "", "Eastern European Time", false, false},
    {"eest", 180, "", "", "Eastern European Summer Time", false, false},
    {"bst", 60, "", "", "British Summer Time", false, false},
    {"bst", 360, "", "BD bn", "Bangladesh Standard Time", false, false},
    {"ist", 330, "", "", "India Standard Time", false, false},
    {"ist", 120, "", "IL he yi", "Israel Standard Time", false, false},
    {"ist", 60, "", "IE ga", "Irish Standard Time", false, false},
    {"idt", 180, "", "", "Israel Daylight Time", false, false},
    {"msk", 180, "", "", "Moscow Time", false, false},
    {"trt", 180, "", "", "Turkey Time", false, false},
    {"wat", 60, "", "", "West Africa Time", false, false},
    {"cat", 120, "", "", "Central Africa Time", false, false},
    {"eat", 180, "", "", "East Africa Time", false, false},
    {"sast", 120, "", "", "South Africa Standard Time", false, false},
    // Asia and Oceania.
    {"gst", 240, "", "", "Gulf Standard Time", false, false},
    {"irst", 210, "", "", "Iran Standard Time", false, false},
    {"pkt", 300, "", "", "Pakistan Standard Time", false, false},
    {"npt", 345, "", "", "Nepal Time", false, false},
    {"ict", 420, "", "", "Indochina Time", false, false},
    {"wib", 420, "", "", "Waktu Indonesia Barat", false, false},
    {"wita", 480, "", "", "Waktu Indonesia Tengah", false, false},
    {"wit", 540, "", "", "Waktu Indonesia Timur", false, false},
    {"sgt", 480, "", "", "Singapore Time", false, false},
    {"myt", 480, "", "", "Malaysia Time", false, false},
    {"pht", 480, "", "", "Philippine Time", false, false},
    {"hkt", 480, "", "", "Hong Kong Time", false, false},
    {"jst", 540, "", "", "Japan Standard Time", false, false},
    {"kst", 540, "", "", "Korea Standard Time", false, false},
    {"awst", 480, "", "", "Australian Western Standard Time", false, false},
    {"acst", 570, "", "", "Australian Central Standard Time", false, false},
    {"acdt", 630, "", "", "Australian Central Daylight Time", false, false},
    {"aest", 600, "", "", "Australian Eastern Standard Time", false, false},
    {"aedt", 660, "", "", "Australian Eastern Daylight Time", false, false},
    {"nzst", 720, "", "", "New Zealand Standard Time", false, false},
    {"nzdt", 780, "", "", "New Zealand Daylight Time", false, false},
    // South America.
    {"brt", -180, "", "", "Brasília Time", false, false},
    {"art", -180, "", "", "Argentina Time", false, false},
    {"clt", -240, "", "", "Chile Standard Time", false, false},
    {"clst", -180, "", "", "Chile Summer Time", false, false},
    // RFC 822 military letters (Z is UTC above), in their military meaning.
    {"a", 60, "", "", "military Alpha", false, true},
    {"b", 120, "", "", "military Bravo", false, true},
    {"c", 180, "", "", "military Charlie", false, true},
    {"d", 240, "", "", "military Delta", false, true},
    {"e", 300, "", "", "military Echo", false, true},
    {"f", 360, "", "", "military Foxtrot", false, true},
    {"g", 420, "", "", "military Golf", false, true},
    {"h", 480, "", "", "military Hotel", false, true},
    {"i", 540, "", "", "military India", false, true},
    {"k", 600, "", "", "military Kilo", false, true},
    {"l", 660, "", "", "military Lima", false, true},
    {"m", 720, "", "", "military Mike", false, true},
    {"n", -60, "", "", "military November", false, true},
    {"o", -120, "", "", "military Oscar", false, true},
    {"p", -180, "", "", "military Papa", false, true},
    {"q", -240, "", "", "military Quebec", false, true},
    {"r", -300, "", "", "military Romeo", false, true},
    {"s", -360, "", "", "military Sierra", false, true},
    {"t", -420, "", "", "military Tango", false, true},
    {"u", -480, "", "", "military Uniform", false, true},
    {"v", -540, "", "", "military Victor", false, true},
    {"w", -600, "", "", "military Whiskey", false, true},
    {"x", -660, "", "", "military X-ray", false, true},
    {"y", -720, "", "", "military Yankee", false, true},
};

}  // namespace

std::span<const ZoneAbbreviation> ZoneAbbreviations() { return kZones; }

}  // namespace newsdesk::dates_internal
