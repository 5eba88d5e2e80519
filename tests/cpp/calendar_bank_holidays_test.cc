// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/calendar/bank_holidays.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using absl::CivilDay;
using ::testing::HasSubstr;

std::vector<std::string> Dates(const std::vector<BankHoliday>& hs) {
  std::vector<std::string> out;
  for (const BankHoliday& h : hs) out.push_back(absl::FormatCivilTime(h.date));
  return out;
}

std::string NameOn(const std::vector<BankHoliday>& hs, CivilDay d) {
  for (const BankHoliday& h : hs) {
    if (h.date == d) return h.name;
  }
  return "";
}

TEST(EasterTest, KnownYears) {
  EXPECT_EQ(EasterSunday(2016), CivilDay(2016, 3, 27));
  EXPECT_EQ(EasterSunday(2018), CivilDay(2018, 4, 1));
  EXPECT_EQ(EasterSunday(2019), CivilDay(2019, 4, 21));
  EXPECT_EQ(EasterSunday(2024), CivilDay(2024, 3, 31));
  EXPECT_EQ(EasterSunday(2025), CivilDay(2025, 4, 20));
  EXPECT_EQ(EasterSunday(2038), CivilDay(2038, 4, 25));  // the latest possible
  EXPECT_EQ(EasterSunday(2285), CivilDay(2285, 3, 22));  // the earliest possible
  for (int y = 1900; y < 2100; ++y) {
    EXPECT_EQ(absl::GetWeekday(EasterSunday(y)), absl::Weekday::sunday) << y;
  }
}

TEST(BankHolidaysTest, EnglandAndWales2018) {
  EXPECT_THAT(Dates(BankHolidays(2018, BankHolidayRegion::kEnglandAndWales)),
              ::testing::ElementsAre("2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28",
                                     "2018-08-27", "2018-12-25", "2018-12-26"));
}

TEST(BankHolidaysTest, WeekendSubstitutes) {
  // 2022: New Year on Saturday -> Monday 3rd; Christmas on Sunday -> Boxing Day
  // Monday 26th and Christmas substitute Tuesday 27th.
  const auto h2022 = BankHolidays(2022, BankHolidayRegion::kEnglandAndWales);
  EXPECT_EQ(NameOn(h2022, CivilDay(2022, 1, 3)), "New Year's Day (substitute day)");
  EXPECT_EQ(NameOn(h2022, CivilDay(2022, 12, 26)), "Boxing Day");
  EXPECT_EQ(NameOn(h2022, CivilDay(2022, 12, 27)), "Christmas Day (substitute day)");
  // 2021: Christmas on Saturday -> 27th and 28th.
  const auto h2021 = BankHolidays(2021, BankHolidayRegion::kEnglandAndWales);
  EXPECT_EQ(NameOn(h2021, CivilDay(2021, 12, 27)), "Christmas Day (substitute day)");
  EXPECT_EQ(NameOn(h2021, CivilDay(2021, 12, 28)), "Boxing Day (substitute day)");
  // 2020: Boxing Day on Saturday -> Monday 28th.
  EXPECT_EQ(NameOn(BankHolidays(2020, BankHolidayRegion::kEnglandAndWales), CivilDay(2020, 12, 28)),
            "Boxing Day (substitute day)");
}

TEST(BankHolidaysTest, Scotland) {
  const auto h2018 = BankHolidays(2018, BankHolidayRegion::kScotland);
  EXPECT_THAT(Dates(h2018), ::testing::ElementsAre("2018-01-01", "2018-01-02", "2018-03-30", "2018-05-07",
                                                   "2018-05-28", "2018-08-06", "2018-11-30", "2018-12-25",
                                                   "2018-12-26"));
  EXPECT_EQ(NameOn(h2018, CivilDay(2018, 1, 2)), "2nd January");
  // No Easter Monday in Scotland; summer holiday the first Monday of August.
  EXPECT_EQ(NameOn(h2018, CivilDay(2018, 4, 2)), "");
  // 2 January on Saturday (2021) -> Monday 4 January.
  EXPECT_EQ(NameOn(BankHolidays(2021, BankHolidayRegion::kScotland), CivilDay(2021, 1, 4)),
            "2nd January (substitute day)");
  // 2022: 1 January Saturday and 2 January Sunday -> 3rd and 4th.
  const auto h2022 = BankHolidays(2022, BankHolidayRegion::kScotland);
  EXPECT_EQ(NameOn(h2022, CivilDay(2022, 1, 3)), "New Year's Day (substitute day)");
  EXPECT_EQ(NameOn(h2022, CivilDay(2022, 1, 4)), "2nd January (substitute day)");
  // St Andrew's Day on Saturday 30 November 2019 -> Monday 2 December.
  const auto h2019 = BankHolidays(2019, BankHolidayRegion::kScotland);
  EXPECT_EQ(NameOn(h2019, CivilDay(2019, 12, 2)), "St Andrew's Day (substitute day)");
  EXPECT_EQ(NameOn(h2019, CivilDay(2019, 11, 30)), "");
  EXPECT_EQ(NameOn(BankHolidays(2024, BankHolidayRegion::kScotland), CivilDay(2024, 12, 2)),
            "St Andrew's Day (substitute day)");
}

TEST(BankHolidaysTest, NorthernIreland) {
  const auto h2018 = BankHolidays(2018, BankHolidayRegion::kNorthernIreland);
  EXPECT_EQ(h2018.size(), 10u);
  // St Patrick's Day on Saturday 17 March 2018 -> Monday 19 March.
  EXPECT_EQ(NameOn(h2018, CivilDay(2018, 3, 19)), "St Patrick's Day (substitute day)");
  EXPECT_EQ(NameOn(h2018, CivilDay(2018, 7, 12)), "Battle of the Boyne (Orangemen's Day)");
  // 12 July on Sunday (2020) -> Monday 13 July; on Saturday (2025) -> Monday 14 July.
  EXPECT_EQ(NameOn(BankHolidays(2020, BankHolidayRegion::kNorthernIreland), CivilDay(2020, 7, 13)),
            "Battle of the Boyne (Orangemen's Day) (substitute day)");
  EXPECT_EQ(NameOn(BankHolidays(2025, BankHolidayRegion::kNorthernIreland), CivilDay(2025, 7, 14)),
            "Battle of the Boyne (Orangemen's Day) (substitute day)");
  EXPECT_EQ(NameOn(BankHolidays(2019, BankHolidayRegion::kNorthernIreland), CivilDay(2019, 3, 18)),
            "St Patrick's Day (substitute day)");
  // Neither in England and Wales.
  EXPECT_EQ(NameOn(BankHolidays(2018, BankHolidayRegion::kEnglandAndWales), CivilDay(2018, 7, 12)), "");
}

TEST(HolidayCalendarTest, WorkingDaysAndExtras) {
  HolidayCalendar cal(BankHolidayRegion::kEnglandAndWales, {{CivilDay(2023, 5, 8), "Coronation", false}});
  EXPECT_FALSE(cal.IsWorkingDay(CivilDay(2018, 4, 2)));   // Easter Monday
  EXPECT_FALSE(cal.IsWorkingDay(CivilDay(2018, 3, 31)));  // Saturday
  EXPECT_TRUE(cal.IsWorkingDay(CivilDay(2018, 4, 3)));
  EXPECT_EQ(cal.OnOrAfter(CivilDay(2018, 3, 30)), CivilDay(2018, 4, 3));  // Good Friday -> Tuesday
  EXPECT_FALSE(cal.IsWorkingDay(CivilDay(2023, 5, 8)));   // the extra day
  EXPECT_EQ(cal.WhyNotWorking(CivilDay(2023, 5, 8)), "Coronation");
  EXPECT_EQ(cal.WhyNotWorking(CivilDay(2018, 3, 31)), "Saturday");
  EXPECT_EQ(cal.WhyNotWorking(CivilDay(2018, 4, 3)), "");
  HolidayCalendar plain;
  EXPECT_TRUE(plain.IsWorkingDay(CivilDay(2023, 5, 8)));  // one-offs are not computed
  EXPECT_EQ(cal.HolidaysIn(2023).size(), 9u);
}

TEST(BankHolidayRegionTest, ParseAndName) {
  EXPECT_EQ(*ParseBankHolidayRegion("England and Wales"), BankHolidayRegion::kEnglandAndWales);
  EXPECT_EQ(*ParseBankHolidayRegion("northern_ireland"), BankHolidayRegion::kNorthernIreland);
  EXPECT_EQ(*ParseBankHolidayRegion("Scotland"), BankHolidayRegion::kScotland);
  for (BankHolidayRegion r : AllBankHolidayRegions()) EXPECT_EQ(*ParseBankHolidayRegion(std::string(Name(r))), r);
  absl::StatusOr<BankHolidayRegion> bad = ParseBankHolidayRegion("jersey");
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("\"jersey\""));
}

}  // namespace
}  // namespace govgraph
