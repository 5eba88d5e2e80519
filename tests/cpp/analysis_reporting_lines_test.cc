// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/reporting_lines.h"

#include "analysis_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using namespace testing_util;  // NOLINT

// board (strategic) <- sub (tactical) <- task (operational)
// lonely (tactical, reports to nothing): an orphan
// group (tactical) <- cell (operational): neither reaches a strategic meeting
// old (strategic, to be removed) <- feeder (tactical)
Register Lines() {
  RegisterBuilder b;
  b.AddOrganisation(Org("police", "Police"));
  auto add = [&](const char* id, Level level, const char* parent,
                 MeetingStatus status = MeetingStatus::kExisting) {
    Meeting m = Meet(id, {OrgSeat("police")});
    m.level = level;
    m.status = status;
    if (*parent) m.reports_to = parent;
    b.AddMeeting(m);
  };
  add("board", Level::kStrategic, "");
  add("sub", Level::kTactical, "board");
  add("task", Level::kOperational, "sub");
  add("lonely", Level::kTactical, "");
  add("group", Level::kTactical, "");
  add("cell", Level::kOperational, "group");
  add("old", Level::kStrategic, "", MeetingStatus::kToBeRemoved);
  add("feeder", Level::kTactical, "old");
  return MustBuild(b);
}

TEST(ReportingLinesTest, ForestDepthAndPaths) {
  const Register reg = Lines();
  ReportingLinesResult r = ReportingLines(reg);
  EXPECT_TRUE(r.is_forest());
  EXPECT_THAT(r.cycles, IsEmpty());
  EXPECT_THAT(r.roots, ElementsAre(M(reg, "board"), M(reg, "group"), M(reg, "old")));
  EXPECT_THAT(r.standalone, ElementsAre(M(reg, "lonely")));
  EXPECT_EQ(r.max_depth, 2);
  const ReportingNode& task = r.nodes[M(reg, "task").index()];
  EXPECT_EQ(task.depth, 2);
  EXPECT_EQ(task.root, M(reg, "board"));
  EXPECT_THAT(task.escalation_path, ElementsAre(M(reg, "sub"), M(reg, "board")));
  EXPECT_TRUE(task.reaches_strategic);
  EXPECT_THAT(r.nodes[M(reg, "board").index()].children, ElementsAre(M(reg, "sub")));
}

TEST(ReportingLinesTest, OrphansAndRemovedParents) {
  const Register reg = Lines();
  ReportingLinesResult r = ReportingLines(reg);
  EXPECT_THAT(r.orphans, ElementsAre(M(reg, "lonely"), M(reg, "group"), M(reg, "cell")));
  EXPECT_THAT(r.reports_to_removed, ElementsAre(M(reg, "feeder")));
}

TEST(ReportingLinesTest, BuilderRejectsCyclesSoResultsHaveNone) {
  RegisterBuilder b;
  b.AddOrganisation(Org("police", "Police"));
  Meeting a = Meet("a", {OrgSeat("police")});
  a.reports_to = "b";
  Meeting c = Meet("b", {OrgSeat("police")});
  c.reports_to = "a";
  b.AddMeeting(a);
  b.AddMeeting(c);
  EXPECT_FALSE(b.Build().ok());
}

TEST(ReportingLinesTest, ExampleHasNoStatedLines) {
  const Register reg = Example();
  ReportingLinesResult r = ReportingLines(reg);
  EXPECT_EQ(r.nodes.size(), 20u);
  EXPECT_THAT(r.roots, IsEmpty());
  EXPECT_EQ(r.standalone.size(), 20u);
  // Senior Contact Meetings are the one tactical meeting, and feed nothing stated.
  EXPECT_THAT(r.orphans, ElementsAre(M(reg, "senior-contact-meetings")));
}

}  // namespace
}  // namespace govgraph
