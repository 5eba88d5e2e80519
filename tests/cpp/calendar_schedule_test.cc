// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/calendar/schedule.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/register_builder.h"
#include "analysis_test_util.h"

namespace govgraph {
namespace {

using absl::CivilDay;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Iso(const std::vector<CivilDay>& days) {
  std::vector<std::string> out;
  for (CivilDay d : days) out.push_back(absl::FormatCivilTime(d));
  return out;
}

std::vector<std::string> DatesOf(const Schedule& s, const Register& reg, const std::string& id) {
  std::vector<std::string> out;
  for (const Occurrence& o : s.occurrences) {
    if (reg.meeting(o.meeting).id == id) out.push_back(absl::FormatCivilTime(o.date));
  }
  return out;
}

Meeting MakeMeeting(const std::string& id, Cadence cadence) {
  Meeting m;
  m.id = id;
  m.name = "Meeting " + id;
  m.cadence = std::move(cadence);
  return m;
}

Register OneMeeting(Cadence cadence) {
  RegisterBuilder b;
  b.AddMeeting(MakeMeeting("m", std::move(cadence)));
  return *std::move(b).Build();
}

TEST(CadenceDatesTest, MonthlyAcrossYearEndClampsToMonthEnd) {
  auto d = CadenceDates(12, CivilDay(2018, 10, 31), CivilDay(2018, 10, 1), CivilDay(2019, 3, 31));
  ASSERT_TRUE(d.ok());
  EXPECT_THAT(Iso(*d), ElementsAre("2018-10-31", "2018-11-30", "2018-12-31", "2019-01-31", "2019-02-28",
                                   "2019-03-31"));
}

TEST(CadenceDatesTest, LeapYears) {
  // Annual from 29 February 2016: 28 February in common years, 29th in 2020.
  auto d = CadenceDates(1, CivilDay(2016, 2, 29), CivilDay(2016, 1, 1), CivilDay(2020, 12, 31));
  ASSERT_TRUE(d.ok());
  EXPECT_THAT(Iso(*d), ElementsAre("2016-02-29", "2017-02-28", "2018-02-28", "2019-02-28", "2020-02-29"));
  // Monthly from 31 January in a leap year.
  auto m = CadenceDates(12, CivilDay(2024, 1, 31), CivilDay(2024, 1, 1), CivilDay(2024, 3, 31));
  EXPECT_THAT(Iso(*m), ElementsAre("2024-01-31", "2024-02-29", "2024-03-31"));
}

TEST(CadenceDatesTest, AnchorFixesPhaseBothWays) {
  // Quarterly anchored mid-year still fills the whole period.
  auto d = CadenceDates(4, CivilDay(2018, 8, 15), CivilDay(2018, 1, 1), CivilDay(2018, 12, 31));
  EXPECT_THAT(Iso(*d), ElementsAre("2018-02-15", "2018-05-15", "2018-08-15", "2018-11-15"));
  // Fortnightly across the year end.
  auto f = CadenceDates(26, CivilDay(2018, 12, 18), CivilDay(2018, 12, 1), CivilDay(2019, 1, 20));
  EXPECT_THAT(Iso(*f), ElementsAre("2018-12-04", "2018-12-18", "2019-01-01", "2019-01-15"));
  // Five a year: every 73 days.
  auto five = CadenceDates(5, CivilDay(2018, 1, 1), CivilDay(2018, 1, 1), CivilDay(2018, 12, 31));
  EXPECT_EQ(five->size(), 5u);
  EXPECT_FALSE(CadenceDates(0, CivilDay(2018, 1, 1), CivilDay(2018, 1, 1), CivilDay(2018, 12, 31)).ok());
}

TEST(ScheduleTest, CadenceMovesOffBankHolidays) {
  Register reg = OneMeeting(Cadence::Regular(4, "Quarterly"));
  CyclePlan plan;
  plan.meetings.push_back({.meeting = "m", .anchor = CivilDay(2018, 1, 1)});
  absl::StatusOr<Schedule> s = ExpandSchedule(reg, plan, {.year = 2018});
  ASSERT_TRUE(s.ok()) << s.status();
  // 1 Jan (New Year) -> 2 Jan; 1 Apr (Easter Sunday) -> 3 Apr (after Easter
  // Monday); 1 Jul (Sunday) -> 2 Jul; 1 Oct is a Monday.
  EXPECT_THAT(DatesOf(*s, reg, "m"), ElementsAre("2018-01-02", "2018-04-03", "2018-07-02", "2018-10-01"));
  EXPECT_EQ(s->occurrences[0].moved_from, CivilDay(2018, 1, 1));
  EXPECT_EQ(s->occurrences[3].moved_from, std::nullopt);
  EXPECT_EQ(s->occurrences[0].source, OccurrenceSource::kCadence);
  // In Scotland 2 January is a holiday too, and Easter Monday is not.
  absl::StatusOr<Schedule> scot =
      ExpandSchedule(reg, plan, {.year = 2018, .region = BankHolidayRegion::kScotland});
  EXPECT_THAT(DatesOf(*scot, reg, "m"), ElementsAre("2018-01-03", "2018-04-02", "2018-07-02", "2018-10-01"));
}

TEST(ScheduleTest, PeriodAcrossYearEnd) {
  Register reg = OneMeeting(Cadence::Regular(12, "Monthly"));
  CyclePlan plan;
  plan.meetings.push_back({.meeting = "m", .rule = *ParseScheduleRule("second Tuesday of the month; not in August")});
  absl::StatusOr<Schedule> s =
      ExpandSchedule(reg, plan, {.start = CivilDay(2018, 4, 1), .end = CivilDay(2019, 3, 31)});
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_THAT(DatesOf(*s, reg, "m"),
              ElementsAre("2018-04-10", "2018-05-08", "2018-06-12", "2018-07-10", "2018-09-11", "2018-10-09",
                          "2018-11-13", "2018-12-11", "2019-01-08", "2019-02-12", "2019-03-12"));
  EXPECT_EQ(s->occurrences[0].source, OccurrenceSource::kRule);
  // A start alone gives a year.
  absl::StatusOr<Schedule> y = ExpandSchedule(reg, plan, {.start = CivilDay(2018, 4, 1)});
  EXPECT_EQ(y->end, CivilDay(2019, 3, 31));
}

TEST(ScheduleTest, LastWeekdayAndEveryWeeks) {
  Register reg = OneMeeting(Cadence::Regular(12, "Monthly"));
  CyclePlan plan;
  // Last Monday of May and August are bank holidays: moved to Tuesday.
  plan.meetings.push_back({.meeting = "m", .rule = *ParseScheduleRule("last Monday of the month; in May and August")});
  absl::StatusOr<Schedule> s = ExpandSchedule(reg, plan, {.year = 2018});
  EXPECT_THAT(DatesOf(*s, reg, "m"), ElementsAre("2018-05-29", "2018-08-28"));

  CyclePlan every;
  every.meetings.push_back({.meeting = "m", .rule = *ParseScheduleRule("every 4 weeks; from 2018-11-06")});
  absl::StatusOr<Schedule> e = ExpandSchedule(reg, every, {.start = CivilDay(2018, 11, 1), .end = CivilDay(2019, 2, 1)});
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_THAT(DatesOf(*e, reg, "m"), ElementsAre("2018-11-06", "2018-12-04", "2019-01-02", "2019-01-29"));

  CyclePlan no_anchor;
  no_anchor.meetings.push_back({.meeting = "m", .rule = *ParseScheduleRule("every 4 weeks")});
  absl::StatusOr<Schedule> bad = ExpandSchedule(reg, no_anchor, {.year = 2018});
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("plan meetings[0]: rule \"every 4 weeks\" of meeting \"m\" needs a start"));
}

TEST(ScheduleTest, AfterPublicationWithFilters) {
  Register reg = OneMeeting(Cadence::Regular(4, "Quarterly"));
  CyclePlan plan;
  Publication q;
  q.id = "quarterly-report";
  q.name = "Quarterly performance report";
  q.lag_days = 42;  // six weeks after each quarter end (March year end)
  plan.publications.push_back(q);
  plan.meetings.push_back(
      {.meeting = "m",
       .rule = *ParseScheduleRule("in the four weeks after quarterly report publication; on a Thursday; not in August")});
  absl::StatusOr<Schedule> s = ExpandSchedule(reg, plan, {.year = 2018});
  ASSERT_TRUE(s.ok()) << s.status();
  // Published 12 Feb, 14 May, 13 Aug, 12 Nov (weekends moved to Monday).
  std::vector<std::string> pubs;
  for (const PublicationDate& p : s->publications) {
    if (p.date.year() == 2018) pubs.push_back(absl::FormatCivilTime(p.date));
  }
  EXPECT_THAT(pubs, ElementsAre("2018-02-12", "2018-05-14", "2018-08-13", "2018-11-12"));
  // First Thursday after each; August's falls to 6 September.
  EXPECT_THAT(DatesOf(*s, reg, "m"), ElementsAre("2018-02-15", "2018-05-17", "2018-09-06", "2018-11-15"));
  for (const Occurrence& o : s->occurrences) EXPECT_EQ(o.scrutinises, "quarterly-report");
}

TEST(ScheduleTest, UnknownCadenceIsUnscheduledNotGuessed) {
  RegisterBuilder b;
  b.AddMeeting(MakeMeeting("tbc", Cadence::Unknown("TBC")));
  b.AddMeeting(MakeMeeting("adhoc", Cadence::AdHoc("as required")));
  Register reg = *std::move(b).Build();
  absl::StatusOr<Schedule> s = ExpandSchedule(reg, ScheduleOptions{.year = 2018});
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(s->occurrences.empty());
  ASSERT_EQ(s->unscheduled.size(), 2u);
  EXPECT_THAT(s->unscheduled[0].reason, HasSubstr("TBC"));
}

TEST(ScheduleTest, PerAreaMeetingsGetOneSeriesPerArea) {
  RegisterBuilder b;
  testing_util::AddAreas(b, {"north", "south"});
  Meeting m = MakeMeeting("csp", Cadence::Regular(4, "Quarterly"));
  m.per_area = true;
  m.areas = {Ref<Area>("north"), Ref<Area>("south")};
  m.cadence.AddException("south", 2);
  b.AddMeeting(m);
  Register reg = *std::move(b).Build();
  absl::StatusOr<Schedule> s = ExpandSchedule(reg, ScheduleOptions{.year = 2019});
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->occurrences.size(), 6u);
}

TEST(ScheduleTest, PlanErrorsNameThePlace) {
  Register reg = OneMeeting(Cadence::Regular(4, "Quarterly"));
  CyclePlan plan;
  plan.meetings.push_back({.meeting = "nope"});
  absl::StatusOr<Schedule> s = ExpandSchedule(reg, plan, {.year = 2018});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "plan meetings[0].meeting: unknown meeting \"nope\"");
  EXPECT_FALSE(ExpandSchedule(reg, CyclePlan{}, {}).ok());  // no year
}

TEST(ScheduleTest, YearsOutsideTheCalendarAreErrors) {
  Register reg = OneMeeting(Cadence::Regular(4, "Quarterly"));
  for (int year : {0, -5, 1899, 3000, 10000}) {
    SCOPED_TRACE(year);
    absl::StatusOr<Schedule> s = ExpandSchedule(reg, CyclePlan{}, {.year = year});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(s.status().message(), "year: must be a year from 1900 to 2999, got " + std::to_string(year));
    CyclePlan plan;
    plan.year = year;
    EXPECT_EQ(ExpandSchedule(reg, plan, {}).status().message(),
              "plan.year: must be a year from 1900 to 2999, got " + std::to_string(year));
    plan.year = 2018;
    plan.statutory.push_back({.timetable = "precept", .meeting = "m", .year = year});
    EXPECT_EQ(ExpandSchedule(reg, plan, {}).status().message(),
              "plan.statutory[0].year: must be a year from 1900 to 2999, got " + std::to_string(year));
  }
  EXPECT_EQ(ExpandSchedule(reg, CyclePlan{}, {.start = CivilDay(1899, 12, 31)}).status().message(),
            "start: must be a date from 1900 to 2999, got 1899-12-31");
  EXPECT_EQ(
      ExpandSchedule(reg, CyclePlan{}, {.start = CivilDay(2018, 1, 1), .end = CivilDay(3000, 1, 1)}).status().message(),
      "end: must be a date from 1900 to 2999, got 3000-01-01");
  // The ends of the range work.
  for (int year : {kMinCalendarYear, kMaxCalendarYear}) {
    absl::StatusOr<Schedule> s = ExpandSchedule(reg, CyclePlan{}, {.year = year});
    ASSERT_TRUE(s.ok()) << year << ": " << s.status();
    EXPECT_EQ(s->occurrences.size(), 4u);
  }
  EXPECT_TRUE(ValidateCalendarYear(2018).ok());
  EXPECT_EQ(ValidateCalendarYear(0, "since").message(), "since: must be a year from 1900 to 2999, got 0");
}

TEST(ScheduleRuleTest, ReadsClauses) {
  absl::StatusOr<ScheduleRule> r = ParseScheduleRule("Second Tuesday of the month; not in July or August");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->generator, ScheduleRule::Generator::kNthWeekday);
  EXPECT_EQ(r->ordinal, 2);
  EXPECT_FALSE(r->AllowsMonth(8));
  EXPECT_FALSE(r->AllowsMonth(7));
  EXPECT_TRUE(r->AllowsMonth(9));
  absl::StatusOr<ScheduleRule> p = ParseScheduleRule("in the fortnight after quarterly report publication");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->generator, ScheduleRule::Generator::kAfterPublication);
  EXPECT_EQ(p->window_days, 14);
  EXPECT_EQ(p->publication, "quarterly report");
  EXPECT_EQ(ParseScheduleRule("within 3 weeks after the annual report")->window_days, 21);
  EXPECT_EQ(ParseScheduleRule("every Wednesday")->generator, ScheduleRule::Generator::kEveryWeekday);
}

TEST(ScheduleRuleTest, UnreadableRulesSayWhy) {
  absl::StatusOr<ScheduleRule> r = ParseScheduleRule("fourthly Tuesday; not in August");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("cannot read \"fourthly tuesday\" in rule \"fourthly Tuesday; not in August\""));
  EXPECT_THAT(ParseScheduleRule("not in Augtember").status().message(), HasSubstr("\"not in augtember\""));
  EXPECT_THAT(ParseScheduleRule("first Monday of the month; every Friday").status().message(),
              HasSubstr("chooses dates twice"));
  EXPECT_FALSE(ParseScheduleRule("in August; not in August").ok());
  EXPECT_FALSE(ParseScheduleRule("").ok());
}

TEST(CyclePlanJsonTest, NumberTooLargeForADoubleIsASyntaxError) {
  auto overflow = ParseCyclePlanJson(R"({"cycle_plan_version": 1e999})");
  ASSERT_FALSE(overflow.ok());
  EXPECT_THAT(overflow.status().message(), HasSubstr("number overflow"));
}

TEST(CyclePlanJsonTest, ErrorsNameTheJsonPath) {
  auto bad_date = ParseCyclePlanJson(R"({"cycle_plan_version": 1, "meetings": [
      {"meeting": "m", "sittings": [{"date": "2018-02-30"}]}]})");
  ASSERT_FALSE(bad_date.ok());
  EXPECT_THAT(bad_date.status().message(),
              HasSubstr("meetings[0].sittings[0].date: expected a date as YYYY-MM-DD, found \"2018-02-30\""));
  auto bad_rule = ParseCyclePlanJson(R"({"cycle_plan_version": 1, "meetings": [{"meeting": "m", "rule": "often"}]})");
  EXPECT_THAT(bad_rule.status().message(), HasSubstr("meetings[0].rule: cannot read \"often\""));
  EXPECT_THAT(bad_rule.status().message(), HasSubstr("(meeting \"m\")"));
  auto bad_pub = ParseCyclePlanJson(
      R"({"cycle_plan_version": 1, "meetings": [{"meeting": "m", "rule": "in the week after budget publication"}]})");
  EXPECT_THAT(bad_pub.status().message(), HasSubstr("meetings[0].rule: unknown publication \"budget\""));
  auto bad_step = ParseCyclePlanJson(R"({"cycle_plan_version": 1, "meetings": [
      {"meeting": "m", "sittings": [{"date": "2018-02-01", "step": "precept:vote"}]}]})");
  EXPECT_THAT(bad_step.status().message(), HasSubstr("meetings[0].sittings[0].step: unknown statutory step"));
  EXPECT_THAT(ParseCyclePlanJson(R"({"cycle_plan_version": 1, "extra": 1})").status().message(),
              HasSubstr("unknown field \"extra\""));
  EXPECT_THAT(ParseCyclePlanJson(R"({"year": 2018})").status().message(), HasSubstr("cycle_plan_version"));
  auto missing = LoadCyclePlanJsonFile("/nonexistent/plan.json");
  EXPECT_FALSE(missing.ok());
}

TEST(CyclePlanJsonTest, LoadsTheDorsetPlan) {
  absl::StatusOr<CyclePlan> plan =
      LoadCyclePlanJsonFile(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->year, 2018);
  ASSERT_EQ(plan->publications.size(), 1u);
  EXPECT_EQ(plan->publications[0].lag_days, 42);
  EXPECT_EQ(plan->ForMeeting("dorset-pcp")->sittings.size(), 5u);
  EXPECT_EQ(plan->ForMeeting("dorset-pcp")->start_minutes, 600);
  EXPECT_NE(plan->FindPublication("the quarterly report publication"), nullptr);
}

}  // namespace
}  // namespace govgraph
