// Revisions: see include/newsdesk/revisions.h.
#include "newsdesk/revisions.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "ascii.h"
#include "newsdesk/normalize.h"

namespace newsdesk {
namespace {

// Per unit, its values in order, each with the text it was first written with.
using UnitValues = std::map<std::string, std::map<double, std::string>>;

UnitValues ByUnit(const std::vector<StoryFigure>& figures) {
  UnitValues out;
  for (const StoryFigure& f : figures) out[f.unit].emplace(f.value, f.text);
  return out;
}

std::vector<std::string> Texts(const std::map<double, std::string>& values) {
  std::vector<std::string> out;
  out.reserve(values.size());
  for (const auto& [value, text] : values) out.push_back(text);
  return out;
}

// The texts of the values in `from` that `other` does not have.
std::vector<std::string> Missing(const std::map<double, std::string>& from,
                                 const std::map<double, std::string>& other) {
  std::vector<std::string> out;
  for (const auto& [value, text] : from) {
    if (!other.count(value)) out.push_back(text);
  }
  return out;
}

}  // namespace

RevisionDiff DiffRevision(const Article& before, const std::vector<StoryFigure>& before_figures,
                          const Article& after, const std::vector<StoryFigure>& after_figures) {
  RevisionDiff d;
  d.title_changed = before.title != after.title;
  d.text_changed = before.text != after.text;
  if (d.text_changed) {
    std::unordered_map<std::string, int64_t> balance;  // after minus before, per word
    for (std::string& w : Words(after.text)) ++balance[std::move(w)];
    for (std::string& w : Words(before.text)) --balance[std::move(w)];
    for (const auto& [word, n] : balance) {
      if (n > 0) {
        d.words_added += n;
      } else {
        d.words_removed -= n;
      }
    }
  }
  const UnitValues old_units = ByUnit(before_figures);
  const UnitValues new_units = ByUnit(after_figures);
  static const std::map<double, std::string> kNone;
  auto values_of = [](const UnitValues& units, const std::string& unit) -> const auto& {
    auto it = units.find(unit);
    return it == units.end() ? kNone : it->second;
  };
  std::map<std::string, bool> units;  // every unit of either side, in order
  for (const auto& [unit, values] : old_units) units[unit] = true;
  for (const auto& [unit, values] : new_units) units[unit] = true;
  for (const auto& [unit, unused] : units) {
    const auto& old_values = values_of(old_units, unit);
    const auto& new_values = values_of(new_units, unit);
    const bool same = old_values.size() == new_values.size() &&
                      std::equal(old_values.begin(), old_values.end(), new_values.begin(),
                                 [](const auto& a, const auto& b) { return a.first == b.first; });
    if (!same) d.figures.push_back({unit, Texts(old_values), Texts(new_values)});
  }
  return d;
}

std::string FigureChangesSummary(const std::vector<FigureChange>& changes) {
  std::string out;
  for (const FigureChange& c : changes) {
    if (!out.empty()) out += "; ";
    out += (c.unit.empty() ? std::string("(no unit)") : c.unit) + ": ";
    out += c.before.empty() ? "-" : JoinStrings(c.before, "/");
    out += " -> ";
    out += c.after.empty() ? "-" : JoinStrings(c.after, "/");
  }
  return out;
}

void MarkChangedFigures(const std::vector<StoryFigure>& before, std::vector<StoryFigure>& after) {
  const UnitValues old_units = ByUnit(before);
  const UnitValues new_units = ByUnit(after);
  // The earlier mark of each (unit, value) stated before.
  std::map<std::pair<std::string, double>, std::string> marks;
  for (const StoryFigure& f : before) marks.emplace(std::pair(f.unit, f.value), f.previous);
  for (StoryFigure& f : after) {
    auto mark = marks.find({f.unit, f.value});
    if (mark != marks.end()) {
      f.previous = mark->second;
      continue;
    }
    auto old_values = old_units.find(f.unit);
    if (old_values == old_units.end()) continue;  // a unit the source had not stated
    f.previous = JoinStrings(Missing(old_values->second, new_units.at(f.unit)), "/");
  }
}

std::optional<std::chrono::sys_seconds> NextRevisit(std::chrono::sys_seconds first_fetched,
                                                    std::chrono::sys_seconds now,
                                                    const std::vector<std::chrono::seconds>& ages) {
  std::optional<std::chrono::sys_seconds> next;
  for (std::chrono::seconds age : ages) {
    const std::chrono::sys_seconds at = first_fetched + age;
    if (at > now && (!next || at < *next)) next = at;
  }
  return next;
}

}  // namespace newsdesk
