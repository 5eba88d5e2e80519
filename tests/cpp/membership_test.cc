// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Members and seats: the builder's checks, the JSON and Popolo forms, and
// what the panel composition check and the pillar leads make of them.

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "govgraph/analysis/panel_composition.h"
#include "govgraph/analysis/pillar_leads.h"
#include "govgraph/analysis/what_if.h"
#include "govgraph/io/json.h"
#include "govgraph/io/popolo.h"
#include "govgraph/merge.h"
#include "govgraph/model.h"
#include "govgraph/org_change.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"
#include "gtest/gtest.h"
#include "analysis_test_util.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;
using testing_util::SourcePath;

// A panel of three councils' councillors, one co-opted councillor, two
// independents (one the chair), a substitute, and two pillars, one led.
constexpr char kPanel[] = R"("organisations": [
    {"id": "pcp", "name": "Shire Police and Crime Panel", "kind": "police_and_crime_panel"},
    {"id": "north", "name": "North Council", "kind": "local_authority"},
    {"id": "south", "name": "South Council", "kind": "local_authority"},
    {"id": "east", "name": "East Council", "kind": "local_authority"}],
  "people": [{"id": "ann", "name": "Ann"}, {"id": "ben", "name": "Ben"}, {"id": "cy", "name": "Cy"},
             {"id": "di", "name": "Di"}, {"id": "ed", "name": "Ed"}, {"id": "fay", "name": "Fay"},
             {"id": "gus", "name": "Gus"}],
  "topics": [{"id": "victims", "name": "Supporting victims"}, {"id": "communities", "name": "Working with communities"}],
  "meetings": [{"id": "panel", "name": "Shire Police and Crime Panel", "kind": "panel", "lead": "pcp",
                "topics": ["victims", "communities"],
                "participants": [{"organisation": "north", "seats": 9}]}],
  "memberships": [
    {"person": "ann", "meeting": "panel", "seat": "councillor", "council": "north", "party": "Green",
     "office": "vice_chair", "leads": ["victims"], "start_date": "2018-05-24"},
    {"person": "ben", "meeting": "panel", "seat": "councillor", "council": "south", "end_date": "2019-03-31"},
    {"person": "cy", "meeting": "panel", "seat": "councillor", "council": "east"},
    {"person": "di", "meeting": "panel", "seat": "co_opted_councillor", "council": "north"},
    {"person": "ed", "meeting": "panel", "seat": "independent", "office": "chair"},
    {"person": "fay", "meeting": "panel", "seat": "independent"},
    {"person": "gus", "meeting": "panel", "seat": "councillor", "council": "south", "substitute_for": "ben",
     "leads": ["communities"]}])";

std::string Body(const std::string& memberships) {
  std::string body = kPanel;
  body.resize(body.find("\"memberships\""));
  return body + "\"memberships\": [" + memberships + "]";
}

absl::StatusOr<Register> ParseWith(const std::string& memberships) {
  return ParseRegisterJson(R"({"schema_version": 1, )" + Body(memberships) + "}");
}

Register Panel() { return testing_util::ParseBody(kPanel); }

// --- The builder's checks ---------------------------------------------------

TEST(MembershipBuilderTest, ReferencesAreResolved) {
  const Register reg = Panel();
  ASSERT_THAT(reg.memberships(), SizeIs(7));
  const Membership& ann = reg.memberships()[0];
  EXPECT_EQ(reg.person(ann.person.handle).name, "Ann");
  EXPECT_EQ(reg.meeting(ann.meeting.handle).id, "panel");
  EXPECT_EQ(reg.organisation(ann.council.handle).id, "north");
  EXPECT_EQ(reg.topic(ann.leads[0].handle).id, "victims");
  EXPECT_EQ(reg.person(reg.memberships()[6].substitute_for.handle).id, "ben");
  EXPECT_TRUE(reg.memberships()[6].is_substitute());
  EXPECT_THAT(reg.MembershipsOf(*reg.FindMeeting("panel")), SizeIs(7));
}

TEST(MembershipBuilderTest, DanglingReferencesNameThePath) {
  absl::StatusOr<Register> reg = ParseWith(
      R"({"person": "ann", "meeting": "panel", "council": "x"},
         {"person": "nobody", "meeting": "nowhere", "seat": "independent", "leads": ["pillar"],
          "substitute_for": "zed"})");
  ASSERT_FALSE(reg.ok());
  const std::string message(reg.status().message());
  EXPECT_THAT(message, HasSubstr("memberships[0].council: unknown organisation \"x\" (member \"ann\")"));
  EXPECT_THAT(message, HasSubstr("memberships[1].person: unknown person \"nobody\""));
  EXPECT_THAT(message, HasSubstr("memberships[1].meeting: unknown meeting \"nowhere\""));
  EXPECT_THAT(message, HasSubstr("memberships[1].leads[0]: unknown topic \"pillar\""));
  EXPECT_THAT(message, HasSubstr("memberships[1].substitute_for: unknown person \"zed\""));
}

TEST(MembershipBuilderTest, SeatsAndCouncilsAgree) {
  absl::StatusOr<Register> reg = ParseWith(
      R"({"person": "ann", "meeting": "panel", "seat": "councillor"},
         {"person": "ben", "meeting": "panel", "seat": "co_opted_councillor"},
         {"person": "cy", "meeting": "panel", "seat": "independent", "council": "east"})");
  ASSERT_FALSE(reg.ok());
  const std::string message(reg.status().message());
  EXPECT_THAT(message, HasSubstr("memberships[0].council: names no council"));
  EXPECT_THAT(message, HasSubstr("memberships[1].council: names no council"));
  EXPECT_THAT(message, HasSubstr("memberships[2].council: an independent member represents no council"));
}

TEST(MembershipBuilderTest, TermsAndSubstitutes) {
  absl::StatusOr<Register> reg = ParseWith(
      R"({"person": "ann", "meeting": "panel", "council": "north", "start_date": "2019-01-01",
          "end_date": "2018-12-31"},
         {"person": "ben", "meeting": "panel", "council": "south", "substitute_for": "ben"},
         {"person": "cy", "meeting": "panel", "council": "east", "substitute_for": "di"})");
  ASSERT_FALSE(reg.ok());
  const std::string message(reg.status().message());
  EXPECT_THAT(message, HasSubstr("memberships[0].end_date: the term ends before it starts (member \"ann\")"));
  EXPECT_THAT(message, HasSubstr("memberships[1].substitute_for: a member cannot substitute for themselves"));
  EXPECT_THAT(message,
              HasSubstr("memberships[2].substitute_for: person \"di\" is not a member of meeting \"panel\""));
}

TEST(MembershipBuilderTest, OnePersonOneSeatAtATime) {
  // Open ends overlap everything; consecutive terms do not.
  absl::StatusOr<Register> reg = ParseWith(
      R"({"person": "ann", "meeting": "panel", "council": "north", "end_date": "2019-03-31"},
         {"person": "ann", "meeting": "panel", "council": "north", "start_date": "2019-04-01"},
         {"person": "ben", "meeting": "panel", "council": "south"},
         {"person": "ben", "meeting": "panel", "council": "south", "start_date": "2020-01-01"})");
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().message(),
            "memberships[3].person: person \"ben\" already sits on meeting \"panel\" for an overlapping term "
            "(memberships[2])");
}

TEST(MembershipBuilderTest, CheckListsEveryProblemInOrder) {
  RegisterBuilder b(Panel());
  b.memberships()[0].council = Ref<Organisation>("x");
  b.memberships()[4].council = Ref<Organisation>("north");
  std::vector<Diagnostic> problems = b.Check();
  ASSERT_THAT(problems, SizeIs(2));
  EXPECT_EQ(problems[0].path, "memberships[0].council");
  EXPECT_EQ(problems[1].path, "memberships[4].council");
}

// --- JSON ---------------------------------------------------------------------

TEST(MembershipJsonTest, RoundTripsEveryField) {
  const Register reg = Panel();
  absl::StatusOr<std::string> text = RegisterToJson(reg);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_THAT(*text, HasSubstr(R"("office": "vice_chair")"));
  EXPECT_THAT(*text, HasSubstr(R"("substitute_for": "ben")"));
  absl::StatusOr<Register> back = ParseRegisterJson(*text);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(*back == reg);
  const Membership& ann = back->memberships()[0];
  EXPECT_EQ(ann.party, "Green");
  EXPECT_EQ(ann.office, MemberOffice::kViceChair);
  EXPECT_EQ(ann.start_date, absl::CivilDay(2018, 5, 24));
  EXPECT_EQ(back->memberships()[1].end_date, absl::CivilDay(2019, 3, 31));
  EXPECT_EQ(back->memberships()[3].seat, SeatKind::kCoOptedCouncillor);
  EXPECT_EQ(*RegisterToJson(*back), *text);

  // Every field matters to equality.
  RegisterBuilder b(reg);
  b.memberships()[2].party = "Labour";
  EXPECT_FALSE(*b.Build() == reg);
}

TEST(MembershipJsonTest, ShapeErrorsNameTheJsonPath) {
  absl::StatusOr<Register> reg = ParseWith(
      R"({"person": "ann", "meeting": "panel", "council": "north", "chair": true},
         {"person": 3, "meeting": "panel", "seat": "mayor", "substitute": "yes"},
         {"meeting": "panel", "start_date": "24 May 2018", "leads": "victims", "attributes": {"a": 1}},
         [])");
  ASSERT_FALSE(reg.ok());
  const std::string message(reg.status().message());
  EXPECT_THAT(message, HasSubstr("memberships[0]: unknown field \"chair\""));
  EXPECT_THAT(message, HasSubstr("memberships[1].person: expected a string, found number"));
  EXPECT_THAT(message, HasSubstr("memberships[1].seat: unknown seat kind \"mayor\""));
  EXPECT_THAT(message, HasSubstr("memberships[1].substitute: expected true or false, found string"));
  EXPECT_THAT(message, HasSubstr("memberships[2]: missing \"person\""));
  EXPECT_THAT(message, HasSubstr("memberships[2].start_date: expected a date as YYYY-MM-DD"));
  EXPECT_THAT(message, HasSubstr("memberships[2].leads: expected an array of strings"));
  EXPECT_THAT(message, HasSubstr("memberships[2].attributes.a: expected a string"));
  EXPECT_THAT(message, HasSubstr("memberships[3]: expected an object, found array"));

  EXPECT_THAT(ParseRegisterJson(R"({"schema_version": 1, "memberships": {}})").status().message(),
              HasSubstr("memberships: expected an array, found object"));
  EXPECT_THAT(ParseRegisterJson(R"({"schema_version": 1, "memberships": [], "memberships": []})").status().message(),
              HasSubstr("memberships"));
}

// --- Popolo -------------------------------------------------------------------

TEST(MembershipPopoloTest, SeatsAreMembershipsOfTheMeetingAndComeBack) {
  const Register reg = Panel();
  absl::StatusOr<std::string> text = RegisterToPopolo(reg);
  ASSERT_TRUE(text.ok()) << text.status();
  EXPECT_THAT(*text, HasSubstr(R"("on_behalf_of_id": "north")"));
  EXPECT_THAT(*text, HasSubstr(R"("role": "vice_chair")"));
  EXPECT_THAT(*text, HasSubstr(R"("start_date": "2018-05-24")"));
  EXPECT_THAT(*text, HasSubstr(R"("entity": "membership")"));
  absl::StatusOr<PopoloImport> back = ParsePopolo(*text);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_THAT(back->diagnostics, IsEmpty());
  EXPECT_EQ(*RegisterToJson(back->reg), *RegisterToJson(reg));
  EXPECT_TRUE(back->reg == reg);
}

TEST(MembershipPopoloTest, ProblemsAreWhereTheDocumentHasThem) {
  absl::StatusOr<std::string> text = RegisterToPopolo(Panel());
  ASSERT_TRUE(text.ok());
  // Ben's term ends before it starts, said in the Popolo document.
  std::string broken = *text;
  const std::string end = R"("end_date": "2019-03-31")";
  broken.replace(broken.find(end), end.size(), R"("start_date": "2019-05-01", "end_date": "2019-03-31")");
  absl::StatusOr<PopoloImport> back = ParsePopolo(broken);
  ASSERT_FALSE(back.ok());
  EXPECT_THAT(back.status().message(), HasSubstr("].end_date: the term ends before it starts (member \"ben\")"));
  EXPECT_THAT(back.status().message(), HasSubstr("memberships["));
}

// --- Composition ----------------------------------------------------------------

TEST(MembershipCompositionTest, MembersAreCountedFromMembershipsNotParticipants) {
  const Register reg = Panel();
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(reg);
  ASSERT_TRUE(r.ok()) << r.status();
  // The participants' nine seats for North are not read; the substitute is
  // not a member.
  EXPECT_TRUE(r->from_memberships);
  EXPECT_EQ(r->relevant_authorities, 3);
  EXPECT_EQ(r->appointed_members, 3);
  EXPECT_EQ(r->co_opted_councillors, 1);
  EXPECT_EQ(r->independent_members, 2);
  EXPECT_EQ(r->unclassified_members, 0);
  EXPECT_EQ(r->total_members, 6);
  EXPECT_EQ(r->substitutes, 1);
  ASSERT_THAT(r->councils, SizeIs(3));
  EXPECT_EQ(r->councils[0].appointed, 1);
  EXPECT_EQ(r->councils[0].co_opted, 1);
  EXPECT_THAT(r->notes, testing::Contains(HasSubstr("members counted from the panel's 7 memberships; 1 substitute not counted")));
}

TEST(MembershipCompositionTest, TermsEndedByTheCheckDateAreNotCounted) {
  const Register reg = Panel();
  absl::StatusOr<PanelCompositionResult> r =
      CheckPanelComposition(reg, {.as_of = absl::CivilDay(2019, 4, 1)});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->appointed_members, 2);  // Ben's term ended on 31 March
  EXPECT_EQ(r->out_of_term, 1);
  EXPECT_THAT(r->notes, testing::Contains(HasSubstr("1 member out of term on 2019-04-01 not counted")));
  // Before Ann's term began.
  r = CheckPanelComposition(reg, {.as_of = absl::CivilDay(2018, 1, 1)});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->appointed_members, 2);
  EXPECT_EQ(r->out_of_term, 1);
}

TEST(MembershipCompositionTest, ACommissionerAsMemberIsFound) {
  const Register base = Panel();
  RegisterBuilder b(base);
  Organisation opcc;
  opcc.id = "opcc";
  opcc.name = "OPCC";
  opcc.kind = OrganisationKind::kPoliceAndCrimeCommissioner;
  b.AddOrganisation(opcc);
  Role pcc;
  pcc.id = "pcc";
  pcc.name = "Police and Crime Commissioner";
  pcc.organisation = Ref<Organisation>("opcc");
  pcc.elected = true;
  b.AddRole(pcc);
  b.people()[5].roles.emplace_back("pcc");
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(*reg);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->independent_members, 1);
  for (const CompositionRuleResult& rule : r->rules) {
    if (rule.id == "commissioner_not_member") {
      EXPECT_EQ(rule.status, CompositionStatus::kNotMet);
      EXPECT_THAT(rule.detail, HasSubstr("Fay (Police and Crime Commissioner)"));
    }
  }
}

TEST(MembershipCompositionTest, DorsetMembersGiveTheCompositionRecorded) {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(SourcePath("examples/registers/dorset-pcp-2018.json"));
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(*reg);
  ASSERT_TRUE(r.ok()) << r.status();
  // Recorded before the check was first run: one councillor from each of the
  // nine councils and the chairman as the one independent; the substitute
  // not counted; so the same as the participants say.
  EXPECT_TRUE(r->from_memberships);
  EXPECT_EQ(r->appointed_members, 9);
  EXPECT_EQ(r->independent_members, 1);
  EXPECT_EQ(r->co_opted_councillors, 0);
  EXPECT_EQ(r->unclassified_members, 0);
  EXPECT_EQ(r->total_members, 10);
  EXPECT_EQ(r->substitutes, 1);
  EXPECT_EQ(r->verdict, CompositionVerdict::kUnlawful);
}

// --- Pillar leads -----------------------------------------------------------------

TEST(PillarLeadsTest, EachPillarWithItsLeadAndThoseWithout) {
  const Register reg = Panel();
  absl::StatusOr<PillarLeadsResult> r = PillarLeads(reg);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_THAT(r->pillars, SizeIs(2));
  EXPECT_EQ(reg.topic(r->pillars[0].pillar).id, "victims");
  ASSERT_THAT(r->pillars[0].leads, SizeIs(1));
  EXPECT_EQ(reg.person(r->pillars[0].leads[0]).id, "ann");
  // Gus leads communities, but as a substitute.
  EXPECT_THAT(r->pillars[1].leads, IsEmpty());
  ASSERT_THAT(r->unled, SizeIs(1));
  EXPECT_EQ(reg.topic(r->unled[0]).id, "communities");

  r = PillarLeads(reg, {.meeting = "panel", .pillars = {"communities"}});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r->pillars, SizeIs(1));
  r = PillarLeads(reg, {.as_of = absl::CivilDay(2018, 1, 1)});
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r->unled, SizeIs(2));

  EXPECT_EQ(PillarLeads(reg, {.meeting = "x"}).status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(PillarLeads(reg, {.pillars = {"x"}}).status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(PillarLeads(Register()).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(PillarLeadsTest, DorsetPillarLeads) {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(SourcePath("examples/registers/dorset-pcp-2018.json"));
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<PillarLeadsResult> r = PillarLeads(*reg);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_THAT(r->pillars, SizeIs(4));
  EXPECT_THAT(r->unled, IsEmpty());
  std::vector<std::string> leads;
  for (const PillarLead& p : r->pillars) leads.push_back(reg->person(p.leads.at(0)).name);
  EXPECT_THAT(leads, ElementsAre("Cllr Ann Example (made up)", "Cllr Cara Example (made up)",
                                 "Cllr Eve Example (made up)", "Cllr Ben Example (made up)"));
}

// --- Edits keep memberships consistent ------------------------------------------------

TEST(MembershipEditTest, AReorganisationMovesTheirCouncils) {
  const Register reg = Panel();
  absl::StatusOr<OrganisationChanges> changes = ParseOrganisationChangesJson(R"({"changes": [
      {"kind": "merger", "organisations": ["north", "south"], "into": {"id": "shire", "name": "Shire Council"},
       "date": "2019-04-01"}]})");
  ASSERT_TRUE(changes.ok()) << changes.status();
  absl::StatusOr<OrganisationChangeResult> r = ApplyOrganisationChanges(reg, *changes);
  ASSERT_TRUE(r.ok()) << r.status();
  const Register& after = r->register_after;
  EXPECT_EQ(after.memberships()[0].council.id, "shire");
  EXPECT_EQ(after.memberships()[2].council.id, "east");
  bool recorded = false;
  for (const MovedMembership& m : r->moves) {
    recorded = recorded || (m.holder_type == "membership" && m.holder == "ann@panel" && m.field == "council" &&
                            m.holder_name == "Ann");
  }
  EXPECT_TRUE(recorded);
  absl::StatusOr<PanelCompositionResult> c = CheckPanelComposition(after);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->appointed_members, 3);
}

TEST(MembershipEditTest, MembersFollowTheirMeetingInAWhatIf) {
  const Register reg = Panel();
  RegisterBuilder b(reg);
  Meeting other;
  other.id = "other";
  other.name = "Other panel";
  b.AddMeeting(other);
  Membership again = b.memberships()[0];
  again.meeting = Ref<Meeting>("other");
  b.AddMembership(again);
  absl::StatusOr<Register> two = std::move(b).Build();
  ASSERT_TRUE(two.ok()) << two.status();

  absl::StatusOr<ChangeSet> merge = ParseChangeSetJson(
      R"({"changes": [{"action": "merge", "meetings": ["panel", "other"], "into": {"id": "joint", "name": "Joint"}}]})");
  ASSERT_TRUE(merge.ok()) << merge.status();
  absl::StatusOr<Register> merged = ApplyChangeSet(*two, *merge);
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_THAT(merged->memberships(), SizeIs(7));  // Ann once
  for (const Membership& m : merged->memberships()) EXPECT_EQ(m.meeting.id, "joint");

  absl::StatusOr<ChangeSet> remove = ParseChangeSetJson(R"({"changes": [{"action": "remove", "meeting": "panel"}]})");
  ASSERT_TRUE(remove.ok());
  absl::StatusOr<Register> removed = ApplyChangeSet(*two, *remove);
  ASSERT_TRUE(removed.ok()) << removed.status();
  ASSERT_THAT(removed->memberships(), SizeIs(1));
  EXPECT_EQ(removed->memberships()[0].meeting.id, "other");
}

TEST(MembershipEditTest, AMergeOfRegistersKeepsEachSidesMembers) {
  const Register reg = Panel();
  absl::StatusOr<MergeResult> r = MergeRegisters(reg, reg);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->merged.memberships(), SizeIs(14));
}

}  // namespace
}  // namespace govgraph
