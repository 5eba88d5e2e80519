// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/rationalisation.h"

#include <cmath>
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

Register Build(std::vector<Meeting> meetings, std::vector<std::string> topics,
               std::vector<std::string> orgs = {"a", "b", "c"}) {
  RegisterBuilder b;
  Area x;
  x.id = "x";
  x.name = "X";
  b.AddArea(x);
  for (const std::string& id : topics) {
    Topic t;
    t.id = id;
    t.name = "Topic " + id;
    b.AddTopic(t);
  }
  for (const std::string& id : orgs) b.AddOrganisation(Org(id, "Org " + id));
  for (Meeting& m : meetings) b.AddMeeting(m);
  return MustBuild(b);
}

Meeting OnTopics(std::string id, std::vector<std::string> topics, std::vector<Participant> who = {OrgSeat("a")}) {
  Meeting m = Meet(std::move(id), std::move(who));
  for (std::string& t : topics) m.topics.emplace_back(std::move(t));
  m.areas = {"x"};
  return m;
}

// Greedy takes m0 (four topics) first and needs three meetings; m2 and m4
// cover all seven topics between them.
Register GreedyTrap() {
  return Build({OnTopics("m0", {"t0", "t1", "t4", "t5"}), OnTopics("m1", {"t0", "t5", "t6"}),
                OnTopics("m2", {"t1", "t2", "t3", "t5"}), OnTopics("m3", {"t0", "t1", "t4"}),
                OnTopics("m4", {"t0", "t4", "t5", "t6"})},
               {"t0", "t1", "t2", "t3", "t4", "t5", "t6"});
}

std::vector<std::string> Ids(const Register& reg, const std::vector<MeetingHandle>& hs) {
  std::vector<std::string> out;
  for (MeetingHandle h : hs) out.push_back(reg.meeting(h).id);
  return out;
}

TEST(RationalisationTest, ExactFindsTheOptimumGreedyStatesItsBound) {
  const Register reg = GreedyTrap();
  absl::StatusOr<RationalisationResult> exact = Rationalise(reg);
  ASSERT_TRUE(exact.ok()) << exact.status();
  EXPECT_EQ(exact->method, RationalisationMethod::kExact);
  EXPECT_EQ(exact->requirements.size(), 7u);
  EXPECT_THAT(Ids(reg, exact->kept), ElementsAre("m2", "m4"));
  EXPECT_DOUBLE_EQ(exact->cost_before, 5);
  EXPECT_DOUBLE_EQ(exact->cost_after, 2);
  EXPECT_DOUBLE_EQ(exact->approximation_bound, 1);
  ASSERT_EQ(exact->stopped.size(), 3u);
  EXPECT_EQ(exact->stopped[0].reason,
            "its 4 topic-area pairs and 0 partner links are all covered by m2, m4");

  absl::StatusOr<RationalisationResult> greedy = Rationalise(reg, {.exact_limit = 0});
  ASSERT_TRUE(greedy.ok()) << greedy.status();
  EXPECT_EQ(greedy->method, RationalisationMethod::kGreedy);
  EXPECT_THAT(Ids(reg, greedy->kept), ElementsAre("m0", "m1", "m2"));
  EXPECT_EQ(greedy->largest_set, 4);
  EXPECT_NEAR(greedy->approximation_bound, 1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4, 1e-12);
  EXPECT_LE(greedy->cost_after, greedy->approximation_bound * exact->cost_after);
  EXPECT_THAT(FormatRationalisation(reg, *greedy), HasSubstr("Stop Meeting m3"));
}

TEST(RationalisationTest, StatutoryKeptAndLinksRequired) {
  Meeting s = OnTopics("s", {"t"}, {OrgSeat("a"), OrgSeat("b")});
  s.statutory = true;
  Meeting d = OnTopics("d", {"t"}, {OrgSeat("a"), OrgSeat("b")});
  Meeting e = Meet("e", {OrgSeat("b"), OrgSeat("c")});
  const Register reg = Build({s, d, e}, {"t"});
  absl::StatusOr<RationalisationResult> r = Rationalise(reg);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Ids(reg, r->forced), ElementsAre("s"));
  EXPECT_THAT(Ids(reg, r->kept), ElementsAre("s", "e"));  // e is the only b–c link
  ASSERT_EQ(r->stopped.size(), 1u);
  EXPECT_THAT(Ids(reg, r->stopped[0].covered_by), ElementsAre("s"));
  EXPECT_EQ(r->stopped[0].reason, "its 1 topic-area pair and 1 partner link are all covered by s");

  absl::StatusOr<RationalisationResult> no_links = Rationalise(reg, {.keep_all_links = false});
  ASSERT_TRUE(no_links.ok());
  EXPECT_THAT(Ids(reg, no_links->kept), ElementsAre("s"));
  EXPECT_EQ(no_links->stopped[1].reason, "it covers no topic in an area and no partner link");
  absl::StatusOr<RationalisationResult> asked =
      Rationalise(reg, {.keep_all_links = false, .required_links = {{"c", "b"}}});
  ASSERT_TRUE(asked.ok());
  EXPECT_THAT(Ids(reg, asked->kept), ElementsAre("s", "e"));
  absl::StatusOr<RationalisationResult> all_stop = Rationalise(reg, {.keep_statutory = false, .keep = {"d"}});
  ASSERT_TRUE(all_stop.ok());
  EXPECT_THAT(Ids(reg, all_stop->kept), ElementsAre("d", "e"));
}

TEST(RationalisationTest, CheapestInHoursAndUnknownCadenceAssumed) {
  Meeting cheap = OnTopics("cheap", {"t"});
  cheap.cadence = Cadence::Regular(4);
  cheap.duration_hours = 1;
  Meeting dear = OnTopics("dear", {"t"});
  dear.cadence = Cadence::Regular(12);
  dear.duration_hours = 2;
  Meeting unknown = OnTopics("unknown", {"t"});
  unknown.cadence = Cadence::Unknown("TBC");
  const Register reg = Build({dear, unknown, cheap}, {"t"});
  absl::StatusOr<RationalisationResult> r = Rationalise(reg, {.cost = RationalisationCost::kMeetingHours});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Ids(reg, r->kept), ElementsAre("cheap"));
  EXPECT_THAT(Ids(reg, r->assumed_cost), ElementsAre("unknown"));
  EXPECT_DOUBLE_EQ(r->cost_before, 24 + 4 * 2 + 4);
  EXPECT_DOUBLE_EQ(r->cost_after, 4);
}

TEST(RationalisationTest, ErrorsNameTheOption) {
  const Register reg = GreedyTrap();
  EXPECT_EQ(Rationalise(reg, {.keep = {"m1", "zz"}}).status().message(), "keep[1]: unknown meeting \"zz\"");
  EXPECT_EQ(Rationalise(reg, {.required_links = {{"a", "nobody"}}}).status().message(),
            "required_links[0][1]: unknown organisation \"nobody\"");
  EXPECT_EQ(Rationalise(reg, {.keep_all_links = false, .required_links = {{"a", "b"}}}).status().message(),
            "required_links: organisation:a and organisation:b share no meeting now");
  EXPECT_THAT(std::string(Rationalise(reg, {.unknown_cadence_sittings = -1}).status().message()),
              HasSubstr("unknown_cadence_sittings: must be a non-negative number"));
}

TEST(RationalisationTest, ExactLimitMustBeInRange) {
  const Register reg = GreedyTrap();
  for (int limit : {-1, kMaxRationalisationExactLimit + 1, 1000000}) {
    absl::StatusOr<RationalisationResult> r = Rationalise(reg, {.exact_limit = limit});
    ASSERT_FALSE(r.ok()) << limit;
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(r.status().message(),
              "exact_limit: must be from 0 to 30 candidate meetings, got " + std::to_string(limit));
  }
  for (int limit : {0, kMaxRationalisationExactLimit}) {
    EXPECT_TRUE(Rationalise(reg, {.exact_limit = limit}).ok()) << limit;
  }
}

TEST(RationalisationTest, ConsumedMeetingsAreStoppedWithTheirReason) {
  const Register reg = Example();
  absl::StatusOr<RationalisationResult> r =
      Rationalise(reg, {.keep = {"local-meetings"}, .consumed = {"community-safety-meeting"}});
  ASSERT_TRUE(r.ok()) << r.status();
  bool found = false;
  for (const StoppedMeeting& s : r->stopped) {
    if (reg.meeting(s.meeting).id != "community-safety-meeting") continue;
    found = true;
    EXPECT_THAT(s.reason, HasSubstr("consumed by meetings that are kept"));
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(Rationalise(reg, {.consumed = {"zz"}}).status().message(), "consumed[0]: unknown meeting \"zz\"");
  EXPECT_THAT(std::string(Rationalise(reg, {.keep = {"local-meetings"}, .consumed = {"local-meetings"}})
                              .status()
                              .message()),
              HasSubstr("is also in keep"));
}

TEST(RationalisationTest, BundledExample) {
  const Register reg = Example();
  absl::StatusOr<RationalisationResult> r = Rationalise(reg);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->method, RationalisationMethod::kExact);
  // The two meetings the paper recommends removing cover nothing the rest does not.
  std::vector<std::string> stopped;
  for (const StoppedMeeting& s : r->stopped) stopped.push_back(reg.meeting(s.meeting).id);
  EXPECT_THAT(stopped, ::testing::IsSupersetOf({"community-safety-meeting", "commissioning-meeting"}));
  absl::StatusOr<RationalisationResult> greedy = Rationalise(reg, {.exact_limit = 0});
  ASSERT_TRUE(greedy.ok());
  EXPECT_GE(greedy->cost_after, r->cost_after);
  EXPECT_LE(greedy->cost_after, greedy->approximation_bound * r->cost_after + 1e-9);
}

}  // namespace
}  // namespace govgraph
