// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/calendar/cycle_check.h"

#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/io/json.h"
#include "govgraph/register_builder.h"

namespace govgraph {
namespace {

using absl::CivilDay;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const std::string kDir = GOVGRAPH_SOURCE_DIR;

struct Loaded {
  Register reg;
  CyclePlan plan;
  Schedule schedule;
  CycleCheckResult check;
};

Loaded Load(const std::string& plan_path) {
  Loaded l;
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(kDir + "/examples/registers/dorset-pcp-2018.json");
  EXPECT_TRUE(reg.ok()) << reg.status();
  l.reg = *reg;
  absl::StatusOr<CyclePlan> plan = LoadCyclePlanJsonFile(plan_path);
  EXPECT_TRUE(plan.ok()) << plan.status();
  l.plan = *plan;
  absl::StatusOr<Schedule> s = ExpandSchedule(l.reg, l.plan);
  EXPECT_TRUE(s.ok()) << s.status();
  l.schedule = *s;
  l.check = CheckCycle(l.reg, l.plan, l.schedule).value();
  return l;
}

TEST(DorsetCycleTest, TheExamplePlanPasses) {
  Loaded l = Load(kDir + "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
  EXPECT_TRUE(l.check.ok()) << FormatCycleCheck(l.reg, l.check);
  // Five panel sittings, one the precept meeting inside its window.
  int panel = 0;
  for (const Occurrence& o : l.schedule.occurrences) panel += l.reg.meeting(o.meeting).id == "dorset-pcp";
  EXPECT_EQ(panel, 5);
  ASSERT_EQ(l.check.statutory.size(), 5u);
  EXPECT_EQ(l.check.statutory[1].step, "review");
  EXPECT_EQ(l.check.statutory[1].planned, CivilDay(2018, 2, 1));
  EXPECT_EQ(l.check.statutory[1].deadline, CivilDay(2018, 2, 8));
  EXPECT_TRUE(l.check.statutory[1].ok);
  EXPECT_EQ(l.check.alignment.size(), 4u);
  for (const AlignmentCheck& a : l.check.alignment) EXPECT_TRUE(a.ok);
  // No reserve date for a veto response is a note, not a problem.
  bool reserve_note = false;
  for (const std::string& n : l.check.notes) reserve_note = reserve_note || absl::StrContains(n, "precept:respond");
  EXPECT_TRUE(reserve_note);
  // The audit committee follows its rule: second Tuesday of March, June, September, December.
  std::vector<CivilDay> audit;
  for (const Occurrence& o : l.schedule.occurrences) {
    if (l.reg.meeting(o.meeting).id == "pcc-audit-committee") audit.push_back(o.date);
  }
  EXPECT_EQ(audit, (std::vector<CivilDay>{CivilDay(2018, 3, 13), CivilDay(2018, 6, 12), CivilDay(2018, 9, 11),
                                          CivilDay(2018, 12, 11)}));
}

TEST(DorsetCycleTest, FindsTheMisplacedPreceptAndMisalignedQuarterlyMeetings) {
  Loaded l = Load(kDir + "/tests/data/dorset-pcp-2018-cycle-misplaced.json");
  ASSERT_EQ(l.check.problems.size(), 3u) << FormatCycleCheck(l.reg, l.check);
  const CycleFinding& precept = l.check.problems[0];
  EXPECT_EQ(precept.kind, CycleFindingKind::kStatutoryWindow);
  EXPECT_EQ(precept.rule, "precept:review");
  EXPECT_EQ(precept.date, CivilDay(2018, 2, 15));
  EXPECT_THAT(precept.message, HasSubstr("Thursday 15 February 2018 misses the Police precept window"));
  EXPECT_THAT(precept.message, HasSubstr("by Thursday 8 February 2018"));
  const CycleFinding& quarterly = l.check.problems[1];
  EXPECT_EQ(quarterly.kind, CycleFindingKind::kMisaligned);
  EXPECT_EQ(quarterly.date, CivilDay(2018, 5, 10));
  EXPECT_THAT(quarterly.message, HasSubstr("the next is published 2018-05-14, 4 days later"));
  // The sitting before the May report leaves that report to no sitting.
  const CycleFinding& unscrutinised = l.check.problems[2];
  EXPECT_EQ(unscrutinised.kind, CycleFindingKind::kUnscrutinised);
  EXPECT_EQ(unscrutinised.date, CivilDay(2018, 5, 14));
  EXPECT_THAT(unscrutinised.message, HasSubstr("published on Monday 14 May 2018 is scrutinised by no sitting"));
  EXPECT_FALSE(l.check.statutory[1].ok);
  const std::string text = FormatCycleCheck(l.reg, l.check);
  EXPECT_THAT(text, HasSubstr("Meeting cycle: 3 problems"));
  EXPECT_THAT(text, HasSubstr("MISSED"));
  EXPECT_THAT(text, HasSubstr("MISALIGNED"));
}

// Checked from the reports' side: a quarterly sitting moved to just after the
// next report is aligned (it scrutinises that report, one day old), so the
// sitting-by-sitting check passed; but the report before it is left to no
// sitting, and the next is scrutinised twice.
TEST(CoverageTest, ASittingMovedPastTheNextReportLeavesOneUnscrutinisedAndOneTwice) {
  Loaded l = Load(kDir + "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
  ASSERT_TRUE(l.check.ok());
  // Every report published in the year has exactly one sitting.
  for (const CoverageCheck& c : l.check.coverage) {
    EXPECT_TRUE(c.ok) << c.published;
    if (c.published + c.within_days <= CivilDay(2018, 12, 31)) {
      EXPECT_EQ(c.sittings.size(), 1u) << c.published;
    }
  }
  ASSERT_EQ(l.plan.meetings[0].sittings[2].date, CivilDay(2018, 6, 7));
  l.plan.meetings[0].sittings[2].date = CivilDay(2018, 8, 14);
  absl::StatusOr<Schedule> moved = ExpandSchedule(l.reg, l.plan);
  ASSERT_TRUE(moved.ok()) << moved.status();
  const CycleCheckResult check = CheckCycle(l.reg, l.plan, *moved).value();
  for (const AlignmentCheck& a : check.alignment) EXPECT_TRUE(a.ok) << a.date;
  ASSERT_EQ(check.problems.size(), 2u) << FormatCycleCheck(l.reg, check);
  EXPECT_EQ(check.problems[0].kind, CycleFindingKind::kUnscrutinised);
  EXPECT_EQ(check.problems[0].date, CivilDay(2018, 5, 14));
  EXPECT_EQ(check.problems[1].kind, CycleFindingKind::kScrutinisedTwice);
  EXPECT_EQ(check.problems[1].date, CivilDay(2018, 8, 13));
  EXPECT_THAT(check.problems[1].message, HasSubstr("by 2 sittings of \"Dorset Police and Crime Panel\" (2018-08-14, "
                                                   "2018-09-06); each report once"));
  EXPECT_EQ(Name(check.problems[0].kind), "unscrutinised");
  EXPECT_EQ(Name(check.problems[1].kind), "scrutinised_twice");
}

// A sitting the cadence implies but the plan lacks fails the check (it was
// only a note): the panel meets five times a year, and the plan drops one.
TEST(SittingCountTest, FewerSittingsThanTheCadenceImpliesIsAProblem) {
  Loaded l = Load(kDir + "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
  ASSERT_TRUE(l.check.ok());
  std::vector<PlannedSitting>& sittings = l.plan.meetings[0].sittings;
  ASSERT_EQ(sittings.size(), 5u);
  sittings.pop_back();  // the November sitting
  absl::StatusOr<Schedule> fewer = ExpandSchedule(l.reg, l.plan);
  ASSERT_TRUE(fewer.ok()) << fewer.status();
  const CycleCheckResult check = CheckCycle(l.reg, l.plan, *fewer).value();
  // The November report is left to no sitting, and the year is a sitting short.
  ASSERT_EQ(check.problems.size(), 2u) << FormatCycleCheck(l.reg, check);
  EXPECT_EQ(check.problems[0].kind, CycleFindingKind::kUnscrutinised);
  EXPECT_EQ(check.problems[1].kind, CycleFindingKind::kTooFewSittings);
  EXPECT_EQ(Name(check.problems[1].kind), "too_few_sittings");
  EXPECT_EQ(check.problems[1].message,
            "\"Dorset Police and Crime Panel\" has 4 sittings in the year, but its cadence (5 a year) implies 5: the "
            "plan lacks a sitting");
  // The schedule's note says the same and is not repeated.
  for (const std::string& n : check.notes) EXPECT_FALSE(absl::StrContains(n, "implies")) << n;
  // More sittings than the cadence implies stay a note.
  sittings.push_back({.date = CivilDay(2018, 11, 29), .scrutinises = "quarterly-performance-report"});
  sittings.push_back({.date = CivilDay(2018, 12, 13)});
  absl::StatusOr<Schedule> more = ExpandSchedule(l.reg, l.plan);
  ASSERT_TRUE(more.ok());
  const CycleCheckResult extra = CheckCycle(l.reg, l.plan, *more).value();
  EXPECT_TRUE(extra.ok()) << FormatCycleCheck(l.reg, extra);
  bool noted = false;
  for (const std::string& n : extra.notes) noted = noted || absl::StrContains(n, "6 sittings in the period");
  EXPECT_TRUE(noted);
}

TEST(StatutoryWindowTest, TooEarlyAndPceptStepsDated) {
  Loaded l = Load(kDir + "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
  // The PCC notifies on 5 February: the 1 February review now comes too early,
  // and the notification itself is late.
  l.plan.statutory[0].step_dates["notify"] = CivilDay(2018, 2, 5);
  CycleCheckResult c = CheckCycle(l.reg, l.plan, l.schedule).value();
  ASSERT_EQ(c.problems.size(), 2u) << FormatCycleCheck(l.reg, c);
  EXPECT_THAT(c.problems[0].message, HasSubstr("after its deadline Thursday 1 February 2018"));
  EXPECT_THAT(c.problems[1].message, HasSubstr("is too early for precept:review"));
  // With no tagged sitting, the review is missing altogether.
  for (MeetingPlan& mp : l.plan.meetings) {
    for (PlannedSitting& s : mp.sittings) s.step.clear();
  }
  l.plan.statutory[0].step_dates.clear();
  absl::StatusOr<Schedule> s = ExpandSchedule(l.reg, l.plan);
  CycleCheckResult missing = CheckCycle(l.reg, l.plan, *s).value();
  ASSERT_EQ(missing.problems.size(), 1u);
  EXPECT_THAT(missing.problems[0].message, HasSubstr("no sitting is planned for precept:review"));
}

// Two meetings sharing the PCC; a third sharing nothing.
Register ClashRegister() {
  RegisterBuilder b;
  Organisation opcc;
  opcc.id = "opcc";
  opcc.name = "OPCC";
  b.AddOrganisation(opcc);
  Organisation council;
  council.id = "council";
  council.name = "Council";
  b.AddOrganisation(council);
  Role pcc;
  pcc.id = "pcc";
  pcc.name = "Police and Crime Commissioner";
  pcc.organisation = "opcc";
  b.AddRole(pcc);
  auto meeting = [&](const char* id, std::vector<Participant> ps, double hours) {
    Meeting m;
    m.id = id;
    m.name = std::string("Meeting ") + id;
    // As the plan gives: these tests plan a few sittings, not a monthly year.
    m.cadence = Cadence::AdHoc("as planned");
    m.participants = std::move(ps);
    m.duration_hours = hours;
    b.AddMeeting(m);
  };
  meeting("board", {{.party = {.role = "pcc"}}}, 3);
  meeting("panel", {{.party = {.role = "pcc"}}, {.party = {.organisation = "council"}}}, 2);
  meeting("other", {{.party = {.organisation = "council"}}}, 1);
  return *std::move(b).Build();
}

TEST(ClashTest, SameDaySharedRole) {
  Register reg = ClashRegister();
  CyclePlan plan;
  plan.meetings.push_back({.meeting = "board", .rule = *ParseScheduleRule("first Tuesday of the month")});
  plan.meetings.push_back({.meeting = "panel", .sittings = {{.date = CivilDay(2018, 3, 6)}, {.date = CivilDay(2018, 3, 8)}}});
  plan.meetings.push_back({.meeting = "other", .sittings = {{.date = CivilDay(2018, 3, 7)}}});
  absl::StatusOr<Schedule> s = ExpandSchedule(reg, plan, {.year = 2018});
  ASSERT_TRUE(s.ok()) << s.status();
  CycleCheckResult c = CheckCycle(reg, plan, *s).value();
  ASSERT_EQ(c.clashes.size(), 1u);
  EXPECT_EQ(c.clashes[0].date, CivilDay(2018, 3, 6));
  EXPECT_EQ(reg.meeting(c.clashes[0].first).id, "board");
  EXPECT_EQ(reg.meeting(c.clashes[0].second).id, "panel");
  ASSERT_EQ(c.clashes[0].roles.size(), 1u);
  EXPECT_EQ(reg.role(c.clashes[0].roles[0]).id, "pcc");
  ASSERT_EQ(c.clashes[0].organisations.size(), 1u);  // the PCC's OPCC
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].kind, CycleFindingKind::kClash);
  EXPECT_THAT(c.problems[0].message, HasSubstr("share role \"Police and Crime Commissioner\""));

  // Load: March has the board (3h) and two panel sittings (2h each) for the PCC.
  bool found = false;
  for (const RoleMonthLoad& m : c.load) {
    if (m.month == 3) {
      found = true;
      EXPECT_EQ(m.sittings, 3);
      EXPECT_DOUBLE_EQ(m.hours, 7);
    }
  }
  EXPECT_TRUE(found);
  ASSERT_FALSE(c.busiest_weeks.empty());
  EXPECT_EQ(c.busiest_weeks[0].week_start, CivilDay(2018, 3, 5));
  EXPECT_DOUBLE_EQ(c.busiest_weeks[0].hours, 7);
  EXPECT_EQ(c.busiest_weeks.size(), 3u);  // three per role by default
}

TEST(ClashTest, DifferentDaysOrNothingSharedIsNoClash) {
  Register reg = ClashRegister();
  CyclePlan plan;
  plan.meetings.push_back({.meeting = "board", .sittings = {{.date = CivilDay(2018, 3, 6)}}});
  plan.meetings.push_back({.meeting = "panel", .sittings = {{.date = CivilDay(2018, 3, 7)}}});
  plan.meetings.push_back({.meeting = "other", .sittings = {{.date = CivilDay(2018, 3, 6)}}});
  CycleCheckResult c = CheckCycle(reg, plan, *ExpandSchedule(reg, plan, {.year = 2018})).value();
  EXPECT_THAT(c.clashes, IsEmpty());
  EXPECT_TRUE(c.ok());
}

TEST(NonWorkingDayTest, PlannedOnAHoliday) {
  Register reg = ClashRegister();
  CyclePlan plan;
  plan.meetings.push_back({.meeting = "board", .sittings = {{.date = CivilDay(2018, 3, 30)}}});
  plan.meetings.push_back({.meeting = "panel", .sittings = {{.date = CivilDay(2018, 4, 10)}}});
  plan.meetings.push_back({.meeting = "other", .sittings = {{.date = CivilDay(2018, 4, 11)}}});
  CycleCheckResult c = CheckCycle(reg, plan, *ExpandSchedule(reg, plan, {.year = 2018})).value();
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].kind, CycleFindingKind::kNonWorkingDay);
  EXPECT_THAT(c.problems[0].message, HasSubstr("Good Friday"));
}

TEST(CycleCheckOptionsTest, RefusesBadOptionsAndAScheduleFromAnotherRegister) {
  const Loaded l = Load(kDir + "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
  EXPECT_EQ(CheckCycle(l.reg, l.plan, l.schedule, {.busiest_weeks_per_role = -1}).status().message(),
            "busiest_weeks_per_role: must be 0 or more, got -1");
  const Register empty = *RegisterBuilder().Build();
  EXPECT_EQ(CheckCycle(empty, CyclePlan{}, l.schedule).status().message(),
            "the schedule was not made from this register");
}

}  // namespace
}  // namespace govgraph
