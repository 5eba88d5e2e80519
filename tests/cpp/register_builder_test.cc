// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/register_builder.h"

#include <cmath>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/cadence.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

void PrintTo(const Diagnostic& p, std::ostream* os) { *os << "Diagnostic{" << p.ToString() << "}"; }

namespace {

using ::testing::ElementsAre;

// A problem at `path` saying `message`, whatever its code.
testing::Matcher<const Diagnostic&> IsProblem(const std::string& path, const std::string& message) {
  return testing::AllOf(testing::Field("path", &Diagnostic::path, DiagnosticPath(path)),
                        testing::Field("message", &Diagnostic::message, message));
}
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

// --- Entity makers -----------------------------------------------------------

Area MakeArea(std::string id, std::string name, AreaKind kind, std::string parent = "",
              std::vector<std::string> aliases = {}) {
  Area a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.kind = kind;
  a.parent = std::move(parent);
  a.aliases = std::move(aliases);
  return a;
}

Organisation MakeOrg(std::string id, std::string name, OrganisationKind kind,
                     std::vector<std::string> aliases = {}) {
  Organisation o;
  o.id = std::move(id);
  o.name = std::move(name);
  o.kind = kind;
  o.aliases = std::move(aliases);
  return o;
}

Role MakeRole(std::string id, std::string name, std::string organisation, bool elected = false) {
  Role r;
  r.id = std::move(id);
  r.name = std::move(name);
  r.organisation = std::move(organisation);
  r.elected = elected;
  return r;
}

Person MakePerson(std::string id, std::string name, std::vector<Ref<Role>> roles) {
  Person p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.roles = std::move(roles);
  return p;
}

Topic MakeTopic(std::string id, std::string name, std::string parent = "") {
  Topic t;
  t.id = std::move(id);
  t.name = std::move(name);
  t.parent = std::move(parent);
  return t;
}

Participant Org(std::string id, ParticipationType type = ParticipationType::kMember, int seats = 1) {
  Participant p;
  p.party.organisation = std::move(id);
  p.type = type;
  p.seats = seats;
  return p;
}

Participant RoleP(std::string id, ParticipationType type = ParticipationType::kMember) {
  Participant p;
  p.party.role = std::move(id);
  p.type = type;
  return p;
}

Participant PersonP(std::string id) {
  Participant p;
  p.party.person = std::move(id);
  return p;
}

const std::vector<Ref<Area>> kLocalAuthorities = {"bristol", "sglos", "banes", "ns", "som"};

// A small valid register, shaped like Avon and Somerset:
//   areas:          [0] fa, [1] bristol, [2] sglos, [3] banes, [4] ns, [5] som
//   organisations:  [0] constabulary, [1] opcc, [2] cps, [3] council, [4] team
//   roles:          [0] pcc, [1] acc, [2] indep-chair (no organisation)
//   people:         [0] watson (acc), [1] smith (indep-chair)
//   topics:         [0] plan, [1] reoffending (under plan)
//   meetings:       [0] board, [1] csp (per area, reports to board)
//   initiatives:    [0] init
RegisterBuilder Base() {
  RegisterBuilder b;
  b.SetInfo({.title = "Test register"});
  b.AddArea(MakeArea("fa", "Avon and Somerset", AreaKind::kForceArea));
  b.AddArea(MakeArea("bristol", "Bristol", AreaKind::kLocalAuthority, "fa"));
  b.AddArea(MakeArea("sglos", "South Gloucestershire", AreaKind::kLocalAuthority, "fa", {"South Glos"}));
  b.AddArea(MakeArea("banes", "Bath and North East Somerset", AreaKind::kLocalAuthority, "fa",
                     {"B&NES", "BANES"}));
  b.AddArea(MakeArea("ns", "North Somerset", AreaKind::kLocalAuthority, "fa"));
  b.AddArea(MakeArea("som", "Somerset", AreaKind::kLocalAuthority, "fa"));

  Organisation constabulary = MakeOrg("constabulary", "Avon and Somerset Constabulary",
                                      OrganisationKind::kPolice, {"Constabulary", "ASC"});
  constabulary.areas = {"fa"};
  b.AddOrganisation(constabulary);
  b.AddOrganisation(MakeOrg("opcc", "Office of the Police and Crime Commissioner",
                            OrganisationKind::kPoliceAndCrimeCommissioner, {"OPCC"}));
  b.AddOrganisation(MakeOrg("cps", "Crown Prosecution Service", OrganisationKind::kCriminalJustice, {"CPS"}));
  Organisation council = MakeOrg("council", "Bristol City Council", OrganisationKind::kLocalAuthority);
  council.areas = {"bristol"};
  b.AddOrganisation(council);
  Organisation team = MakeOrg("team", "Community Safety Team", OrganisationKind::kLocalAuthority);
  team.parent = "council";
  b.AddOrganisation(team);

  b.AddRole(MakeRole("pcc", "Police and Crime Commissioner", "opcc", true));
  b.AddRole(MakeRole("acc", "Assistant Chief Constable", "constabulary"));
  b.AddRole(MakeRole("indep-chair", "Independent safeguarding chair", ""));
  b.AddPerson(MakePerson("watson", "ACC Watson", {"acc"}));
  b.AddPerson(MakePerson("smith", "Jo Smith", {"indep-chair"}));
  b.AddTopic(MakeTopic("plan", "Police and Crime Plan"));
  b.AddTopic(MakeTopic("reoffending", "Reducing reoffending", "plan"));

  Meeting board;
  board.id = "board";
  board.name = "Local Criminal Justice Board";
  board.aliases = {"LCJB"};
  board.kind = MeetingKind::kBoard;
  board.lead.organisations = {"opcc"};
  board.lead.supporting = {"constabulary"};
  board.chair.role = "pcc";
  board.participants = {Org("cps"), RoleP("pcc", ParticipationType::kChair), PersonP("watson")};
  board.cadence = Cadence::Regular(6, "Bi monthly");
  board.areas = {"fa"};
  board.topics = {"plan"};
  b.AddMeeting(board);

  Meeting csp;
  csp.id = "csp";
  csp.name = "Community Safety Partnerships";
  csp.kind = MeetingKind::kPartnership;
  csp.participants = {Org("constabulary", ParticipationType::kStatutoryMember), Org("council")};
  csp.cadence = Cadence::Varies(4, "Quarterly (except South Glos - three times a year)");
  csp.cadence.AddException("South Glos", 3);
  csp.areas = kLocalAuthorities;
  csp.per_area = true;
  csp.statutory = true;
  csp.reports_to = "board";
  csp.topics = {"reoffending"};
  b.AddMeeting(csp);

  Initiative init;
  init.id = "init";
  init.name = "Integrated Offender Management";
  init.lead.organisations = {"constabulary"};
  init.participants = {Org("opcc"), RoleP("indep-chair")};
  init.priorities = {"reoffending"};
  init.areas = {"fa"};
  init.start_date = absl::CivilDay(2016, 4, 1);
  init.end_date = absl::CivilDay(2017, 3, 31);
  b.AddInitiative(init);
  return b;
}

Register MustBuild(const RegisterBuilder& b) {
  absl::StatusOr<Register> reg = b.Build();
  EXPECT_TRUE(reg.ok()) << reg.status();
  if (!reg.ok()) return Register();
  return *std::move(reg);
}

// Expects exactly one problem.
#define EXPECT_ONE_PROBLEM(builder, path, message) \
  EXPECT_THAT((builder).Check(), ElementsAre(IsProblem((path), (message))))

// --- Building ------------------------------------------------------------------

TEST(RegisterBuilderTest, BaseRegisterIsValid) {
  RegisterBuilder b = Base();
  EXPECT_THAT(b.Check(), IsEmpty());
  Register reg = MustBuild(b);
  EXPECT_EQ(reg.info().title, "Test register");
  EXPECT_THAT(reg.areas(), SizeIs(6));
  EXPECT_THAT(reg.organisations(), SizeIs(5));
  EXPECT_THAT(reg.roles(), SizeIs(3));
  EXPECT_THAT(reg.people(), SizeIs(2));
  EXPECT_THAT(reg.topics(), SizeIs(2));
  EXPECT_THAT(reg.meetings(), SizeIs(2));
  EXPECT_THAT(reg.initiatives(), SizeIs(1));
  // Insertion order is kept.
  EXPECT_EQ(reg.meetings()[0].id, "board");
  EXPECT_EQ(reg.meetings()[1].id, "csp");
  EXPECT_EQ(reg.organisations()[4].id, "team");
}

TEST(RegisterBuilderTest, EmptyBuilderBuildsEmptyRegister) {
  RegisterBuilder b;
  EXPECT_THAT(b.Check(), IsEmpty());
  Register reg = MustBuild(b);
  EXPECT_EQ(reg, Register());
  EXPECT_TRUE(reg.meetings().empty());
}

TEST(RegisterBuilderTest, BuildConstLeavesBuilderUsableAndRvalueBuildWorks) {
  RegisterBuilder b = Base();
  Register first = MustBuild(b);
  Register second = MustBuild(b);
  EXPECT_EQ(first, second);
  absl::StatusOr<Register> moved = std::move(b).Build();
  ASSERT_TRUE(moved.ok()) << moved.status();
  EXPECT_EQ(*moved, first);
}

TEST(RegisterBuilderTest, ForwardReferencesResolve) {
  RegisterBuilder b;
  Meeting m;
  m.id = "m";
  m.name = "M";
  m.participants = {Org("later")};
  b.AddMeeting(m);
  b.AddOrganisation(MakeOrg("later", "Added later", OrganisationKind::kOther));
  Register reg = MustBuild(b);
  EXPECT_EQ(reg.meetings()[0].participants[0].party.organisation.handle, OrganisationHandle(0));
}

template <class T, class Find>
void ExpectResolved(const Ref<T>& ref, Find find) {
  if (ref.empty()) {
    EXPECT_FALSE(ref.handle.valid());
    return;
  }
  std::optional<Handle<T>> h = find(ref.id);
  ASSERT_TRUE(h.has_value()) << ref.id;
  EXPECT_EQ(ref.handle, *h) << ref.id;
  EXPECT_TRUE(ref.handle.valid()) << ref.id;
}

TEST(RegisterBuilderTest, EveryReferenceIsResolvedToTheHandleOfItsId) {
  Register reg = MustBuild(Base());
  auto area = [&](absl::string_view id) { return reg.FindArea(id); };
  auto org = [&](absl::string_view id) { return reg.FindOrganisation(id); };
  auto role = [&](absl::string_view id) { return reg.FindRole(id); };
  auto person = [&](absl::string_view id) { return reg.FindPerson(id); };
  auto topic = [&](absl::string_view id) { return reg.FindTopic(id); };
  auto meeting = [&](absl::string_view id) { return reg.FindMeeting(id); };
  auto party = [&](const Party& p) {
    ExpectResolved(p.organisation, org);
    ExpectResolved(p.role, role);
    ExpectResolved(p.person, person);
  };
  int refs = 0;
  for (const Area& a : reg.areas()) ExpectResolved(a.parent, area), refs += !a.parent.empty();
  for (const Organisation& o : reg.organisations()) {
    ExpectResolved(o.parent, org);
    for (const auto& r : o.areas) ExpectResolved(r, area), ++refs;
  }
  for (const Role& r : reg.roles()) ExpectResolved(r.organisation, org);
  for (const Person& p : reg.people()) {
    for (const auto& r : p.roles) ExpectResolved(r, role), ++refs;
  }
  for (const Topic& t : reg.topics()) ExpectResolved(t.parent, topic);
  for (const Meeting& m : reg.meetings()) {
    for (const auto& r : m.lead.organisations) ExpectResolved(r, org), ++refs;
    for (const auto& r : m.lead.supporting) ExpectResolved(r, org), ++refs;
    party(m.chair);
    for (const Participant& p : m.participants) party(p.party), ++refs;
    for (const auto& r : m.areas) ExpectResolved(r, area), ++refs;
    for (const auto& r : m.topics) ExpectResolved(r, topic), ++refs;
    ExpectResolved(m.reports_to, meeting);
  }
  for (const Initiative& in : reg.initiatives()) {
    for (const auto& r : in.lead.organisations) ExpectResolved(r, org), ++refs;
    for (const Participant& p : in.participants) party(p.party), ++refs;
    for (const auto& r : in.priorities) ExpectResolved(r, topic), ++refs;
    for (const auto& r : in.areas) ExpectResolved(r, area), ++refs;
  }
  EXPECT_GT(refs, 25);
  // Spot checks with known positions.
  EXPECT_EQ(reg.meetings()[1].reports_to.handle, MeetingHandle(0));
  EXPECT_EQ(reg.meetings()[0].chair.role.handle, RoleHandle(0));
  EXPECT_EQ(reg.organisations()[4].parent.handle, OrganisationHandle(3));
  EXPECT_EQ(reg.people()[0].roles[0].handle, RoleHandle(1));
  EXPECT_EQ(reg.meetings()[1].areas[4].handle, AreaHandle(5));
  // The cadence exception is resolved against the meeting's areas.
  ASSERT_THAT(reg.meetings()[1].cadence.exceptions(), SizeIs(1));
  EXPECT_EQ(reg.meetings()[1].cadence.exceptions()[0].area_handle, AreaHandle(2));
}

// --- Find and Lookup ---------------------------------------------------------------

TEST(RegisterLookupTest, FindIsByExactIdOnly) {
  Register reg = MustBuild(Base());
  EXPECT_EQ(reg.FindArea("sglos"), AreaHandle(2));
  EXPECT_EQ(reg.FindOrganisation("cps"), OrganisationHandle(2));
  EXPECT_EQ(reg.FindRole("acc"), RoleHandle(1));
  EXPECT_EQ(reg.FindPerson("smith"), PersonHandle(1));
  EXPECT_EQ(reg.FindTopic("reoffending"), TopicHandle(1));
  EXPECT_EQ(reg.FindMeeting("csp"), MeetingHandle(1));
  EXPECT_EQ(reg.FindInitiative("init"), InitiativeHandle(0));

  EXPECT_EQ(reg.FindOrganisation("CPS"), std::nullopt);
  EXPECT_EQ(reg.FindOrganisation("Crown Prosecution Service"), std::nullopt);
  EXPECT_EQ(reg.FindOrganisation(""), std::nullopt);
  EXPECT_EQ(reg.FindMeeting("nope"), std::nullopt);
  EXPECT_EQ(reg.FindArea("South Glos"), std::nullopt);
  // Ids are per kind.
  EXPECT_EQ(reg.FindMeeting("cps"), std::nullopt);

  EXPECT_EQ(reg.organisation(*reg.FindOrganisation("cps")).name, "Crown Prosecution Service");
  EXPECT_EQ(reg.area(*reg.FindArea("banes")).name, "Bath and North East Somerset");
  EXPECT_EQ(reg.role(*reg.FindRole("pcc")).name, "Police and Crime Commissioner");
  EXPECT_EQ(reg.person(*reg.FindPerson("watson")).name, "ACC Watson");
  EXPECT_EQ(reg.topic(*reg.FindTopic("plan")).name, "Police and Crime Plan");
  EXPECT_EQ(reg.meeting(*reg.FindMeeting("board")).name, "Local Criminal Justice Board");
  EXPECT_EQ(reg.initiative(*reg.FindInitiative("init")).name, "Integrated Offender Management");
}

TEST(RegisterLookupTest, LookupByIdNameOrNormalisedAlias) {
  Register reg = MustBuild(Base());
  // By id.
  EXPECT_EQ(*reg.LookupOrganisation("cps"), OrganisationHandle(2));
  // By name, in any spelling NormaliseName() equates.
  EXPECT_EQ(*reg.LookupOrganisation("Crown Prosecution Service"), OrganisationHandle(2));
  EXPECT_EQ(*reg.LookupOrganisation("  crown prosecution   SERVICE. "), OrganisationHandle(2));
  // By alias.
  EXPECT_EQ(*reg.LookupOrganisation("OPCC"), OrganisationHandle(1));
  EXPECT_EQ(*reg.LookupOrganisation("opcc"), OrganisationHandle(1));  // also the id
  EXPECT_EQ(*reg.LookupOrganisation("asc"), OrganisationHandle(0));
  EXPECT_EQ(*reg.LookupArea("B&NES"), AreaHandle(3));
  EXPECT_EQ(*reg.LookupArea("b and nes"), AreaHandle(3));
  EXPECT_EQ(*reg.LookupArea("Bath & North\u2013East Somerset"), AreaHandle(3));
  EXPECT_EQ(*reg.LookupArea("south glos"), AreaHandle(2));
  EXPECT_EQ(*reg.LookupRole("assistant chief constable"), RoleHandle(1));
  EXPECT_EQ(*reg.LookupPerson("ACC  Watson"), PersonHandle(0));
  EXPECT_EQ(*reg.LookupTopic("police & crime plan"), TopicHandle(0));
  EXPECT_EQ(*reg.LookupMeeting("lcjb"), MeetingHandle(0));
  EXPECT_EQ(*reg.LookupMeeting("Community Safety Partnerships"), MeetingHandle(1));
  EXPECT_EQ(*reg.LookupInitiative("integrated offender management"), InitiativeHandle(0));
}

TEST(RegisterLookupTest, LookupNotFound) {
  Register reg = MustBuild(Base());
  absl::StatusOr<OrganisationHandle> h = reg.LookupOrganisation("HMCTS");
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(h.status().message(), "no organisation has the id, name or alias \"HMCTS\"");
  EXPECT_EQ(reg.LookupArea("Narnia").status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(reg.LookupMeeting("Narnia").status().message()), HasSubstr("no meeting has"));
  EXPECT_EQ(reg.LookupRole("x").status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(reg.LookupPerson("x").status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(reg.LookupTopic("x").status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(reg.LookupInitiative("x").status().code(), absl::StatusCode::kNotFound);
  // An empty name matches nothing.
  EXPECT_EQ(reg.LookupOrganisation("").status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(reg.LookupOrganisation("...").status().code(), absl::StatusCode::kNotFound);
}

TEST(RegisterLookupTest, AmbiguousNameListsCandidates) {
  RegisterBuilder b = Base();
  Organisation other = MakeOrg("somerset-police", "Another force", OrganisationKind::kPolice,
                               {"Constabulary"});
  b.AddOrganisation(other);
  Register reg = MustBuild(b);
  absl::StatusOr<OrganisationHandle> h = reg.LookupOrganisation("constabulary.");
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(h.status().message(),
            "the name \"constabulary.\" is ambiguous: it matches organisations \"constabulary\", "
            "\"somerset-police\"");
  // The exact id wins over the ambiguous name.
  EXPECT_EQ(*reg.LookupOrganisation("constabulary"), OrganisationHandle(0));
}

TEST(RegisterLookupTest, NameAndAliasOfOneEntityAreNotAmbiguous) {
  RegisterBuilder b;
  Area a = MakeArea("banes", "Bath & North East Somerset", AreaKind::kLocalAuthority, "",
                    {"Bath and North-East Somerset", "BATH AND NORTH EAST SOMERSET"});
  b.AddArea(a);
  Register reg = MustBuild(b);
  absl::StatusOr<AreaHandle> h = reg.LookupArea("bath and north east somerset");
  ASSERT_TRUE(h.ok()) << h.status();
  EXPECT_EQ(*h, AreaHandle(0));
}

TEST(RegisterLookupTest, AmbiguityInOtherKinds) {
  RegisterBuilder b = Base();
  b.AddArea(MakeArea("bristol-2", "BRISTOL", AreaKind::kLocality));
  Meeting m;
  m.id = "board-2";
  m.name = "Other";
  m.aliases = {"L-C-J-B"};
  b.AddMeeting(m);
  Register reg = MustBuild(b);
  absl::StatusOr<AreaHandle> area = reg.LookupArea("Bristol");
  ASSERT_FALSE(area.ok());
  EXPECT_EQ(area.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(area.status().message()), HasSubstr("areas \"bristol\", \"bristol-2\""));
  // "L-C-J-B" normalises to "l c j b", which is not "lcjb": no ambiguity.
  EXPECT_EQ(*reg.LookupMeeting("LCJB"), MeetingHandle(0));
  EXPECT_EQ(*reg.LookupMeeting("l-c-j-b"), MeetingHandle(2));
}

// --- Problems: ids and names -------------------------------------------------------

TEST(RegisterProblemsTest, EmptyId) {
  RegisterBuilder b = Base();
  b.meetings()[1].id = "";
  b.meetings()[1].reports_to = "";  // keep the problem alone
  EXPECT_ONE_PROBLEM(b, "meetings[1].id", "id is empty");

  RegisterBuilder c = Base();
  c.topics()[0].id = "";
  c.topics()[1].parent = "";
  c.meetings()[0].topics = {};
  EXPECT_ONE_PROBLEM(c, "topics[0].id", "id is empty");
}

TEST(RegisterProblemsTest, EmptyName) {
  RegisterBuilder b = Base();
  b.organisations()[2].name = "";
  EXPECT_ONE_PROBLEM(b, "organisations[2].name", "name is empty");
  RegisterBuilder c = Base();
  c.initiatives()[0].name = "";
  EXPECT_ONE_PROBLEM(c, "initiatives[0].name", "name is empty");
}

TEST(RegisterProblemsTest, DuplicateId) {
  RegisterBuilder b = Base();
  b.AddOrganisation(MakeOrg("cps", "Crown Prosecution Service again", OrganisationKind::kOther));
  EXPECT_ONE_PROBLEM(b, "organisations[5].id", "duplicate id \"cps\" (first at organisations[2])");

  RegisterBuilder c = Base();
  c.AddArea(MakeArea("bristol", "Bristol again", AreaKind::kOther));
  c.AddArea(MakeArea("bristol", "Bristol thrice", AreaKind::kOther));
  EXPECT_THAT(c.Check(),
              ElementsAre(IsProblem("areas[6].id", "duplicate id \"bristol\" (first at areas[1])"),
                          IsProblem("areas[7].id", "duplicate id \"bristol\" (first at areas[1])")));
}

TEST(RegisterProblemsTest, SameIdInDifferentKindsIsFine) {
  RegisterBuilder b = Base();
  b.AddTopic(MakeTopic("cps", "A topic called cps"));
  b.AddArea(MakeArea("board", "An area called board", AreaKind::kOther));
  EXPECT_THAT(b.Check(), IsEmpty());
}

// --- Problems: dangling references --------------------------------------------------

TEST(RegisterProblemsTest, DanglingParticipantOrganisation) {
  RegisterBuilder b = Base();
  b.meetings()[0].participants.push_back(Org("hmcts"));
  EXPECT_ONE_PROBLEM(b, "meetings[0].participants[3].organisation",
                     "unknown organisation \"hmcts\" (meeting \"board\")");
}

TEST(RegisterProblemsTest, DanglingParticipantRole) {
  RegisterBuilder b = Base();
  b.meetings()[1].participants[1].party.role = "chief-exec";
  EXPECT_ONE_PROBLEM(b, "meetings[1].participants[1].role", "unknown role \"chief-exec\" (meeting \"csp\")");
}

TEST(RegisterProblemsTest, DanglingParticipantPerson) {
  RegisterBuilder b = Base();
  b.meetings()[0].participants[2].party.person = "wessell";
  EXPECT_ONE_PROBLEM(b, "meetings[0].participants[2].person",
                     "unknown person \"wessell\" (meeting \"board\")");
}

TEST(RegisterProblemsTest, DanglingInitiativeParticipant) {
  RegisterBuilder b = Base();
  b.initiatives()[0].participants[0].party.organisation = "nhs";
  EXPECT_ONE_PROBLEM(b, "initiatives[0].participants[0].organisation",
                     "unknown organisation \"nhs\" (initiative \"init\")");
}

TEST(RegisterProblemsTest, DanglingLead) {
  RegisterBuilder b = Base();
  b.meetings()[0].lead.organisations.push_back("pcc");
  EXPECT_ONE_PROBLEM(b, "meetings[0].lead.organisations[1]", "unknown organisation \"pcc\" (meeting \"board\")");

  RegisterBuilder c = Base();
  c.meetings()[0].lead.supporting = {"constabulary", "police"};
  EXPECT_ONE_PROBLEM(c, "meetings[0].lead.supporting[1]",
                     "unknown organisation \"police\" (meeting \"board\")");

  RegisterBuilder d = Base();
  d.initiatives()[0].lead.organisations = {"nobody"};
  EXPECT_ONE_PROBLEM(d, "initiatives[0].lead.organisations[0]",
                     "unknown organisation \"nobody\" (initiative \"init\")");

  RegisterBuilder e = Base();
  e.initiatives()[0].lead.supporting = {"nobody"};
  EXPECT_ONE_PROBLEM(e, "initiatives[0].lead.supporting[0]",
                     "unknown organisation \"nobody\" (initiative \"init\")");
}

TEST(RegisterProblemsTest, DanglingChair) {
  RegisterBuilder b = Base();
  b.meetings()[0].chair.role = "chief-constable";
  EXPECT_ONE_PROBLEM(b, "meetings[0].chair.role", "unknown role \"chief-constable\" (meeting \"board\")");
  RegisterBuilder c = Base();
  c.meetings()[0].chair.organisation = "x";
  EXPECT_ONE_PROBLEM(c, "meetings[0].chair.organisation", "unknown organisation \"x\" (meeting \"board\")");
  RegisterBuilder d = Base();
  d.meetings()[0].chair.person = "x";
  EXPECT_ONE_PROBLEM(d, "meetings[0].chair.person", "unknown person \"x\" (meeting \"board\")");
}

TEST(RegisterProblemsTest, DanglingReportsTo) {
  RegisterBuilder b = Base();
  b.meetings()[1].reports_to = "police-and-crime-board";
  EXPECT_ONE_PROBLEM(b, "meetings[1].reports_to",
                     "unknown meeting \"police-and-crime-board\" (meeting \"csp\")");
}

TEST(RegisterProblemsTest, DanglingOrganisationParentAndAreas) {
  RegisterBuilder b = Base();
  b.organisations()[4].parent = "county";
  EXPECT_ONE_PROBLEM(b, "organisations[4].parent", "unknown organisation \"county\" (organisation \"team\")");
  RegisterBuilder c = Base();
  c.organisations()[0].areas.push_back("wessex");
  EXPECT_ONE_PROBLEM(c, "organisations[0].areas[1]", "unknown area \"wessex\" (organisation \"constabulary\")");
}

TEST(RegisterProblemsTest, DanglingRoleOrganisation) {
  RegisterBuilder b = Base();
  b.roles()[1].organisation = "police";
  EXPECT_ONE_PROBLEM(b, "roles[1].organisation", "unknown organisation \"police\" (role \"acc\")");
}

TEST(RegisterProblemsTest, DanglingPersonRole) {
  RegisterBuilder b = Base();
  b.people()[0].roles.push_back("dcc");
  EXPECT_ONE_PROBLEM(b, "people[0].roles[1]", "unknown role \"dcc\" (person \"watson\")");
}

TEST(RegisterProblemsTest, DanglingTopicParent) {
  RegisterBuilder b = Base();
  b.topics()[1].parent = "pillar";
  EXPECT_ONE_PROBLEM(b, "topics[1].parent", "unknown topic \"pillar\" (topic \"reoffending\")");
}

TEST(RegisterProblemsTest, DanglingAreaParent) {
  RegisterBuilder b = Base();
  b.areas()[1].parent = "england";
  EXPECT_ONE_PROBLEM(b, "areas[1].parent", "unknown area \"england\" (area \"bristol\")");
}

TEST(RegisterProblemsTest, DanglingMeetingTopicsAndAreas) {
  RegisterBuilder b = Base();
  b.meetings()[0].topics.push_back("mental-health");
  EXPECT_ONE_PROBLEM(b, "meetings[0].topics[1]", "unknown topic \"mental-health\" (meeting \"board\")");
  RegisterBuilder c = Base();
  c.meetings()[0].areas = {"wessex"};
  EXPECT_ONE_PROBLEM(c, "meetings[0].areas[0]", "unknown area \"wessex\" (meeting \"board\")");
}

TEST(RegisterProblemsTest, DanglingInitiativePrioritiesAndAreas) {
  RegisterBuilder b = Base();
  b.initiatives()[0].priorities = {"reoffending", "ghost"};
  EXPECT_ONE_PROBLEM(b, "initiatives[0].priorities[1]", "unknown topic \"ghost\" (initiative \"init\")");
  RegisterBuilder c = Base();
  c.initiatives()[0].areas = {"ghost"};
  EXPECT_ONE_PROBLEM(c, "initiatives[0].areas[0]", "unknown area \"ghost\" (initiative \"init\")");
}

TEST(RegisterProblemsTest, ReferenceToAnIdOfAnotherKindIsDangling) {
  RegisterBuilder b = Base();
  b.meetings()[0].participants.push_back(Org("pcc"));  // a role id, not an organisation
  EXPECT_ONE_PROBLEM(b, "meetings[0].participants[3].organisation",
                     "unknown organisation \"pcc\" (meeting \"board\")");
}

// An empty id in a list of references refers to nothing: it cannot be left
// unresolved inside a register (analyses index by its handle).
TEST(RegisterProblemsTest, EmptyIdInAReferenceListIsAProblem) {
  {
    RegisterBuilder b = Base();
    b.meetings()[0].lead.organisations = {""};
    EXPECT_ONE_PROBLEM(b, "meetings[0].lead.organisations[0]", "empty organisation id (meeting \"board\")");
  }
  {
    RegisterBuilder b = Base();
    b.meetings()[0].lead.supporting = {""};
    EXPECT_ONE_PROBLEM(b, "meetings[0].lead.supporting[0]", "empty organisation id (meeting \"board\")");
  }
  {
    RegisterBuilder b = Base();
    b.initiatives()[0].lead.organisations.push_back("");
    EXPECT_ONE_PROBLEM(b, "initiatives[0].lead.organisations[1]", "empty organisation id (initiative \"init\")");
  }
  {
    RegisterBuilder b = Base();
    b.people()[0].roles = {""};
    EXPECT_ONE_PROBLEM(b, "people[0].roles[0]", "empty role id (person \"watson\")");
  }
  {
    RegisterBuilder b = Base();
    b.organisations()[0].areas = {""};
    EXPECT_ONE_PROBLEM(b, "organisations[0].areas[0]", "empty area id (organisation \"constabulary\")");
  }
  {
    RegisterBuilder b = Base();
    b.meetings()[0].areas.push_back("");
    b.meetings()[0].topics.push_back("");
    b.initiatives()[0].priorities.push_back("");
    b.initiatives()[0].areas.push_back("");
    EXPECT_THAT(b.Check(),
                ElementsAre(IsProblem("meetings[0].areas[1]", "empty area id (meeting \"board\")"),
                            IsProblem("meetings[0].topics[1]", "empty topic id (meeting \"board\")"),
                            IsProblem("initiatives[0].areas[1]", "empty area id (initiative \"init\")"),
                            IsProblem("initiatives[0].priorities[1]", "empty topic id (initiative \"init\")")));
  }
  // A single reference left empty means "none", and is fine.
  {
    RegisterBuilder b = Base();
    b.meetings()[1].reports_to = "";
    b.organisations()[4].parent = "";
    b.areas()[1].parent = "";
    b.topics()[1].parent = "";
    b.roles()[0].organisation = "";
    b.meetings()[0].chair = Party();
    EXPECT_THAT(b.Check(), IsEmpty());
  }
}

// --- Problems: participants, numbers, dates ----------------------------------------

TEST(RegisterProblemsTest, ParticipantNamingNothing) {
  RegisterBuilder b = Base();
  Participant p;
  p.note = "someone";
  b.meetings()[1].participants.push_back(p);
  EXPECT_ONE_PROBLEM(b, "meetings[1].participants[2]", "names no organisation, role or person (meeting \"csp\")");
  RegisterBuilder c = Base();
  c.initiatives()[0].participants.insert(c.initiatives()[0].participants.begin(), Participant());
  EXPECT_ONE_PROBLEM(c, "initiatives[0].participants[0]",
                     "names no organisation, role or person (initiative \"init\")");
}

TEST(RegisterProblemsTest, PersonWithNoRoleAsSoleParticipant) {
  RegisterBuilder b = Base();
  b.AddPerson(MakePerson("jones", "Sam Jones", {}));
  b.meetings()[0].participants.push_back(PersonP("jones"));
  EXPECT_ONE_PROBLEM(b, "meetings[0].participants[3].person",
                     "person \"jones\" holds no role: give the participant's role or organisation "
                     "(meeting \"board\")");
  // With an organisation or a role beside the person it is fine.
  b.meetings()[0].participants.back().party.organisation = "cps";
  EXPECT_THAT(b.Check(), IsEmpty());
  b.meetings()[0].participants.back().party.organisation = "";
  b.meetings()[0].participants.back().party.role = "indep-chair";
  EXPECT_THAT(b.Check(), IsEmpty());
  // A person with no role may be a register entry without taking part.
  RegisterBuilder c = Base();
  c.AddPerson(MakePerson("jones", "Sam Jones", {}));
  EXPECT_THAT(c.Check(), IsEmpty());
}

TEST(RegisterProblemsTest, NegativeSeats) {
  RegisterBuilder b = Base();
  b.meetings()[0].participants[0].seats = -1;
  EXPECT_ONE_PROBLEM(b, "meetings[0].participants[0].seats", "must be zero or more and at most 100000");
  RegisterBuilder c = Base();
  c.initiatives()[0].participants[1].seats = -3;
  EXPECT_ONE_PROBLEM(c, "initiatives[0].participants[1].seats", "must be zero or more and at most 100000");
  RegisterBuilder d = Base();
  d.meetings()[0].participants[0].seats = 0;
  EXPECT_THAT(d.Check(), IsEmpty());
}

TEST(RegisterProblemsTest, BadDurations) {
  // 1e308 hours would make every total infinite (and summaries not JSON).
  for (double bad : {-1.0, -0.5, std::nan(""), std::numeric_limits<double>::infinity(), 1e308, 169.0}) {
    RegisterBuilder b = Base();
    b.meetings()[1].duration_hours = bad;
    EXPECT_ONE_PROBLEM(b, "meetings[1].duration_hours", "must be a finite number of hours, zero or more and at most 168 (a week)");
  }
  RegisterBuilder ok = Base();
  ok.meetings()[1].duration_hours = 0.0;
  ok.meetings()[0].duration_hours = 1.5;
  EXPECT_THAT(ok.Check(), IsEmpty());
}

TEST(RegisterProblemsTest, BadDefaultDuration) {
  for (double bad : {-2.0, std::nan(""), -std::numeric_limits<double>::infinity()}) {
    RegisterBuilder b = Base();
    b.SetDefaults({.meeting_duration_hours = bad});
    EXPECT_ONE_PROBLEM(b, "defaults.meeting_duration_hours", "must be a finite number of hours, zero or more and at most 168 (a week)");
  }
  RegisterBuilder ok = Base();
  ok.SetDefaults({.meeting_duration_hours = 0});
  EXPECT_THAT(ok.Check(), IsEmpty());
}

TEST(RegisterProblemsTest, BadCadenceRates) {
  RegisterBuilder b = Base();
  b.meetings()[0].cadence = Cadence::Regular(-6);
  EXPECT_ONE_PROBLEM(b, "meetings[0].cadence", "meetings a year must be a finite number, zero or more and at most 8784 (hourly)");
  RegisterBuilder c = Base();
  c.meetings()[0].cadence = Cadence::Varies(std::nan(""));
  EXPECT_ONE_PROBLEM(c, "meetings[0].cadence", "meetings a year must be a finite number, zero or more and at most 8784 (hourly)");
  RegisterBuilder too_often = Base();
  too_often.meetings()[0].cadence = Cadence::Regular(1e300);
  EXPECT_ONE_PROBLEM(too_often, "meetings[0].cadence", "meetings a year must be a finite number, zero or more and at most 8784 (hourly)");
  RegisterBuilder d = Base();
  d.meetings()[1].cadence = Cadence::Varies(4).AddException("South Glos", -3);
  EXPECT_ONE_PROBLEM(d, "meetings[1].cadence.exceptions[0].per_year", "must be a finite number, zero or more and at most 8784 (hourly)");
}

TEST(RegisterProblemsTest, CadenceExceptionAreaMustBeOneOfTheMeetingsAreas) {
  RegisterBuilder b = Base();
  b.meetings()[1].cadence = Cadence::Varies(4).AddException("Narnia", 3);
  EXPECT_ONE_PROBLEM(b, "meetings[1].cadence.exceptions[0].area",
                     "area \"Narnia\" is not one of the meeting's areas (meeting \"csp\")");
  // An area of the register that the meeting does not cover is not enough.
  RegisterBuilder c = Base();
  c.meetings()[1].cadence = Cadence::Varies(4).AddException("South Glos", 3).AddException("fa", 1);
  EXPECT_ONE_PROBLEM(c, "meetings[1].cadence.exceptions[1].area",
                     "area \"fa\" is not one of the meeting's areas (meeting \"csp\")");
  // An exception on a meeting with no areas.
  RegisterBuilder d = Base();
  d.meetings()[0].areas.clear();
  d.meetings()[0].cadence = Cadence::Regular(6).AddException("Bristol", 1);
  EXPECT_ONE_PROBLEM(d, "meetings[0].cadence.exceptions[0].area",
                     "area \"Bristol\" is not one of the meeting's areas (meeting \"board\")");
}

TEST(RegisterProblemsTest, CadenceExceptionAreaResolvesByIdNameOrAlias) {
  for (const char* written : {"sglos", "South Gloucestershire", "south gloucestershire.", "South Glos",
                              "SOUTH-GLOS"}) {
    RegisterBuilder b = Base();
    b.meetings()[1].cadence = Cadence::Varies(4, "").AddException(written, 3);
    EXPECT_THAT(b.Check(), IsEmpty()) << written;
    Register reg = MustBuild(b);
    const Cadence& c = reg.meetings()[1].cadence;
    ASSERT_THAT(c.exceptions(), SizeIs(1));
    EXPECT_EQ(c.exceptions()[0].area, written) << "kept as written";
    EXPECT_EQ(c.exceptions()[0].area_handle, *reg.FindArea("sglos")) << written;
    EXPECT_EQ(reg.SittingsPerYear(reg.meetings()[1]), 19.0) << written;
  }
  // "B&NES" is an alias of banes, matched after normalisation ("b and nes").
  RegisterBuilder b = Base();
  b.meetings()[1].cadence = Cadence::Regular(4).AddException("B & NES", 6);
  Register reg = MustBuild(b);
  EXPECT_EQ(reg.meetings()[1].cadence.exceptions()[0].area_handle, AreaHandle(3));
  EXPECT_EQ(reg.SittingsPerYear(reg.meetings()[1]), 4 * 4 + 6.0);
}

TEST(RegisterProblemsTest, InitiativeEndingBeforeItStarts) {
  RegisterBuilder b = Base();
  b.initiatives()[0].end_date = absl::CivilDay(2016, 3, 31);
  EXPECT_ONE_PROBLEM(b, "initiatives[0].end_date", "ends before it starts (initiative \"init\")");
  RegisterBuilder same = Base();
  same.initiatives()[0].end_date = same.initiatives()[0].start_date;
  EXPECT_THAT(same.Check(), IsEmpty());
  RegisterBuilder open = Base();
  open.initiatives()[0].start_date.reset();
  open.initiatives()[0].end_date = absl::CivilDay(1990, 1, 1);
  EXPECT_THAT(open.Check(), IsEmpty());
}

// --- Problems: cycles -------------------------------------------------------------------

TEST(RegisterProblemsTest, ReportingCycleReportedOnce) {
  RegisterBuilder b = Base();
  b.meetings()[0].reports_to = "csp";  // csp already reports to board
  EXPECT_ONE_PROBLEM(b, "meetings[0].reports_to", "reporting cycle \"board\" -> \"csp\" -> \"board\"");
}

TEST(RegisterProblemsTest, LongerReportingCycleReachedFromOutside) {
  RegisterBuilder b;
  for (const char* id : {"x", "a", "b", "c"}) {
    Meeting m;
    m.id = id;
    m.name = absl::StrCat("Meeting ", id);
    b.AddMeeting(m);
  }
  b.meetings()[0].reports_to = "a";  // x -> a, outside the cycle
  b.meetings()[1].reports_to = "b";
  b.meetings()[2].reports_to = "c";
  b.meetings()[3].reports_to = "a";
  EXPECT_ONE_PROBLEM(b, "meetings[1].reports_to", "reporting cycle \"a\" -> \"b\" -> \"c\" -> \"a\"");
}

TEST(RegisterProblemsTest, TwoSeparateCyclesAreBothReported) {
  RegisterBuilder b;
  for (const char* id : {"a", "b", "c", "d"}) {
    Meeting m;
    m.id = id;
    m.name = id;
    b.AddMeeting(m);
  }
  b.meetings()[0].reports_to = "b";
  b.meetings()[1].reports_to = "a";
  b.meetings()[2].reports_to = "d";
  b.meetings()[3].reports_to = "c";
  EXPECT_THAT(b.Check(), ElementsAre(IsProblem("meetings[0].reports_to", "reporting cycle \"a\" -> \"b\" -> \"a\""),
                                     IsProblem("meetings[2].reports_to", "reporting cycle \"c\" -> \"d\" -> \"c\"")));
}

TEST(RegisterProblemsTest, ReportingChainWithoutCycleIsFine) {
  RegisterBuilder b;
  for (const char* id : {"a", "b", "c"}) {
    Meeting m;
    m.id = id;
    m.name = id;
    b.AddMeeting(m);
  }
  b.meetings()[0].reports_to = "b";
  b.meetings()[1].reports_to = "c";
  EXPECT_THAT(b.Check(), IsEmpty());
}

TEST(RegisterProblemsTest, ParentCycles) {
  RegisterBuilder orgs = Base();
  orgs.organisations()[3].parent = "team";  // team's parent is council
  EXPECT_ONE_PROBLEM(orgs, "organisations[3].parent", "parent cycle \"council\" -> \"team\" -> \"council\"");

  RegisterBuilder areas = Base();
  areas.areas()[0].parent = "bristol";  // bristol's parent is fa
  EXPECT_ONE_PROBLEM(areas, "areas[0].parent", "parent cycle \"fa\" -> \"bristol\" -> \"fa\"");

  RegisterBuilder topics = Base();
  topics.topics()[0].parent = "reoffending";
  EXPECT_ONE_PROBLEM(topics, "topics[0].parent", "parent cycle \"plan\" -> \"reoffending\" -> \"plan\"");
}

TEST(RegisterProblemsTest, SelfLoops) {
  RegisterBuilder a = Base();
  a.areas()[3].parent = "banes";
  EXPECT_ONE_PROBLEM(a, "areas[3].parent", "parent cycle \"banes\" -> \"banes\"");
  RegisterBuilder o = Base();
  o.organisations()[2].parent = "cps";
  EXPECT_ONE_PROBLEM(o, "organisations[2].parent", "parent cycle \"cps\" -> \"cps\"");
  RegisterBuilder t = Base();
  t.topics()[1].parent = "reoffending";
  EXPECT_ONE_PROBLEM(t, "topics[1].parent", "parent cycle \"reoffending\" -> \"reoffending\"");
  RegisterBuilder m = Base();
  m.meetings()[0].reports_to = "board";
  EXPECT_ONE_PROBLEM(m, "meetings[0].reports_to", "reporting cycle \"board\" -> \"board\"");
}

// --- Build() message and Check() ----------------------------------------------------

TEST(RegisterProblemsTest, BuildJoinsProblemsWithSemicolons) {
  RegisterBuilder b = Base();
  b.organisations()[2].name = "";
  b.meetings()[0].participants.push_back(Org("hmcts"));
  absl::StatusOr<Register> reg = b.Build();
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(reg.status().message(),
            "organisations[2].name: name is empty; meetings[0].participants[3].organisation: unknown "
            "organisation \"hmcts\" (meeting \"board\")");
}

TEST(RegisterProblemsTest, BuildShowsTenProblemsThenACount) {
  RegisterBuilder b;
  for (int i = 0; i < 12; ++i) {
    Meeting m;
    m.id = absl::StrCat("m", i);
    b.AddMeeting(m);  // no name
  }
  std::vector<Diagnostic> problems = b.Check();
  ASSERT_THAT(problems, SizeIs(12));
  for (int i = 0; i < 12; ++i) {
    EXPECT_THAT(problems[i], IsProblem(absl::StrCat("meetings[", i, "].name"), "name is empty"));
  }
  absl::StatusOr<Register> reg = b.Build();
  ASSERT_FALSE(reg.ok());
  const std::string message(reg.status().message());
  std::vector<std::string> parts = absl::StrSplit(message, "; ");
  ASSERT_THAT(parts, SizeIs(11)) << message;
  for (int i = 0; i < 10; ++i) EXPECT_EQ(parts[i], absl::StrCat("meetings[", i, "].name: name is empty"));
  EXPECT_EQ(parts[10], "and 2 more problems");
  EXPECT_EQ(message.find("meetings[10]"), std::string::npos);
  EXPECT_EQ(ProblemsToStatus(problems), reg.status());
}

TEST(RegisterProblemsTest, ExactlyTenProblemsHaveNoCount) {
  std::vector<Diagnostic> problems;
  for (int i = 0; i < 10; ++i) problems.push_back(Diagnostic::AtPath(absl::StrCat("p", i), "bad"));
  absl::Status s = ProblemsToStatus(problems);
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "p0: bad; p1: bad; p2: bad; p3: bad; p4: bad; p5: bad; p6: bad; p7: bad; p8: bad; p9: bad");
  problems.push_back(Diagnostic::AtPath("", "no path"));
  EXPECT_THAT(std::string(ProblemsToStatus(problems).message()), testing::EndsWith("p9: bad; and 1 more problems"));
  EXPECT_TRUE(ProblemsToStatus({}).ok());
}

TEST(RegisterProblemsTest, ProblemToString) {
  EXPECT_EQ(Diagnostic::AtPath("a.b", "msg").ToString(), "a.b: msg");
  EXPECT_EQ(Diagnostic::AtPath("", "msg").ToString(), "msg");
}

TEST(RegisterProblemsTest, CheckReturnsEveryProblemInAStableOrder) {
  RegisterBuilder b = Base();
  b.SetDefaults({.meeting_duration_hours = -1});
  b.areas()[1].name = "";
  b.organisations()[0].id = "";
  b.organisations()[0].areas = {"nowhere"};
  b.meetings()[0].participants.push_back(Org("hmcts"));
  b.meetings()[0].participants[0].seats = -2;
  b.meetings()[1].duration_hours = -1;
  b.meetings()[0].reports_to = "csp";
  b.initiatives()[0].end_date = absl::CivilDay(2000, 1, 1);
  std::vector<Diagnostic> problems = b.Check();
  // The "constabulary" id is gone, so references to it dangle too.
  EXPECT_THAT(
      problems,
      ElementsAre(
          IsProblem("defaults.meeting_duration_hours", "must be a finite number of hours, zero or more and at most 168 (a week)"),
          IsProblem("areas[1].name", "name is empty"), IsProblem("organisations[0].id", "id is empty"),
          IsProblem("organisations[0].areas[0]", "unknown area \"nowhere\" (organisation \"\")"),
          IsProblem("roles[1].organisation", "unknown organisation \"constabulary\" (role \"acc\")"),
          IsProblem("meetings[0].lead.supporting[0]",
                  "unknown organisation \"constabulary\" (meeting \"board\")"),
          IsProblem("meetings[0].participants[0].seats", "must be zero or more and at most 100000"),
          IsProblem("meetings[0].participants[3].organisation",
                  "unknown organisation \"hmcts\" (meeting \"board\")"),
          IsProblem("meetings[1].participants[0].organisation",
                  "unknown organisation \"constabulary\" (meeting \"csp\")"),
          IsProblem("meetings[1].duration_hours", "must be a finite number of hours, zero or more and at most 168 (a week)"),
          IsProblem("initiatives[0].lead.organisations[0]",
                  "unknown organisation \"constabulary\" (initiative \"init\")"),
          IsProblem("initiatives[0].end_date", "ends before it starts (initiative \"init\")"),
          IsProblem("meetings[0].reports_to", "reporting cycle \"board\" -> \"csp\" -> \"board\"")));
  EXPECT_EQ(b.Check(), problems) << "stable";
  absl::StatusOr<Register> reg = b.Build();
  ASSERT_FALSE(reg.ok());
  EXPECT_THAT(std::string(reg.status().message()), testing::EndsWith("; and 3 more problems"));
}

// --- Editing a register ------------------------------------------------------------------

TEST(RegisterBuilderTest, RoundTripThroughBuilderGivesAnEqualRegister) {
  Register reg = MustBuild(Base());
  RegisterBuilder again(reg);
  EXPECT_THAT(again.Check(), IsEmpty());
  Register copy = MustBuild(again);
  EXPECT_EQ(copy, reg);
  // Handles and indexes come back too.
  EXPECT_EQ(copy.meetings()[1].reports_to.handle, MeetingHandle(0));
  EXPECT_EQ(copy.meetings()[1].cadence.exceptions()[0].area_handle, AreaHandle(2));
  EXPECT_EQ(*copy.LookupOrganisation("OPCC"), OrganisationHandle(1));
  EXPECT_EQ(copy.defaults(), reg.defaults());
  EXPECT_EQ(copy.info(), reg.info());
}

TEST(RegisterBuilderTest, EditingACopyLeavesTheOriginalAlone) {
  Register reg = MustBuild(Base());
  RegisterBuilder edit(reg);
  edit.meetings()[1].status = MeetingStatus::kToBeRemoved;
  edit.SetDefaults({.meeting_duration_hours = 1.5});
  Register changed = MustBuild(edit);
  EXPECT_NE(changed, reg);
  EXPECT_EQ(reg.meetings()[1].status, MeetingStatus::kExisting);
  EXPECT_EQ(changed.meetings()[1].status, MeetingStatus::kToBeRemoved);
  EXPECT_EQ(reg.defaults().meeting_duration_hours, 2.0);

  RegisterBuilder info(reg);
  info.SetInfo({.title = "Other"});
  EXPECT_NE(MustBuild(info), reg);
}

TEST(RegisterEqualityTest, EntitiesInfoAndDefaultsAllMatter) {
  Register reg = MustBuild(Base());
  {
    RegisterBuilder b(reg);
    b.areas()[0].aliases.push_back("A&S");
    EXPECT_NE(MustBuild(b), reg);
  }
  {
    RegisterBuilder b(reg);
    b.people()[1].attributes["note"] = "x";
    EXPECT_NE(MustBuild(b), reg);
  }
  {
    RegisterBuilder b(reg);
    b.initiatives()[0].end_date.reset();
    EXPECT_NE(MustBuild(b), reg);
  }
  {
    RegisterBuilder b(reg);
    b.topics()[1].parent = "";
    EXPECT_NE(MustBuild(b), reg);
  }
}

// --- Register helpers -------------------------------------------------------------------------

TEST(RegisterTest, OrganisationOf) {
  RegisterBuilder b = Base();
  b.AddPerson(MakePerson("both", "Two hats", {"indep-chair", "acc"}));
  Register reg = MustBuild(b);
  auto party = [&](std::string org, std::string role, std::string person) {
    // Resolve the party against the register by hand.
    Party p;
    p.organisation = org;
    p.role = role;
    p.person = person;
    if (!org.empty()) p.organisation.handle = *reg.FindOrganisation(org);
    if (!role.empty()) p.role.handle = *reg.FindRole(role);
    if (!person.empty()) p.person.handle = *reg.FindPerson(person);
    return reg.OrganisationOf(p);
  };
  const OrganisationHandle constabulary = *reg.FindOrganisation("constabulary");
  const OrganisationHandle opcc = *reg.FindOrganisation("opcc");
  const OrganisationHandle cps = *reg.FindOrganisation("cps");
  EXPECT_EQ(party("cps", "", ""), cps);
  EXPECT_EQ(party("", "pcc", ""), opcc);                  // via the role
  EXPECT_EQ(party("", "", "watson"), constabulary);       // via the person's role
  EXPECT_EQ(party("", "acc", "watson"), constabulary);
  EXPECT_EQ(party("cps", "pcc", "watson"), cps);          // the organisation named wins
  EXPECT_EQ(party("", "pcc", "watson"), opcc);            // then the role
  EXPECT_EQ(party("", "", "both"), constabulary);         // first role that has an organisation
  EXPECT_EQ(party("", "indep-chair", ""), std::nullopt);  // a post tied to no body
  EXPECT_EQ(party("", "", "smith"), std::nullopt);
  EXPECT_EQ(party("", "indep-chair", "watson"), constabulary);
  EXPECT_EQ(reg.OrganisationOf(Party()), std::nullopt);

  // The register's own participants are resolved already.
  EXPECT_EQ(reg.OrganisationOf(reg.meetings()[0].participants[1].party), opcc);
  EXPECT_EQ(reg.OrganisationOf(reg.meetings()[0].participants[2].party), constabulary);
  EXPECT_EQ(reg.OrganisationOf(reg.initiatives()[0].participants[1].party), std::nullopt);
}

TEST(RegisterTest, ResolveUsesTheRefsHandleOrItsId) {
  Register reg = MustBuild(Base());
  // Made outside the register: no handle yet.
  EXPECT_EQ(reg.Resolve(Ref<Organisation>("cps")), OrganisationHandle(2));
  Ref<Organisation> cps("cps");
  cps.handle = OrganisationHandle(2);
  EXPECT_EQ(reg.Resolve(cps), OrganisationHandle(2));
  // A handle that does not belong to this id here (another register's) is
  // not trusted.
  Ref<Organisation> stale("cps");
  stale.handle = OrganisationHandle(0);
  EXPECT_EQ(reg.Resolve(stale), OrganisationHandle(2));
  Ref<Organisation> far("cps");
  far.handle = OrganisationHandle(99);
  EXPECT_EQ(reg.Resolve(far), OrganisationHandle(2));
  Ref<Organisation> gone("hmcts");
  gone.handle = OrganisationHandle(1);
  EXPECT_EQ(reg.Resolve(gone), std::nullopt);
  EXPECT_EQ(reg.Resolve(Ref<Organisation>()), std::nullopt);
  // Every kind.
  EXPECT_EQ(reg.Resolve(Ref<Area>("sglos")), AreaHandle(2));
  EXPECT_EQ(reg.Resolve(Ref<Role>("acc")), RoleHandle(1));
  EXPECT_EQ(reg.Resolve(Ref<Person>("smith")), PersonHandle(1));
  EXPECT_EQ(reg.Resolve(Ref<Topic>("reoffending")), TopicHandle(1));
  EXPECT_EQ(reg.Resolve(Ref<Meeting>("csp")), MeetingHandle(1));
  EXPECT_EQ(reg.Resolve(Ref<Initiative>("init")), InitiativeHandle(0));
  EXPECT_EQ(reg.Resolve(Ref<Meeting>("cps")), std::nullopt);
  // The register's own references resolve to their handles.
  EXPECT_EQ(reg.Resolve(reg.meetings()[1].reports_to), MeetingHandle(0));
}

TEST(RegisterTest, OrganisationOfAPartyMadeOutsideTheRegister) {
  Register reg = MustBuild(Base());
  Party watson;
  watson.person = "watson";
  EXPECT_EQ(reg.OrganisationOf(watson), *reg.FindOrganisation("constabulary"));
  Party pcc;
  pcc.role = "pcc";
  EXPECT_EQ(reg.OrganisationOf(pcc), *reg.FindOrganisation("opcc"));
  Party unknown;
  unknown.organisation = "hmcts";
  EXPECT_EQ(reg.OrganisationOf(unknown), std::nullopt);
  unknown.role = "pcc";
  EXPECT_EQ(reg.OrganisationOf(unknown), *reg.FindOrganisation("opcc"));
}

TEST(RegisterTest, SittingsPerYearOfAMeetingMadeOutsideTheRegister) {
  // Not built: its areas and exception carry no handles, so the exception
  // is matched by what it says.
  const Meeting csp = Base().meetings()[1];
  Register reg = MustBuild(Base());
  EXPECT_FALSE(csp.cadence.exceptions()[0].area_handle.valid());
  EXPECT_EQ(reg.SittingsPerYear(csp), 19.0);
  Meeting by_id = csp;
  by_id.cadence = Cadence::Regular(4).AddException("sglos", 1);
  EXPECT_EQ(reg.SittingsPerYear(by_id), 17.0);
}

TEST(RegisterTest, SittingsPerYear) {
  Register reg = MustBuild(Base());
  // Five areas, quarterly except South Glos at three a year: 4 * 4 + 3.
  EXPECT_EQ(reg.SittingsPerYear(reg.meetings()[1]), 19.0);
  // One sitting for all its areas.
  EXPECT_EQ(reg.SittingsPerYear(reg.meetings()[0]), 6.0);

  RegisterBuilder b = Base();
  Meeting& csp = b.meetings()[1];
  csp.cadence = Cadence::Regular(4);
  Register plain = MustBuild(b);
  EXPECT_EQ(plain.SittingsPerYear(plain.meetings()[1]), 20.0);

  // Not per area: the exception does not multiply.
  b.meetings()[1].per_area = false;
  b.meetings()[1].cadence = Cadence::Varies(4).AddException("South Glos", 3);
  Register once = MustBuild(b);
  EXPECT_EQ(once.SittingsPerYear(once.meetings()[1]), 4.0);

  // Per area with no areas: the plain rate.
  b.meetings()[1].per_area = true;
  b.meetings()[1].areas.clear();
  b.meetings()[1].cadence = Cadence::Regular(2.5);
  Register none = MustBuild(b);
  EXPECT_EQ(none.SittingsPerYear(none.meetings()[1]), 2.5);
}

TEST(RegisterTest, SittingsPerYearUnknownIsEmptyNotZero) {
  RegisterBuilder b = Base();
  b.meetings()[0].cadence = Cadence::Unknown("TBC after stakeholder engagement");
  b.meetings()[1].cadence = Cadence::AdHoc("as required");
  Register reg = MustBuild(b);
  EXPECT_EQ(reg.SittingsPerYear(reg.meetings()[0]), std::nullopt);
  EXPECT_EQ(reg.SittingsPerYear(reg.meetings()[1]), std::nullopt);

  // A varying cadence with no typical rate is unknown in every area without
  // an exception, so the per-area total is unknown too.
  RegisterBuilder c = Base();
  c.meetings()[1].cadence = Cadence::Varies(std::nullopt).AddException("South Glos", 3);
  Register varies = MustBuild(c);
  EXPECT_EQ(varies.SittingsPerYear(varies.meetings()[1]), std::nullopt);

  // ...but known when every area has one.
  RegisterBuilder d = Base();
  Cadence all = Cadence::Varies(std::nullopt);
  for (const char* a : {"bristol", "sglos", "banes", "ns", "som"}) all.AddException(a, 1);
  d.meetings()[1].cadence = all;
  Register known = MustBuild(d);
  EXPECT_EQ(known.SittingsPerYear(known.meetings()[1]), 5.0);

  // Not stated at all.
  RegisterBuilder e = Base();
  e.meetings()[0].cadence = Cadence();
  Register unstated = MustBuild(e);
  EXPECT_EQ(unstated.SittingsPerYear(unstated.meetings()[0]), std::nullopt);
}

TEST(RegisterTest, DurationHoursFallsBackToTheDefault) {
  RegisterBuilder b = Base();
  b.meetings()[0].duration_hours = 3.0;
  Register reg = MustBuild(b);
  EXPECT_EQ(reg.DurationHours(reg.meetings()[0]), 3.0);
  EXPECT_EQ(reg.DurationHours(reg.meetings()[1]), 2.0);

  b.SetDefaults({.meeting_duration_hours = 1.5});
  b.meetings()[0].duration_hours = 0.0;  // stated as zero: not the default
  Register other = MustBuild(b);
  EXPECT_EQ(other.defaults().meeting_duration_hours, 1.5);
  EXPECT_EQ(other.DurationHours(other.meetings()[0]), 0.0);
  EXPECT_EQ(other.DurationHours(other.meetings()[1]), 1.5);
}

TEST(RegisterBuilderTest, RejectsWhatJsonCouldNotCarry) {
  RegisterBuilder b;
  Organisation o;
  o.id = "o";
  o.name = "O";
  o.identifiers = {{.scheme = "", .value = "E23000036"}};
  b.AddOrganisation(o);
  Initiative in;
  in.id = "i";
  in.name = "I";
  in.start_date = absl::CivilDay(999, 1, 1);
  b.AddInitiative(in);
  std::vector<std::string> messages;
  for (const Diagnostic& p : b.Check()) messages.push_back(p.ToString());
  EXPECT_THAT(messages, ::testing::UnorderedElementsAre(
                            "organisations[0].identifiers[0].scheme: is empty",
                            "initiatives[0].start_date: year must be between 1000 and 9999"));
}

}  // namespace
}  // namespace govgraph
