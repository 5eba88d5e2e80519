// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/role_clarity.h"

#include <string>

#include "analysis_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using namespace testing_util;  // NOLINT

//   nolead    police, council              no lead
//   joint     opcc, police (both members)  lead opcc + police, no chair
//   absent    council                      lead police (not attending)
//   elected   leader (elected), police     lead police; statutory
Register Small() {
  RegisterBuilder b;
  b.AddOrganisation(Org("opcc", "Office of the PCC", OrganisationKind::kPoliceAndCrimeCommissioner));
  b.AddOrganisation(Org("police", "Constabulary", OrganisationKind::kPolice));
  b.AddOrganisation(Org("council", "Council", OrganisationKind::kLocalAuthority));
  Role leader;
  leader.id = "leader";
  leader.name = "Council Leader";
  leader.organisation = "council";
  leader.elected = true;
  b.AddRole(leader);
  Role ce;
  ce.id = "ce";
  ce.name = "Chief Executive";
  ce.organisation = "council";
  b.AddRole(ce);
  b.AddMeeting(Meet("nolead", {OrgSeat("police"), OrgSeat("council")}));
  b.AddMeeting(Meet("joint", {OrgSeat("opcc"), OrgSeat("police")}, Cadence::Regular(4), {"opcc", "police"}));
  b.AddMeeting(Meet("absent", {OrgSeat("council"), RoleSeat("ce")}, Cadence::Regular(4), {"police"}));
  Meeting elected = Meet("elected", {RoleSeat("leader"), OrgSeat("police")}, Cadence::Regular(4), {"police"});
  elected.statutory = true;
  b.AddMeeting(elected);
  return MustBuild(b);
}

EngagementRules Rules(const std::string& json) {
  absl::StatusOr<EngagementRules> r = ParseEngagementRulesJson(json);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : EngagementRules();
}

std::string Error(const Register& reg, const std::string& json) {
  absl::StatusOr<EngagementRules> rules = ParseEngagementRulesJson(json);
  if (!rules.ok()) return std::string(rules.status().message());
  absl::StatusOr<RoleClarityResult> r = RoleClarity(reg, {.rules = *rules});
  return r.ok() ? "ok" : std::string(r.status().message());
}

TEST(RoleClarityTest, LeadsAndDuplicateAttendance) {
  const Register reg = Small();
  absl::StatusOr<RoleClarityResult> r = RoleClarity(reg);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->split_pairs.size(), 1u);  // opcc with police
  ASSERT_EQ(r->issues.size(), 4u);
  EXPECT_EQ(r->issues[0].kind, RoleIssueKind::kNoLead);
  EXPECT_EQ(r->issues[0].meeting, M(reg, "nolead"));
  EXPECT_EQ(r->issues[1].kind, RoleIssueKind::kJointLead);
  EXPECT_THAT(r->issues[1].detail, HasSubstr("no chair among the leads"));
  EXPECT_EQ(r->issues[2].kind, RoleIssueKind::kDuplicateAttendance);
  EXPECT_EQ(r->issues[2].meeting, M(reg, "joint"));
  EXPECT_EQ(r->issues[2].detail, "Office of the PCC and Constabulary both attend as member, both leading");
  EXPECT_EQ(r->issues[3].kind, RoleIssueKind::kLeadAbsent);
  EXPECT_EQ(r->issues[3].meeting, M(reg, "absent"));
  EXPECT_THAT(r->issues[3].organisations, ElementsAre(O(reg, "police")));
  EXPECT_EQ(r->count(RoleIssueKind::kNoLead), 1);
}

TEST(RoleClarityTest, SplitPairsGivenExplicitly) {
  const Register reg = Small();
  absl::StatusOr<RoleClarityResult> r = RoleClarity(reg, {.split_pairs = {{"police", "council"}}});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->count(RoleIssueKind::kDuplicateAttendance), 1);  // nolead: both members, neither leads
  EXPECT_EQ(RoleClarity(reg, {.split_pairs = {{"police", "nobody"}}}).status().message(),
            "split_pairs[0][1]: unknown organisation \"nobody\"");
}

TEST(RoleClarityTest, EngagementRulesListViolatingMeetings) {
  const Register reg = Small();
  absl::StatusOr<RoleClarityResult> r = RoleClarity(reg, {.rules = Rules(R"({"rules": [
      {"id": "pcc-leaders", "when": {"attended_by": {"elected": true}}, "require": {"organisations": ["opcc"]}},
      {"id": "police-ce", "when": {"attended_by": {"role_name_contains": "CHIEF EXEC"}},
       "require": {"organisation_kinds": ["police"]}},
      {"id": "statutory", "when": {"statutory": true}, "require": {"organisation_kinds": ["police"]}},
      {"id": "no-opcc", "forbid": {"organisations": ["opcc"]}}]})")});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->rules.size(), 4u);
  EXPECT_EQ(r->rules[0].meetings_checked, 1);
  ASSERT_EQ(r->rules[0].violations.size(), 1u);
  EXPECT_EQ(r->rules[0].violations[0].meeting, M(reg, "elected"));
  // The police lead "absent" without attending: a lead counts as engaging.
  EXPECT_EQ(r->rules[1].meetings_checked, 1);
  EXPECT_TRUE(r->rules[1].ok());
  EXPECT_TRUE(r->rules[2].ok());
  EXPECT_EQ(r->rules[3].meetings_checked, 4);
  ASSERT_EQ(r->rules[3].violations.size(), 1u);
  EXPECT_EQ(r->rules[3].violations[0].detail, "forbidden: Office of the PCC");
  EXPECT_EQ(r->violations(), 2);
  EXPECT_THAT(FormatRoleClarity(reg, *r), HasSubstr("FAIL pcc-leaders"));
}

TEST(RoleClarityTest, ErrorsNameTheRuleAndField) {
  const Register reg = Small();
  EXPECT_EQ(Error(reg, R"({"rules": [{"id": "a", "require": {"roles": ["leader"]}},
                                     {"id": "b", "require": {"organisations": ["xyz"]}}]})"),
            "rules[1].require.organisations[0]: unknown organisation \"xyz\"");
  EXPECT_EQ(Error(reg, R"({"rules": [{"id": "a", "when": {"meetings": ["joint", "zz"]}, "require": {"elected": true}}]})"),
            "rules[0].when.meetings[1]: unknown meeting \"zz\"");
  EXPECT_THAT(Error(reg, R"({"rules": [{"id": "a", "when": {"levels": ["cosmic"]}, "require": {"elected": true}}]})"),
              HasSubstr("rules[0].when.levels[0]: "));
  EXPECT_THAT(Error(reg, R"({"rules": [{"id": "a", "require": {"organisation": ["opcc"]}}]})"),
              HasSubstr("rules[0].require.organisation: unknown field"));
  EXPECT_EQ(Error(reg, R"({"rules": [{"id": "a", "when": {"statutory": true}}]})"), "rules[0]: give require or forbid");
  EXPECT_EQ(Error(reg, R"({"rules": [{"id": "a", "require": {"elected": true}}, {"id": "a", "forbid": {"elected": true}}]})"),
            "rules[1].id: rule \"a\" is defined twice");
  EXPECT_EQ(Error(reg, R"({"rules": [{"require": {"elected": true}}]})"), "rules[0].id: missing: give the rule an id");
  EXPECT_THAT(Error(reg, "{"), StartsWith("rules: line 1, column 1: syntax error"));
  absl::StatusOr<EngagementRules> missing = LoadEngagementRulesJsonFile("/no/such/rules.json");
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "/no/such/rules.json: cannot open: No such file or directory");
}

TEST(RoleClarityTest, BundledExampleAndRules) {
  const Register reg = Example();
  absl::StatusOr<EngagementRules> rules =
      LoadEngagementRulesJsonFile(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/rules/avon-and-somerset-engagement.json");
  ASSERT_TRUE(rules.ok()) << rules.status();
  absl::StatusOr<RoleClarityResult> r = RoleClarity(reg, {.rules = *rules});
  ASSERT_TRUE(r.ok()) << r.status();
  // The LCJB is led jointly by the OPCC and the Constabulary and chaired by the Constabulary.
  bool lcjb_joint = false;
  for (const RoleIssue& i : r->issues) {
    if (i.kind == RoleIssueKind::kJointLead && i.meeting == M(reg, "lcjb")) {
      lcjb_joint = true;
      EXPECT_THAT(i.detail, HasSubstr("chaired by"));
    }
  }
  EXPECT_TRUE(lcjb_joint);
  ASSERT_EQ(r->rules.size(), 3u);
  std::string report = FormatRoleClarity(reg, *r);
  EXPECT_THAT(report, HasSubstr("statutory-police-attendance"));
}

}  // namespace
}  // namespace govgraph
