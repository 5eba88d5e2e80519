// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/burden.h"

#include "analysis_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/summary.h"

namespace govgraph {
namespace {

using ::testing::DoubleEq;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using namespace testing_util;  // NOLINT

// Worked by hand (default duration 1.5 h):
//   board  4 a year x 3 h     pcc 1 seat, council 2 seats   meeting 12 h, seats 36 h (pcc 12, council 24)
//   sub    12 a year x 1.5 h  police 1, chair 1             meeting 18 h, seats 36 h (police 18, chair 18)
//   tbc    unknown            council 1                     not counted
Register Small() {
  RegisterBuilder b;
  b.SetDefaults({.meeting_duration_hours = 1.5});
  b.AddOrganisation(Org("opcc", "OPCC"));
  b.AddOrganisation(Org("police", "Police"));
  b.AddOrganisation(Org("council", "Council"));
  Role pcc;
  pcc.id = "pcc";
  pcc.name = "PCC";
  pcc.organisation = "opcc";
  b.AddRole(pcc);
  Role chair;
  chair.id = "chair";
  chair.name = "Independent chair";
  b.AddRole(chair);
  Meeting board = Meet("board", {RoleSeat("pcc"), OrgSeat("council", 2)}, Cadence::Regular(4), {"opcc", "police"});
  board.duration_hours = 3;
  board.level = Level::kStrategic;
  b.AddMeeting(board);
  Meeting sub = Meet("sub", {OrgSeat("police"), RoleSeat("chair")}, Cadence::Regular(12), {"police"});
  sub.level = Level::kTactical;
  b.AddMeeting(sub);
  b.AddMeeting(Meet("tbc", {OrgSeat("council")}, Cadence::Unknown("TBC")));
  return MustBuild(b);
}

TEST(BurdenTest, HoursByMeetingOrganisationAndRole) {
  const Register reg = Small();
  BurdenResult b = Burden(reg).value();
  EXPECT_DOUBLE_EQ(b.meeting_hours, 30);
  EXPECT_DOUBLE_EQ(b.seat_hours, 72);
  ASSERT_EQ(b.meetings.size(), 3u);
  EXPECT_DOUBLE_EQ(*b.meetings[0].seat_hours, 36);
  EXPECT_TRUE(b.meetings[1].default_duration);
  EXPECT_FALSE(b.meetings[2].seat_hours.has_value());
  EXPECT_THAT(b.unknown_cadence, ElementsAre(M(reg, "tbc")));
  EXPECT_THAT(b.default_duration, ElementsAre(M(reg, "sub"), M(reg, "tbc")));

  ASSERT_EQ(b.organisations.size(), 3u);
  EXPECT_EQ(b.organisations[0].organisation, O(reg, "council"));
  EXPECT_DOUBLE_EQ(b.organisations[0].seat_hours, 24);
  EXPECT_EQ(b.organisations[0].meetings, 2);
  // The unknown meeting is reported with the council, not counted as zero.
  EXPECT_THAT(b.organisations[0].unknown_cadence, ElementsAre(M(reg, "tbc")));
  EXPECT_EQ(b.organisations[1].organisation, O(reg, "police"));
  EXPECT_DOUBLE_EQ(b.organisations[1].seat_hours, 18);
  EXPECT_DOUBLE_EQ(b.organisations[2].seat_hours, 12);  // OPCC through the PCC

  ASSERT_EQ(b.roles.size(), 2u);
  EXPECT_EQ(reg.role(b.roles[0].role).id, "chair");
  EXPECT_DOUBLE_EQ(b.roles[0].seat_hours, 18);
  EXPECT_EQ(reg.role(b.most_stretched_roles.front()).id, "chair");
  EXPECT_THAT(b.costliest_meetings, ElementsAre(M(reg, "board"), M(reg, "sub")));
}

TEST(BurdenTest, SharesByLevelAndLead) {
  const Register reg = Small();
  BurdenResult b = Burden(reg).value();
  ASSERT_EQ(b.by_level.size(), 3u);
  EXPECT_EQ(b.by_level[0].label, "strategic");
  EXPECT_DOUBLE_EQ(b.by_level[0].share, 0.5);
  EXPECT_EQ(b.by_level[2].label, "unknown");
  EXPECT_EQ(b.by_level[2].unknown_cadence, 1);
  ASSERT_EQ(b.by_lead.size(), 3u);
  EXPECT_EQ(b.by_lead.back().label, "no lead");
  EXPECT_DOUBLE_EQ(b.by_lead.back().seat_hours, 0);
  EXPECT_EQ(b.by_lead[0].label, "joint: OPCC + Police");
}

TEST(BurdenTest, PreparationAndCost) {
  const Register reg = Small();
  BurdenOptions o;
  o.preparation_hours_per_sitting = 1;
  o.hourly_cost_by_role["pcc"] = 60;
  BurdenResult b = Burden(reg, o).value();
  // board 4 x (3 + 1) x 3 seats = 48; sub 12 x (1.5 + 1) x 2 = 60.
  EXPECT_DOUBLE_EQ(b.seat_hours, 108);
  EXPECT_DOUBLE_EQ(b.meeting_hours, 30);  // preparation is people-time only
  EXPECT_DOUBLE_EQ(b.cost, 16 * 60);
  EXPECT_DOUBLE_EQ(b.uncosted_seat_hours, 92);
  o.default_hourly_cost = 10;
  o.preparation_hours_by_role["chair"] = 0;
  b = Burden(reg, o).value();
  EXPECT_DOUBLE_EQ(b.seat_hours, 108 - 12);
  EXPECT_DOUBLE_EQ(b.cost, 16 * 60 + (108 - 12 - 16) * 10);
  EXPECT_DOUBLE_EQ(b.uncosted_seat_hours, 0);
}

TEST(BurdenTest, ExcludeToBeRemoved) {
  RegisterBuilder b(Small());
  b.meetings()[1].status = MeetingStatus::kToBeRemoved;
  const Register reg = MustBuild(b);
  BurdenOptions o;
  o.exclude_to_be_removed = true;
  EXPECT_DOUBLE_EQ(Burden(reg, o).value().seat_hours, 36);
}

TEST(BurdenTest, RejectsUnknownRolesAndNegativeFigures) {
  const Register reg = Small();
  BurdenOptions o;
  o.hourly_cost_by_role["xyz"] = 1;
  absl::Status s = CheckBurdenOptions(reg, o);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), HasSubstr("hourly_cost_by_role[\"xyz\"]: unknown role \"xyz\""));
  o = {};
  o.preparation_hours_per_sitting = -1;
  EXPECT_THAT(CheckBurdenOptions(reg, o).message(), HasSubstr("preparation_hours_per_sitting"));
  EXPECT_TRUE(CheckBurdenOptions(reg, {}).ok());
  // Burden() runs the same check first.
  o = {};
  o.hourly_cost_by_role["xyz"] = 1;
  EXPECT_EQ(Burden(reg, o).status(), CheckBurdenOptions(reg, o));
}

TEST(BurdenTest, ExampleAgreesWithSummary) {
  const Register reg = Example();
  BurdenResult b = Burden(reg).value();
  SummaryResult s = Summarise(reg);
  EXPECT_DOUBLE_EQ(b.meeting_hours, 86);
  EXPECT_DOUBLE_EQ(b.seat_hours, s.seat_hours_per_year);
  EXPECT_EQ(b.unknown_cadence, s.unknown_cadence);
  // The CSPs meet 19 times a year with 13 seats: the costliest meeting.
  EXPECT_EQ(b.costliest_meetings.front(), M(reg, "csps"));
  EXPECT_EQ(b.organisations.front().organisation, O(reg, "opcc"));
}

}  // namespace
}  // namespace govgraph
