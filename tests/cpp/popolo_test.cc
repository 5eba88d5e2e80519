// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/io/popolo.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/calendar/schedule.h"
#include "govgraph/io/csv.h"
#include "govgraph/io/json.h"
#include "govgraph/model.h"
#include "govgraph/ocd.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The bundled registers (the cycle plan in the same folder is not one).
std::vector<std::string> ExampleRegisters() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(GOVGRAPH_SOURCE_DIR "/examples/registers")) {
    if (e.path().extension() != ".json") continue;
    if (!absl::StrContains(ReadFile(e.path().string()), "\"schema_version\"")) continue;
    out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

const Register& Fixture() {
  static const Register* const reg = [] {
    auto r = LoadRegisterJsonFile(GOVGRAPH_SOURCE_DIR "/examples/registers/dorset-pcp-2018.json");
    return new Register(*std::move(r));
  }();
  return *reg;
}

TEST(PopoloRoundTrip, EveryExampleRegisterComesBackUnchanged) {
  const std::vector<std::string> paths = ExampleRegisters();
  ASSERT_THAT(paths, SizeIs(3));
  for (const std::string& path : paths) {
    SCOPED_TRACE(path);
    absl::StatusOr<Register> reg = LoadRegisterJsonFile(path);
    ASSERT_TRUE(reg.ok()) << reg.status();
    absl::StatusOr<std::string> popolo = RegisterToPopolo(*reg);
    ASSERT_TRUE(popolo.ok()) << popolo.status();
    absl::StatusOr<PopoloImport> back = ParsePopolo(*popolo);
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_THAT(back->diagnostics, SizeIs(0));
    EXPECT_EQ(*RegisterToJson(back->reg), *RegisterToJson(*reg));
    EXPECT_TRUE(back->reg == *reg);
  }
}

TEST(PopoloExport, MeetingsAreCommitteesWithMemberships) {
  absl::StatusOr<std::string> text = RegisterToPopolo(Fixture());
  ASSERT_TRUE(text.ok());
  const nlohmann::json doc = nlohmann::json::parse(*text);
  EXPECT_EQ(doc["govgraph"]["schema_version"], kRegisterSchemaVersion);
  EXPECT_EQ(doc["areas"][0]["id"], "ocd-division/country:gb/part:eng/pfa:dorset");
  EXPECT_EQ(doc["areas"][0]["govgraph"]["id"], "dorset");
  size_t committees = 0;
  for (const auto& o : doc["organizations"]) {
    if (o.value("classification", "") == "committee") {
      ++committees;
      EXPECT_EQ(o["govgraph"]["entity"], "meeting");
    }
  }
  EXPECT_EQ(committees, Fixture().meetings().size());
  size_t participants = 0;
  for (const Meeting& m : Fixture().meetings()) participants += m.participants.size();
  size_t holdings = 0;
  for (const Person& p : Fixture().people()) holdings += p.roles.size();
  EXPECT_EQ(doc["memberships"].size(), participants + holdings + Fixture().memberships().size());
  // The Panel is both an organisation and a meeting series: the series is known
  // as "meeting:dorset-pcp".
  const auto pcp = std::find_if(doc["organizations"].begin(), doc["organizations"].end(),
                                [](const auto& o) { return o["id"] == "meeting:dorset-pcp"; });
  ASSERT_NE(pcp, doc["organizations"].end());
  EXPECT_EQ((*pcp)["govgraph"]["id"], "dorset-pcp");
  EXPECT_TRUE((*pcp)["govgraph"].contains("cadence"));
}

TEST(PopoloExport, IndentMustBeInRange) {
  const Register reg = Fixture();
  for (int indent : {-1, 0, kMaxJsonIndent}) {
    absl::StatusOr<std::string> text = RegisterToPopolo(reg, {.indent = indent});
    ASSERT_TRUE(text.ok()) << indent << ": " << text.status();
    EXPECT_TRUE(nlohmann::json::accept(*text)) << indent;
  }
  for (int indent : {-2, kMaxJsonIndent + 1, 2000, 1000000}) {
    absl::StatusOr<std::string> text = RegisterToPopolo(reg, {.indent = indent});
    ASSERT_FALSE(text.ok()) << indent;
    EXPECT_EQ(text.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(text.status().message(),
              "indent: must be -1 (one compact line) or from 0 to 16 spaces, got " + std::to_string(indent));
    const std::string path = ::testing::TempDir() + "/popolo_indent_out_of_range.json";
    std::filesystem::remove(path);
    EXPECT_EQ(SavePopoloFile(reg, path, {.indent = indent}).code(), absl::StatusCode::kInvalidArgument);
    EXPECT_FALSE(std::filesystem::exists(path));
  }
}

TEST(PopoloExport, MeetingIdSharedWithAnOrganisationIsPrefixed) {
  RegisterBuilder b;
  b.AddOrganisation({{.id = "lcjb", .name = "LCJB (the body)"}, OrganisationKind::kPartnership});
  Meeting m;
  m.id = "lcjb";
  m.name = "LCJB";
  m.participants.push_back({.party = {.organisation = "lcjb"}});
  b.AddMeeting(m);
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<std::string> text = RegisterToPopolo(*reg);
  ASSERT_TRUE(text.ok());
  const nlohmann::json doc = nlohmann::json::parse(*text);
  EXPECT_EQ(doc["organizations"][1]["id"], "meeting:lcjb");
  EXPECT_EQ(doc["memberships"][0]["organization_id"], "meeting:lcjb");
  EXPECT_EQ(doc["memberships"][0]["member"]["id"], "lcjb");
  absl::StatusOr<PopoloImport> back = ParsePopolo(*text);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(back->reg == *reg);
}

class PlainPopolo : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = LoadPopoloFile(GOVGRAPH_SOURCE_DIR "/tests/data/popolo/spec-style.json");
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = new PopoloImport(*std::move(r));
  }
  static const Register& reg() { return result_->reg; }
  static inline PopoloImport* result_ = nullptr;
};

TEST_F(PlainPopolo, Counts) {
  EXPECT_THAT(reg().areas(), SizeIs(2));
  EXPECT_THAT(reg().organisations(), SizeIs(3));
  EXPECT_THAT(reg().meetings(), SizeIs(2));
  EXPECT_THAT(reg().roles(),
              SizeIs(3));  // two posts and one made for a membership without a post
  EXPECT_THAT(reg().people(), SizeIs(2));
}

TEST_F(PlainPopolo, AreasKeepTheirOcdId) {
  const Area& dorset = reg().area(*reg().FindArea("dorset"));
  EXPECT_EQ(dorset.kind, AreaKind::kForceArea);
  EXPECT_THAT(dorset.identifiers, ElementsAre(Identifier{"gss", "E23000039"},
                                              Identifier{"ocd", "ocd-division/country:gb/part:eng/pfa:dorset"}));
  const Area& bcp = reg().area(*reg().FindArea("bournemouth"));
  EXPECT_EQ(bcp.parent.id, "dorset");
  EXPECT_EQ(bcp.attributes.at("classification"), "unitary authority");
}

TEST_F(PlainPopolo, OrganisationsAndCommittees) {
  const Organisation& council = reg().organisation(*reg().FindOrganisation("dorset-council"));
  EXPECT_EQ(council.kind, OrganisationKind::kLocalAuthority);
  EXPECT_THAT(council.aliases, ElementsAre("DC", "Dorset County Council"));
  EXPECT_EQ(council.attributes.at("founding_date"), "2019-04-01");
  EXPECT_EQ(council.areas.at(0).id, "dorset");
  EXPECT_EQ(reg().organisation(*reg().FindOrganisation("green-party")).kind, OrganisationKind::kOther);

  const Meeting& pcp = reg().meeting(*reg().FindMeeting("dorset-pcp"));
  EXPECT_EQ(pcp.kind, MeetingKind::kCommittee);
  EXPECT_EQ(pcp.purpose, "Scrutinises the Police and Crime Commissioner.");
  ASSERT_THAT(pcp.lead.organisations, SizeIs(1));
  EXPECT_EQ(pcp.lead.organisations[0].id, "dorset-council");
  ASSERT_THAT(pcp.participants, SizeIs(2));
  EXPECT_EQ(pcp.participants[0].type, ParticipationType::kChair);
  EXPECT_EQ(pcp.participants[0].party.person.id, "john-roe");
  EXPECT_EQ(pcp.participants[0].party.organisation.id, "dorset-council");
  EXPECT_EQ(pcp.participants[1].type, ParticipationType::kAttendee);
  EXPECT_EQ(pcp.participants[1].party.organisation.id, "dorset-police");

  const Meeting& group = reg().meeting(*reg().FindMeeting("pcp-working-group"));
  EXPECT_EQ(group.kind, MeetingKind::kWorkingGroup);
  EXPECT_EQ(group.reports_to.id, "dorset-pcp");
  ASSERT_THAT(group.participants, SizeIs(1));
  EXPECT_EQ(group.participants[0].note, "Vice-Chair");
}

TEST_F(PlainPopolo, PeopleHoldPosts) {
  const Person& jane = reg().person(*reg().FindPerson("jane-doe"));
  EXPECT_THAT(jane.aliases, ElementsAre("J. Doe"));
  EXPECT_EQ(jane.attributes.at("email"), "jane.doe@example.org");
  ASSERT_THAT(jane.roles, SizeIs(1));
  EXPECT_EQ(jane.roles[0].id, "chief-constable");
  const Person& john = reg().person(*reg().FindPerson("john-roe"));
  ASSERT_THAT(john.roles, SizeIs(1));
  const Role& member = reg().role(*reg().FindRole(john.roles[0].id));
  EXPECT_EQ(member.id, "green-party/member");
  EXPECT_EQ(member.organisation.id, "green-party");
  EXPECT_EQ(reg().role(*reg().FindRole("chief-constable")).aliases, std::vector<std::string>{"CC"});
}

TEST_F(PlainPopolo, WhatCannotBeKeptIsReported) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : result_->diagnostics) lines.push_back(d.ToString());
  EXPECT_THAT(lines, ElementsAre("areas[1].classification: \"unitary authority\" is not an area kind; "
                                 "kept as attribute classification",
                                 "organizations[0].other_names[1].end_date: not imported: an alias "
                                 "has only a name",
                                 "organizations[1].links: not imported: no govgraph field for it",
                                 "organizations[2].classification: \"party\" is not an organisation "
                                 "kind; kept as attribute classification",
                                 "posts[1].organization_id: not imported: the post is in a meeting "
                                 "series, and roles belong to organisations",
                                 "persons[0].contact_details: not imported: no govgraph field for it",
                                 "memberships[0].start_date: not imported: govgraph records who takes "
                                 "part, not since or until when",
                                 "memberships[3]: the membership names no post; read as role "
                                 "\"green-party/member\" (Member)",
                                 "memberships[4].role: \"Vice-Chair\" is not a participation type; "
                                 "read as member",
                                 "events[5]: not imported: a register holds meeting series, not dated "
                                 "sittings, and this event belongs to no committee (event \"Dorset Council, "
                                 "1 March 2018\")",
                                 HasSubstr("events[0]: cadence of \"dorset-pcp\" inferred from 5 Popolo event(s): ")));
}

TEST_F(PlainPopolo, EventsGiveACommitteeItsCadence) {
  const Register& reg = result_->reg;
  const Meeting& panel = reg.meeting(*reg.FindMeeting("dorset-pcp"));
  // Four sittings three months apart; the cancelled one is not counted.
  ASSERT_TRUE(panel.cadence.per_year().has_value()) << panel.cadence.Describe();
  EXPECT_DOUBLE_EQ(*panel.cadence.per_year(), 4);
  EXPECT_THAT(panel.cadence.note(), HasSubstr("1 cancelled"));
  EXPECT_THAT(panel.attributes.at("cadence_evidence"), HasSubstr("from 5 Popolo event(s)"));
}

TEST(PopoloEvents, ScheduledSittingsAreWrittenAsEventsAndNotedOnImport) {
  const std::string dir = std::string(GOVGRAPH_SOURCE_DIR) + "/examples/registers/";
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(dir + "dorset-pcp-2018.json");
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<CyclePlan> plan = LoadCyclePlanJsonFile(dir + "../cycle-plans/dorset-pcp-2018-cycle.json");
  ASSERT_TRUE(plan.ok()) << plan.status();
  absl::StatusOr<Schedule> schedule = ExpandSchedule(*reg, *plan, {.year = 2018});
  ASSERT_TRUE(schedule.ok()) << schedule.status();
  ASSERT_FALSE(schedule->occurrences.empty());
  absl::StatusOr<std::string> text = RegisterToPopolo(*reg, {.events = schedule->occurrences});
  ASSERT_TRUE(text.ok()) << text.status();
  const nlohmann::json doc = nlohmann::json::parse(*text);
  ASSERT_EQ(doc["events"].size(), schedule->occurrences.size());
  std::set<std::string> ids;
  for (size_t i = 0; i < doc["events"].size(); ++i) {
    const nlohmann::json& e = doc["events"][i];
    const Occurrence& o = schedule->occurrences[i];
    ids.insert(e["id"].get<std::string>());
    EXPECT_EQ(e["classification"], "meeting");
    EXPECT_EQ(e["start_date"].get<std::string>().substr(0, 10), absl::FormatCivilTime(o.date));
    // The event's series is a committee in the same document.
    const std::string series = e["organization_id"].get<std::string>();
    EXPECT_TRUE(std::any_of(doc["organizations"].begin(), doc["organizations"].end(), [&](const nlohmann::json& org) {
      return org["id"] == series && org["classification"] == "committee";
    })) << series;
  }
  EXPECT_EQ(ids.size(), doc["events"].size()) << "event ids are unique";
  // Read back: the register is unchanged (its cadences are given), and the
  // events are reported as not imported, once per series.
  absl::StatusOr<PopoloImport> back = ParsePopolo(*text);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->reg, *reg);
  ASSERT_FALSE(back->diagnostics.empty());
  for (const Diagnostic& d : back->diagnostics) {
    EXPECT_THAT(d.message,
                HasSubstr("not imported: a register holds meeting series, and the series gives its cadence"));
  }
}

absl::Status ParseError(const std::string& text) {
  absl::StatusOr<PopoloImport> r = ParsePopolo(text);
  return r.ok() ? absl::OkStatus() : r.status();
}

TEST(PopoloErrors, NameTheJsonPath) {
  const std::string orgs =
      R"("organizations": [{"id": "a", "name": "A"}, {"id": "c", "name": "C", "classification": "committee"}])";
  EXPECT_EQ(ParseError("{" + orgs +
                       R"(, "memberships": [{"organization_id": "c", "member": {"@type": "Organization", "id": "a"}},
      {"organization_id": "x", "person_id": "p"}]})")
                .message(),
            "memberships[1].organization_id: no organization with id \"x\"; "
            "memberships[1].person_id: no person with id \"p\"");
  EXPECT_EQ(ParseError(R"({"organizations": [{"id": "a"}]})").message(), "organizations[0]: missing \"name\"");
  EXPECT_EQ(ParseError(R"({"organizations": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]})").message(),
            "organizations[1].id: duplicate organization id \"a\"");
  EXPECT_EQ(ParseError(R"({"organizations": {}})").message(), "organizations: expected an array, found object");
  EXPECT_EQ(ParseError(R"({"organizations": [{"id": "a", "name": "A", "area_id": "nowhere"}]})").message(),
            "organizations[0].area_id: no area with id \"nowhere\"");
  EXPECT_EQ(ParseError(R"({"posts": [{"id": "p", "label": 3}]})").message(),
            "posts[0].label: expected a string, found number");
  EXPECT_EQ(ParseError("[1]").message(), "expected a Popolo document (a JSON object), found array");
  EXPECT_EQ(ParseError("{").message(),
            "line 1, column 1: syntax error while parsing object key - unexpected end of input; expected string literal");
  EXPECT_EQ(ParseError(R"({"organizations": [{"id": "a", "name": "A", "size": 2E23000039}]})").message(),
            "line 1, column 53 (organizations[0].size): number overflow parsing '2E23000039'");
  EXPECT_EQ(ParseError(R"({"organizations": [{"id": "a", "name": "A", "id": "b"}]})").message(),
            "organizations[0]: duplicate key \"id\" (a key may appear once in an object; the second would silently "
            "replace the first)");
  // Problems found by the register's own checks are put in Popolo's terms.
  EXPECT_THAT(std::string(ParseError(
                              R"({"govgraph": {"schema_version": 1}, "organizations": [{"id": "c", "name": "C",
      "govgraph": {"entity": "meeting", "cadence": "fortnightly-ish"}}]})")
                              .message()),
              ::testing::StartsWith("organizations[0].cadence: cannot read cadence \"fortnightly-ish\""));
  EXPECT_EQ(ParseError(R"({"govgraph": {"schema_version": 2}})").message(),
            "govgraph.schema_version: this library reads version 1, found 2");
  absl::StatusOr<PopoloImport> missing = LoadPopoloFile("/nonexistent/popolo.json");
  EXPECT_EQ(missing.status().code(), absl::StatusCode::kNotFound);
}

TEST(PopoloErrors, RegisterProblemsAreReportedWhereTheDocumentHasThem) {
  const std::string orgs =
      R"("organizations": [{"id": "a", "name": "A"}, {"id": "c", "name": "C", "classification": "committee"}])";
  // A participant is reported at the membership it came from.
  EXPECT_EQ(ParseError("{" + orgs + R"(, "memberships": [{"organization_id": "c", "member": {"@type": "Organization",
      "id": "a"}}, {"organization_id": "c", "member": {"@type": "Organization", "id": "a"}, "govgraph": {"seats": -1}}]})")
                .message(),
            "memberships[1].seats: must be zero or more and at most 100000");
  // A participant from the meeting's own extension is reported at the meeting.
  EXPECT_EQ(ParseError(R"({"govgraph": {"schema_version": 1}, "organizations": [{"id": "a", "name": "A"},
      {"id": "c", "name": "C", "govgraph": {"entity": "meeting", "participants": [{"organisation": "nobody"}]}}],
      "memberships": [{"organization_id": "c", "member": {"@type": "Organization", "id": "a"}}]})")
                .message(),
            "organizations[1].participants[0].organisation: unknown organisation \"nobody\" (meeting \"c\")");
  EXPECT_EQ(ParseError(R"({"organizations": [{"id": "o", "name": "O"}], "posts": [{"id": "p1", "label": "L"}],
      "persons": [{"id": "x", "name": "X", "govgraph": {"roles": ["nope"]}}],
      "memberships": [{"person_id": "x", "post_id": "p1"}]})")
                .message(),
            "persons[0].roles[0]: unknown role \"nope\" (person \"x\")");
  EXPECT_EQ(ParseError(R"({"govgraph": {"schema_version": 1, "topics": [{"id": "t", "name": "T", "parent": "z"}]}})")
                .message(),
            "govgraph.topics[0].parent: unknown topic \"z\" (topic \"t\")");
  // The document's own object has no path of its own.
  EXPECT_EQ(ParseError(R"({"@type": "Organization", "id": "x", "name": "", "classification": "committee"})").message(),
            "name: is empty");
}

TEST(PopoloDetect, LooksLikePopolo) {
  EXPECT_TRUE(LooksLikePopolo(R"({"organizations": []})"));
  EXPECT_TRUE(LooksLikePopolo(ReadFile(GOVGRAPH_SOURCE_DIR "/tests/data/popolo/spec-style.json")));
  EXPECT_FALSE(LooksLikePopolo(ReadFile(GOVGRAPH_SOURCE_DIR "/examples/registers/dorset-pcp-2018.json")));
  EXPECT_FALSE(LooksLikePopolo("Meeting,Lead\nA,B\n"));
}

// --- Single objects: the specification's own examples -----------------------

std::string SpecExample(const std::string& name) {
  return std::string(GOVGRAPH_SOURCE_DIR) + "/tests/data/popolo/spec-examples/" + name;
}

PopoloImport LoadSpecExample(const std::string& name) {
  absl::StatusOr<PopoloImport> r = LoadPopoloFile(SpecExample(name));
  EXPECT_TRUE(r.ok()) << name << ": " << r.status();
  return r.ok() ? *std::move(r) : PopoloImport{};
}

std::vector<std::string> Lines(const PopoloImport& r) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : r.diagnostics) lines.push_back(d.ToString());
  return lines;
}

std::vector<std::string> RoleIds(const Person& p) {
  std::vector<std::string> ids;
  for (const auto& r : p.roles) ids.push_back(r.id);
  return ids;
}

TEST(PopoloSpecExamples, EveryEntityExampleImportsAndIsDetected) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(SpecExample(""))) {
    if (e.path().extension() == ".json") names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  EXPECT_THAT(names, ElementsAre("area.json", "contact_detail.json", "embedding-membership.json",
                                 "embedding-organization.json", "embedding-person.json", "embedding-post.json",
                                 "event.json", "membership.json", "organization.json", "person.json", "post.json"));
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    const std::string text = ReadFile(SpecExample(name));
    absl::StatusOr<PopoloImport> r = ParsePopolo(text);
    if (name == "contact_detail.json") {
      EXPECT_FALSE(LooksLikePopolo(text));
      EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
      continue;
    }
    EXPECT_TRUE(LooksLikePopolo(text));
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_THAT(r->diagnostics, ::testing::Not(::testing::IsEmpty()));
  }
}

TEST(PopoloSpecExamples, Organization) {
  const PopoloImport r = LoadSpecExample("organization.json");
  ASSERT_THAT(r.reg.organisations(), SizeIs(2));
  const Organisation& abc = r.reg.organisation(*r.reg.FindOrganisation("abc-inc"));
  EXPECT_EQ(abc.name, "ABC, Inc.");
  EXPECT_THAT(abc.aliases, ElementsAre("Bob's Diner", "Joe's Diner", "Famous Joe's"));
  EXPECT_THAT(abc.identifiers, ElementsAre(Identifier{"DUNS", "123456789"}, Identifier{"ISIN", "US0123456789"}));
  EXPECT_EQ(abc.kind, OrganisationKind::kOther);
  EXPECT_EQ(abc.attributes.at("classification"), "Corporation");
  EXPECT_EQ(abc.attributes.at("founding_date"), "1950-01-01");
  EXPECT_EQ(abc.attributes.at("dissolution_date"), "2000-01-01");
  EXPECT_EQ(abc.attributes.at("image"), "http://www.example.com/pub/photos/logo.gif");
  // The parent is not in the file: a placeholder of its id stands for it.
  EXPECT_EQ(abc.parent.id, "holding-company-corp");
  const Organisation& parent = r.reg.organisation(*r.reg.FindOrganisation("holding-company-corp"));
  EXPECT_EQ(parent.name, "holding-company-corp");
  EXPECT_EQ(parent.attributes.at("placeholder"), "referenced at parent_id; not in the Popolo document");
  EXPECT_THAT(Lines(r), ElementsAre("other_names[0].start_date: not imported: an alias has only a name",
                                    "other_names[0].end_date: not imported: an alias has only a name",
                                    "other_names[1].start_date: not imported: an alias has only a name",
                                    "parent_id: no organization with id \"holding-company-corp\" in this document; "
                                    "kept as a placeholder organization named \"holding-company-corp\"",
                                    "classification: \"Corporation\" is not an organisation kind; kept as attribute "
                                    "classification",
                                    "contact_details: not imported: no govgraph field for it",
                                    "links: not imported: no govgraph field for it"));
}

TEST(PopoloSpecExamples, EmbeddingOrganizationGivesItsPostsAndMemberships) {
  const PopoloImport r = LoadSpecExample("embedding-organization.json");
  ASSERT_THAT(r.reg.organisations(), SizeIs(1));
  EXPECT_EQ(r.reg.organisations()[0].name, "ABC, Inc.");
  ASSERT_THAT(r.reg.roles(), SizeIs(2));
  const Role& chef = r.reg.role(*r.reg.FindRole("abc-inc-chef"));
  EXPECT_EQ(chef.name, "Chef at Joe's Diner");
  EXPECT_EQ(chef.organisation.id, "abc-inc");  // filled in from the embedding organization
  EXPECT_EQ(r.reg.role(*r.reg.FindRole("abc-inc-kitchen-assistant")).organisation.id, "abc-inc");
  // Both memberships name John Q. Public, who is not in the file.
  ASSERT_THAT(r.reg.people(), SizeIs(1));
  const Person& john = r.reg.people()[0];
  EXPECT_EQ(john.id, "john-q-public");
  EXPECT_TRUE(john.attributes.contains("placeholder"));
  EXPECT_THAT(RoleIds(john), ElementsAre("abc-inc-kitchen-assistant", "abc-inc-chef"));
  std::vector<std::string> paths;
  for (const Diagnostic& d : r.diagnostics) paths.push_back(d.path.ToString());
  EXPECT_THAT(paths, ElementsAre("memberships[0].person_id", "memberships[0].start_date", "memberships[0].end_date",
                                 "memberships[0].id", "memberships[0].role", "memberships[1].person_id",
                                 "memberships[1].start_date", "memberships[1].end_date", "memberships[1].id",
                                 "memberships[1].role"));
  EXPECT_EQ(r.diagnostics[4].message,
            "not imported: the person holds post \"abc-inc-kitchen-assistant\" (Kitchen Assistant at Joe's Diner), "
            "and govgraph keeps the post's label, not the membership's role");
}

TEST(PopoloSpecExamples, Person) {
  const PopoloImport r = LoadSpecExample("person.json");
  EXPECT_THAT(r.reg.organisations(), SizeIs(0));
  ASSERT_THAT(r.reg.people(), SizeIs(1));
  const Person& john = r.reg.people()[0];
  EXPECT_EQ(john.id, "john-q-public");
  EXPECT_EQ(john.name, "Mr. John Q. Public, Esq.");
  EXPECT_THAT(john.aliases, ElementsAre("Mr. Ziggy Q. Public, Esq.", "Dragonsbane"));
  EXPECT_EQ(john.attributes, (Attributes{{"email", "jqpublic@xyz.example.com"},
                                         {"gender", "male"},
                                         {"birth_date", "1920-01"},
                                         {"death_date", "2010-01-01"},
                                         {"image", "http://www.example.com/pub/photos/jqpublic.gif"},
                                         {"summary", "A hypothetical member of society deemed a 'common man'"},
                                         {"biography", "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ..."},
                                         {"national_identity", "Scottish"}}));
  std::vector<std::string> paths;
  for (const Diagnostic& d : r.diagnostics) paths.push_back(d.path.ToString());
  EXPECT_THAT(paths, ElementsAre("other_names[0].start_date", "other_names[0].end_date", "other_names[0].note",
                                 "other_names[1].note", "identifiers", "contact_details", "links"));
}

TEST(PopoloSpecExamples, EmbeddingPersonHoldsPostsOutsideTheFile) {
  const PopoloImport r = LoadSpecExample("embedding-person.json");
  ASSERT_THAT(r.reg.people(), SizeIs(1));
  const Person& john = r.reg.people()[0];
  EXPECT_EQ(john.name, "Mr. John Q. Public, Esq.");
  EXPECT_FALSE(john.attributes.contains("placeholder"));
  EXPECT_THAT(RoleIds(john), ElementsAre("abc-inc-kitchen-assistant", "abc-inc-chef"));
  // The posts and their organization are placeholders; a post is named by the
  // membership's role.
  const Role& chef = r.reg.role(*r.reg.FindRole("abc-inc-chef"));
  EXPECT_EQ(chef.name, "Chef");
  EXPECT_EQ(chef.organisation.id, "abc-inc");
  EXPECT_EQ(chef.attributes.at("placeholder"), "referenced at memberships[1].post_id; not in the Popolo document");
  EXPECT_EQ(r.reg.organisation(*r.reg.FindOrganisation("abc-inc")).attributes.at("placeholder"),
            "referenced at memberships[0].organization_id; not in the Popolo document");
  EXPECT_THAT(Lines(r), ::testing::Contains("memberships[1].organization_id: no organization with id \"abc-inc\" in "
                                            "this document; kept as a placeholder organization named \"abc-inc\""));
  EXPECT_THAT(Lines(r), ::testing::Contains("memberships[1].post_id: no post with id \"abc-inc-chef\" in this "
                                            "document; kept as a placeholder post named \"Chef\""));
  EXPECT_THAT(r.diagnostics, SizeIs(10));
}

TEST(PopoloSpecExamples, Post) {
  const PopoloImport r = LoadSpecExample("post.json");
  ASSERT_THAT(r.reg.roles(), SizeIs(1));
  const Role& chef = r.reg.roles()[0];
  EXPECT_EQ(chef.id, "abc-inc-chef");
  EXPECT_EQ(chef.name, "Chef at Joe's Diner");
  EXPECT_THAT(chef.aliases, ElementsAre("Cook"));
  EXPECT_EQ(chef.organisation.id, "abc-inc");
  EXPECT_EQ(chef.attributes, (Attributes{{"role", "Chef"}, {"start_date", "1950"}, {"end_date", "2010"}}));
  EXPECT_THAT(Lines(r), ElementsAre("organization_id: no organization with id \"abc-inc\" in this document; kept as "
                                    "a placeholder organization named \"abc-inc\"",
                                    "contact_details: not imported: no govgraph field for it",
                                    "links: not imported: no govgraph field for it"));
}

TEST(PopoloSpecExamples, EmbeddingPostReadsItsOrganization) {
  const PopoloImport r = LoadSpecExample("embedding-post.json");
  ASSERT_THAT(r.reg.organisations(), SizeIs(1));
  const Organisation& abc = r.reg.organisations()[0];
  EXPECT_EQ(abc.name, "ABC, Inc.");
  EXPECT_FALSE(abc.attributes.contains("placeholder"));
  EXPECT_EQ(r.reg.role(*r.reg.FindRole("abc-inc-chef")).organisation.id, "abc-inc");
  ASSERT_THAT(r.reg.people(), SizeIs(1));
  EXPECT_THAT(RoleIds(r.reg.people()[0]), ElementsAre("abc-inc-chef"));
  EXPECT_EQ(r.diagnostics.at(0).ToString(),
            "memberships[0].person_id: no person with id \"john-q-public\" in this document; kept as a placeholder "
            "person named \"john-q-public\"");
}

TEST(PopoloSpecExamples, Membership) {
  const PopoloImport r = LoadSpecExample("membership.json");
  // Everything it names is outside the file.
  ASSERT_THAT(r.reg.people(), SizeIs(1));
  const Person& john = r.reg.people()[0];
  EXPECT_EQ(john.name, "john-q-public");
  EXPECT_THAT(RoleIds(john), ElementsAre("abc-inc-kitchen-assistant"));
  const Role& post = r.reg.role(*r.reg.FindRole("abc-inc-kitchen-assistant"));
  EXPECT_EQ(post.name, "Kitchen assistant at Joe's Diner");  // the membership's label
  EXPECT_EQ(post.organisation.id, "abc-inc");
  EXPECT_THAT(
      Lines(r),
      ElementsAre("organization_id: no organization with id \"abc-inc\" in this document; kept as a placeholder "
                  "organization named \"abc-inc\"",
                  "person_id: no person with id \"john-q-public\" in this document; kept as a placeholder person "
                  "named \"john-q-public\"",
                  "post_id: no post with id \"abc-inc-kitchen-assistant\" in this document; kept as a placeholder "
                  "post named \"Kitchen assistant at Joe's Diner\"",
                  "start_date: not imported: govgraph records who takes part, not since or until when",
                  "end_date: not imported: govgraph records who takes part, not since or until when",
                  "id: not imported: govgraph keeps no ids for memberships",
                  "contact_details: not imported: no govgraph field for it",
                  "links: not imported: no govgraph field for it",
                  "role: not imported: the person holds post \"abc-inc-kitchen-assistant\" (Kitchen assistant at "
                  "Joe's Diner), and govgraph keeps the post's label, not the membership's role"));
}

TEST(PopoloSpecExamples, EmbeddingMembershipNeedsNoPlaceholders) {
  const PopoloImport r = LoadSpecExample("embedding-membership.json");
  ASSERT_THAT(r.reg.organisations(), SizeIs(1));
  ASSERT_THAT(r.reg.people(), SizeIs(1));
  ASSERT_THAT(r.reg.roles(), SizeIs(1));
  const Person& john = r.reg.people()[0];
  EXPECT_EQ(john.name, "Mr. John Q. Public, Esq.");
  EXPECT_THAT(RoleIds(john), ElementsAre("abc-inc-chef"));
  // The embedded post is held in the membership's organization.
  EXPECT_EQ(r.reg.roles()[0].organisation.id, "abc-inc");
  EXPECT_THAT(Lines(r),
              ElementsAre("start_date: not imported: govgraph records who takes part, not since or until when",
                          "end_date: not imported: govgraph records who takes part, not since or until when",
                          "id: not imported: govgraph keeps no ids for memberships",
                          "role: not imported: the person holds post \"abc-inc-chef\" (Chef at Joe's "
                          "Diner), and govgraph keeps the post's label, not the membership's role"));
}

TEST(PopoloSpecExamples, AreaKnownByItsOcdIdentifier) {
  const PopoloImport r = LoadSpecExample("area.json");
  ASSERT_THAT(r.reg.areas(), SizeIs(2));
  const Area& ward = r.reg.area(*r.reg.FindArea("boston-ward-1"));
  EXPECT_EQ(ward.name, "Boston Ward 1");
  EXPECT_THAT(ward.identifiers, ElementsAre(Identifier{"ocd", "ocd-division/country:us/state:ma/place:boston/ward:1"}));
  EXPECT_EQ(ward.attributes.at("classification"), "ward");
  EXPECT_EQ(ward.parent.id, "boston");
  EXPECT_EQ(r.reg.area(*r.reg.FindArea("boston")).attributes.at("placeholder"),
            "referenced at parent_id; not in the Popolo document");
  EXPECT_THAT(Lines(r),
              ElementsAre("no \"id\"; the area is known by its \"identifier\" "
                          "\"ocd-division/country:us/state:ma/place:boston/ward:1\"",
                          "classification: \"ward\" is not an area kind; kept as attribute classification",
                          "parent_id: no area with id \"boston\" in this document; kept as a placeholder area named "
                          "\"boston\""));
}

TEST(PopoloSpecExamples, EventIsReportedNotImported) {
  const PopoloImport r = LoadSpecExample("event.json");
  EXPECT_THAT(r.reg.organisations(), SizeIs(0));
  EXPECT_THAT(r.reg.meetings(), SizeIs(0));
  ASSERT_THAT(r.diagnostics, SizeIs(1));
  EXPECT_EQ(r.diagnostics[0].path, "");  // the document's own object
  EXPECT_EQ(r.diagnostics[0].message,
            "not imported: a register holds meeting series, not dated sittings, and this event belongs to no "
            "committee (event \"1st Session of the 41st Parliament\"; no organization with id "
            "\"parliament-of-canada\" in this document)");
}

TEST(PopoloSpecExamples, AContactDetailIsNotADocument) {
  absl::StatusOr<PopoloImport> r = LoadPopoloFile(SpecExample("contact_detail.json"));
  EXPECT_EQ(r.status().message(),
            SpecExample("contact_detail.json") +
                ": not a Popolo document: it has none of the arrays \"organizations\", \"persons\", \"posts\", "
                "\"memberships\", \"areas\" and \"events\", and its fields (\"label\", \"type\", \"value\", \"note\", "
                "\"valid_from\", \"valid_through\") are not those of one Popolo organization, person, post, "
                "membership, area or event");
}

TEST(PopoloSingleObjects, TypeOrTheMostFittingClassDecides) {
  // "@type" says which.
  absl::StatusOr<PopoloImport> person = ParsePopolo(R"({"@type": "Person", "id": "x", "name": "X"})");
  ASSERT_TRUE(person.ok()) << person.status();
  EXPECT_THAT(person->reg.people(), SizeIs(1));
  EXPECT_THAT(person->diagnostics, SizeIs(0));
  EXPECT_EQ(ParseError(R"({"@type": "Motion", "id": "x"})").message(),
            "\"@type\" \"Motion\" is not a Popolo class govgraph reads (Organization, Person, Post, Membership, Area "
            "or Event)");
  // A name alone fits four classes: the first of them is taken, and said so.
  absl::StatusOr<PopoloImport> tie = ParsePopolo(R"({"id": "x", "name": "X"})");
  ASSERT_TRUE(tie.ok()) << tie.status();
  EXPECT_THAT(tie->reg.organisations(), SizeIs(1));
  EXPECT_THAT(Lines(*tie), ElementsAre("read as one Popolo organization; its fields fit a person, an area or an "
                                       "event as well (\"@type\" says which)"));
  // Birth dates are a person's.
  absl::StatusOr<PopoloImport> born = ParsePopolo(R"({"name": "Jane Doe", "birth_date": "1970"})");
  ASSERT_TRUE(born.ok()) << born.status();
  ASSERT_THAT(born->reg.people(), SizeIs(1));
  EXPECT_EQ(born->reg.people()[0].id, "jane-doe");
  EXPECT_THAT(Lines(*born), ElementsAre("no \"id\"; known as \"jane-doe\", a slug of its name"));
  // An id alone is nothing; "{}" is an empty collection, as before.
  EXPECT_THAT(std::string(ParseError(R"({"id": "x"})").message()), HasSubstr("its fields (none but \"id\")"));
  EXPECT_TRUE(ParsePopolo("{}").ok());
  // A committee with its memberships: the memberships are its participants.
  absl::StatusOr<PopoloImport> panel = ParsePopolo(R"({"id": "pcp", "name": "Panel", "classification": "committee",
      "memberships": [{"person": {"id": "p", "name": "P"}, "on_behalf_of_id": "council", "role": "chair"}]})");
  ASSERT_TRUE(panel.ok()) << panel.status();
  ASSERT_THAT(panel->reg.meetings(), SizeIs(1));
  const Meeting& m = panel->reg.meetings()[0];
  ASSERT_THAT(m.participants, SizeIs(1));
  EXPECT_EQ(m.participants[0].type, ParticipationType::kChair);
  EXPECT_EQ(m.participants[0].party.person.id, "p");
  EXPECT_EQ(m.participants[0].party.organisation.id, "council");
  EXPECT_THAT(Lines(*panel), ElementsAre("memberships[0].on_behalf_of_id: no organization with id \"council\" in "
                                         "this document; kept as a placeholder organization named \"council\""));
}

TEST(PopoloSingleObjects, DetectedForTheCommandLine) {
  EXPECT_TRUE(LooksLikePopolo(R"({"id": "p", "name": "Jane", "given_name": "Jane"})"));
  EXPECT_TRUE(LooksLikePopolo(R"({"id": "m", "person_id": "p", "organization_id": "o"})"));
  EXPECT_FALSE(LooksLikePopolo(R"({"id": "x"})"));
  EXPECT_FALSE(LooksLikePopolo(R"({"url": "http://example.com", "note": "a link"})"));
  EXPECT_FALSE(LooksLikePopolo(ReadFile(GOVGRAPH_SOURCE_DIR "/examples/registers/dorset-pcp-2018.json")));
}

TEST(PopoloEmbedded, CollectionsReadEmbeddedObjectsButStillNeedTheirIds) {
  // Posts and memberships inside a collection's organization are read too.
  absl::StatusOr<PopoloImport> r = ParsePopolo(R"({"organizations": [{"id": "o", "name": "O",
      "posts": [{"id": "p", "label": "P"}], "memberships": [{"person_id": "a", "post_id": "p"}]}],
      "persons": [{"id": "a", "name": "A"}]})");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->reg.role(*r->reg.FindRole("p")).organisation.id, "o");
  EXPECT_THAT(RoleIds(r->reg.people()[0]), ElementsAre("p"));
  EXPECT_THAT(r->diagnostics, SizeIs(0));
  // A collection names everything it refers to: a missing id is an error,
  // named at the embedded object's path.
  EXPECT_EQ(
      ParseError(R"({"organizations": [{"id": "o", "name": "O", "memberships": [{"person_id": "zz"}]}]})").message(),
      "organizations[0].memberships[0].person_id: no person with id \"zz\"");
}

TEST(PopoloEmbedded, RepeatedCopiesReferToTheFirstAndConflictsAreReported) {
  absl::StatusOr<PopoloImport> r = ParsePopolo(R"({"id": "o", "name": "O",
      "posts": [{"id": "p", "label": "P", "organization_id": "other"}],
      "memberships": [{"person": {"id": "a", "name": "A"}, "post_id": "p"},
                      {"person": {"id": "a", "name": "B"}, "post_id": "p"}]})");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_THAT(r->reg.people(), SizeIs(1));
  EXPECT_EQ(r->reg.people()[0].name, "A");
  EXPECT_THAT(Lines(*r), ::testing::IsSupersetOf(
                             {"posts[0].organization_id: names \"other\", but the organization it is given in implies "
                              "\"o\"; read as \"other\"",
                              "memberships[1].person.name: not imported: person \"a\" is read from "
                              "memberships[0].person, which gives it differently"}));
}

// --- Open Civic Data --------------------------------------------------------

TEST(Ocd, EveryRowOfTheShippedTableIsLoadedAndFound) {
  absl::StatusOr<CsvTable> csv = LoadCsvFile(GOVGRAPH_SOURCE_DIR "/data/ocd/police_force_areas.csv");
  ASSERT_TRUE(csv.ok());
  std::vector<OcdDivision> rows;
  for (size_t i = 1; i < csv->records.size(); ++i) {
    if (csv->records[i].blank()) continue;
    const auto& f = csv->records[i].fields;
    rows.push_back({f[0], f[1], f[2]});
  }
  ASSERT_THAT(rows, SizeIs(40));
  EXPECT_EQ(std::vector<OcdDivision>(PoliceForceAreas().begin(), PoliceForceAreas().end()), rows);
  for (const OcdDivision& d : rows) {
    EXPECT_EQ(*FindPoliceForceArea(d.id), d);
    EXPECT_EQ(*FindPoliceForceArea(d.gss_code), d);
    EXPECT_EQ(*FindPoliceForceArea(d.name), d);
  }
}

TEST(Ocd, LooksUpByNormalisedName) {
  EXPECT_EQ(FindPoliceForceArea("Avon & Somerset Constabulary")->gss_code, "E23000036");
  EXPECT_EQ(FindPoliceForceArea("dyfed powys police")->id, "ocd-division/country:gb/part:wls/pfa:dyfed-powys");
  EXPECT_EQ(FindPoliceForceArea("Dorset police force area")->name, "Dorset");
  EXPECT_EQ(FindPoliceForceArea("e23000018")->name, "Derbyshire");
  absl::StatusOr<OcdDivision> london = FindPoliceForceArea("Metropolitan Police");
  EXPECT_EQ(london.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(london.status().message(),
            "no police force area with OCD id, GSS "
            "code or name \"Metropolitan Police\"");
  EXPECT_FALSE(FindPoliceForceArea("ocd-division/country:gb/part:eng/pfa:atlantis").ok());
}

TEST(Ocd, ExampleForceAreasCarryTheirIds) {
  for (const std::string& path : ExampleRegisters()) {
    SCOPED_TRACE(path);
    absl::StatusOr<Register> reg = LoadRegisterJsonFile(path);
    ASSERT_TRUE(reg.ok());
    EXPECT_THAT(CheckOcdIds(*reg), SizeIs(0));
    EXPECT_THAT(SuggestOcdIds(*reg),
                SizeIs(0));  // every force area already has its id
    for (const Area& a : reg->areas()) {
      if (a.kind == AreaKind::kForceArea) {
        EXPECT_TRUE(OcdIdOf(a).has_value()) << a.id;
      }
    }
  }
}

TEST(Ocd, SuggestsAndAttachesIdsForForceAreas) {
  RegisterBuilder b;
  b.AddArea({{.id = "fa", .name = "Avon and Somerset police force area"}, AreaKind::kForceArea});
  b.AddArea({{.id = "dorset-county", .name = "Dorset"}, AreaKind::kLocalAuthority});
  b.AddArea({{.id = "nowhere", .name = "Nowhere"}, AreaKind::kForceArea});
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok());
  std::vector<OcdSuggestion> s = SuggestOcdIds(*reg);
  ASSERT_THAT(s, SizeIs(1));
  EXPECT_EQ(s[0].area, "fa");
  EXPECT_EQ(s[0].division.name, "Avon and Somerset");
  absl::StatusOr<Register> attached = AttachOcdIds(*reg);
  ASSERT_TRUE(attached.ok());
  EXPECT_THAT(attached->area(*attached->FindArea("fa")).identifiers,
              ElementsAre(Identifier{"ocd", "ocd-division/country:gb/part:eng/pfa:avon_and_somerset"},
                          Identifier{"gss", "E23000036"}));
  EXPECT_THAT(SuggestOcdIds(*attached), SizeIs(0));
}

TEST(Ocd, CheckFindsWrongIds) {
  RegisterBuilder b;
  Area a{{.id = "dorset", .name = "Dorset"}, AreaKind::kForceArea};
  a.identifiers = {{"ocd", "ocd-division/country:gb/part:eng/pfa:kent"},
                   {"ocd", "ocd-division/country:gb/part:eng/pfa:wessex"}};
  b.AddArea(a);
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok());
  std::vector<std::string> lines;
  for (const Diagnostic& p : CheckOcdIds(*reg)) lines.push_back(p.ToString());
  EXPECT_THAT(lines, ElementsAre("areas[0].identifiers[0]: "
                                 "\"ocd-division/country:gb/part:eng/pfa:kent\" is "
                                 "Kent, but area \"dorset\" is called Dorset",
                                 "areas[0].identifiers[1]: "
                                 "\"ocd-division/country:gb/part:eng/pfa:wessex\" is "
                                 "not a police force area in the OCD "
                                 "registry (area \"dorset\")"));
}

}  // namespace
}  // namespace govgraph
