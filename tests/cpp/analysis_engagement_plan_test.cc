// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/engagement_plan.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "analysis_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using namespace testing_util;  // NOLINT

//   m1     lead opcc; council, lscb            topic t1   (removed by the change set)
//   m2     council, acc (a police role), yot   topic t1   (takes over t1)
//   m3     police                              topic t2
//   fe     "Force Executive": police
Register Small() {
  RegisterBuilder b;
  for (const char* id : {"t1", "t2"}) {
    Topic t;
    t.id = id;
    t.name = std::string("Topic ") + id;
    b.AddTopic(t);
  }
  b.AddOrganisation(Org("opcc", "OPCC", OrganisationKind::kPoliceAndCrimeCommissioner));
  b.AddOrganisation(Org("police", "Constabulary", OrganisationKind::kPolice));
  b.AddOrganisation(Org("council", "Council", OrganisationKind::kLocalAuthority));
  b.AddOrganisation(Org("lscb", "LSCB", OrganisationKind::kStatutoryBoard));
  b.AddOrganisation(Org("yot", "YOT", OrganisationKind::kCriminalJustice));
  Role acc;
  acc.id = "acc";
  acc.name = "Assistant Chief Constable";
  acc.organisation = "police";
  b.AddRole(acc);
  Meeting m1 = Meet("m1", {OrgSeat("council"), OrgSeat("lscb")}, Cadence::Regular(4), {"opcc"});
  m1.topics = {"t1"};
  Meeting m2 = Meet("m2", {OrgSeat("council"), RoleSeat("acc"), OrgSeat("yot")});
  m2.topics = {"t1"};
  Meeting m3 = Meet("m3", {OrgSeat("police")});
  m3.topics = {"t2"};
  Meeting fe = Meet("fe", {OrgSeat("police")});
  fe.name = "Force Executive";
  for (Meeting* m : {&m1, &m2, &m3, &fe}) b.AddMeeting(*m);
  return MustBuild(b);
}

ChangeSet RemoveM1() {
  absl::StatusOr<ChangeSet> cs =
      ParseChangeSetJson(R"({"title": "T", "changes": [{"action": "remove", "meeting": "m1", "reason": "consumed"}]})");
  EXPECT_TRUE(cs.ok()) << cs.status();
  return cs.ok() ? *cs : ChangeSet();
}

TEST(EngagementPlanTest, ChannelsAsInThePaper) {
  const Register reg = Small();
  absl::StatusOr<EngagementPlanResult> p = EngagementPlan(reg, RemoveM1(), {.cc_organisations = {"yot"}});
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_EQ(p->meetings.size(), 2u);
  EXPECT_EQ(p->meetings[0].id, "m1");
  EXPECT_EQ(p->meetings[0].change, "removed");
  EXPECT_EQ(p->meetings[0].reason, "consumed");
  EXPECT_EQ(p->meetings[1].id, "m2");
  EXPECT_EQ(p->meetings[1].change, "absorbs");
  EXPECT_EQ(p->meetings[1].reason, "remains the forum for Topic t1 (from m1)");
  EXPECT_THAT(p->organisations, ElementsAre("opcc", "police", "council", "lscb", "yot"));
  EXPECT_THAT(p->roles, ElementsAre("acc"));
  std::vector<std::string> lines;
  for (const EngagementAction& a : p->actions) lines.push_back(absl::StrCat(std::string(Name(a.channel)), " ", a.name));
  EXPECT_THAT(lines, ElementsAre("letter Council", "copy LSCB", "copy YOT", "agenda_item Meeting m2",
                                 "internal Assistant Chief Constable", "force_executive Force Executive",
                                 "intranet Force intranet", "opcc_briefing OPCC"));
  EXPECT_EQ(p->actions[0].recipient, "Leader and Chief Executive");
  EXPECT_EQ(p->actions[0].from, "PCC and Chief Constable");
  EXPECT_THAT(p->actions[0].meetings, ElementsAre("m1", "m2"));
  EXPECT_EQ(p->count(EngagementChannel::kCopy), 2);
  EXPECT_THAT(FormatEngagementPlan(*p), HasSubstr("opcc_briefing\n    OPCC"));
}

TEST(EngagementPlanTest, WithoutAbsorbingMeetings) {
  const Register reg = Small();
  absl::StatusOr<EngagementPlanResult> p = EngagementPlan(reg, RemoveM1(), {.include_absorbing_meetings = false});
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_EQ(p->meetings.size(), 1u);
  EXPECT_THAT(p->organisations, ElementsAre("opcc", "council", "lscb"));
  EXPECT_EQ(p->count(EngagementChannel::kIntranet), 0);  // no police involvement
  EXPECT_EQ(p->count(EngagementChannel::kAgendaItem), 0);  // the only affected meeting goes
}

TEST(EngagementPlanTest, ErrorsNameTheItem) {
  const Register reg = Small();
  EXPECT_EQ(EngagementPlan(reg, RemoveM1(), {.cc_organisations = {"yot", "nobody"}}).status().message(),
            "cc_organisations[1]: unknown organisation \"nobody\"");
  absl::StatusOr<ChangeSet> bad = ParseChangeSetJson(R"({"changes": [{"action": "remove", "meeting": "zz"}]})");
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(EngagementPlan(reg, *bad).status().message(), "changes[0].meeting: unknown meeting \"zz\"");
  EXPECT_THAT(std::string(EngagementPlan(reg, RemoveM1(), {.force_executive_meeting = "No such"}).status().message()),
              HasSubstr("force_executive_meeting: "));
}

TEST(EngagementPlanTest, PaperRecommendationB) {
  const Register reg = Example();
  absl::StatusOr<ChangeSet> cs = LoadChangeSetJsonFile(
      std::string(GOVGRAPH_SOURCE_DIR) + "/examples/changes/avon-and-somerset-recommendation-b.json");
  ASSERT_TRUE(cs.ok()) << cs.status();
  absl::StatusOr<EngagementPlanResult> p = EngagementPlan(reg, *cs, {.cc_organisations = {"yot"}});
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_GE(p->meetings.size(), 2u);
  EXPECT_EQ(p->meetings[0].id, "community-safety-meeting");
  EXPECT_EQ(p->meetings[1].id, "commissioning-meeting");
  // The CSPs take over community safety: the councils get the letter, the CSPs a copy.
  bool csps_copy = false, bristol_letter = false;
  for (const EngagementAction& a : p->actions) {
    csps_copy = csps_copy || (a.channel == EngagementChannel::kCopy && a.key == "organisation:csps");
    bristol_letter =
        bristol_letter || (a.channel == EngagementChannel::kLetter && a.key == "organisation:bristol-city-council");
  }
  EXPECT_TRUE(csps_copy);
  EXPECT_TRUE(bristol_letter);
  EXPECT_EQ(p->count(EngagementChannel::kForceExecutive), 1);
  EXPECT_EQ(p->count(EngagementChannel::kOpccBriefing), 1);
}

}  // namespace
}  // namespace govgraph
