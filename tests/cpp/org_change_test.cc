// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/org_change.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "govgraph/io/json.h"
#include "govgraph/register_builder.h"
#include "gtest/gtest.h"
#include "analysis_test_util.h"

namespace govgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

Register Parse(const std::string& body) { return testing_util::ParseBody(body); }
using testing_util::SourcePath;

OrganisationChanges Changes(const std::string& json) {
  absl::StatusOr<OrganisationChanges> c = ParseOrganisationChangesJson(json);
  EXPECT_TRUE(c.ok()) << c.status();
  return c.ok() ? *c : OrganisationChanges();
}

const Participant* ParticipantOf(const Meeting& m, const std::string& org) {
  for (const Participant& p : m.participants) {
    if (p.party.organisation.id == org) return &p;
  }
  return nullptr;
}

TEST(OrgChangeTest, DorsetReorganisationMovesAndDeduplicatesMemberships) {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(SourcePath("examples/registers/dorset-pcp-2018.json"));
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<OrganisationChanges> changes =
      LoadOrganisationChangesJsonFile(SourcePath("examples/organisation-changes/dorset-2019-reorganisation.json"));
  ASSERT_TRUE(changes.ok()) << changes.status();
  ASSERT_EQ(changes->changes.size(), 2u);
  EXPECT_EQ(changes->changes[0].date, absl::CivilDay(2019, 4, 1));

  absl::StatusOr<OrganisationChangeResult> r = ApplyOrganisationChanges(*reg, *changes);
  ASSERT_TRUE(r.ok()) << r.status();
  const Register& after = r->register_after;
  EXPECT_EQ(r->created, (std::vector<std::string>{"dorset-council", "bcp-council"}));
  EXPECT_EQ(r->dissolved.size(), 9u);

  const Meeting& panel = after.meeting(*after.FindMeeting("dorset-pcp"));
  // Nine council participants become two, each once.
  EXPECT_EQ(panel.participants.size(), reg->meeting(*reg->FindMeeting("dorset-pcp")).participants.size() - 7);
  ASSERT_NE(ParticipantOf(panel, "dorset-council"), nullptr);
  ASSERT_NE(ParticipantOf(panel, "bcp-council"), nullptr);
  EXPECT_EQ(ParticipantOf(panel, "dorset-county-council"), nullptr);
  EXPECT_EQ(ParticipantOf(panel, "dorset-council")->type, ParticipationType::kMember);
  // The seats move with their members: six councils' one seat each, and three.
  EXPECT_EQ(ParticipantOf(panel, "dorset-council")->seats, 6);
  EXPECT_EQ(ParticipantOf(panel, "bcp-council")->seats, 3);
  EXPECT_EQ(panel.lead.supporting.size(), 1u);
  EXPECT_EQ(panel.lead.supporting[0].id, "dorset-council");
  // The clerk's post moves with the county council.
  EXPECT_EQ(after.role(*after.FindRole("pcp-clerk")).organisation.id, "dorset-council");

  // The originals stay, marked dissolved; the new councils say where they came
  // from.
  const Organisation& dcc = after.organisation(*after.FindOrganisation("dorset-county-council"));
  EXPECT_EQ(dcc.attributes.at("status"), "dissolved");
  EXPECT_EQ(dcc.attributes.at("dissolution_date"), "2019-04-01");
  EXPECT_EQ(dcc.attributes.at("succeeded_by"), "dorset-council");
  const Organisation& bcp = after.organisation(*after.FindOrganisation("bcp-council"));
  EXPECT_EQ(bcp.kind, OrganisationKind::kLocalAuthority);
  EXPECT_EQ(bcp.areas.size(), 1u);
  EXPECT_EQ(bcp.attributes.at("formed_from"),
            "bournemouth-borough-council, christchurch-borough-council, "
            "borough-of-poole");
  EXPECT_THAT(after.info().attributes.at("organisation_changes[0]"), HasSubstr("2019-04-01 merger"));
  EXPECT_THAT(after.info().attributes.at("organisation_changes[1]"), HasSubstr("-> bcp-council"));

  // Every move is reported: 9 panel seats, the supporting lead and the clerk,
  // and the councils of the ten councillors' memberships (the substitute's too).
  const auto merged = std::count_if(r->moves.begin(), r->moves.end(), [](const MovedMembership& m) {
    return m.outcome.find("merged with an existing participant") != std::string::npos;
  });
  EXPECT_EQ(merged, 7);
  EXPECT_EQ(r->moves.size(), 21u);
}

TEST(OrgChangeTest, StrongestParticipationIsKeptAndSeatsMoveWithTheirMembers) {
  const Register reg = Parse(
      R"("organisations": [{"id": "d", "name": "District"}, {"id": "c", "name": "County"}],
    "meetings": [{"id": "m", "name": "Board", "lead": {"organisations": ["d"], "supporting": ["c"]},
      "participants": [{"organisation": "d", "type": "attendee", "seats": 3},
                       {"organisation": "c", "type": "chair"}]}])");
  absl::StatusOr<OrganisationChangeResult> r = ApplyOrganisationChanges(reg, Changes(R"({"changes": [
    {"kind": "merger", "organisations": ["d", "c"], "into": {"id": "u", "name": "Unitary"}}]})"));
  ASSERT_TRUE(r.ok()) << r.status();
  const Meeting& m = r->register_after.meeting(*r->register_after.FindMeeting("m"));
  ASSERT_EQ(m.participants.size(), 1u);
  EXPECT_EQ(m.participants[0].type, ParticipationType::kChair);
  EXPECT_EQ(m.participants[0].seats, 4);  // 3 + 1: the seats are summed, not the larger kept
  ASSERT_EQ(m.lead.organisations.size(), 1u);
  EXPECT_EQ(m.lead.organisations[0].id, "u");
  EXPECT_THAT(m.lead.supporting, IsEmpty());
  EXPECT_EQ(r->register_after.organisation(*r->register_after.FindOrganisation("d")).attributes.at("dissolution_date"),
            "undated");
}

TEST(OrgChangeTest, RenameSplitDissolutionAndAsOf) {
  const Register reg = Parse(
      R"("organisations": [{"id": "a", "name": "Old A"}, {"id": "b", "name": "B"},
      {"id": "c", "name": "C"}, {"id": "x", "name": "X"}],
    "meetings": [{"id": "m", "name": "Board", "participants": [{"organisation": "b"}, {"organisation": "c"}]}])");
  absl::StatusOr<OrganisationChangeResult> r = ApplyOrganisationChanges(reg, Changes(R"({"changes": [
    {"kind": "rename", "organisation": "a", "into": {"name": "New A"}, "date": "2020-01-01"},
    {"kind": "split", "organisation": "b", "into": [{"id": "b1", "name": "B One"}, "x"], "date": "2020-01-01"},
    {"kind": "dissolution", "organisation": "c", "date": "2021-06-01"}]})"),
                                                                        {.as_of = absl::CivilDay(2020, 12, 31)});
  ASSERT_TRUE(r.ok()) << r.status();
  const Register& after = r->register_after;
  const Organisation& a = after.organisation(*after.FindOrganisation("a"));
  EXPECT_EQ(a.name, "New A");
  EXPECT_EQ(a.aliases, std::vector<std::string>{"Old A"});
  EXPECT_FALSE(a.attributes.contains("status"));
  const Meeting& m = after.meeting(*after.FindMeeting("m"));
  EXPECT_NE(ParticipantOf(m, "b1"), nullptr);
  EXPECT_NE(ParticipantOf(m, "x"), nullptr);
  EXPECT_NE(ParticipantOf(m, "c"), nullptr);  // dissolved after as_of
  EXPECT_EQ(r->not_yet, std::vector<int>{2});

  r = ApplyOrganisationChanges(reg, Changes(R"({"changes": [{"kind": "dissolution", "organisation": "c"}]})"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(ParticipantOf(r->register_after.meeting(MeetingHandle(0)), "c"), nullptr);
  EXPECT_EQ(r->moves[0].outcome, "removed: the organisation is dissolved");
}

TEST(OrgChangeTest, ErrorsNameTheJsonPath) {
  auto parse_error = [](const std::string& json) {
    return std::string(ParseOrganisationChangesJson(json).status().message());
  };
  EXPECT_THAT(parse_error("[1]"), HasSubstr("must be a JSON object"));
  EXPECT_THAT(parse_error(R"({"changes": [{"kind": "merge"}]})"), HasSubstr("changes[0].kind: unknown kind \"merge\""));
  EXPECT_THAT(parse_error(R"({"changes": [{"kind": "merger", "organisations": ["a", 2], "into": "b"}]})"),
              HasSubstr("changes[0].organisations[1]: must be a string"));
  EXPECT_THAT(
      parse_error(R"({"changes": [{"kind": "merger", "organisations": ["a"], "into": "b", "date": "1/4/19"}]})"),
      HasSubstr("changes[0].date: must be a date"));
  EXPECT_THAT(parse_error(R"({"changes": [{"kind": "dissolution", "organisation": "a", "into": "b"}]})"),
              HasSubstr("changes[0].into"));

  const Register reg = Parse(R"("organisations": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])");
  auto apply_error = [&](const std::string& json) {
    return std::string(ApplyOrganisationChanges(reg, Changes(json)).status().message());
  };
  EXPECT_THAT(apply_error(R"({"changes": [{"kind": "merger", "organisations": ["a", "zz"], "into": "b"}]})"),
              HasSubstr("changes[0].organisations[1]: unknown organisation \"zz\""));
  EXPECT_THAT(apply_error(R"({"changes": [{"kind": "merger", "organisations": ["a"], "into": "new"}]})"),
              HasSubstr("changes[0].into: unknown organisation \"new\""));
  EXPECT_THAT(
      apply_error(
          R"({"changes": [{"kind": "merger", "organisations": ["a"], "into": {"id": "n", "name": "N", "kind": "council"}}]})"),
      HasSubstr("changes[0].into.kind"));
  EXPECT_THAT(apply_error(
                  R"({"changes": [{"kind": "merger", "organisations": ["a"], "into": "b"},
                                          {"kind": "dissolution", "organisation": "a"}]})"),
              HasSubstr("changes[1].organisation: organisation \"a\" was already ended "
                        "by changes[0]"));
  EXPECT_THAT(std::string(LoadOrganisationChangesJsonFile("/nonexistent/changes.json").status().message()),
              HasSubstr("/nonexistent/changes.json"));
}

TEST(OrgChangeTest, NewOrganisationErrorsNameTheChangeAndField) {
  const Register reg = Parse(R"("areas": [{"id": "x", "name": "X"}],
      "organisations": [{"id": "a", "name": "A", "areas": ["x"]}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}])");
  auto apply_error = [&](const std::string& json) {
    absl::StatusOr<OrganisationChangeResult> r = ApplyOrganisationChanges(reg, Changes(json));
    return r.ok() ? std::string("ok") : std::string(r.status().message());
  };
  EXPECT_EQ(apply_error(R"({"changes": [{"kind": "merger", "organisations": ["a"], "into": "b"},
      {"kind": "merger", "organisations": ["c"], "into": {"id": "n", "name": "N", "parent": "zz"}}]})"),
            "changes[1].into.parent: unknown organisation \"zz\" (organisation \"n\")");
  EXPECT_EQ(apply_error(R"({"changes": [{"kind": "split", "organisation": "c",
      "into": [{"id": "y", "name": "Y"}, {"id": "z", "name": "Z", "areas": ["x", "nowhere"]}]}]})"),
            "changes[0].into[1].areas[1]: unknown area \"nowhere\" (organisation \"z\")");
  // Shape first, as a register is read.
  EXPECT_EQ(apply_error(R"({"changes": [{"kind": "merger", "organisations": ["a"],
      "into": {"id": "n", "name": "N", "colour": "red", "parent": "zz"}}]})"),
            "changes[0].into: unknown field \"colour\"");
  EXPECT_EQ(apply_error(R"({"changes": [{"kind": "merger", "organisations": ["a"],
      "into": {"id": "n", "name": "N", "identifiers": [{"scheme": "", "value": "1"}]}}]})"),
            "changes[0].into.identifiers[0].scheme: is empty");
  EXPECT_EQ(apply_error(R"({"changes": [{"kind": "merger", "organisations": ["a"], "into": {"id": "n", "name": ""}}]})"),
            "changes[0].into.name: name is empty");
  // Organisations as the earlier changes leave them: one created is there,
  // and one merged away is still there, marked dissolved.
  EXPECT_EQ(apply_error(R"({"changes": [{"kind": "merger", "organisations": ["a"], "into": {"id": "n", "name": "N"}},
      {"kind": "merger", "organisations": ["b"], "into": {"id": "m", "name": "M", "parent": "n"}},
      {"kind": "merger", "organisations": ["c"], "into": {"id": "l", "name": "L", "parent": "a"}}]})"),
            "ok");
}

// Each change costs what its organisations' memberships touch, not the
// register's size: ten thousand mergers, in chains of ten (each merging the
// last result with one more organisation into a new one), apply in about a
// second. Not timed: the old cost, a register rebuilt and re-read per
// change, would take many minutes.
TEST(OrgChangeTest, TenThousandChainedMergersApply) {
  const int chains = 1000, links = 10, organisations = chains * (links + 1);
  RegisterBuilder b;
  for (int k = 0; k < organisations; ++k) {
    Organisation o;
    o.id = absl::StrCat("o", k);
    o.name = absl::StrCat("Organisation ", k);
    b.AddOrganisation(std::move(o));
  }
  // Meeting k: organisations k .. k+4, the first leading.
  for (int k = 0; k < organisations / 2; ++k) {
    Meeting m;
    m.id = absl::StrCat("m", k);
    m.name = absl::StrCat("Meeting ", k);
    m.lead.organisations.emplace_back(absl::StrCat("o", 2 * k));
    for (int j = 0; j < 5; ++j) {
      Participant p;
      p.party.organisation = Ref<Organisation>(absl::StrCat("o", (2 * k + j) % organisations));
      m.participants.push_back(std::move(p));
    }
    b.AddMeeting(std::move(m));
  }
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok()) << reg.status();

  OrganisationChanges changes;
  int next = 0;
  for (int chain = 0; chain < chains; ++chain) {
    for (int link = 0; link < links; ++link) {
      OrganisationChange c;
      c.kind = OrganisationChangeKind::kMerger;
      if (link == 0) c.organisations.push_back(absl::StrCat("o", next++));
      if (link > 0) c.organisations.push_back(absl::StrCat("c", chain, "-", link - 1));
      c.organisations.push_back(absl::StrCat("o", next++));
      const std::string id = absl::StrCat("c", chain, "-", link);
      c.into.push_back({.id = id, .name = id, .object_json = absl::StrCat(R"({"id": ")", id, R"(", "name": ")", id, "\"}")});
      changes.changes.push_back(std::move(c));
    }
  }
  absl::StatusOr<OrganisationChangeResult> r = ApplyOrganisationChanges(*reg, changes);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->created.size(), static_cast<size_t>(chains * links));
  // The originals, and every result but the last of each chain.
  EXPECT_EQ(r->dissolved.size(), static_cast<size_t>(organisations + chains * (links - 1)));
  // Every membership ends with the last organisation of its chain, once per meeting.
  const Register& after = r->register_after;
  for (const Meeting& m : after.meetings()) {
    std::set<std::string> seen;
    for (const Participant& p : m.participants) {
      EXPECT_TRUE(absl::EndsWith(p.party.organisation.id, absl::StrCat("-", links - 1))) << m.id;
      EXPECT_TRUE(seen.insert(p.party.organisation.id).second) << m.id;
    }
    ASSERT_EQ(m.lead.organisations.size(), 1u);
    EXPECT_TRUE(absl::EndsWith(m.lead.organisations[0].id, absl::StrCat("-", links - 1))) << m.id;
  }
}

}  // namespace
}  // namespace govgraph
