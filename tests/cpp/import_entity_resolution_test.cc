// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "govgraph/import/entity_resolution.h"
#include "govgraph/import/table_import.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

Organisation Org(std::string id, std::string name, OrganisationKind kind = OrganisationKind::kOther) {
  Organisation o;
  o.id = std::move(id);
  o.name = std::move(name);
  o.kind = kind;
  return o;
}

TEST(BodyKeyTest, SpellsOutKindsOfBodyAndDropsFillers) {
  EXPECT_EQ(BodyKey("Cwm Taf UHB"), "cwm taf university health board");
  EXPECT_EQ(BodyKey("Cwm Taf University Local Health Board"), "cwm taf university health board");
  EXPECT_EQ(BodyKey("Conwy CBC"), BodyKey("Conwy County Borough Council"));
  EXPECT_NE(BodyKey("Conwy CBC"), BodyKey("Denbighshire County Council"));
}

TEST(FindOrganisationMergesTest, OneHealthBoardWrittenThreeWays) {
  const std::vector<EntityMerge> m = FindOrganisationMerges(
      {Org("a", "Betsi Cadwaladr University Health Board"), Org("b", "Betsi Cadwaladr University Local Health Board"),
       Org("c", "BCUHB"), Org("d", "Conwy County Borough Council")},
      {});
  ASSERT_THAT(m, SizeIs(2));
  EXPECT_THAT(m, ElementsAre(Field(&EntityMerge::into, "b"), Field(&EntityMerge::into, "b")));
  EXPECT_EQ(m[0].from, "a");
  EXPECT_EQ(m[0].rule, "same_name");
  EXPECT_EQ(m[1].from, "c");
  EXPECT_EQ(m[1].rule, "initials");
}

TEST(FindOrganisationMergesTest, ATypingSlipIsTheSameBody) {
  const std::vector<EntityMerge> slip = FindOrganisationMerges(
      {Org("a", "Avon and Somerset Constabulary", OrganisationKind::kPolice),
       Org("b", "Avon and Somerset Constabluary", OrganisationKind::kPolice),
       Org("c", "Gwent County Council", OrganisationKind::kLocalAuthority),
       Org("d", "Kent County Council", OrganisationKind::kLocalAuthority)},
      {});
  ASSERT_THAT(slip, SizeIs(1));  // Gwent and Kent are two councils, whatever their spelling distance
  EXPECT_EQ(slip[0].rule, "near_name");
  EXPECT_THAT(slip[0].evidence, HasSubstr("differ by 2 letters"));
}

TEST(FindOrganisationMergesTest, GlossaryForceIsTheOneForceTheRegisterNames) {
  const std::vector<Organisation> orgs = {Org("constabulary", "Constabulary", OrganisationKind::kPolice),
                                          Org("asc", "Avon and Somerset Constabulary", OrganisationKind::kPolice)};
  const std::vector<EntityMerge> m = FindOrganisationMerges(orgs, {"constabulary"});
  ASSERT_THAT(m, SizeIs(1));
  EXPECT_EQ(m[0].from, "constabulary");
  EXPECT_EQ(m[0].into, "asc");
  EXPECT_EQ(m[0].rule, "home_body");
  EXPECT_THAT(m[0].evidence, HasSubstr("the one police body the register names"));
}

TEST(FindOrganisationMergesTest, TwoForcesLeaveTheGlossaryForceAlone) {
  // A regional register: "Police" could be any of them.
  EXPECT_THAT(FindOrganisationMerges({Org("constabulary", "Constabulary", OrganisationKind::kPolice),
                                      Org("a", "Derbyshire Constabulary", OrganisationKind::kPolice),
                                      Org("b", "Leicestershire Police", OrganisationKind::kPolice)},
                                     {"constabulary"}),
              IsEmpty());
}

TEST(FindOrganisationMergesTest, KeepApartOverrides) {
  EntityResolutionOptions o;
  o.keep_apart = {"Cwm Taf UHB"};
  EXPECT_THAT(FindOrganisationMerges({Org("a", "Cwm Taf UHB"), Org("b", "Cwm Taf University Health Board")}, {}, o),
              IsEmpty());
}

TEST(ImportMentionsTest, PostsInNamedBodiesAndOneBodyAcrossTheTable) {
  absl::StatusOr<ImportResult> r = ImportCsv(
      "Meeting,Key participants\n"
      "Conwy PSB,\"Chief Superintendent North Wales Police, Betsi Cadwaladr University Health Board\"\n"
      "Denbighshire PSB,\"North Wales Police, Betsi Cadwaladr University Local Health Board, "
      "Director of Public Health at BCUHB\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<std::string> names;
  for (const Organisation& o : r->reg.organisations()) names.push_back(o.name);
  EXPECT_THAT(names, ElementsAre("North Wales Police", "Betsi Cadwaladr University Local Health Board"));
  const Meeting& conwy = r->reg.meetings()[0];
  EXPECT_EQ(conwy.participants[0].party.organisation.id, "north-wales-police");
  EXPECT_EQ(conwy.participants[0].party.role.id, "chief-superintendent");
  const Meeting& denbighshire = r->reg.meetings()[1];
  EXPECT_EQ(denbighshire.participants[2].party.role.id, "director-of-public-health");
  EXPECT_EQ(denbighshire.participants[2].party.organisation.id, conwy.participants[1].party.organisation.id);
  int merges = 0;
  for (const Diagnostic& d : r->diagnostics) merges += absl::StrContains(d.message, "read as one organisation");
  EXPECT_EQ(merges,
            3);  // the two spellings, the initials, and "Constabulary" (the Chief Superintendent's) as the force
}

TEST(ImportMentionsTest, SectionHeadingRowIsNotAMeeting) {
  absl::StatusOr<ImportResult> r = ImportCsv(
      "Meeting,Purpose,Frequency\n"
      "Community Safety Partnership,Crime and disorder,Quarterly\n"
      "Problem Solving – Short Term Leadership,,\n"
      "Mental Health Concordat,Crisis care,Six monthly\n"
      "Commissioning Meeting,,\n");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_THAT(r->reg.meetings(), SizeIs(3));
  EXPECT_EQ(r->reg.meetings()[1].attributes.at("section"), "Problem Solving – Short Term Leadership");
  EXPECT_EQ(r->reg.meetings()[2].name, "Commissioning Meeting");  // names a meeting: not a heading
  bool told = false;
  for (const Diagnostic& d : r->diagnostics)
    told = told || (d.row == 3 && absl::StrContains(d.message, "section heading"));
  EXPECT_TRUE(told);
}

TEST(ImportMentionsTest, MembershipGivenByReferenceToOtherMeetings) {
  absl::StatusOr<ImportResult> r = ImportCsv(
      "Meeting,Key participants,Areas\n"
      "Craven CSP,\"Police, Craven District Council\",Craven\n"
      "Selby CSP,\"Police, Selby District Council\",Selby\n"
      "County Forum,\"the two community safety partnerships, Probation\",North Yorkshire\n"
      "Strategy Board,members of the County Forum,North Yorkshire\n");
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<std::string> forum;
  for (const Participant& p : r->reg.meetings()[2].participants) {
    forum.push_back(r->reg.organisation(*r->reg.FindOrganisation(p.party.organisation.id)).name);
  }
  // Each CSP's members once, then Probation (both providers, 2014-2021).
  EXPECT_THAT(forum, ElementsAre("Constabulary", "Craven District Council", "Selby District Council",
                                 "National Probation Service", "Community Rehabilitation Company"));
  EXPECT_THAT(r->reg.meetings()[2].participants[1].note, HasSubstr("(a member of Craven CSP)"));
  // By reference to a meeting that itself refers: its members as read.
  EXPECT_EQ(r->reg.meetings()[3].participants.size(), 5u);
}

TEST(ImportMentionsTest, TopicsColumnOverridesReadingTopicsFromWords) {
  absl::StatusOr<ImportResult> r = ImportCsv(
      "Meeting,Purpose,Topics\n"
      "Board A,Tackle antisocial behaviour,\"LSCB; Mental health, Allotments\"\n"
      "Board B,Tackle antisocial behaviour,\n");
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<std::string> a, b;
  for (const Ref<Topic>& t : r->reg.meetings()[0].topics) a.push_back(t.id);
  for (const Ref<Topic>& t : r->reg.meetings()[1].topics) b.push_back(t.id);
  EXPECT_THAT(a, ElementsAre("safeguarding-children", "mental-health", "allotments"));
  EXPECT_THAT(b, ElementsAre("antisocial-behaviour"));
  EXPECT_FALSE(r->reg.meetings()[0].attributes.contains("topics_inferred"));
  EXPECT_EQ(r->reg.meetings()[1].attributes.at("topics_inferred"),
            "antisocial-behaviour: \"antisocial behaviour\" in the purpose");
  EXPECT_TRUE(r->reg.FindTopic("health").has_value());  // mental health's parent
}

}  // namespace
}  // namespace govgraph
