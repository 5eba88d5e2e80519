// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/calendar/cycle_plan.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "calendar/calendar_text.h"
#include "govgraph/register_builder.h"
#include "internal/files.h"
#include "internal/json_text.h"
#include "internal/number_words.h"

namespace govgraph {
namespace {

using absl::CivilDay;
using absl::Weekday;

constexpr const char* kMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};

std::optional<int> MonthOf(absl::string_view w) {
  if (w == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    absl::string_view full = kMonthNames[m];
    if (w == full || (w.size() == 3 && full.substr(0, 3) == w)) return m + 1;
  }
  return std::nullopt;
}

std::optional<Weekday> WeekdayOf(absl::string_view w) {
  static constexpr std::pair<const char*, Weekday> kDays[] = {
      {"monday", Weekday::monday}, {"tuesday", Weekday::tuesday},   {"wednesday", Weekday::wednesday},
      {"thursday", Weekday::thursday}, {"friday", Weekday::friday}, {"saturday", Weekday::saturday},
      {"sunday", Weekday::sunday}};
  if (w.size() > 3 && w.back() == 's' && w != "tues" && w != "thurs") w.remove_suffix(1);  // plural
  for (const auto& [name, day] : kDays) {
    absl::string_view full = name;
    if (w == full || (w.size() >= 3 && w.size() < full.size() && full.substr(0, w.size()) == w)) return day;
  }
  return std::nullopt;
}

std::optional<int> NumberOf(absl::string_view w) {
  if (w == "a" || w == "an") return 1;
  if (std::optional<int> n = internal::NumberWord(w)) return n;
  int n = 0;
  if (absl::SimpleAtoi(w, &n) && n > 0) return n;
  return std::nullopt;
}

// A week of the month: "first" to "fifth" (or "1st" to "5th"), or "last" (-1).
std::optional<int> OrdinalOf(absl::string_view w) {
  if (w == "last") return -1;
  std::optional<int> n = internal::OrdinalWord(w);
  if (n && *n <= 5) return n;
  return std::nullopt;
}

std::vector<std::string> Words(absl::string_view clause) {
  std::string s = absl::StrReplaceAll(clause, {{",", " "}, {"&", " and "}});
  return absl::StrSplit(s, ' ', absl::SkipEmpty());
}

// A list of months ("March, June and September"); the mask, or empty.
std::optional<unsigned> MonthList(const std::vector<std::string>& words, size_t from) {
  unsigned mask = 0;
  bool any = false;
  for (size_t i = from; i < words.size(); ++i) {
    if (words[i] == "and" || words[i] == "or") continue;
    std::optional<int> m = MonthOf(words[i]);
    if (!m) return std::nullopt;
    mask |= 1u << (*m - 1);
    any = true;
  }
  if (!any) return std::nullopt;
  return mask;
}

std::optional<std::vector<Weekday>> WeekdayList(const std::vector<std::string>& words, size_t from) {
  std::vector<Weekday> out;
  for (size_t i = from; i < words.size(); ++i) {
    if (words[i] == "and" || words[i] == "or" || words[i] == "a" || words[i] == "an") continue;
    std::optional<Weekday> d = WeekdayOf(words[i]);
    if (!d) return std::nullopt;
    out.push_back(*d);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

// "week", "fortnight", "month", "10 days", "3 weeks": a span in days.
std::optional<int> SpanDays(const std::vector<std::string>& words) {
  if (words.size() == 1) {
    if (words[0] == "week") return 7;
    if (words[0] == "fortnight") return 14;
    if (words[0] == "month") return 31;
    return std::nullopt;
  }
  if (words.size() != 2) return std::nullopt;
  std::optional<int> n = NumberOf(words[0]);
  if (!n) return std::nullopt;
  absl::string_view unit = words[1];
  if (unit == "day" || unit == "days") return *n;
  if (unit == "week" || unit == "weeks") return *n * 7;
  if (unit == "fortnight" || unit == "fortnights") return *n * 14;
  if (unit == "month" || unit == "months") return *n * 31;
  return std::nullopt;
}

enum class ClauseResult { kOk, kUnreadable, kSecondGenerator };

ClauseResult ReadClause(const std::string& clause, ScheduleRule& rule, bool& has_generator) {
  std::vector<std::string> w = Words(clause);
  if (w.empty()) return ClauseResult::kOk;
  auto generator = [&](ScheduleRule::Generator g) {
    if (has_generator) return ClauseResult::kSecondGenerator;
    has_generator = true;
    rule.generator = g;
    return ClauseResult::kOk;
  };

  // Month filters.
  if ((w[0] == "not" && w.size() > 2 && w[1] == "in") || (w[0] == "except" && w.size() > 2 && w[1] == "in")) {
    if (std::optional<unsigned> m = MonthList(w, 2)) {
      rule.excluded_months |= *m;
      return ClauseResult::kOk;
    }
    return ClauseResult::kUnreadable;
  }
  if (w[0] == "except" || w[0] == "excluding") {
    if (std::optional<unsigned> m = MonthList(w, 1)) {
      rule.excluded_months |= *m;
      return ClauseResult::kOk;
    }
    return ClauseResult::kUnreadable;
  }
  if (w[0] == "only" && w.size() > 2 && w[1] == "in") {
    if (std::optional<unsigned> m = MonthList(w, 2)) {
      rule.months = rule.months == 0 ? *m : (rule.months & *m);
      return ClauseResult::kOk;
    }
    return ClauseResult::kUnreadable;
  }
  if (w[0] == "in" && w.size() > 1) {
    if (std::optional<unsigned> m = MonthList(w, 1)) {
      rule.months = rule.months == 0 ? *m : (rule.months & *m);
      return ClauseResult::kOk;
    }
  }
  // Weekday filter.
  if (w[0] == "on" && w.size() > 1) {
    if (std::optional<std::vector<Weekday>> days = WeekdayList(w, 1)) {
      for (Weekday d : *days) rule.weekdays.push_back(d);
      return ClauseResult::kOk;
    }
    return ClauseResult::kUnreadable;
  }
  // Bounds.
  if ((w[0] == "from" || w[0] == "starting" || w[0] == "until") && w.size() == 2) {
    std::optional<CivilDay> d = internal::ParseIsoDay(w[1]);
    if (!d) return ClauseResult::kUnreadable;
    (w[0] == "until" ? rule.until : rule.from) = *d;
    return ClauseResult::kOk;
  }
  // Every ...
  if (w[0] == "fortnightly" && w.size() == 1) {
    rule.every = 2;
    return generator(ScheduleRule::Generator::kEveryWeeks);
  }
  if (w[0] == "every" && w.size() >= 2) {
    if (w.size() == 2) {
      if (std::optional<Weekday> d = WeekdayOf(w[1])) {
        rule.weekdays = {*d};
        return generator(ScheduleRule::Generator::kEveryWeekday);
      }
      if (w[1] == "week" || w[1] == "fortnight") {
        rule.every = w[1] == "week" ? 1 : 2;
        return generator(ScheduleRule::Generator::kEveryWeeks);
      }
      if (w[1] == "month") {
        rule.every = 1;
        return generator(ScheduleRule::Generator::kEveryMonths);
      }
      return ClauseResult::kUnreadable;
    }
    if (w.size() == 3) {
      std::optional<int> n = NumberOf(w[1]);
      if (w[1] == "other") n = 2;
      if (!n) return ClauseResult::kUnreadable;
      if (w[2] == "week" || w[2] == "weeks") {
        rule.every = *n;
        return generator(ScheduleRule::Generator::kEveryWeeks);
      }
      if (w[2] == "month" || w[2] == "months") {
        rule.every = *n;
        return generator(ScheduleRule::Generator::kEveryMonths);
      }
      if (std::optional<Weekday> d = WeekdayOf(w[2]); d && w[1] == "other") {
        rule.every = 2;
        rule.weekdays = {*d};
        return generator(ScheduleRule::Generator::kEveryWeeks);
      }
    }
    return ClauseResult::kUnreadable;
  }
  // "second Tuesday of the month".
  if (std::optional<int> ord = OrdinalOf(w[0])) {
    if (w.size() < 2) return ClauseResult::kUnreadable;
    std::optional<Weekday> d = WeekdayOf(w[1]);
    if (!d) return ClauseResult::kUnreadable;
    const size_t rest = w.size() - 2;
    const bool tail_ok =
        rest == 0 || (rest == 2 && w[2] == "of" && w[3] == "month") ||
        (rest == 3 && w[2] == "of" && (w[3] == "the" || w[3] == "each" || w[3] == "every") && w[4] == "month");
    if (!tail_ok) return ClauseResult::kUnreadable;
    rule.ordinal = *ord;
    rule.weekdays = {*d};
    return generator(ScheduleRule::Generator::kNthWeekday);
  }
  // "in the fortnight after quarterly report publication", "within 3 weeks after X".
  {
    auto after = std::find(w.begin(), w.end(), "after");
    if (after != w.end() && after + 1 != w.end()) {
      std::vector<std::string> span(w.begin(), after);
      if (!span.empty() && (span[0] == "in" || span[0] == "within")) span.erase(span.begin());
      if (!span.empty() && span[0] == "the") span.erase(span.begin());
      std::optional<int> days = span.empty() ? std::optional<int>(0) : SpanDays(span);
      if (!days) return ClauseResult::kUnreadable;
      std::string name = absl::StrJoin(after + 1, w.end(), " ");
      rule.publication = internal::NormalisePublicationName(name);
      if (rule.publication.empty()) return ClauseResult::kUnreadable;
      rule.window_days = *days;
      return generator(ScheduleRule::Generator::kAfterPublication);
    }
  }
  return ClauseResult::kUnreadable;
}

// --- JSON -------------------------------------------------------------------

using Json = nlohmann::json;

class PlanReader {
 public:
  std::vector<Problem> problems;

  void Fail(const std::string& path, std::string message) { problems.push_back({path, std::move(message)}); }

  static std::string Child(const std::string& path, absl::string_view key) {
    return path.empty() ? std::string(key) : absl::StrCat(path, ".", key);
  }
  static std::string Index(const std::string& path, size_t i) { return absl::StrCat(path, "[", i, "]"); }

  bool Object(const Json& v, const std::string& path, std::initializer_list<const char*> allowed) {
    if (!v.is_object()) {
      Fail(path, absl::StrCat("expected an object, found ", v.type_name()));
      return false;
    }
    for (const auto& [key, unused] : v.items()) {
      bool known = false;
      for (const char* a : allowed) known = known || key == a;
      if (!known) Fail(path, absl::StrCat("unknown field \"", key, "\""));
    }
    return true;
  }

  const Json* Array(const Json& obj, const std::string& path, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end()) return nullptr;
    if (!it->is_array()) {
      Fail(Child(path, key), absl::StrCat("expected an array, found ", it->type_name()));
      return nullptr;
    }
    return &*it;
  }

  std::optional<std::string> String(const Json& obj, const std::string& path, const char* key, bool required = false) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) Fail(path, absl::StrCat("missing \"", key, "\""));
      return std::nullopt;
    }
    if (!it->is_string()) {
      Fail(Child(path, key), absl::StrCat("expected a string, found ", it->type_name()));
      return std::nullopt;
    }
    return it->get<std::string>();
  }

  std::optional<int> Int(const Json& obj, const std::string& path, const char* key, int lo, int hi) {
    auto it = obj.find(key);
    if (it == obj.end()) return std::nullopt;
    if (!it->is_number_integer()) {
      Fail(Child(path, key), absl::StrCat("expected a whole number, found ", it->type_name()));
      return std::nullopt;
    }
    const long long v = it->get<long long>();
    if (v < lo || v > hi) {
      Fail(Child(path, key), absl::StrCat("expected a number from ", lo, " to ", hi, ", found ", v));
      return std::nullopt;
    }
    return static_cast<int>(v);
  }

  std::optional<bool> Bool(const Json& obj, const std::string& path, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end()) return std::nullopt;
    if (!it->is_boolean()) {
      Fail(Child(path, key), absl::StrCat("expected true or false, found ", it->type_name()));
      return std::nullopt;
    }
    return it->get<bool>();
  }

  std::optional<CivilDay> Day(const Json& v, const std::string& path) {
    if (!v.is_string()) {
      Fail(path, absl::StrCat("expected a date as YYYY-MM-DD, found ", v.type_name()));
      return std::nullopt;
    }
    const std::string text = v.get<std::string>();
    std::optional<CivilDay> d = internal::ParseIsoDay(text);
    if (!d) Fail(path, absl::StrCat("expected a date as YYYY-MM-DD, found \"", text, "\""));
    return d;
  }

  std::optional<CivilDay> DayField(const Json& obj, const std::string& path, const char* key, bool required = false) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) Fail(path, absl::StrCat("missing \"", key, "\""));
      return std::nullopt;
    }
    return Day(*it, Child(path, key));
  }

  std::optional<int> Time(const Json& obj, const std::string& path, const char* key) {
    std::optional<std::string> s = String(obj, path, key);
    if (!s) return std::nullopt;
    absl::StatusOr<int> t = ParseTimeOfDay(*s);
    if (!t.ok()) {
      Fail(Child(path, key), std::string(t.status().message()));
      return std::nullopt;
    }
    return *t;
  }

  // "MM-DD".
  std::optional<std::pair<int, int>> MonthDay(const Json& obj, const std::string& path, const char* key,
                                              bool required) {
    std::optional<std::string> s = String(obj, path, key, required);
    if (!s) return std::nullopt;
    int m = 0, d = 0;
    std::vector<std::string> parts = absl::StrSplit(*s, '-');
    if (parts.size() != 2 || parts[0].size() != 2 || parts[1].size() != 2 || !absl::SimpleAtoi(parts[0], &m) ||
        !absl::SimpleAtoi(parts[1], &d) || m < 1 || m > 12 || d < 1 ||
        d > static_cast<int>((CivilDay(absl::CivilMonth(2001, m) + 1) - 1).day())) {
      Fail(Child(path, key), absl::StrCat("expected a day of the year as MM-DD, found \"", *s, "\""));
      return std::nullopt;
    }
    return std::make_pair(m, d);
  }

  std::vector<std::string> Strings(const Json& obj, const std::string& path, const char* key) {
    std::vector<std::string> out;
    const Json* a = Array(obj, path, key);
    if (a == nullptr) return out;
    for (size_t i = 0; i < a->size(); ++i) {
      if (!(*a)[i].is_string()) {
        Fail(Index(Child(path, key), i), absl::StrCat("expected a string, found ", (*a)[i].type_name()));
        continue;
      }
      out.push_back((*a)[i].get<std::string>());
    }
    return out;
  }
};

std::optional<int> PeriodsPerYear(absl::string_view frequency) {
  std::string f = absl::AsciiStrToLower(frequency);
  f = absl::StrReplaceAll(f, {{"-", ""}, {" ", ""}});
  if (f == "monthly") return 12;
  if (f == "bimonthly" || f == "everytwomonths") return 6;
  if (f == "fourmonthly" || f == "termly" || f == "threetimesayear") return 3;
  if (f == "quarterly") return 4;
  if (f == "halfyearly" || f == "sixmonthly" || f == "biannually" || f == "twiceayear") return 2;
  if (f == "annually" || f == "yearly" || f == "annual") return 1;
  return std::nullopt;
}

Publication ReadPublication(PlanReader& r, const Json& v, const std::string& path) {
  Publication p;
  if (!r.Object(v, path, {"id", "name", "aliases", "frequency", "periods_per_year", "year_end_month", "lag_days",
                          "lag_weeks", "dates", "scrutiny_within_days", "note"})) {
    return p;
  }
  p.id = r.String(v, path, "id", true).value_or("");
  p.name = r.String(v, path, "name").value_or(p.id);
  p.aliases = r.Strings(v, path, "aliases");
  if (std::optional<std::string> f = r.String(v, path, "frequency")) {
    if (std::optional<int> n = PeriodsPerYear(*f)) {
      p.periods_per_year = *n;
    } else {
      r.Fail(PlanReader::Child(path, "frequency"),
             absl::StrCat("unknown frequency \"", *f,
                          "\"; expected monthly, bi-monthly, four-monthly, quarterly, half-yearly or annually"));
    }
  }
  if (std::optional<int> n = r.Int(v, path, "periods_per_year", 1, 12)) {
    if (12 % *n != 0) {
      r.Fail(PlanReader::Child(path, "periods_per_year"), "expected 1, 2, 3, 4, 6 or 12");
    } else {
      p.periods_per_year = *n;
    }
  }
  p.year_end_month = r.Int(v, path, "year_end_month", 1, 12).value_or(3);
  p.lag_days = r.Int(v, path, "lag_days", 0, 366).value_or(0) + 7 * r.Int(v, path, "lag_weeks", 0, 52).value_or(0);
  if (const Json* dates = r.Array(v, path, "dates")) {
    for (size_t i = 0; i < dates->size(); ++i) {
      if (std::optional<CivilDay> d = r.Day((*dates)[i], PlanReader::Index(PlanReader::Child(path, "dates"), i))) {
        p.dates.push_back(*d);
      }
    }
    std::sort(p.dates.begin(), p.dates.end());
  }
  p.scrutiny_within_days = r.Int(v, path, "scrutiny_within_days", 0, 366).value_or(28);
  return p;
}

StatutoryTimetable ReadTimetable(PlanReader& r, const Json& v, const std::string& path) {
  StatutoryTimetable t;
  if (!r.Object(v, path, {"id", "name", "basis", "opens", "steps"})) return t;
  t.id = r.String(v, path, "id", true).value_or("");
  t.name = r.String(v, path, "name").value_or(t.id);
  t.basis = r.String(v, path, "basis").value_or("");
  if (auto md = r.MonthDay(v, path, "opens", false)) std::tie(t.opens_month, t.opens_day) = *md;
  const Json* steps = r.Array(v, path, "steps");
  if (steps == nullptr) {
    r.Fail(path, "missing \"steps\"");
    return t;
  }
  for (size_t i = 0; i < steps->size(); ++i) {
    const std::string sp = PlanReader::Index(PlanReader::Child(path, "steps"), i);
    const Json& s = (*steps)[i];
    if (!r.Object(s, sp, {"id", "description", "by", "after", "meeting", "contingent"})) continue;
    StatutoryStep step;
    step.id = r.String(s, sp, "id", true).value_or("");
    step.description = r.String(s, sp, "description").value_or(step.id);
    if (auto md = r.MonthDay(s, sp, "by", true)) std::tie(step.deadline_month, step.deadline_day) = *md;
    step.after = r.String(s, sp, "after").value_or("");
    step.meeting = r.Bool(s, sp, "meeting").value_or(false);
    step.contingent = r.Bool(s, sp, "contingent").value_or(false);
    if (!step.after.empty() && t.Step(step.after) == nullptr) {
      r.Fail(PlanReader::Child(sp, "after"),
             absl::StrCat("unknown step \"", step.after, "\" (steps must follow the step they come after)"));
    }
    t.steps.push_back(std::move(step));
  }
  return t;
}

}  // namespace

namespace internal {

std::optional<CivilDay> ParseIsoDay(absl::string_view text) {
  CivilDay day;
  if (text.size() != 10 || !absl::ParseCivilTime(text, &day)) return std::nullopt;
  if (absl::FormatCivilTime(day) != text) return std::nullopt;  // 2018-02-30 and the like
  return day;
}

std::string NormalisePublicationName(absl::string_view name) {
  std::string s = absl::AsciiStrToLower(name);
  for (char& c : s) {
    if (c == '-' || c == '_' || c == '\'' || c == '.') c = ' ';
  }
  std::vector<std::string> words = absl::StrSplit(s, ' ', absl::SkipEmpty());
  if (!words.empty() && words.front() == "the") words.erase(words.begin());
  while (!words.empty() && (words.back() == "publication" || words.back() == "published" ||
                            words.back() == "publications" || words.back() == "is")) {
    words.pop_back();
  }
  if (!words.empty() && words.back() == "s") words.pop_back();
  return absl::StrJoin(words, " ");
}

std::string FormatDay(CivilDay d) { return absl::FormatCivilTime(d); }

}  // namespace internal

bool ScheduleRule::AllowsWeekday(Weekday w) const {
  if (generator == Generator::kNthWeekday || generator == Generator::kEveryWeekday) return true;
  return weekdays.empty() || std::find(weekdays.begin(), weekdays.end(), w) != weekdays.end();
}

absl::StatusOr<ScheduleRule> ParseScheduleRule(absl::string_view text) {
  ScheduleRule rule;
  rule.text = std::string(absl::StripAsciiWhitespace(text));
  if (rule.text.empty()) return absl::InvalidArgumentError("empty rule");
  std::string lower = absl::AsciiStrToLower(rule.text);
  bool has_generator = false;
  std::string first_generator;
  for (absl::string_view raw : absl::StrSplit(lower, ';')) {
    std::string clause(absl::StripAsciiWhitespace(raw));
    while (!clause.empty() && clause.back() == '.') clause.pop_back();
    if (absl::StartsWith(clause, "and ")) clause = clause.substr(4);
    const bool had = has_generator;
    switch (ReadClause(clause, rule, has_generator)) {
      case ClauseResult::kOk:
        if (!had && has_generator) first_generator = clause;
        break;
      case ClauseResult::kSecondGenerator:
        return absl::InvalidArgumentError(absl::StrCat(
            "rule \"", rule.text, "\" chooses dates twice (\"", first_generator, "\" and \"", clause,
            "\"); keep one and add filters such as \"on a Thursday\" or \"not in August\""));
      case ClauseResult::kUnreadable:
        return absl::InvalidArgumentError(absl::StrCat(
            "cannot read \"", clause, "\" in rule \"", rule.text,
            "\": expected clauses separated by \";\" such as \"second Tuesday of the month\", \"every 4 weeks\", "
            "\"in the fortnight after quarterly report publication\", \"not in August\", \"in March and "
            "September\", \"on a Thursday\" or \"from 2018-04-01\""));
    }
  }
  if (rule.from && rule.until && *rule.until < *rule.from) {
    return absl::InvalidArgumentError(absl::StrCat("rule \"", rule.text, "\" ends before it starts"));
  }
  if (rule.months != 0 && (rule.months & ~rule.excluded_months) == 0) {
    return absl::InvalidArgumentError(absl::StrCat("rule \"", rule.text, "\" allows no month"));
  }
  return rule;
}

absl::StatusOr<int> ParseTimeOfDay(absl::string_view text) {
  std::vector<std::string> parts = absl::StrSplit(text, ':');
  int h = 0, m = 0;
  if (parts.size() != 2 || parts[0].empty() || parts[0].size() > 2 || parts[1].size() != 2 ||
      !absl::SimpleAtoi(parts[0], &h) || !absl::SimpleAtoi(parts[1], &m) || h < 0 || h > 23 || m < 0 || m > 59) {
    return absl::InvalidArgumentError(absl::StrCat("expected a time as HH:MM (24-hour), found \"", text, "\""));
  }
  return h * 60 + m;
}

const StatutoryStep* StatutoryTimetable::Step(absl::string_view step_id) const {
  for (const StatutoryStep& s : steps) {
    if (s.id == step_id) return &s;
  }
  return nullptr;
}

StatutoryTimetable PreceptTimetable() {
  StatutoryTimetable t;
  t.id = "precept";
  t.name = "Police precept";
  t.basis =
      "Police Reform and Social Responsibility Act 2011, Schedule 5; Police and Crime Panels (Precepts and Chief "
      "Constable Appointments) Regulations 2012";
  t.opens_month = 1;
  t.opens_day = 1;
  t.steps = {
      {"notify", "the PCC notifies the panel of the proposed precept", 2, 1, "", false, false},
      {"review", "the panel reviews the proposed precept and reports", 2, 8, "notify", true, false},
      {"revise", "after a veto, the PCC gives the panel a revised precept", 2, 15, "review", false, true},
      {"respond", "the panel reviews the revised precept and reports", 2, 22, "revise", true, true},
      {"issue", "the PCC issues the precept", 3, 1, "review", false, false},
  };
  return t;
}

const MeetingPlan* CyclePlan::ForMeeting(absl::string_view meeting_id) const {
  for (const MeetingPlan& m : meetings) {
    if (m.meeting == meeting_id) return &m;
  }
  return nullptr;
}

const Publication* CyclePlan::FindPublication(absl::string_view name) const {
  const std::string key = internal::NormalisePublicationName(name);
  if (key.empty()) return nullptr;
  for (const Publication& p : publications) {
    if (internal::NormalisePublicationName(p.id) == key || internal::NormalisePublicationName(p.name) == key) {
      return &p;
    }
    for (const std::string& a : p.aliases) {
      if (internal::NormalisePublicationName(a) == key) return &p;
    }
  }
  return nullptr;
}

std::optional<StatutoryTimetable> CyclePlan::Timetable(absl::string_view id) const {
  for (const StatutoryTimetable& t : timetables) {
    if (t.id == id) return t;
  }
  if (id == "precept") return PreceptTimetable();
  return std::nullopt;
}

absl::StatusOr<CyclePlan> ParseCyclePlanJson(absl::string_view text) {
  absl::StatusOr<Json> document = internal::ParseJsonText(text);
  if (!document.ok()) return document.status();
  const Json& root = *document;
  PlanReader r;
  CyclePlan plan;
  if (!r.Object(root, "", {"cycle_plan_version", "title", "description", "year", "region", "extra_holidays",
                           "publications", "meetings", "statutory", "timetables", "note"})) {
    return ProblemsToStatus(r.problems);
  }
  auto version = root.find("cycle_plan_version");
  if (version == root.end()) {
    r.Fail("", "missing \"cycle_plan_version\" (this library reads version 1)");
  } else if (!version->is_number_integer() || version->get<long long>() != kCyclePlanVersion) {
    r.Fail("cycle_plan_version", absl::StrCat("unsupported version ", version->dump(), "; this library reads 1"));
  }
  plan.title = r.String(root, "", "title").value_or("");
  plan.description = r.String(root, "", "description").value_or("");
  plan.year = r.Int(root, "", "year", kMinCalendarYear, kMaxCalendarYear);
  if (std::optional<std::string> region = r.String(root, "", "region")) {
    absl::StatusOr<BankHolidayRegion> parsed = ParseBankHolidayRegion(*region);
    if (parsed.ok()) {
      plan.region = *parsed;
    } else {
      r.Fail("region", std::string(parsed.status().message()));
    }
  }
  if (const Json* extra = r.Array(root, "", "extra_holidays")) {
    for (size_t i = 0; i < extra->size(); ++i) {
      const std::string path = PlanReader::Index("extra_holidays", i);
      const Json& h = (*extra)[i];
      if (!r.Object(h, path, {"date", "name"})) continue;
      std::optional<CivilDay> d = r.DayField(h, path, "date", true);
      if (d) plan.extra_holidays.push_back({*d, r.String(h, path, "name").value_or("Extra holiday"), false});
    }
  }
  if (const Json* timetables = r.Array(root, "", "timetables")) {
    for (size_t i = 0; i < timetables->size(); ++i) {
      plan.timetables.push_back(ReadTimetable(r, (*timetables)[i], PlanReader::Index("timetables", i)));
    }
  }
  if (const Json* pubs = r.Array(root, "", "publications")) {
    for (size_t i = 0; i < pubs->size(); ++i) {
      const std::string path = PlanReader::Index("publications", i);
      Publication p = ReadPublication(r, (*pubs)[i], path);
      if (!p.id.empty()) {
        for (const Publication& q : plan.publications) {
          if (q.id == p.id) r.Fail(PlanReader::Child(path, "id"), absl::StrCat("duplicate publication \"", p.id, "\""));
        }
      }
      plan.publications.push_back(std::move(p));
    }
  }
  auto publication_id = [&](const std::string& path, const std::string& name) -> std::string {
    const Publication* p = plan.FindPublication(name);
    if (p == nullptr) {
      std::vector<std::string> ids;
      for (const Publication& q : plan.publications) ids.push_back(q.id);
      r.Fail(path, absl::StrCat("unknown publication \"", name, "\"",
                                ids.empty() ? std::string("; the plan lists no publications")
                                            : absl::StrCat("; the plan's publications are ", absl::StrJoin(ids, ", "))));
      return "";
    }
    return p->id;
  };
  auto check_step = [&](const std::string& path, const std::string& step) {
    std::vector<std::string> parts = absl::StrSplit(step, ':');
    std::optional<StatutoryTimetable> t;
    if (parts.size() == 2) t = plan.Timetable(parts[0]);
    if (!t || t->Step(parts[1]) == nullptr) {
      r.Fail(path, absl::StrCat("unknown statutory step \"", step,
                                "\"; expected TIMETABLE:STEP such as \"precept:review\" or \"precept:respond\""));
    }
  };
  if (const Json* meetings = r.Array(root, "", "meetings")) {
    for (size_t i = 0; i < meetings->size(); ++i) {
      const std::string path = PlanReader::Index("meetings", i);
      const Json& v = (*meetings)[i];
      MeetingPlan mp;
      if (!r.Object(v, path, {"meeting", "sittings", "rule", "anchor", "time", "scrutinises",
                              "scrutiny_within_days", "note"})) {
        continue;
      }
      mp.meeting = r.String(v, path, "meeting", true).value_or("");
      if (!mp.meeting.empty() && plan.ForMeeting(mp.meeting) != nullptr) {
        r.Fail(PlanReader::Child(path, "meeting"),
               absl::StrCat("meeting \"", mp.meeting, "\" is planned twice; list all its sittings in one entry"));
      }
      mp.anchor = r.DayField(v, path, "anchor");
      mp.start_minutes = r.Time(v, path, "time");
      mp.note = r.String(v, path, "note").value_or("");
      mp.scrutiny_within_days = r.Int(v, path, "scrutiny_within_days", 0, 366);
      if (std::optional<std::string> s = r.String(v, path, "scrutinises")) {
        mp.scrutinises = publication_id(PlanReader::Child(path, "scrutinises"), *s);
      }
      if (std::optional<std::string> rule_text = r.String(v, path, "rule")) {
        absl::StatusOr<ScheduleRule> rule = ParseScheduleRule(*rule_text);
        if (!rule.ok()) {
          r.Fail(PlanReader::Child(path, "rule"),
                 absl::StrCat(rule.status().message(), mp.meeting.empty() ? "" : " (meeting \"" + mp.meeting + "\")"));
        } else {
          if (rule->generator == ScheduleRule::Generator::kAfterPublication) {
            rule->publication = publication_id(PlanReader::Child(path, "rule"), rule->publication);
          }
          mp.rule = *std::move(rule);
        }
      }
      if (const Json* sittings = r.Array(v, path, "sittings")) {
        for (size_t j = 0; j < sittings->size(); ++j) {
          const std::string sp = PlanReader::Index(PlanReader::Child(path, "sittings"), j);
          const Json& s = (*sittings)[j];
          if (!r.Object(s, sp, {"date", "time", "label", "step", "scrutinises", "note"})) continue;
          PlannedSitting ps;
          std::optional<CivilDay> d = r.DayField(s, sp, "date", true);
          if (!d) continue;
          ps.date = *d;
          ps.start_minutes = r.Time(s, sp, "time");
          ps.label = r.String(s, sp, "label").value_or("");
          ps.note = r.String(s, sp, "note").value_or("");
          ps.step = r.String(s, sp, "step").value_or("");
          if (!ps.step.empty()) check_step(PlanReader::Child(sp, "step"), ps.step);
          if (std::optional<std::string> pub = r.String(s, sp, "scrutinises")) {
            ps.scrutinises = publication_id(PlanReader::Child(sp, "scrutinises"), *pub);
          }
          mp.sittings.push_back(std::move(ps));
        }
      }
      plan.meetings.push_back(std::move(mp));
    }
  }
  if (const Json* statutory = r.Array(root, "", "statutory")) {
    for (size_t i = 0; i < statutory->size(); ++i) {
      const std::string path = PlanReader::Index("statutory", i);
      const Json& v = (*statutory)[i];
      if (!r.Object(v, path, {"timetable", "meeting", "year", "dates"})) continue;
      StatutoryAssignment a;
      a.timetable = r.String(v, path, "timetable", true).value_or("");
      a.meeting = r.String(v, path, "meeting", true).value_or("");
      a.year = r.Int(v, path, "year", kMinCalendarYear, kMaxCalendarYear);
      std::optional<StatutoryTimetable> t = plan.Timetable(a.timetable);
      if (!a.timetable.empty() && !t) {
        r.Fail(PlanReader::Child(path, "timetable"),
               absl::StrCat("unknown timetable \"", a.timetable, "\"; expected \"precept\" or one in \"timetables\""));
      }
      auto dates = v.find("dates");
      if (dates != v.end()) {
        const std::string dp = PlanReader::Child(path, "dates");
        if (!dates->is_object()) {
          r.Fail(dp, absl::StrCat("expected an object of step: date, found ", dates->type_name()));
        } else {
          for (const auto& [step, value] : dates->items()) {
            if (t && t->Step(step) == nullptr) {
              r.Fail(PlanReader::Child(dp, step), absl::StrCat("unknown step \"", step, "\" of \"", a.timetable, "\""));
              continue;
            }
            if (std::optional<CivilDay> d = r.Day(value, PlanReader::Child(dp, step))) a.step_dates[step] = *d;
          }
        }
      }
      plan.statutory.push_back(std::move(a));
    }
  }
  if (!r.problems.empty()) return ProblemsToStatus(r.problems);
  return plan;
}

absl::StatusOr<CyclePlan> LoadCyclePlanJsonFile(const std::string& path) {
  absl::StatusOr<std::string> text = internal::ReadFileToString(path);
  if (!text.ok()) return text.status();
  absl::StatusOr<CyclePlan> plan = ParseCyclePlanJson(*text);
  if (!plan.ok()) return internal::Annotate(plan.status(), path);
  return plan;
}

}  // namespace govgraph
