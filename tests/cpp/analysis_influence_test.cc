// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/influence.h"

#include <string>

#include "analysis_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::ElementsAre;
using namespace testing_util;  // NOLINT

// A star: hub meets l1 (4 a year), l2 (4) and l3 (12) in three meetings; p
// and q meet in a meeting of unknown cadence; z meets nobody.
Register Star() {
  RegisterBuilder b;
  for (const char* id : {"hub", "l1", "l2", "l3", "p", "q", "z"}) b.AddOrganisation(Org(id, id));
  b.AddMeeting(Meet("m1", {OrgSeat("hub"), OrgSeat("l1")}, Cadence::Regular(4)));
  b.AddMeeting(Meet("m2", {OrgSeat("hub"), OrgSeat("l2")}, Cadence::Regular(4)));
  b.AddMeeting(Meet("m3", {OrgSeat("hub"), OrgSeat("l3")}, Cadence::Regular(12)));
  b.AddMeeting(Meet("m4", {OrgSeat("p"), OrgSeat("q")}, Cadence::Unknown("TBC")));
  return MustBuild(b);
}

const ActorInfluence& Find(const InfluenceResult& r, const std::string& key) {
  for (const ActorInfluence& a : r.actors) {
    if (a.key == key) return a;
  }
  ADD_FAILURE() << "no actor " << key;
  return r.actors.front();
}

TEST(InfluenceTest, StarCentralities) {
  const Register reg = Star();
  PartnershipGraph g(reg);
  InfluenceResult r = Influence(g).value();
  ASSERT_EQ(r.actors.size(), 7u);
  const ActorInfluence& hub = Find(r, "organisation:hub");
  EXPECT_EQ(r.actors.front().key, "organisation:hub");
  EXPECT_EQ(hub.degree, 3);
  EXPECT_DOUBLE_EQ(hub.strength, 20);
  EXPECT_EQ(hub.meetings, 3);
  // Three pairs of leaves, each pair once; 6 actors with ties: 5 x 4 / 2 = 10 pairs.
  EXPECT_DOUBLE_EQ(hub.betweenness, 3);
  EXPECT_DOUBLE_EQ(hub.betweenness_normalised, 0.3);
  EXPECT_DOUBLE_EQ(Find(r, "organisation:l1").betweenness, 0);
  EXPECT_NEAR(hub.eigenvector, 1.0, 1e-9);
  EXPECT_GT(Find(r, "organisation:l3").eigenvector, Find(r, "organisation:l1").eigenvector);
  EXPECT_NEAR(Find(r, "organisation:l1").eigenvector, Find(r, "organisation:l2").eigenvector, 1e-9);
  // The unknown-cadence tie weighs one sitting a year, never zero.
  EXPECT_DOUBLE_EQ(Find(r, "organisation:p").strength, 1);
  EXPECT_NEAR(Find(r, "organisation:p").eigenvector, 1.0, 1e-9);
  EXPECT_DOUBLE_EQ(Find(r, "organisation:z").eigenvector, 0);
  EXPECT_EQ(r.components, 2);
  EXPECT_EQ(r.isolated, 1);
  EXPECT_THAT(r.brokers, ElementsAre(Actor{VertexKind::kOrganisation, O(reg, "hub").index()}));
  EXPECT_EQ(hub.groups_if_absent, 3);
}

TEST(InfluenceTest, ReachRanksMeetingsByNewPartners) {
  const Register reg = Star();
  PartnershipGraph g(reg);
  ReachResult r = Reach(g, Actor{VertexKind::kOrganisation, O(reg, "l1").index()}).value();
  EXPECT_EQ(r.partners, 1);
  ASSERT_EQ(r.meetings.size(), 4u);
  EXPECT_EQ(r.meetings[0].meeting, M(reg, "m4"));
  EXPECT_THAT(r.meetings[0].new_partner_keys, ElementsAre("organisation:p", "organisation:q"));
  EXPECT_EQ(r.meetings[1].meeting, M(reg, "m1"));  // attended, and the only place it meets hub
  EXPECT_TRUE(r.meetings[1].attends);
  EXPECT_THAT(r.meetings[1].new_partner_keys, ElementsAre("organisation:hub"));
  EXPECT_THAT(r.meetings[2].new_partner_keys, ElementsAre("organisation:l2"));  // hub is met already
}

TEST(InfluenceTest, ExampleBrokers) {
  const Register reg = Example();
  PartnershipGraph g(reg);
  InfluenceResult r = Influence(g).value();
  EXPECT_EQ(r.actors.front().key, "organisation:constabulary");
  EXPECT_EQ(Find(r, "organisation:constabulary").groups_if_absent, 3);
  EXPECT_EQ(r.brokers.size(), 2u);
  EXPECT_TRUE(Find(r, "organisation:opcc").broker);
  EXPECT_TRUE(Find(r, "organisation:constabulary").broker);
  EXPECT_NEAR(r.actors.front().eigenvector, 1.0, 1e-6);
}

TEST(InfluenceTest, RefusesBadOptionsAndUnknownActors) {
  const Register reg = Star();
  PartnershipGraph g(reg);
  InfluenceOptions bad;
  bad.unknown_cadence_sittings = -1;
  EXPECT_EQ(Influence(g, bad).status().message(), "unknown_cadence_sittings: must be a number of 0 or more, got -1");
  EXPECT_EQ(Reach(g, Actor{VertexKind::kOrganisation, 0}, bad).status().code(), absl::StatusCode::kInvalidArgument);
  const absl::StatusOr<ReachResult> nobody = Reach(g, Actor{VertexKind::kOrganisation, 999});
  EXPECT_EQ(nobody.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(nobody.status().message(), HasSubstr("actor: no organisation 999"));
  EXPECT_EQ(Reach(g, Actor{VertexKind::kMeeting, 0}).status().code(), absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace govgraph
