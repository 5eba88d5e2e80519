// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/merge.h"

#include <algorithm>
#include <string>

#include "gmock/gmock.h"
#include "govgraph/io/json.h"
#include "gtest/gtest.h"
#include "analysis_test_util.h"

namespace govgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

Register Parse(const std::string& body) { return testing_util::ParseBody(body); }
using testing_util::SourcePath;

Register Load(const std::string& relative) {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(std::string(GOVGRAPH_SOURCE_DIR) + "/" + relative);
  EXPECT_TRUE(reg.ok()) << reg.status();
  return reg.ok() ? *reg : Register();
}

const EntityMatch* FindMatch(const MergeResult& r, EntityType type, const std::string& a_id) {
  for (const EntityMatch& m : r.matches) {
    if (m.type == type && m.a_id == a_id) return &m;
  }
  return nullptr;
}

const NearMiss* FindNearMiss(const MergeResult& r, const std::string& a_id, const std::string& b_id) {
  for (const NearMiss& n : r.near_misses) {
    if (n.a_id == a_id && n.b_id == b_id) return &n;
  }
  return nullptr;
}

TEST(NameSimilarityTest, CountsSharedWordsAndForgivesTypos) {
  EXPECT_NEAR(NameSimilarity("Dorset County Council", "Dorset Council"), 2.0 / 3.0, 1e-9);
  EXPECT_DOUBLE_EQ(NameSimilarity("Bath & North-East Somerset", "bath and north east somerset"), 1.0);
  EXPECT_DOUBLE_EQ(NameSimilarity("Dorest Police", "Dorset Police"), 1.0);
  EXPECT_DOUBLE_EQ(NameSimilarity("PCC", "PCP"), 0.0);
  EXPECT_NEAR(
      NameSimilarity("Dorset Police and Crime Commissioner", "Devon and Cornwall Police and Crime Commissioner"), 0.5,
      1e-9);
}

TEST(MergeTest, EachRuleMatchesWithItsEvidence) {
  const Register a = Parse(R"(
    "areas": [{"id": "dorset", "name": "Dorset", "identifiers": [{"scheme": "ocd", "value": "ocd-division/x:dorset"}]}],
    "organisations": [
      {"id": "pcp", "name": "Dorset Police and Crime Panel"},
      {"id": "opcc", "name": "Office of the Dorset Police and Crime Commissioner"},
      {"id": "police", "name": "Dorset Police"},
      {"id": "dcc", "name": "Dorset County Council"}])");
  const Register b = Parse(R"(
    "areas": [{"id": "dorset-pfa", "name": "Dorset police force area",
               "identifiers": [{"scheme": "OCD", "value": "ocd-division/x:dorset"}]}],
    "organisations": [
      {"id": "pcp", "name": "Dorset Police & Crime Panel"},
      {"id": "dorset-opcc", "name": "Office of the Dorset Police & Crime Commissioner"},
      {"id": "constabulary", "name": "Dorset Constabulary", "aliases": ["Dorset Police"]},
      {"id": "dorset-council", "name": "Dorset Council"}])");
  absl::StatusOr<MergeResult> r = MergeRegisters(a, b);
  ASSERT_TRUE(r.ok()) << r.status();

  const EntityMatch* area = FindMatch(*r, EntityType::kArea, "dorset");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->rule, MatchRule::kSharedIdentifier);
  EXPECT_THAT(area->evidence, HasSubstr("ocd-division/x:dorset"));
  EXPECT_EQ(area->merged_id, "dorset");

  const EntityMatch* pcp = FindMatch(*r, EntityType::kOrganisation, "pcp");
  ASSERT_NE(pcp, nullptr);
  EXPECT_EQ(pcp->rule, MatchRule::kSameId);
  const EntityMatch* opcc = FindMatch(*r, EntityType::kOrganisation, "opcc");
  ASSERT_NE(opcc, nullptr);
  EXPECT_EQ(opcc->rule, MatchRule::kNormalisedName);
  EXPECT_EQ(opcc->b_id, "dorset-opcc");
  const EntityMatch* police = FindMatch(*r, EntityType::kOrganisation, "police");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->rule, MatchRule::kAlias);
  EXPECT_EQ(police->b_id, "constabulary");
  EXPECT_THAT(police->evidence, HasSubstr("alias"));

  // The merged organisation keeps A's id and name and B's name as an alias.
  const Organisation& merged = r->merged.organisation(*r->merged.FindOrganisation("police"));
  EXPECT_EQ(merged.name, "Dorset Police");
  EXPECT_TRUE(std::find(merged.aliases.begin(), merged.aliases.end(), "Dorset Constabulary") != merged.aliases.end());
  EXPECT_EQ(merged.attributes.at("merged_from"), "a:police, b:constabulary");
  EXPECT_FALSE(r->merged.FindOrganisation("constabulary"));
  // Four organisations matched or not: 4 + 4 - 3 matched.
  EXPECT_EQ(r->merged.organisations().size(), 5u);
}

TEST(MergeTest, NearMissIsReportedNotMergedUntilConfirmed) {
  const Register a = Parse(
      R"("organisations": [{"id": "dorset-county-council", "name": "Dorset County Council"}],
    "meetings": [{"id": "m", "name": "Panel", "participants": [{"organisation": "dorset-county-council"}]}])");
  const Register b = Parse(
      R"("organisations": [{"id": "dorset-council", "name": "Dorset Council"}],
    "meetings": [{"id": "n", "name": "Board", "participants": [{"organisation": "dorset-council"}]}])");
  absl::StatusOr<MergeResult> r = MergeRegisters(a, b);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->matches, IsEmpty());
  const NearMiss* n = FindNearMiss(*r, "dorset-county-council", "dorset-council");
  ASSERT_NE(n, nullptr);
  EXPECT_NEAR(n->similarity, 2.0 / 3.0, 1e-9);
  EXPECT_EQ(r->merged.organisations().size(), 2u);

  MergeOptions confirm;
  confirm.confirmed = {{"dorset-county-council", "dorset-council"}};
  r = MergeRegisters(a, b, confirm);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->matches.size(), 1u);
  EXPECT_EQ(r->matches[0].rule, MatchRule::kConfirmed);
  EXPECT_THAT(r->near_misses, IsEmpty());
  ASSERT_EQ(r->merged.organisations().size(), 1u);
  // A pair naming nothing is an error, not ignored.
  MergeOptions ghost;
  ghost.label_a = "a";
  ghost.label_b = "b";
  ghost.confirmed = {{"ghost", "dorset-council"}};
  EXPECT_EQ(MergeRegisters(a, b, ghost).status().message(), "confirmed[0]: a has nothing with id \"ghost\"");
  ghost.confirmed = {{"dorset-county-council", "phantom"}};
  EXPECT_EQ(MergeRegisters(a, b, ghost).status().message(), "confirmed[0]: b has nothing with id \"phantom\"");
  ghost.confirmed = {};
  ghost.rejected = {{"m", "dorset-council"}};
  EXPECT_EQ(MergeRegisters(a, b, ghost).status().message(),
            "rejected[0]: \"m\" and \"dorset-council\" are not the same kind of thing");
  // B's meeting now names A's organisation.
  const Meeting& board = r->merged.meeting(*r->merged.FindMeeting("n"));
  EXPECT_EQ(board.participants[0].party.organisation.id, "dorset-county-council");

  // A rejected pair is neither merged nor reported again.
  MergeOptions reject;
  reject.rejected = {{"dorset-county-council", "dorset-council"}};
  r = MergeRegisters(a, b, reject);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->near_misses, IsEmpty());
}

TEST(MergeTest, ConflictsAreReportedAndThePreferredSideWins) {
  const Register a = Parse(
      R"("organisations": [{"id": "home-office", "name": "Home Office", "kind": "government",
      "attributes": {"website": "https://a.example", "note": "same"}}])");
  const Register b = Parse(
      R"("organisations": [{"id": "home-office", "name": "Home Office", "kind": "other",
      "attributes": {"website": "https://b.example", "note": "same", "extra": "from b"}}])");
  absl::StatusOr<MergeResult> r = MergeRegisters(a, b);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->conflicts.size(), 2u);
  EXPECT_EQ(r->conflicts[0].field, "kind");
  EXPECT_EQ(r->conflicts[0].a_value, "government");
  EXPECT_EQ(r->conflicts[0].b_value, "other");
  EXPECT_EQ(r->conflicts[0].kept, MergeSide::kA);
  EXPECT_EQ(r->conflicts[1].field, "attributes.website");
  const Organisation& ho = r->merged.organisation(*r->merged.FindOrganisation("home-office"));
  EXPECT_EQ(ho.kind, OrganisationKind::kGovernment);
  EXPECT_EQ(ho.attributes.at("website"), "https://a.example");
  EXPECT_EQ(ho.attributes.at("extra"), "from b");
  EXPECT_EQ(ho.attributes.at("merge_conflict.kind"), "b: other");

  MergeOptions prefer_b;
  prefer_b.prefer = MergeSide::kB;
  r = MergeRegisters(a, b, prefer_b);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->conflicts[0].kept, MergeSide::kB);
  EXPECT_EQ(r->merged.organisation(*r->merged.FindOrganisation("home-office")).kind, OrganisationKind::kOther);
}

TEST(MergeTest, ClashingIdsArePrefixedPerSide) {
  const Register a = Parse(R"("organisations": [{"id": "opcc", "name": "Dorset OPCC"}],
    "roles": [{"id": "pcc", "name": "Dorset Police and Crime Commissioner", "organisation": "opcc"}],
    "meetings": [{"id": "panel", "name": "Dorset Police and Crime Panel", "participants": [{"role": "pcc"}]}])");
  const Register b = Parse(
      R"("organisations": [{"id": "opcc2", "name": "Devon and Cornwall OPCC"}],
    "roles": [{"id": "pcc", "name": "Devon and Cornwall Police and Crime Commissioner", "organisation": "opcc2"}],
    "meetings": [{"id": "panel", "name": "Devon and Cornwall Police and Crime Panel", "participants": [{"role": "pcc"}]}])");
  MergeOptions options;
  options.label_a = "dorset";
  options.label_b = "dc";
  absl::StatusOr<MergeResult> r = MergeRegisters(a, b, options);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->matches, IsEmpty());
  const NearMiss* n = FindNearMiss(*r, "pcc", "pcc");
  ASSERT_NE(n, nullptr);
  EXPECT_THAT(n->reason, HasSubstr("same id"));
  ASSERT_TRUE(r->merged.FindRole("dorset:pcc"));
  ASSERT_TRUE(r->merged.FindRole("dc:pcc"));
  const Meeting& dc_panel = r->merged.meeting(*r->merged.FindMeeting("dc:panel"));
  EXPECT_EQ(dc_panel.participants[0].party.role.id, "dc:pcc");
  EXPECT_EQ(dc_panel.attributes.at("merged_from"), "dc");
  EXPECT_EQ(r->merged.meeting(*r->merged.FindMeeting("dorset:panel")).attributes.at("merged_from"), "dorset");
  EXPECT_EQ(r->renamed.size(), 4u);  // two roles, two meetings
}

TEST(MergeTest, BadOptionsNameTheField) {
  MergeOptions options;
  options.near_miss_threshold = 0;
  absl::StatusOr<MergeResult> r = MergeRegisters(Register(), Register(), options);
  EXPECT_THAT(r.status().message(), HasSubstr("near_miss_threshold"));
  options = MergeOptions();
  options.label_b = "a";
  r = MergeRegisters(Register(), Register(), options);
  EXPECT_THAT(r.status().message(), HasSubstr("label_b"));
  options = MergeOptions();
  options.confirmed = {{"x", ""}};
  r = MergeRegisters(Register(), Register(), options);
  EXPECT_THAT(r.status().message(), HasSubstr("confirmed[0]"));
}

TEST(MergeExampleTest, PanelsOfTheTwoForces) {
  const Register a = Load("examples/registers/merge/dorset-panel.json");
  const Register b = Load("examples/registers/merge/devon-cornwall-panel.json");
  MergeOptions options;
  options.label_a = "dorset";
  options.label_b = "dc";
  absl::StatusOr<MergeResult> r = MergeRegisters(a, b, options);
  ASSERT_TRUE(r.ok()) << r.status();

  EXPECT_EQ(FindMatch(*r, EntityType::kArea, "dorset")->rule, MatchRule::kSharedIdentifier);
  EXPECT_EQ(FindMatch(*r, EntityType::kOrganisation, "dorset-pcp")->rule, MatchRule::kSameId);
  EXPECT_EQ(FindMatch(*r, EntityType::kOrganisation, "dorset-opcc")->rule, MatchRule::kNormalisedName);
  EXPECT_EQ(FindMatch(*r, EntityType::kOrganisation, "dorset-police")->rule, MatchRule::kAlias);
  EXPECT_EQ(FindMatch(*r, EntityType::kRole, "pcc")->b_id, "dorset-pcc");
  EXPECT_EQ(FindMatch(*r, EntityType::kRole, "chief-constable")->b_id, "dorset-chief-constable");
  EXPECT_NE(FindNearMiss(*r, "dorset-county-council", "dorset-council"), nullptr);
  EXPECT_NE(FindNearMiss(*r, "pcp-chair", "pcp-chair"), nullptr);
  ASSERT_FALSE(r->conflicts.empty());
  EXPECT_EQ(r->conflicts[0].merged_id, "home-office");

  // The joint scrutiny meetings of the two sides overlap most.
  ASSERT_GE(r->cross_overlaps.size(), 1u);
  const Overlap& top = r->cross_overlaps[0];
  EXPECT_EQ(ItemId(r->merged, top.a), "alliance-scrutiny");
  EXPECT_EQ(ItemId(r->merged, top.b), "strategic-alliance-scrutiny");
  for (const Overlap& o : r->cross_overlaps) {
    EXPECT_EQ(r->merged.meeting(MeetingHandle(o.a.index)).attributes.at("merged_from"), "dorset");
    EXPECT_EQ(r->merged.meeting(MeetingHandle(o.b.index)).attributes.at("merged_from"), "dc");
  }
  EXPECT_THAT(FormatMergeReport(*r), HasSubstr("Meetings that would become one"));
}

// The overlap search runs only across the two sides, and finds what the
// whole merged register's search finds across them.
TEST(MergeExampleTest, CrossOverlapsAreTheWholeSearchsPairsAcross) {
  const Register a = Load("examples/registers/merge/dorset-panel.json");
  const Register b = Load("examples/registers/merge/devon-cornwall-panel.json");
  MergeOptions options;
  options.label_a = "dorset";
  options.label_b = "dc";
  options.overlap.min_score = 0.2;
  absl::StatusOr<MergeResult> r = MergeRegisters(a, b, options);
  ASSERT_TRUE(r.ok()) << r.status();
  absl::StatusOr<OverlapResult> whole = FindOverlaps(r->merged, options.overlap);
  ASSERT_TRUE(whole.ok()) << whole.status();
  const std::vector<Overlap> expected = CrossRegisterOverlaps(r->merged, whole->pairs, "dorset", "dc");
  ASSERT_FALSE(expected.empty());
  ASSERT_EQ(r->cross_overlaps.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(r->cross_overlaps[i].a, expected[i].a);
    EXPECT_EQ(r->cross_overlaps[i].b, expected[i].b);
    EXPECT_EQ(r->cross_overlaps[i].score, expected[i].score);
  }
  // With nothing on one side there is no pair to look for.
  absl::StatusOr<MergeResult> alone = MergeRegisters(a, Register(), options);
  ASSERT_TRUE(alone.ok()) << alone.status();
  EXPECT_TRUE(alone->cross_overlaps.empty());
}

}  // namespace
}  // namespace govgraph
