// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/portfolio.h"

#include <string>
#include <vector>

#include "analysis_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using namespace testing_util;  // NOLINT

Topic MakeTopic(std::string id, std::string priority = "", std::string parent = "") {
  Topic t;
  t.id = id;
  t.name = "Topic " + id;
  if (!priority.empty()) t.attributes["priority"] = priority;
  if (!parent.empty()) t.parent = parent;
  return t;
}

Initiative MakeInitiative(std::string id, std::vector<std::string> priorities, std::string purpose) {
  Initiative in;
  in.id = id;
  in.name = "Initiative " + id;
  in.purpose = std::move(purpose);
  for (std::string& p : priorities) in.priorities.emplace_back(std::move(p));
  in.participants = {OrgSeat("a"), OrgSeat("b")};
  return in;
}

//   p2 (priority 2), p1 (priority 1) with s1 under it, other (no priority)
//   i1  lead a, serves s1, both dates, no area
//   i2  no lead, serves p1, start date only     } alike: same partners,
//   i3  no lead, serves other, no dates         } purpose and area
Register Small() {
  RegisterBuilder b;
  Area x;
  x.id = "x";
  x.name = "X";
  b.AddArea(x);
  b.AddTopic(MakeTopic("p2", "2"));
  b.AddTopic(MakeTopic("p1", "1"));
  b.AddTopic(MakeTopic("s1", "", "p1"));
  b.AddTopic(MakeTopic("other"));
  for (const char* id : {"a", "b", "c"}) b.AddOrganisation(Org(id, std::string("Org ") + id));
  Initiative i1 = MakeInitiative("i1", {"s1"}, "Road safety cameras");
  i1.participants = {OrgSeat("c")};
  i1.lead.organisations = {Ref<Organisation>("a")};
  i1.start_date = absl::CivilDay(2009, 4, 1);
  i1.end_date = absl::CivilDay(2010, 3, 31);
  Initiative i2 = MakeInitiative("i2", {"p1"}, "Shared provision of forensic science services");
  i2.start_date = absl::CivilDay(2009, 4, 1);
  Initiative i3 = MakeInitiative("i3", {"other"}, "Shared forensic science services provision");
  i2.areas = {"x"};
  i3.areas = {"x"};
  for (Initiative* in : {&i1, &i2, &i3}) b.AddInitiative(*in);
  return MustBuild(b);
}

std::vector<std::string> TopicIds(const Register& reg, const std::vector<TopicHandle>& hs) {
  std::vector<std::string> out;
  for (TopicHandle h : hs) out.push_back(reg.topic(h).id);
  return out;
}

TEST(PortfolioTest, PrioritiesOverlapsAndGaps) {
  const Register reg = Small();
  absl::StatusOr<PortfolioResult> r = Portfolio(reg);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->initiatives, 3);
  ASSERT_EQ(r->priorities.size(), 2u);  // numbered ones, in number order
  EXPECT_EQ(reg.topic(r->priorities[0].topic).id, "p1");
  EXPECT_EQ(r->priorities[0].initiatives.size(), 2u);  // i1 through s1, i2 directly
  EXPECT_THAT(TopicIds(reg, r->uncovered), ElementsAre("p2"));
  ASSERT_EQ(r->overlaps.size(), 1u);
  EXPECT_EQ(reg.initiative(r->overlaps[0].a).id, "i2");
  EXPECT_EQ(reg.initiative(r->overlaps[0].b).id, "i3");
  EXPECT_GE(r->overlaps[0].score, 0.35);
  EXPECT_THAT(r->overlaps[0].shared, ::testing::Contains("Org a"));
  ASSERT_EQ(r->gaps.size(), 2u);
  EXPECT_EQ(reg.initiative(r->gaps[0].initiative).id, "i2");
  EXPECT_EQ(r->gaps[0].detail, "no lead, no end date");
  EXPECT_EQ(r->gaps[1].detail, "no lead, no start date, no end date, serves no priority");
  EXPECT_EQ(r->missing_lead(), 2);
  EXPECT_EQ(r->missing_dates(), 2);
  EXPECT_THAT(FormatPortfolio(reg, *r), HasSubstr("Topic p2: NO INITIATIVE"));
}

TEST(PortfolioTest, ExplicitPrioritiesActiveOnlyAndErrors) {
  const Register reg = Small();
  absl::StatusOr<PortfolioResult> r = Portfolio(reg, {.priorities = {"other", "p2"}});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(TopicIds(reg, r->uncovered), ElementsAre("p2"));
  ASSERT_EQ(r->gaps.size(), 3u);
  EXPECT_EQ(r->gaps[0].detail, "serves no priority");  // i1 serves s1, under p1
  EXPECT_EQ(r->gaps[1].detail, "no lead, no end date, serves no priority");
  EXPECT_EQ(r->gaps[2].detail, "no lead, no start date, no end date");
  EXPECT_EQ(Portfolio(reg, {.priorities = {"p1", "nope"}}).status().message(), "priorities[1]: unknown topic \"nope\"");
  EXPECT_THAT(std::string(Portfolio(reg, {.min_score = 2}).status().message()), HasSubstr("min_score"));
}

TEST(PortfolioTest, EastMidlandsPlan) {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(std::string(GOVGRAPH_SOURCE_DIR) +
                                                      "/examples/registers/east-midlands-collaboration-2009.json");
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<PortfolioResult> r = Portfolio(*reg);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->initiatives, 4);
  // The paper maps no venture to a priority, names no lead and gives no dates.
  EXPECT_THAT(TopicIds(*reg, r->uncovered), ElementsAre("improving-confidence", "reducing-risk",
                                                         "improving-interoperability", "improving-productivity"));
  EXPECT_EQ(r->missing_lead(), 4);
  EXPECT_EQ(r->missing_dates(), 4);
  // The two ICT proposals overlap: the #ict tag and "shared" in their names.
  ASSERT_EQ(r->overlaps.size(), 1u);
  EXPECT_EQ(reg->initiative(r->overlaps[0].a).id, "shared-ict-services");
  EXPECT_EQ(reg->initiative(r->overlaps[0].b).id, "shared-data-warehouse");
  EXPECT_NEAR(r->overlaps[0].score, 0.38, 0.01);
}

}  // namespace
}  // namespace govgraph
