// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// schedule_rule.cc: the grammar of a cycle plan's scheduling rules, short
// English clauses separated by ";" ("second Tuesday of the month; not in
// August"). One clause chooses the dates (a generator); the others filter
// them (months, weekdays, bounds).
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

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
#include "govgraph/calendar/cycle_plan.h"
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

}  // namespace

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

}  // namespace govgraph
