// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// calendar/bank_holidays.h: UK bank holidays, computed, and working days.
///
/// The bank and public holidays of England and Wales, Scotland and Northern
/// Ireland are computed for any year from their rules, never read from a table:
/// Easter by the anonymous Gregorian algorithm (Good Friday, and Easter Monday
/// outside Scotland); the Monday holidays (early May: first Monday of May;
/// spring: last Monday of May; summer: last Monday of August, or the first
/// Monday of August in Scotland); and the fixed-date holidays (New Year's Day,
/// 2 January in Scotland, St Patrick's Day and the Battle of the Boyne in
/// Northern Ireland, St Andrew's Day in Scotland, Christmas Day and Boxing
/// Day), each with its substitute day when it falls at a weekend: the next
/// weekday not already a holiday (Christmas on a Saturday gives Monday 27 and,
/// for Boxing Day, Tuesday 28 December).
///
/// One-off holidays proclaimed for a single year are NOT computed: royal
/// weddings, jubilees, coronations, state funerals, and the years a regular
/// holiday was moved (early May 1995 and 2020, the spring holiday in 2002, 2012
/// and 2022). Pass them as `extra` days to a HolidayCalendar:
///
/// ```
///   HolidayCalendar cal(BankHolidayRegion::kEnglandAndWales,
///                       {{absl::CivilDay(2023, 5, 8), "Coronation of King Charles III"}});
///   cal.IsWorkingDay(absl::CivilDay(2018, 4, 2));   // false: Easter Monday
///   EasterSunday(2019);                               // 2019-04-21
/// ```
#ifndef GOVGRAPH_CALENDAR_BANK_HOLIDAYS_H_
#define GOVGRAPH_CALENDAR_BANK_HOLIDAYS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"

namespace govgraph {

enum class BankHolidayRegion { kEnglandAndWales, kScotland, kNorthernIreland };

/// "england-and-wales", "scotland", "northern-ireland".
std::string_view Name(BankHolidayRegion region);
/// Reads the names above, case-insensitively, also with underscores or spaces
/// ("England and Wales"), and "ni"; InvalidArgumentError naming the text otherwise.
absl::StatusOr<BankHolidayRegion> ParseBankHolidayRegion(absl::string_view name);
std::vector<BankHolidayRegion> AllBankHolidayRegions();

/// The years the calendar works in. ExpandSchedule() and the cycle plan reader
/// reject others; EasterSunday(), BankHolidays() and HolidayCalendar are meant
/// for them (the Python bindings check).
inline constexpr int kMinCalendarYear = 1900;
inline constexpr int kMaxCalendarYear = 2999;

/// OK for a year from kMinCalendarYear to kMaxCalendarYear, else
/// InvalidArgumentError naming the option: "year: must be from 1900 to 2999, got 0".
absl::Status ValidateCalendarYear(int year, absl::string_view option = "year");

struct BankHoliday {
  absl::CivilDay date;
  std::string name;         ///< "Easter Monday", "Christmas Day (substitute day)"
  bool substitute = false;  ///< the weekday given for a holiday that fell at a weekend
  friend bool operator==(const BankHoliday&, const BankHoliday&) = default;
};

/// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, also
/// known as Meeus/Jones/Butcher). Valid for years 1583 onwards.
absl::CivilDay EasterSunday(int year);

/// The year's computed bank holidays in a region, by date. A fixed holiday that
/// falls at a weekend is listed once, as its substitute day.
std::vector<BankHoliday> BankHolidays(int year, BankHolidayRegion region);

/// Working days: Monday to Friday, except the region's bank holidays and any
/// extra days given (one-off holidays, or local closures).
class HolidayCalendar {
 public:
  explicit HolidayCalendar(BankHolidayRegion region = BankHolidayRegion::kEnglandAndWales,
                           std::vector<BankHoliday> extra = {});

  BankHolidayRegion region() const { return region_; }
  const std::vector<BankHoliday>& extra() const { return extra_; }

  /// The holiday on this day (computed or extra), if any.
  std::optional<BankHoliday> HolidayOn(absl::CivilDay day) const;
  bool IsBankHoliday(absl::CivilDay day) const { return HolidayOn(day).has_value(); }
  static bool IsWeekend(absl::CivilDay day);
  bool IsWorkingDay(absl::CivilDay day) const { return !IsWeekend(day) && !IsBankHoliday(day); }
  /// `day` itself when it is a working day, else the next one.
  absl::CivilDay OnOrAfter(absl::CivilDay day) const;
  /// Why a day is not a working day: "Saturday", "Easter Monday"; empty for a working day.
  std::string WhyNotWorking(absl::CivilDay day) const;
  /// The computed and extra holidays of a year, by date.
  std::vector<BankHoliday> HolidaysIn(int year) const;

 private:
  BankHolidayRegion region_;
  std::vector<BankHoliday> extra_;
};

}  // namespace govgraph

#endif  // GOVGRAPH_CALENDAR_BANK_HOLIDAYS_H_
