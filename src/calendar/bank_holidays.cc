// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/calendar/bank_holidays.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using absl::CivilDay;
using absl::Weekday;

bool Weekend(CivilDay d) {
  const Weekday w = absl::GetWeekday(d);
  return w == Weekday::saturday || w == Weekday::sunday;
}

// The n-th (1-based) `weekday` of a month.
CivilDay NthWeekday(int year, int month, Weekday weekday, int n) {
  const CivilDay first(year, month, 1);
  CivilDay d = absl::GetWeekday(first) == weekday ? first : absl::NextWeekday(first, weekday);
  return d + 7 * (n - 1);
}

CivilDay LastWeekday(int year, int month, Weekday weekday) {
  const CivilDay last = CivilDay(absl::CivilMonth(year, month) + 1) - 1;
  return absl::GetWeekday(last) == weekday ? last : absl::PrevWeekday(last, weekday);
}

class Builder {
 public:
  void Add(CivilDay d, std::string name) { out_.push_back({d, std::move(name), false}); }

  // A fixed-date holiday: on its day, or when that is a weekend (or already
  // taken by another holiday's substitute) on the next free weekday.
  void AddFixed(CivilDay d, const std::string& name) {
    if (!Weekend(d) && !Taken(d)) {
      Add(d, name);
      return;
    }
    CivilDay s = d + 1;
    while (Weekend(s) || Taken(s)) s += 1;
    out_.push_back({s, name + " (substitute day)", true});
  }

  // Two consecutive fixed holidays (Christmas and Boxing Day; 1 and 2
  // January in Scotland). With `second_keeps_monday` (Christmas), when the
  // first falls on a Sunday the second keeps its Monday and the first moves
  // to the Tuesday; otherwise (New Year) the first takes the Monday and the
  // second the Tuesday. The days are the same either way; only names differ.
  void AddPair(CivilDay first, const std::string& first_name, const std::string& second_name,
               bool second_keeps_monday) {
    if (second_keeps_monday && absl::GetWeekday(first) == Weekday::sunday) {
      Add(first + 1, second_name);
      out_.push_back({first + 2, first_name + " (substitute day)", true});
      return;
    }
    AddFixed(first, first_name);
    AddFixed(first + 1, second_name);
  }

  std::vector<BankHoliday> Take() && {
    std::sort(out_.begin(), out_.end(),
              [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
    return std::move(out_);
  }

 private:
  bool Taken(CivilDay d) const {
    return std::any_of(out_.begin(), out_.end(), [d](const BankHoliday& h) { return h.date == d; });
  }
  std::vector<BankHoliday> out_;
};

}  // namespace

namespace internal {
template <>
struct EnumNames<BankHolidayRegion> {
  static constexpr std::string_view kWhat = "bank holiday region";
  static constexpr std::pair<BankHolidayRegion, std::string_view> kTable[] = {
      {BankHolidayRegion::kEnglandAndWales, "england-and-wales"},
      {BankHolidayRegion::kScotland, "scotland"},
      {BankHolidayRegion::kNorthernIreland, "northern-ireland"},
  };
};
}  // namespace internal

std::string_view Name(BankHolidayRegion region) { return internal::NameOf(region, "england-and-wales"); }

std::vector<BankHolidayRegion> AllBankHolidayRegions() {
  return {BankHolidayRegion::kEnglandAndWales, BankHolidayRegion::kScotland,
          BankHolidayRegion::kNorthernIreland};
}

absl::StatusOr<BankHolidayRegion> ParseBankHolidayRegion(absl::string_view name) {
  std::string key = absl::AsciiStrToLower(absl::StripAsciiWhitespace(name));
  key = absl::StrReplaceAll(key, {{"_", "-"}, {" ", "-"}, {"&", "and"}});
  if (key == "ni") return BankHolidayRegion::kNorthernIreland;
  if (key == "england" || key == "wales") return BankHolidayRegion::kEnglandAndWales;
  for (BankHolidayRegion r : AllBankHolidayRegions()) {
    if (key == Name(r)) return r;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown bank holiday region \"", name,
      "\"; expected england-and-wales, scotland or northern-ireland"));
}

absl::Status ValidateCalendarYear(int year, absl::string_view option) {
  if (year < kMinCalendarYear || year > kMaxCalendarYear) {
    return absl::InvalidArgumentError(
        absl::StrCat(option, ": must be a year from ", kMinCalendarYear, " to ", kMaxCalendarYear, ", got ", year));
  }
  return absl::OkStatus();
}

CivilDay EasterSunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = ((h + l - 7 * m + 114) % 31) + 1;
  return CivilDay(year, month, day);
}

std::vector<BankHoliday> BankHolidays(int year, BankHolidayRegion region) {
  Builder b;
  const bool scotland = region == BankHolidayRegion::kScotland;
  const CivilDay easter = EasterSunday(year);
  // Holidays on fixed weekdays first, so that substitute days step round them.
  b.Add(easter - 2, "Good Friday");
  if (!scotland) b.Add(easter + 1, "Easter Monday");
  b.Add(NthWeekday(year, 5, Weekday::monday, 1), "Early May bank holiday");
  b.Add(LastWeekday(year, 5, Weekday::monday), "Spring bank holiday");
  if (scotland) {
    b.Add(NthWeekday(year, 8, Weekday::monday, 1), "Summer bank holiday");
  } else {
    b.Add(LastWeekday(year, 8, Weekday::monday), "Summer bank holiday");
  }
  if (scotland) {
    b.AddPair(CivilDay(year, 1, 1), "New Year's Day", "2nd January", false);
  } else {
    b.AddFixed(CivilDay(year, 1, 1), "New Year's Day");
  }
  if (region == BankHolidayRegion::kNorthernIreland) {
    b.AddFixed(CivilDay(year, 3, 17), "St Patrick's Day");
    b.AddFixed(CivilDay(year, 7, 12), "Battle of the Boyne (Orangemen's Day)");
  }
  if (scotland) b.AddFixed(CivilDay(year, 11, 30), "St Andrew's Day");
  b.AddPair(CivilDay(year, 12, 25), "Christmas Day", "Boxing Day", true);
  return std::move(b).Take();
}

HolidayCalendar::HolidayCalendar(BankHolidayRegion region, std::vector<BankHoliday> extra)
    : region_(region), extra_(std::move(extra)) {}

bool HolidayCalendar::IsWeekend(CivilDay day) { return Weekend(day); }

std::optional<BankHoliday> HolidayCalendar::HolidayOn(CivilDay day) const {
  for (const BankHoliday& h : extra_) {
    if (h.date == day) return h;
  }
  const int year = static_cast<int>(day.year());
  // Substitute days stay within the year (the latest is 28 December), so
  // one year's list is enough.
  for (BankHoliday& h : BankHolidays(year, region_)) {
    if (h.date == day) return std::move(h);
  }
  return std::nullopt;
}

CivilDay HolidayCalendar::OnOrAfter(CivilDay day) const {
  while (!IsWorkingDay(day)) day += 1;
  return day;
}

std::string HolidayCalendar::WhyNotWorking(CivilDay day) const {
  if (std::optional<BankHoliday> h = HolidayOn(day)) return h->name;
  const Weekday w = absl::GetWeekday(day);
  if (w == Weekday::saturday) return "Saturday";
  if (w == Weekday::sunday) return "Sunday";
  return "";
}

std::vector<BankHoliday> HolidayCalendar::HolidaysIn(int year) const {
  std::vector<BankHoliday> out = BankHolidays(year, region_);
  for (const BankHoliday& h : extra_) {
    if (h.date.year() == year) out.push_back(h);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
  return out;
}

GOVGRAPH_ENUM_VALUES(BankHolidayRegion);

}  // namespace govgraph
