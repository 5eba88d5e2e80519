// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/io/json.h"

#include <signal.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/cadence.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"
#include "govgraph/io/input_limits.h"
#include "internal/json_text.h"
#include "io/json_reader.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;
using ::testing::StartsWith;

using Json = nlohmann::json;

std::string TempPath(absl::string_view name) {
  return absl::StrCat(::testing::TempDir(), "/govgraph_json_test_", name);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

Register MustBuild(RegisterBuilder b) {
  absl::StatusOr<Register> reg = std::move(b).Build();
  EXPECT_TRUE(reg.ok()) << reg.status();
  if (!reg.ok()) return Register();
  return *std::move(reg);
}

Register MustParse(absl::string_view text) {
  absl::StatusOr<Register> reg = ParseRegisterJson(text);
  EXPECT_TRUE(reg.ok()) << reg.status() << "\n" << text;
  if (!reg.ok()) return Register();
  return *std::move(reg);
}

std::string MustWrite(const Register& reg, int indent = 2) {
  absl::StatusOr<std::string> text = RegisterToJson(reg, {.indent = indent});
  EXPECT_TRUE(text.ok()) << text.status();
  return text.ok() ? *text : "";
}

// The error message of parsing `text`, which must fail with InvalidArgument.
std::string ParseError(absl::string_view text) {
  absl::StatusOr<Register> reg = ParseRegisterJson(text);
  EXPECT_FALSE(reg.ok()) << text;
  if (reg.ok()) return "";
  EXPECT_EQ(reg.status().code(), absl::StatusCode::kInvalidArgument) << reg.status();
  return std::string(reg.status().message());
}

// A register with the given members added to {"schema_version": 1}.
std::string Doc(const std::string& members) {
  return members.empty() ? R"({"schema_version": 1})" : absl::StrCat(R"({"schema_version": 1, )", members, "}");
}

// --- Every field --------------------------------------------------------------------

// A register in which every field of every entity is set to something other
// than its default.
Register EveryField() {
  RegisterBuilder b;
  b.SetInfo({.title = "Every field",
             .description = "A register with \"every\" field set.\nSecond line.",
             .source = "tests/cpp/json_test.cc",
             .date = "2016-11-10",
             .attributes = {{"publisher", "OPCC"}, {"z-last", "\u00E9"}}});
  b.SetDefaults({.meeting_duration_hours = 1.75});

  Area region;
  region.id = "region";
  region.name = "South West";
  region.aliases = {"SW"};
  region.attributes = {{"source", "ONS"}};
  region.kind = AreaKind::kRegion;
  region.identifiers = {{"gss", "E12000009"}, {"ocd", "ocd-division/country:gb/region:south_west"}};
  b.AddArea(region);
  Area sglos;
  sglos.id = "sglos";
  sglos.name = "South Gloucestershire";
  sglos.aliases = {"South Glos", "S Glos"};
  sglos.attributes = {{"tier", "unitary"}};
  sglos.kind = AreaKind::kLocalAuthority;
  sglos.parent = "region";
  sglos.identifiers = {{"gss", "E06000025"}};
  b.AddArea(sglos);
  Area bristol;
  bristol.id = "bristol";
  bristol.name = "Bristol";
  bristol.kind = AreaKind::kLocality;
  bristol.parent = "region";
  b.AddArea(bristol);

  Organisation o1;
  o1.id = "o1";
  o1.name = "Avon and Somerset Constabulary";
  o1.aliases = {"ASC", "Constabulary"};
  o1.attributes = {{"source", "Appendix A"}};
  o1.kind = OrganisationKind::kPolice;
  o1.areas = {"region", "sglos"};
  o1.identifiers = {{"ods", "X1"}};
  b.AddOrganisation(o1);
  Organisation o2;
  o2.id = "o2";
  o2.name = "Office of the PCC";
  o2.kind = OrganisationKind::kPoliceAndCrimeCommissioner;
  o2.parent = "o1";
  b.AddOrganisation(o2);

  Role r1;
  r1.id = "r1";
  r1.name = "Police and Crime Commissioner";
  r1.aliases = {"PCC"};
  r1.attributes = {{"term", "2016-2021"}};
  r1.organisation = "o2";
  r1.elected = true;
  b.AddRole(r1);
  Role r2;
  r2.id = "r2";
  r2.name = "Independent safeguarding chair";
  b.AddRole(r2);

  Person p1;
  p1.id = "p1";
  p1.name = "Sue Mountstevens";
  p1.aliases = {"the PCC"};
  p1.attributes = {{"since", "2012"}};
  p1.roles = {"r1", "r2"};
  b.AddPerson(p1);

  Topic t1;
  t1.id = "t1";
  t1.name = "Police and Crime Plan";
  t1.aliases = {"PCP"};
  t1.attributes = {{"pillar", "1"}};
  b.AddTopic(t1);
  Topic t2;
  t2.id = "t2";
  t2.name = "Reoffending";
  t2.parent = "t1";
  b.AddTopic(t2);

  Meeting m1;
  m1.id = "m1";
  m1.name = "Community Safety Partnerships";
  m1.aliases = {"CSPs"};
  m1.attributes = {{"section", "Appendix A"}};
  m1.kind = MeetingKind::kPartnership;
  m1.lead.organisations = {"o1"};
  m1.lead.supporting = {"o2"};
  m1.lead.text = "Constabulary with OPCC support";
  m1.chair = {.organisation = "o2", .role = "r1", .person = "p1"};
  m1.chair_note = "agreed by vote of participants";
  m1.purpose = "To tackle crime, disorder and antisocial behaviour";
  m1.current_focus = "Strategic assessment";
  Participant a;
  a.party = {.organisation = "o1", .role = "r1", .person = "p1"};
  a.type = ParticipationType::kStatutoryMember;
  a.seats = 3;
  a.note = "Police";
  Participant c;
  c.party.role = "r2";
  c.type = ParticipationType::kObserver;
  c.seats = 0;
  m1.participants = {a, c};
  absl::StatusOr<Cadence> parsed =
      ParseCadence("Varies in each LA area - Quarterly (except South Glos \u2013 three times a year)");
  EXPECT_TRUE(parsed.ok()) << parsed.status();
  if (parsed.ok()) m1.cadence = *parsed;
  m1.duration_hours = 2.5;
  m1.level = Level::kTactical;
  m1.areas = {"sglos", "bristol"};
  m1.per_area = true;
  m1.statutory = true;
  m1.status = MeetingStatus::kToBeRemoved;
  m1.reports_to = "m2";
  m1.topics = {"t1", "t2"};
  b.AddMeeting(m1);

  Meeting m2;
  m2.id = "m2";
  m2.name = "Police and Crime Board";
  m2.kind = MeetingKind::kBoard;
  m2.lead.organisations = {"o1", "o2"};
  m2.cadence = Cadence::Regular(2.0 / 3.0, "every 18 months or so").set_note("read by hand");
  m2.cadence.AddException("South Glos", 0.5);
  m2.areas = {"sglos"};
  m2.level = Level::kStrategic;
  m2.status = MeetingStatus::kNew;
  b.AddMeeting(m2);

  Meeting m3;
  m3.id = "m3";
  m3.name = "Leaders meeting";
  m3.kind = MeetingKind::kWorkingGroup;
  m3.lead.organisations = {"o2"};
  m3.cadence = Cadence::AdHoc("called as needed").set_note("no fixed rate");
  m3.level = Level::kOperational;
  m3.status = MeetingStatus::kProposed;
  b.AddMeeting(m3);

  Meeting m4;
  m4.id = "m4";
  m4.name = "Local Meetings";
  m4.kind = MeetingKind::kForum;
  m4.cadence = Cadence::Unknown("whenever the moon is full");
  m4.duration_hours = 0.0;
  b.AddMeeting(m4);

  Initiative i1;
  i1.id = "i1";
  i1.name = "Integrated Offender Management";
  i1.aliases = {"IOM"};
  i1.attributes = {{"budget", "\u00A3100k"}};
  i1.lead.organisations = {"o2"};
  i1.lead.supporting = {"o1"};
  i1.lead.text = "OPCC with Constabulary support";
  i1.purpose = "Reduce reoffending";
  Participant ip;
  ip.party.organisation = "o1";
  ip.type = ParticipationType::kSupport;
  ip.seats = 2;
  ip.note = "analysts";
  i1.participants = {ip};
  i1.priorities = {"t2"};
  i1.areas = {"region"};
  i1.status = InitiativeStatus::kCompleted;
  i1.start_date = absl::CivilDay(2016, 4, 1);
  i1.end_date = absl::CivilDay(2018, 3, 31);
  b.AddInitiative(i1);
  Initiative i2;
  i2.id = "i2";
  i2.name = "Stopped venture";
  i2.lead.organisations = {"o1"};
  i2.status = InitiativeStatus::kStopped;
  i2.start_date = absl::CivilDay(2017, 1, 1);
  b.AddInitiative(i2);
  return MustBuild(std::move(b));
}

std::set<std::string> Keys(const Json& object) {
  std::set<std::string> out;
  for (const auto& [k, v] : object.items()) out.insert(k);
  return out;
}

TEST(JsonRoundTripTest, EveryFieldOfEveryEntity) {
  const Register reg = EveryField();
  const std::string path = TempPath("every_field.json");
  ASSERT_TRUE(SaveRegisterJsonFile(reg, path).ok());
  const std::string first = ReadFile(path);
  EXPECT_EQ(first, MustWrite(reg)) << "SaveRegisterJsonFile writes RegisterToJson";

  absl::StatusOr<Register> loaded = LoadRegisterJsonFile(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_TRUE(*loaded == reg) << first;

  const std::string path2 = TempPath("every_field_2.json");
  ASSERT_TRUE(SaveRegisterJsonFile(*loaded, path2).ok());
  EXPECT_EQ(ReadFile(path2), first) << "canonical output";

  // The register really does set every member the format has: the canonical
  // form leaves out defaults, so each must be present.
  Json j = Json::parse(first);
  EXPECT_EQ(Keys(j), (std::set<std::string>{"schema_version", "info", "defaults", "areas", "organisations",
                                            "roles", "people", "topics", "meetings", "initiatives"}));
  EXPECT_EQ(Keys(j["info"]), (std::set<std::string>{"title", "description", "source", "date", "attributes"}));
  EXPECT_EQ(Keys(j["areas"][1]),
            (std::set<std::string>{"id", "name", "aliases", "attributes", "kind", "parent", "identifiers"}));
  EXPECT_EQ(Keys(j["organisations"][0]),
            (std::set<std::string>{"id", "name", "aliases", "attributes", "kind", "areas", "identifiers"}));
  EXPECT_THAT(Keys(j["organisations"][1]), testing::Contains("parent"));
  EXPECT_EQ(Keys(j["roles"][0]),
            (std::set<std::string>{"id", "name", "aliases", "attributes", "organisation", "elected"}));
  EXPECT_EQ(Keys(j["people"][0]), (std::set<std::string>{"id", "name", "aliases", "attributes", "roles"}));
  EXPECT_EQ(Keys(j["topics"][0]), (std::set<std::string>{"id", "name", "aliases", "attributes"}));
  EXPECT_EQ(Keys(j["topics"][1]), (std::set<std::string>{"id", "name", "parent"}));
  EXPECT_EQ(Keys(j["meetings"][0]),
            (std::set<std::string>{"id", "name", "aliases", "attributes", "kind", "lead", "chair",
                                   "chair_note", "purpose", "current_focus", "participants", "cadence",
                                   "duration_hours", "level", "areas", "per_area", "statutory", "status",
                                   "reports_to", "topics"}));
  EXPECT_EQ(Keys(j["meetings"][0]["participants"][0]),
            (std::set<std::string>{"organisation", "role", "person", "type", "seats", "note"}));
  EXPECT_EQ(Keys(j["meetings"][0]["chair"]), (std::set<std::string>{"organisation", "role", "person"}));
  EXPECT_EQ(Keys(j["meetings"][0]["lead"]), (std::set<std::string>{"organisations", "supporting", "text"}));
  EXPECT_EQ(Keys(j["meetings"][1]["cadence"]),
            (std::set<std::string>{"kind", "per_year", "text", "note", "exceptions"}));
  EXPECT_EQ(Keys(j["initiatives"][0]),
            (std::set<std::string>{"id", "name", "aliases", "attributes", "lead", "purpose", "participants",
                                   "priorities", "areas", "status", "start_date", "end_date"}));

  // Canonical values.
  EXPECT_EQ(j["defaults"]["meeting_duration_hours"], 1.75);
  EXPECT_EQ(j["meetings"][0]["cadence"],
            "Varies in each LA area - Quarterly (except South Glos \u2013 three times a year)");
  EXPECT_EQ(j["meetings"][0]["participants"][1]["seats"], 0);
  EXPECT_EQ(j["meetings"][0]["participants"][1]["type"], "observer");
  EXPECT_EQ(j["meetings"][1]["lead"], Json::array({"o1", "o2"}));
  EXPECT_EQ(j["meetings"][2]["lead"], "o2");
  EXPECT_FALSE(j["meetings"][3].contains("lead"));
  EXPECT_EQ(j["meetings"][3]["cadence"], Json({{"kind", "unknown"}, {"text", "whenever the moon is full"}}));
  EXPECT_EQ(j["meetings"][3]["duration_hours"], 0.0) << "a stated zero is kept";
  EXPECT_EQ(j["initiatives"][0]["start_date"], "2016-04-01");
  EXPECT_EQ(j["initiatives"][0]["end_date"], "2018-03-31");
  EXPECT_EQ(j["roles"][0]["elected"], true);
  std::remove(path.c_str());
  std::remove(path2.c_str());
}

TEST(JsonRoundTripTest, EveryFieldMatters) {
  // If any field were lost between save and load, the comparison above
  // would catch it; check that comparison sees single-field changes.
  const Register reg = EveryField();
  auto edit = [&](auto fn) {
    RegisterBuilder b(reg);
    fn(b);
    Register changed = MustBuild(std::move(b));
    EXPECT_FALSE(changed == reg);
    EXPECT_NE(MustWrite(changed), MustWrite(reg));
    EXPECT_TRUE(MustParse(MustWrite(changed)) == changed);
  };
  edit([](RegisterBuilder& b) { b.meetings()[0].chair.person = ""; });
  edit([](RegisterBuilder& b) { b.meetings()[0].participants[1].seats = 1; });
  edit([](RegisterBuilder& b) { b.meetings()[0].lead.text = ""; });
  edit([](RegisterBuilder& b) { b.meetings()[1].cadence.set_note(""); });
  edit([](RegisterBuilder& b) { b.meetings()[3].duration_hours.reset(); });
  edit([](RegisterBuilder& b) { b.areas()[0].identifiers.pop_back(); });
  edit([](RegisterBuilder& b) { b.initiatives()[1].start_date.reset(); });
  edit([](RegisterBuilder& b) { b.roles()[0].elected = false; });
  edit([](RegisterBuilder& b) { b.SetDefaults({}); });
}

TEST(JsonRoundTripTest, CompactOutputRoundTrips) {
  const Register reg = EveryField();
  const std::string compact = MustWrite(reg, -1);
  EXPECT_EQ(compact.find('\n'), std::string::npos) << "one line";
  EXPECT_THAT(compact, StartsWith("{\"schema_version\":1,"));
  // Strings hold a newline; it is escaped.
  EXPECT_THAT(compact, HasSubstr("field set.\\nSecond line."));
  const Register back = MustParse(compact);
  EXPECT_TRUE(back == reg);
  EXPECT_EQ(MustWrite(back, -1), compact);
  EXPECT_EQ(MustWrite(back), MustWrite(reg));
  // Indented output ends with a newline; compact does not.
  EXPECT_EQ(MustWrite(reg).back(), '\n');
  EXPECT_EQ(compact.back(), '}');
  // Another indent.
  const std::string four = MustWrite(reg, 4);
  EXPECT_THAT(four, HasSubstr("\n    \"info\": {"));
  EXPECT_TRUE(MustParse(four) == reg);
}

TEST(JsonWriteTest, IndentMustBeInRange) {
  const Register reg = EveryField();
  // The ends of the range write.
  EXPECT_THAT(MustWrite(reg, 0), HasSubstr("\n\"info\": {"));
  const std::string widest = MustWrite(reg, kMaxJsonIndent);
  EXPECT_THAT(widest, HasSubstr("\n" + std::string(kMaxJsonIndent, ' ') + "\"info\": {"));
  EXPECT_TRUE(MustParse(widest) == reg);
  // Outside it: InvalidArgumentError naming the option and the range, from
  // every writer, and no file written.
  for (int indent : {-2, -1000, kMaxJsonIndent + 1, 2000, 1000000}) {
    SCOPED_TRACE(indent);
    absl::StatusOr<std::string> text = RegisterToJson(reg, {.indent = indent});
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(text.status().message(),
              absl::StrCat("indent: must be -1 (one compact line) or from 0 to 16 spaces, got ", indent));
    EXPECT_EQ(ValidateJsonWriteOptions({.indent = indent}), text.status());
    const std::string path = ::testing::TempDir() + "/indent_out_of_range.json";
    std::remove(path.c_str());
    EXPECT_EQ(SaveRegisterJsonFile(reg, path, {.indent = indent}).code(), absl::StatusCode::kInvalidArgument);
    EXPECT_FALSE(std::ifstream(path).good()) << "nothing written";
  }
  EXPECT_TRUE(ValidateJsonWriteOptions({}).ok());
  EXPECT_TRUE(ValidateJsonWriteOptions({.indent = -1}).ok());
}

TEST(JsonRoundTripTest, EmptyRegister) {
  const std::string text = MustWrite(Register());
  EXPECT_EQ(text, "{\n  \"schema_version\": 1\n}\n");
  EXPECT_TRUE(MustParse(text) == Register());
  EXPECT_TRUE(MustParse(R"({"schema_version": 1, "areas": [], "meetings": []})") == Register());
}

TEST(JsonRoundTripTest, NonAsciiIsWrittenAsUtf8NotEscaped) {
  RegisterBuilder b;
  Area a;
  a.id = "ynys-mon";
  a.name = "Ynys M\u00F4n \u2013 \u201CAnglesey\u201D";
  b.AddArea(a);
  Register reg = MustBuild(std::move(b));
  const std::string text = MustWrite(reg);
  EXPECT_THAT(text, HasSubstr("\"Ynys M\u00F4n \u2013 \u201CAnglesey\u201D\""));
  EXPECT_TRUE(MustParse(text) == reg);
}

TEST(JsonWriteTest, InvalidUtf8CannotBeWritten) {
  RegisterBuilder b;
  Area a;
  a.id = "bad";
  a.name = "bad \xFF byte";
  b.AddArea(a);
  Register reg = MustBuild(std::move(b));
  absl::StatusOr<std::string> text = RegisterToJson(reg);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(text.status().message()), StartsWith("cannot write the register as JSON: "));
  const std::string path = TempPath("invalid_utf8.json");
  EXPECT_FALSE(SaveRegisterJsonFile(reg, path).ok());
}

// --- Lead ---------------------------------------------------------------------------

constexpr absl::string_view kOrgs =
    R"("organisations": [{"id": "opcc", "name": "OPCC"}, {"id": "asc", "name": "Constabulary"}])";

TEST(JsonLeadTest, ShorthandForms) {
  const Register reg = MustParse(Doc(absl::StrCat(kOrgs, R"(, "meetings": [
      {"id": "one", "name": "One", "lead": "opcc"},
      {"id": "joint", "name": "Joint", "lead": ["opcc", "asc"]},
      {"id": "object", "name": "Object",
       "lead": {"organisations": ["opcc"], "supporting": ["asc"], "text": "OPCC with support"}},
      {"id": "none", "name": "None", "lead": []},
      {"id": "absent", "name": "Absent"},
      {"id": "text-only", "name": "Text only", "lead": {"organisations": [], "text": "attendance"}},
      {"id": "object-one", "name": "Object one", "lead": {"organisations": ["asc"]}}
    ])")));
  ASSERT_THAT(reg.meetings(), SizeIs(7));
  const Lead& one = reg.meetings()[0].lead;
  EXPECT_EQ(one.organisations, (std::vector<Ref<Organisation>>{"opcc"}));
  EXPECT_TRUE(one.supporting.empty());
  EXPECT_TRUE(one.text.empty());
  EXPECT_EQ(one.organisations[0].handle, OrganisationHandle(0));
  const Lead& joint = reg.meetings()[1].lead;
  EXPECT_EQ(joint.organisations, (std::vector<Ref<Organisation>>{"opcc", "asc"}));
  EXPECT_TRUE(joint.joint());
  EXPECT_EQ(joint.organisations[1].handle, OrganisationHandle(1));
  const Lead& object = reg.meetings()[2].lead;
  EXPECT_EQ(object.organisations, (std::vector<Ref<Organisation>>{"opcc"}));
  EXPECT_EQ(object.supporting, (std::vector<Ref<Organisation>>{"asc"}));
  EXPECT_EQ(object.text, "OPCC with support");
  EXPECT_EQ(object.supporting[0].handle, OrganisationHandle(1));
  EXPECT_TRUE(reg.meetings()[3].lead.none());
  EXPECT_EQ(reg.meetings()[3].lead, Lead());
  EXPECT_EQ(reg.meetings()[4].lead, Lead());
  EXPECT_TRUE(reg.meetings()[5].lead.none());
  EXPECT_EQ(reg.meetings()[5].lead.text, "attendance");
  Lead asc;
  asc.organisations = {"asc"};
  EXPECT_EQ(reg.meetings()[6].lead, asc);

  // Written back in the shortest form.
  Json j = Json::parse(MustWrite(reg));
  EXPECT_EQ(j["meetings"][0]["lead"], "opcc");
  EXPECT_EQ(j["meetings"][1]["lead"], Json::array({"opcc", "asc"}));
  EXPECT_EQ(j["meetings"][2]["lead"],
            Json({{"organisations", {"opcc"}}, {"supporting", {"asc"}}, {"text", "OPCC with support"}}));
  EXPECT_FALSE(j["meetings"][3].contains("lead"));
  EXPECT_FALSE(j["meetings"][4].contains("lead"));
  EXPECT_EQ(j["meetings"][5]["lead"], Json({{"organisations", Json::array()}, {"text", "attendance"}}));
  EXPECT_EQ(j["meetings"][6]["lead"], "asc");
  EXPECT_TRUE(MustParse(MustWrite(reg)) == reg);
}

TEST(JsonLeadTest, InitiativeLeadAndErrors) {
  const Register reg = MustParse(Doc(absl::StrCat(kOrgs, R"(, "initiatives": [
      {"id": "i", "name": "I", "lead": ["asc", "opcc"]}])")));
  EXPECT_EQ(reg.initiatives()[0].lead.organisations, (std::vector<Ref<Organisation>>{"asc", "opcc"}));

  EXPECT_EQ(ParseError(Doc(absl::StrCat(kOrgs, R"(, "meetings": [{"id": "m", "name": "M", "lead": 3}])"))),
            "meetings[0].lead: expected an object, found number");
  EXPECT_EQ(ParseError(Doc(absl::StrCat(kOrgs, R"(, "meetings": [{"id": "m", "name": "M", "lead": [3]}])"))),
            "meetings[0].lead[0]: expected a string, found number");
  EXPECT_EQ(ParseError(Doc(absl::StrCat(
                kOrgs, R"(, "meetings": [{"id": "m", "name": "M", "lead": {"organisation": "opcc"}}])"))),
            "meetings[0].lead: unknown field \"organisation\"");
  EXPECT_EQ(ParseError(Doc(absl::StrCat(kOrgs, R"(, "meetings": [{"id": "m", "name": "M", "lead": "pcc"}])"))),
            "meetings[0].lead.organisations[0]: unknown organisation \"pcc\" (meeting \"m\")");
  EXPECT_EQ(ParseError(Doc(absl::StrCat(
                kOrgs, R"(, "meetings": [{"id": "m", "name": "M", "lead": {"organisations": [], "supporting": ["x"]}}])"))),
            "meetings[0].lead.supporting[0]: unknown organisation \"x\" (meeting \"m\")");
}

// --- Cadence ------------------------------------------------------------------------

constexpr absl::string_view kAreas =
    R"("areas": [{"id": "bristol", "name": "Bristol"},
                 {"id": "sglos", "name": "South Gloucestershire", "aliases": ["South Glos"]}])";

Register WithMeeting(const std::string& meeting_members) {
  return MustParse(Doc(absl::StrCat(kAreas, R"(, "meetings": [{"id": "m", "name": "M", )", meeting_members, "}]")));
}

std::string MeetingError(const std::string& meeting_members) {
  return ParseError(Doc(absl::StrCat(kAreas, R"(, "meetings": [{"id": "m", "name": "M", )", meeting_members, "}]")));
}

TEST(JsonCadenceTest, TextIsParsedAndWrittenBackAsText) {
  const Register reg = WithMeeting(R"("cadence": "Bi monthly")");
  const Cadence& c = reg.meetings()[0].cadence;
  EXPECT_EQ(c.kind(), Cadence::Kind::kRegular);
  EXPECT_EQ(c.per_year(), 6.0);
  EXPECT_EQ(c.text(), "Bi monthly");
  EXPECT_FALSE(c.note().empty());
  Json j = Json::parse(MustWrite(reg));
  EXPECT_EQ(j["meetings"][0]["cadence"], "Bi monthly");
}

TEST(JsonCadenceTest, TextWithExceptionResolvesAgainstTheMeetingsAreas) {
  const Register reg = WithMeeting(
      R"j("cadence": "Quarterly (except South Glos \u2013 three times a year)", "areas": ["bristol", "sglos"], "per_area": true)j");
  const Cadence& c = reg.meetings()[0].cadence;
  EXPECT_EQ(c.per_year(), 4.0);
  ASSERT_THAT(c.exceptions(), SizeIs(1));
  EXPECT_EQ(c.exceptions()[0].area, "South Glos");
  EXPECT_EQ(c.exceptions()[0].per_year, 3.0);
  EXPECT_EQ(c.exceptions()[0].area_handle, AreaHandle(1));
  EXPECT_EQ(reg.SittingsPerYear(reg.meetings()[0]), 7.0);
  Json j = Json::parse(MustWrite(reg));
  EXPECT_EQ(j["meetings"][0]["cadence"], "Quarterly (except South Glos \u2013 three times a year)");
  EXPECT_TRUE(MustParse(MustWrite(reg)) == reg);

  // The exception must name one of the meeting's areas.
  EXPECT_EQ(MeetingError(R"j("cadence": "Quarterly (except South Glos - three times a year)", "areas": ["bristol"])j"),
            "meetings[0].cadence.exceptions[0].area: area \"South Glos\" is not one of the meeting's areas "
            "(meeting \"m\")");
}

TEST(JsonCadenceTest, ObjectForm) {
  const Register reg = WithMeeting(R"("areas": ["bristol", "sglos"], "per_area": true, "cadence": {
      "kind": "varies", "per_year": 4, "text": "it varies", "note": "typical rate from the minutes",
      "exceptions": [{"area": "South Glos", "per_year": 3}, {"area": "bristol", "per_year": 2.5}]})");
  const Cadence& c = reg.meetings()[0].cadence;
  EXPECT_EQ(c.kind(), Cadence::Kind::kVaries);
  EXPECT_EQ(c.per_year(), 4.0);
  EXPECT_EQ(c.text(), "it varies");
  EXPECT_EQ(c.note(), "typical rate from the minutes");
  ASSERT_THAT(c.exceptions(), SizeIs(2));
  EXPECT_EQ(c.exceptions()[0].area, "South Glos");
  EXPECT_EQ(c.exceptions()[1].area, "bristol");
  EXPECT_EQ(c.exceptions()[1].per_year, 2.5);
  EXPECT_EQ(c.exceptions()[1].area_handle, AreaHandle(0));
  EXPECT_EQ(reg.SittingsPerYear(reg.meetings()[0]), 5.5);
  Json j = Json::parse(MustWrite(reg));
  EXPECT_EQ(j["meetings"][0]["cadence"],
            Json::parse(R"({"kind": "varies", "per_year": 4.0, "text": "it varies",
                            "note": "typical rate from the minutes",
                            "exceptions": [{"area": "South Glos", "per_year": 3.0},
                                           {"area": "bristol", "per_year": 2.5}]})"));
  EXPECT_TRUE(MustParse(MustWrite(reg)) == reg);
}

TEST(JsonCadenceTest, ObjectKinds) {
  const Register reg = MustParse(Doc(R"("meetings": [
      {"id": "a", "name": "A", "cadence": {"kind": "regular", "per_year": 0.5}},
      {"id": "b", "name": "B", "cadence": {"kind": "varies"}},
      {"id": "c", "name": "C", "cadence": {"kind": "ad_hoc", "text": "when called"}},
      {"id": "d", "name": "D", "cadence": {"kind": "unknown", "text": "whenever the moon is full"}},
      {"id": "e", "name": "E", "cadence": "TBC after stakeholder engagement"},
      {"id": "f", "name": "F", "cadence": ""}])"));
  EXPECT_EQ(reg.meetings()[0].cadence, Cadence::Regular(0.5));
  EXPECT_EQ(reg.meetings()[1].cadence, Cadence::Varies(std::nullopt));
  EXPECT_EQ(reg.meetings()[2].cadence, Cadence::AdHoc("when called"));
  EXPECT_EQ(reg.meetings()[3].cadence, Cadence::Unknown("whenever the moon is full"));
  EXPECT_EQ(reg.meetings()[4].cadence.kind(), Cadence::Kind::kUnknown);
  EXPECT_EQ(reg.meetings()[4].cadence.text(), "TBC after stakeholder engagement");
  EXPECT_EQ(reg.meetings()[5].cadence, Cadence());
  Json j = Json::parse(MustWrite(reg));
  EXPECT_EQ(j["meetings"][0]["cadence"], Json({{"kind", "regular"}, {"per_year", 0.5}}));
  EXPECT_EQ(j["meetings"][1]["cadence"], Json({{"kind", "varies"}}));
  EXPECT_EQ(j["meetings"][3]["cadence"], Json({{"kind", "unknown"}, {"text", "whenever the moon is full"}}));
  EXPECT_EQ(j["meetings"][4]["cadence"], "TBC after stakeholder engagement");
  EXPECT_FALSE(j["meetings"][5].contains("cadence")) << "not stated: left out";
  EXPECT_TRUE(MustParse(MustWrite(reg)) == reg);
}

TEST(JsonCadenceTest, TextThatReadsAsSomethingElseStaysAnObject) {
  // "Bi monthly" reads as 6 a year with a note; this object says 12 and no note.
  const Register reg = WithMeeting(R"("cadence": {"kind": "regular", "per_year": 12, "text": "Bi monthly"})");
  const Cadence& c = reg.meetings()[0].cadence;
  EXPECT_EQ(c.per_year(), 12.0);
  EXPECT_EQ(c.text(), "Bi monthly");
  EXPECT_TRUE(c.note().empty());
  const std::string text = MustWrite(reg);
  Json j = Json::parse(text);
  EXPECT_EQ(j["meetings"][0]["cadence"], Json({{"kind", "regular"}, {"per_year", 12.0}, {"text", "Bi monthly"}}));
  const Register back = MustParse(text);
  EXPECT_TRUE(back == reg);
  EXPECT_EQ(back.meetings()[0].cadence.per_year(), 12.0);

  // The same rate as the text, but without the parser's note: still an object.
  const Register same_rate = WithMeeting(R"("cadence": {"kind": "regular", "per_year": 6, "text": "Bi monthly"})");
  EXPECT_TRUE(Json::parse(MustWrite(same_rate))["meetings"][0]["cadence"].is_object());
  EXPECT_TRUE(MustParse(MustWrite(same_rate)) == same_rate);

  // Exactly what the parser makes of the text: written as the text.
  const Cadence parsed = *ParseCadence("Bi monthly");
  const Register exact = WithMeeting(absl::StrCat(R"("cadence": {"kind": "regular", "per_year": 6, "text": "Bi monthly", "note": ")",
                                                  parsed.note(), "\"}"));
  EXPECT_EQ(Json::parse(MustWrite(exact))["meetings"][0]["cadence"], "Bi monthly");
}

TEST(JsonCadenceTest, Errors) {
  EXPECT_THAT(MeetingError(R"("cadence": "whenever the moon is full")"),
              testing::AllOf(StartsWith("meetings[0].cadence: cannot read cadence \"whenever the moon is full\""),
                             HasSubstr("(write {\"kind\": \"unknown\", \"text\": ...} to keep it as unknown)")));
  EXPECT_EQ(MeetingError(R"("cadence": {"per_year": 4})"), "meetings[0].cadence: missing \"kind\"");
  EXPECT_EQ(MeetingError(R"("cadence": {"kind": "regular"})"),
            "meetings[0].cadence: a regular cadence needs \"per_year\"");
  EXPECT_EQ(MeetingError(R"("cadence": {"kind": "ad_hoc", "per_year": 2})"),
            "meetings[0].cadence.per_year: a cadence of kind \"ad_hoc\" has no meetings a year");
  EXPECT_THAT(MeetingError(R"("cadence": {"kind": "sometimes"})"),
              StartsWith("meetings[0].cadence.kind: unknown cadence kind \"sometimes\""));
  EXPECT_EQ(MeetingError(R"("cadence": {"kind": "varies", "per_year": "4"})"),
            "meetings[0].cadence.per_year: expected a number, found string");
  EXPECT_EQ(MeetingError(R"("cadence": {"kind": "regular", "per_year": 4, "every": 3})"),
            "meetings[0].cadence: unknown field \"every\"");
  EXPECT_EQ(MeetingError(R"("cadence": {"kind": "regular", "per_year": 4, "exceptions": [{"area": "bristol"}]})"),
            "meetings[0].cadence.exceptions[0]: missing \"per_year\"");
  EXPECT_EQ(MeetingError(R"("cadence": {"kind": "regular", "per_year": 4, "exceptions": [{"area": "", "per_year": 1}]})"),
            "meetings[0].cadence.exceptions[0].area: is empty");
  EXPECT_EQ(MeetingError(R"("cadence": {"kind": "regular", "per_year": 4, "exceptions": {}})"),
            "meetings[0].cadence.exceptions: expected an array, found object");
  EXPECT_EQ(MeetingError(R"("cadence": {"kind": "regular", "per_year": -4})"),
            "meetings[0].cadence: meetings a year must be a finite number, zero or more and at most 8784 (hourly)");
  EXPECT_EQ(MeetingError(R"("cadence": 4)"), "meetings[0].cadence: expected an object, found number");
}

// --- Errors -------------------------------------------------------------------------------

TEST(JsonErrorTest, SyntaxErrorGivesLineAndColumn) {
  const std::string message = ParseError("{\"schema_version\": 1,\n \"areas\": [\n  {\"id\": \"a\",, }]}");
  EXPECT_THAT(message, HasSubstr("line 3, column 14"));
  EXPECT_THAT(message, HasSubstr("syntax error"));
  EXPECT_THAT(message, testing::Not(HasSubstr("[json.exception"))) << "library prefix stripped";
  EXPECT_THAT(ParseError(""), HasSubstr("line 1, column 1"));
  EXPECT_THAT(ParseError("{\"schema_version\": 1"), HasSubstr("line 1, column"));
}

TEST(JsonErrorTest, NumberTooLargeForADoubleIsAnErrorAtItsPlace) {
  EXPECT_EQ(ParseError(R"({"schema_version": 1, "x": 1e999})"),
            "line 1, column 28 (x): number overflow parsing '1e999'");
  EXPECT_EQ(ParseError(Doc(R"("defaults": {"meeting_duration_hours": 1e400})")),
            "line 1, column 62 (defaults.meeting_duration_hours): number overflow parsing '1e400'");
}

TEST(JsonErrorTest, DuplicateKeysAreRefusedWithTheirPath) {
  // The last one winning would lose the first without a word.
  EXPECT_THAT(ParseError(R"({"schema_version": 1, "meetings": [], "meetings": []})"),
              StartsWith("duplicate key \"meetings\""));
  EXPECT_THAT(ParseError(Doc(R"("meetings": [{"id": "a", "name": "A"}, {"id": "b", "name": "B", "name": "C"}])")),
              StartsWith("meetings[1]: duplicate key \"name\""));
  EXPECT_THAT(ParseError(Doc(R"("areas": [{"id": "a", "name": "A", "attributes": {"k": "1", "k": "2"}}])")),
              StartsWith("areas[0].attributes: duplicate key \"k\""));
  // The same key in different objects is fine.
  EXPECT_TRUE(ParseRegisterJson(Doc(R"("areas": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])")).ok());
}

TEST(JsonErrorTest, DeepNestingIsRefusedBeforeItCostsAnything) {
  const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
  EXPECT_THAT(ParseError(deep), HasSubstr("nested more than 64 levels deep"));
  const std::string deep_field = Doc(absl::StrCat(R"("info": {"x": )", std::string(70, '['), std::string(70, ']'), "}"));
  EXPECT_THAT(ParseError(deep_field), StartsWith("info.x[0][0]"));
  // 64 levels are read (and then refused by the register's own checks).
  const std::string at_limit = Doc(absl::StrCat(R"("info": {"x": )", std::string(62, '['), std::string(62, ']'), "}"));
  EXPECT_EQ(ParseError(at_limit), "info: unknown field \"x\"");
}

TEST(JsonErrorTest, MessagesAreValidUtf8) {
  // A byte that is not UTF-8 is shown escaped, so every caller (Python included) can print the message.
  const std::string message = ParseError("{\"schema_version\": 1, \"info\": {\"title\": \"Caf\xE9\"}}");
  EXPECT_THAT(message, HasSubstr("\\xE9"));
  EXPECT_THAT(message, HasSubstr("line 1, column"));
  EXPECT_EQ(message.find('\xE9'), std::string::npos);
}

TEST(JsonErrorTest, SchemaVersion) {
  EXPECT_EQ(ParseError("{}"), "missing \"schema_version\" (this library reads version 1)");
  EXPECT_EQ(ParseError(R"({"areas": []})"), "missing \"schema_version\" (this library reads version 1)");
  EXPECT_EQ(ParseError(R"({"schema_version": 2})"), "schema_version: this library reads version 1, found 2");
  EXPECT_EQ(ParseError(R"({"schema_version": "1"})"), "schema_version: this library reads version 1, found \"1\"");
  EXPECT_EQ(ParseError(R"({"schema_version": 1.5})"), "schema_version: this library reads version 1, found 1.5");
}

TEST(JsonErrorTest, RootMustBeAnObjectWithKnownFields) {
  EXPECT_EQ(ParseError("[]"), "expected an object, found array");
  EXPECT_EQ(ParseError(R"({"schema_version": 1, "meeting": []})"), "unknown field \"meeting\"");
  EXPECT_EQ(ParseError(R"({"schema_version": 1, "meeting": [], "extra": 1})"),
            "unknown field \"extra\"; unknown field \"meeting\"");
  EXPECT_EQ(ParseError(Doc(R"("meetings": {})")), "meetings: expected an array, found object");
  EXPECT_EQ(ParseError(Doc(R"("info": {"titel": "x"})")), "info: unknown field \"titel\"");
  EXPECT_EQ(ParseError(Doc(R"("defaults": {"meeting_duration_hours": "2"})")),
            "defaults.meeting_duration_hours: expected a number, found string");
  EXPECT_EQ(ParseError(Doc(R"("defaults": {"meeting_duration_hours": -1})")),
            "defaults.meeting_duration_hours: must be a finite number of hours, zero or more and at most 168 (a week)");
}

TEST(JsonErrorTest, UnknownFieldInAnEntity) {
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "lcjb", "name": "LCJB", "frequncy": "Bi monthly"}])")),
            "meetings[0]: unknown field \"frequncy\"");
  EXPECT_EQ(ParseError(Doc(R"("areas": [{"id": "a", "name": "A"}, {"id": "b", "name": "B", "type": "x"}])")),
            "areas[1]: unknown field \"type\"");
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "participants": [{"org": "x"}]}])")),
            "meetings[0].participants[0]: unknown field \"org\"");
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "chair": {"name": "x"}}])")),
            "meetings[0].chair: unknown field \"name\"");
  EXPECT_EQ(ParseError(Doc(R"("areas": [{"id": "a", "name": "A", "identifiers": [{"scheme": "gss", "valu": "x"}]}])")),
            "areas[0].identifiers[0]: unknown field \"valu\"; areas[0].identifiers[0].value: is empty");
}

TEST(JsonErrorTest, WrongTypes) {
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "a", "name": "A"}, {"id": "b", "name": "B", "statutory": "yes"}])")),
            "meetings[1].statutory: expected true or false, found string");
  EXPECT_EQ(ParseError(Doc(R"("areas": [{"id": 7, "name": "A"}])")), "areas[0].id: expected a string, found number");
  EXPECT_EQ(ParseError(Doc(R"("areas": [{"id": "a", "name": "A", "aliases": "AA"}])")),
            "areas[0].aliases: expected an array of strings, found string");
  EXPECT_EQ(ParseError(Doc(R"("areas": [{"id": "a", "name": "A", "aliases": ["x", null]}])")),
            "areas[0].aliases[1]: expected a string, found null");
  EXPECT_EQ(ParseError(Doc(R"("areas": [{"id": "a", "name": "A", "attributes": {"k": 1}}])")),
            "areas[0].attributes.k: expected a string, found number");
  EXPECT_EQ(ParseError(Doc(R"("areas": [{"id": "a", "name": "A", "attributes": []}])")),
            "areas[0].attributes: expected an object of strings, found array");
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "participants": [{"organisation": "x", "seats": 1.5}]}])")),
            "meetings[0].participants[0].seats: expected a whole number, found number");
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "participants": [{"organisation": "x", "seats": 9999999}]}])")),
            "meetings[0].participants[0].seats: is out of range");
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "duration_hours": "2h"}])")),
            "meetings[0].duration_hours: expected a number, found string");
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "participants": {}}])")),
            "meetings[0].participants: expected an array, found object");
  EXPECT_EQ(ParseError(Doc(R"("roles": [{"id": "r", "name": "R", "elected": 1}])")),
            "roles[0].elected: expected true or false, found number");
  EXPECT_EQ(ParseError(Doc(R"("meetings": ["lcjb"])")), "meetings[0]: expected an object, found string");
}

TEST(JsonErrorTest, MissingIdOrName) {
  EXPECT_EQ(ParseError(Doc(R"("topics": [{"name": "T"}])")), "topics[0]: missing \"id\"");
  EXPECT_EQ(ParseError(Doc(R"("people": [{"id": "p"}])")), "people[0]: missing \"name\"");
  EXPECT_EQ(ParseError(Doc(R"("people": [{"id": "p", "name": ""}])")), "people[0].name: name is empty");
}

TEST(JsonErrorTest, BadEnumValues) {
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "kind": "boardroom"}])")),
            "meetings[0].kind: unknown meeting kind \"boardroom\"; expected one of: board, panel, partnership, "
            "committee, forum, meeting, working_group, other");
  EXPECT_THAT(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "status": "removed"}])")),
              StartsWith("meetings[0].status: unknown meeting status \"removed\"; expected one of: existing, new"));
  EXPECT_THAT(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "level": "Strategic"}])")),
              StartsWith("meetings[0].level: unknown level \"Strategic\""));
  EXPECT_THAT(ParseError(Doc(R"("areas": [{"id": "a", "name": "A", "kind": "county"}])")),
              StartsWith("areas[0].kind: unknown area kind \"county\""));
  EXPECT_THAT(ParseError(Doc(R"("organisations": [{"id": "o", "name": "O", "kind": "police_force"}])")),
              StartsWith("organisations[0].kind: unknown organisation kind \"police_force\""));
  EXPECT_THAT(ParseError(Doc(R"("initiatives": [{"id": "i", "name": "I", "status": "done"}])")),
              StartsWith("initiatives[0].status: unknown initiative status \"done\""));
  EXPECT_THAT(ParseError(Doc(R"("organisations": [{"id": "o", "name": "O"}], "meetings": [{"id": "m", "name": "M", "participants": [{"organisation": "o", "type": "guest"}]}])")),
              StartsWith("meetings[0].participants[0].type: unknown participation type \"guest\""));
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "kind": 1}])")),
            "meetings[0].kind: expected a string, found number");
}

TEST(JsonErrorTest, BadDates) {
  for (const char* bad : {"10/11/2016", "2016-13-01", "2016-02-30", "2016-2-3", "2016-11-10T00:00", ""}) {
    EXPECT_EQ(ParseError(Doc(absl::StrCat(R"("initiatives": [{"id": "i", "name": "I", "start_date": ")", bad, "\"}]"))),
              absl::StrCat("initiatives[0].start_date: expected a date as YYYY-MM-DD, found \"", bad, "\""));
  }
  EXPECT_EQ(ParseError(Doc(R"("initiatives": [{"id": "i", "name": "I", "end_date": 2016}])")),
            "initiatives[0].end_date: expected a string, found number");
  EXPECT_EQ(ParseError(Doc(R"("initiatives": [{"id": "i", "name": "I", "start_date": "2017-01-01", "end_date": "2016-12-31"}])")),
            "initiatives[0].end_date: ends before it starts (initiative \"i\")");
  const Register ok = MustParse(Doc(R"("initiatives": [{"id": "i", "name": "I", "start_date": "2016-02-29"}])"));
  EXPECT_EQ(ok.initiatives()[0].start_date, absl::CivilDay(2016, 2, 29));
}

TEST(JsonErrorTest, ReferenceErrorsNameThePathAndTheOwner) {
  const std::string text = Doc(R"(
    "organisations": [{"id": "cps", "name": "Crown Prosecution Service"}],
    "meetings": [{"id": "lcjb", "name": "Local Criminal Justice Board",
                  "participants": [{"organisation": "cps"}, {"organisation": "hmcts"}]}])");
  EXPECT_EQ(ParseError(text),
            "meetings[0].participants[1].organisation: unknown organisation \"hmcts\" (meeting \"lcjb\")");
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "reports_to": "board"}])")),
            "meetings[0].reports_to: unknown meeting \"board\" (meeting \"m\")");
  EXPECT_EQ(ParseError(Doc(R"("people": [{"id": "p", "name": "P", "roles": ["acc"]}])")),
            "people[0].roles[0]: unknown role \"acc\" (person \"p\")");
  EXPECT_EQ(ParseError(Doc(R"("areas": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}])")),
            "areas[1].id: duplicate id \"a\" (first at areas[0])");
}

TEST(JsonErrorTest, EmptyIdsInReferenceListsAreErrors) {
  // An empty id would otherwise load as a reference to nothing.
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "lead": ""}])")),
            "meetings[0].lead.organisations[0]: empty organisation id (meeting \"m\")");
  EXPECT_EQ(ParseError(Doc(R"("meetings": [{"id": "m", "name": "M", "areas": [""]}])")),
            "meetings[0].areas[0]: empty area id (meeting \"m\")");
  EXPECT_EQ(ParseError(Doc(R"("people": [{"id": "p", "name": "P", "roles": [""]}])")),
            "people[0].roles[0]: empty role id (person \"p\")");
  // A single reference given as "" is no reference.
  const Register reg = MustParse(Doc(R"("meetings": [{"id": "m", "name": "M", "reports_to": ""}])"));
  EXPECT_TRUE(reg.meetings()[0].reports_to.empty());
}

TEST(JsonErrorTest, ShapeProblemsAreAllReportedBeforeReferences) {
  // Two shape problems in different places, and a dangling reference that is
  // not reported until the shape is right.
  const std::string message = ParseError(Doc(R"(
    "meetings": [{"id": "m", "name": "M", "statutory": 1, "reports_to": "nowhere"},
                 {"id": "n", "name": "N", "frequncy": "monthly"}])"));
  EXPECT_EQ(message, "meetings[0].statutory: expected true or false, found number; meetings[1]: unknown field \"frequncy\"");
}

// --- Files ---------------------------------------------------------------------------------

TEST(JsonFileTest, MissingFileIsNotFoundWithThePath) {
  const std::string path = TempPath("does/not/exist.json");
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(path);
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(reg.status().message()), StartsWith(path + ": "));
}

TEST(JsonFileTest, LoadErrorsStartWithThePath) {
  const std::string path = TempPath("bad_field.json");
  WriteFile(path, Doc(R"("meetings": [{"id": "lcjb", "name": "LCJB", "frequncy": "Bi monthly"}])"));
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(path);
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(reg.status().message(), path + ": meetings[0]: unknown field \"frequncy\"");

  WriteFile(path, "{\n  \"schema_version\": 1,\n  oops\n}");
  reg = LoadRegisterJsonFile(path);
  ASSERT_FALSE(reg.ok());
  EXPECT_THAT(std::string(reg.status().message()), StartsWith(path + ": "));
  EXPECT_THAT(std::string(reg.status().message()), HasSubstr("line 3, column"));
  std::remove(path.c_str());
}

TEST(JsonFileTest, SaveFailsForAnUnwritablePath) {
  const std::string path = TempPath("no/such/dir/out.json");
  absl::Status s = SaveRegisterJsonFile(EveryField(), path);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), StartsWith(path + ": "));
}

TEST(JsonFileTest, SaveReplacesTheFile) {
  const std::string path = TempPath("replace.json");
  WriteFile(path, std::string(100000, 'x'));
  ASSERT_TRUE(SaveRegisterJsonFile(Register(), path).ok());
  EXPECT_EQ(ReadFile(path), "{\n  \"schema_version\": 1\n}\n");
  ASSERT_TRUE(SaveRegisterJsonFile(Register(), path, {.indent = -1}).ok());
  EXPECT_EQ(ReadFile(path), "{\"schema_version\":1}");
  std::remove(path.c_str());
}

TEST(JsonFileTest, AFailedSaveLeavesTheOldFileWholeAndNoTemporary) {
  // A file-size limit makes the write fail part way, as a full disk would.
  const std::string folder = TempPath("atomic");
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const std::string path = folder + "/register.json";
  WriteFile(path, "old contents\n");
  struct sigaction ignore = {}, before = {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGXFSZ, &ignore, &before);
  rlimit limit = {}, saved = {};
  getrlimit(RLIMIT_FSIZE, &saved);
  limit = saved;
  limit.rlim_cur = 4096;
  setrlimit(RLIMIT_FSIZE, &limit);
  RegisterBuilder b;
  for (int i = 0; i < 200; ++i) {
    Area a;
    a.id = absl::StrCat("area-", i);
    a.name = std::string(100, 'a');
    b.AddArea(a);
  }
  const absl::Status s = SaveRegisterJsonFile(MustBuild(std::move(b)), path);
  setrlimit(RLIMIT_FSIZE, &saved);
  sigaction(SIGXFSZ, &before, nullptr);
  EXPECT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), StartsWith(path + ": cannot write"));
  EXPECT_EQ(ReadFile(path), "old contents\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator()), 1)
      << "the temporary file is removed";
  std::filesystem::remove_all(folder);
}

TEST(JsonFileTest, SaveThroughASymbolicLinkReplacesTheFileItNames) {
  const std::string folder = TempPath("link");
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  WriteFile(folder + "/real.json", "old");
  std::filesystem::create_symlink("real.json", folder + "/link.json");
  ASSERT_TRUE(SaveRegisterJsonFile(Register(), folder + "/link.json", {.indent = -1}).ok());
  EXPECT_TRUE(std::filesystem::is_symlink(folder + "/link.json"));
  EXPECT_EQ(ReadFile(folder + "/real.json"), "{\"schema_version\":1}");
  std::filesystem::remove_all(folder);
}

// --- Randomised round trip --------------------------------------------------------------

// Makes random valid registers: every kind of entity, random text (quotes,
// backslashes, control characters, non-ASCII UTF-8), random references to
// existing ids, random enumerations, cadences of every kind with fractional
// rates, notes and exceptions, optional durations and dates, acyclic parents
// and reporting lines.
class RandomRegister {
 public:
  explicit RandomRegister(uint32_t seed) : rng_(seed) {}

  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  bool Coin(double p = 0.5) { return std::bernoulli_distribution(p)(rng_); }
  double Real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng_); }

  // A non-negative rate or duration: whole, simple fraction or arbitrary.
  double Amount(double hi) {
    switch (Int(0, 3)) {
      case 0:
        return Int(0, static_cast<int>(hi));
      case 1:
        return Int(0, static_cast<int>(hi) * 4) / 4.0;
      case 2:
        return 1.0 / Int(1, 7);
      default:
        return Real(0, hi);
    }
  }

  std::string Text(int max_pieces = 6) {
    static const std::vector<std::string> kPieces = {
        "a", "Z", "board", " ", "  ", "&", "'", "\"", "\\", "\\\\", "\n", "\t", "\r", "/", "-", ".",
        "\u00E9", "\u00F4", "\u2013", "\u2014", "\u2019", "\u201C", "\u201D", "\u00A0", "\u00DF",
        "\u6771\u4EAC", "\U0001F600", "\u0416", "\x01", "\x7F", std::string(1, '\0'), "{", "}",
        "[", "]", ":", ",", "\\u0041", "%s", "0", "42", "B&NES", "South Glos"};
    std::string out;
    const int n = Int(0, max_pieces);
    for (int i = 0; i < n; ++i) out += kPieces[static_cast<size_t>(Int(0, static_cast<int>(kPieces.size()) - 1))];
    return out;
  }
  std::string NonEmptyText() {
    std::string s = Text();
    return s.empty() ? "x" : s;
  }
  // Unique because of the suffix.
  std::string Id(absl::string_view kind, size_t i) {
    return Coin(0.3) ? absl::StrCat(kind, "-", i) : absl::StrCat(Text(3), "#", kind, i);
  }

  template <class E>
  E Enum() {
    const std::vector<E> all = AllValues<E>();
    return all[static_cast<size_t>(Int(0, static_cast<int>(all.size()) - 1))];
  }

  template <class T>
  Ref<T> Pick(const std::vector<std::string>& ids) {
    if (ids.empty()) return Ref<T>();
    return Ref<T>(ids[static_cast<size_t>(Int(0, static_cast<int>(ids.size()) - 1))]);
  }
  template <class T>
  std::vector<Ref<T>> Some(const std::vector<std::string>& ids, int max) {
    std::vector<Ref<T>> out;
    if (ids.empty()) return out;
    const int n = Int(0, max);
    for (int i = 0; i < n; ++i) out.push_back(Pick<T>(ids));
    return out;
  }

  void Common(Entity& e, absl::string_view kind, size_t i) {
    e.id = Id(kind, i);
    e.name = NonEmptyText();
    const int aliases = Int(0, 2);
    for (int k = 0; k < aliases; ++k) e.aliases.push_back(Text());
    const int attributes = Int(0, 2);
    for (int k = 0; k < attributes; ++k) e.attributes[Text(3)] = Text();
  }

  std::vector<Identifier> Identifiers() {
    std::vector<Identifier> out;
    const int n = Int(0, 2);
    for (int k = 0; k < n; ++k) out.push_back({NonEmptyText(), NonEmptyText()});
    return out;
  }

  Lead MakeLead() {
    Lead lead;
    lead.organisations = Some<Organisation>(org_ids_, 3);
    if (Coin(0.3)) lead.supporting = Some<Organisation>(org_ids_, 2);
    if (Coin(0.3)) lead.text = Text();
    return lead;
  }

  Party MakeParty() {
    Party p;
    if (Coin()) p.organisation = Pick<Organisation>(org_ids_);
    if (Coin()) p.role = Pick<Role>(role_ids_);
    if (Coin(0.3)) p.person = Pick<Person>(person_ids_);
    return p;
  }

  std::vector<Participant> Participants() {
    std::vector<Participant> out;
    const int n = Int(0, 4);
    for (int k = 0; k < n; ++k) {
      Participant p;
      p.party = MakeParty();
      // A person alone must hold a role.
      if (p.party.organisation.empty() && p.party.role.empty() && !p.party.person.empty() &&
          !person_has_role_[p.party.person.id]) {
        p.party.role = Pick<Role>(role_ids_);
        if (p.party.role.empty()) p.party.organisation = Pick<Organisation>(org_ids_);
        if (p.party.role.empty() && p.party.organisation.empty()) continue;
      }
      if (p.party.empty()) continue;
      p.type = Enum<ParticipationType>();
      if (Coin()) p.seats = Int(0, 6);
      if (Coin(0.3)) p.note = Text();
      out.push_back(std::move(p));
    }
    return out;
  }

  Cadence MakeCadence(const Meeting& m) {
    Cadence c;
    switch (Int(0, 5)) {
      case 0:
        c = Cadence::Regular(Amount(52), Coin() ? Text() : "");
        break;
      case 1:
        c = Cadence::Varies(Coin() ? std::optional<double>(Amount(12)) : std::nullopt, Coin() ? Text() : "");
        break;
      case 2:
        c = Cadence::AdHoc(Coin() ? Text() : "");
        break;
      case 3:
        c = Cadence::Unknown(Coin() ? Text() : "");
        break;
      case 4: {
        // Text the parser reads: written back as text when nothing is added.
        static const std::vector<std::string> kPhrases = {
            "Bi monthly",   "Six monthly", "Sixth monthly", "Quarterly", "Three monthly", "monthly",
            "every 18 months", "3 times a year", "ad hoc", "TBC after stakeholder engagement",
            "Varies in each LA area - Quarterly", "fortnightly", "twice a year", "annually (approx)"};
        c = *ParseCadence(kPhrases[static_cast<size_t>(Int(0, static_cast<int>(kPhrases.size()) - 1))]);
        ++parsed_cadences_;
        break;
      }
      default:
        return Cadence();  // not stated
    }
    if (Coin(0.3)) c.set_note(Text());
    if (!m.areas.empty() && Coin(0.4)) {
      const int n = Int(1, 2);
      for (int k = 0; k < n; ++k) {
        // Name one of the meeting's own areas by id, name or a non-empty alias.
        const Area& a = areas_by_id_.at(m.areas[static_cast<size_t>(Int(0, static_cast<int>(m.areas.size()) - 1))].id);
        std::vector<std::string> names = {a.id, a.name};
        for (const std::string& alias : a.aliases) {
          if (!alias.empty()) names.push_back(alias);
        }
        c.AddException(names[static_cast<size_t>(Int(0, static_cast<int>(names.size()) - 1))], Amount(12));
        ++exceptions_;
      }
    }
    return c;
  }

  absl::CivilDay Day() { return absl::CivilDay(Int(1990, 2040), Int(1, 12), Int(1, 31)); }

  RegisterBuilder Make() {
    RegisterBuilder b;
    if (Coin(0.7)) {
      RegisterInfo info;
      info.title = Text();
      info.description = Text(12);
      info.source = Text();
      info.date = Text(2);
      if (Coin()) info.attributes[Text(2)] = Text();
      b.SetInfo(info);
    }
    if (Coin(0.3)) b.SetDefaults({.meeting_duration_hours = Amount(8)});

    const int areas = Int(0, 7);
    for (int i = 0; i < areas; ++i) {
      Area a;
      Common(a, "area", static_cast<size_t>(i));
      a.kind = Enum<AreaKind>();
      if (Coin(0.6)) a.parent = Pick<Area>(area_ids_);  // an earlier area: no cycles
      a.identifiers = Identifiers();
      area_ids_.push_back(a.id);
      areas_by_id_[a.id] = a;
      b.AddArea(a);
    }
    const int orgs = Int(0, 7);
    for (int i = 0; i < orgs; ++i) {
      Organisation o;
      Common(o, "org", static_cast<size_t>(i));
      o.kind = Enum<OrganisationKind>();
      o.areas = Some<Area>(area_ids_, 3);
      if (Coin(0.4)) o.parent = Pick<Organisation>(org_ids_);
      o.identifiers = Identifiers();
      org_ids_.push_back(o.id);
      b.AddOrganisation(o);
    }
    const int roles = Int(0, 6);
    for (int i = 0; i < roles; ++i) {
      Role r;
      Common(r, "role", static_cast<size_t>(i));
      if (Coin(0.7)) r.organisation = Pick<Organisation>(org_ids_);
      r.elected = Coin(0.3);
      role_ids_.push_back(r.id);
      b.AddRole(r);
    }
    const int people = Int(0, 4);
    for (int i = 0; i < people; ++i) {
      Person p;
      Common(p, "person", static_cast<size_t>(i));
      p.roles = Some<Role>(role_ids_, 3);
      person_ids_.push_back(p.id);
      person_has_role_[p.id] = !p.roles.empty();
      b.AddPerson(p);
    }
    const int topics = Int(0, 5);
    for (int i = 0; i < topics; ++i) {
      Topic t;
      Common(t, "topic", static_cast<size_t>(i));
      if (Coin()) t.parent = Pick<Topic>(topic_ids_);
      topic_ids_.push_back(t.id);
      b.AddTopic(t);
    }
    const int meetings = Int(0, 7);
    std::vector<std::string> meeting_ids;
    for (int i = 0; i < meetings; ++i) {
      Meeting m;
      Common(m, "meeting", static_cast<size_t>(i));
      m.kind = Enum<MeetingKind>();
      m.lead = MakeLead();
      if (Coin()) m.chair = MakeParty();
      if (Coin(0.3)) m.chair_note = Text();
      if (Coin()) m.purpose = Text(12);
      if (Coin()) m.current_focus = Text();
      m.participants = Participants();
      m.areas = Some<Area>(area_ids_, 4);
      m.cadence = MakeCadence(m);
      if (Coin()) m.duration_hours = Amount(6);
      m.level = Enum<Level>();
      m.per_area = Coin();
      m.statutory = Coin();
      m.status = Enum<MeetingStatus>();
      if (Coin()) m.reports_to = Pick<Meeting>(meeting_ids);  // an earlier meeting: no cycles
      m.topics = Some<Topic>(topic_ids_, 3);
      meeting_ids.push_back(m.id);
      b.AddMeeting(m);
    }
    const int initiatives = Int(0, 4);
    for (int i = 0; i < initiatives; ++i) {
      Initiative in;
      Common(in, "initiative", static_cast<size_t>(i));
      in.lead = MakeLead();
      if (Coin()) in.purpose = Text(10);
      in.participants = Participants();
      in.priorities = Some<Topic>(topic_ids_, 3);
      in.areas = Some<Area>(area_ids_, 3);
      in.status = Enum<InitiativeStatus>();
      if (Coin()) in.start_date = Day();
      if (Coin()) in.end_date = in.start_date ? *in.start_date + Int(0, 2000) : Day();
      b.AddInitiative(in);
    }
    return b;
  }

  int parsed_cadences() const { return parsed_cadences_; }
  int exceptions() const { return exceptions_; }

 private:
  std::mt19937 rng_;
  std::vector<std::string> area_ids_, org_ids_, role_ids_, person_ids_, topic_ids_;
  std::map<std::string, Area> areas_by_id_;
  std::map<std::string, bool> person_has_role_;
  int parsed_cadences_ = 0;
  int exceptions_ = 0;
};

TEST(JsonRandomRoundTripTest, LoadSaveLoadIsIdentity) {
  int meetings = 0, participants = 0, text_cadences = 0, object_cadences = 0, exceptions = 0,
      parsed = 0, dates = 0, durations = 0;
  std::set<std::string> leads;
  for (uint32_t seed = 1; seed <= 200; ++seed) {
    SCOPED_TRACE(absl::StrCat("seed ", seed));
    RandomRegister gen(seed);
    absl::StatusOr<Register> built = gen.Make().Build();
    ASSERT_TRUE(built.ok()) << built.status();
    const Register& reg = *built;
    parsed += gen.parsed_cadences();
    exceptions += gen.exceptions();

    const std::string first = MustWrite(reg);
    absl::StatusOr<Register> loaded = ParseRegisterJson(first);
    ASSERT_TRUE(loaded.ok()) << loaded.status() << "\n" << first;
    EXPECT_TRUE(*loaded == reg) << first;
    const std::string second = MustWrite(*loaded);
    EXPECT_EQ(second, first);

    // Compact output too.
    const std::string compact = MustWrite(reg, -1);
    absl::StatusOr<Register> from_compact = ParseRegisterJson(compact);
    ASSERT_TRUE(from_compact.ok()) << from_compact.status() << "\n" << compact;
    EXPECT_TRUE(*from_compact == reg) << compact;
    EXPECT_EQ(MustWrite(*from_compact, -1), compact);

    // And through a file, now and then.
    if (seed % 20 == 0) {
      const std::string path = TempPath(absl::StrCat("random_", seed, ".json"));
      ASSERT_TRUE(SaveRegisterJsonFile(reg, path).ok());
      absl::StatusOr<Register> from_file = LoadRegisterJsonFile(path);
      ASSERT_TRUE(from_file.ok()) << from_file.status();
      EXPECT_TRUE(*from_file == reg);
      EXPECT_EQ(ReadFile(path), first);
      std::remove(path.c_str());
    }

    // What was exercised.
    Json j = Json::parse(first);
    for (const Meeting& m : reg.meetings()) {
      ++meetings;
      participants += static_cast<int>(m.participants.size());
      durations += m.duration_hours.has_value();
    }
    for (const Initiative& in : reg.initiatives()) dates += in.start_date.has_value() + in.end_date.has_value();
    if (j.contains("meetings")) {
      for (const Json& m : j["meetings"]) {
        if (m.contains("cadence")) (m["cadence"].is_string() ? text_cadences : object_cadences)++;
        if (m.contains("lead")) leads.insert(m["lead"].type_name());
      }
    }
  }
  // The generator covers what it should.
  EXPECT_GT(meetings, 300);
  EXPECT_GT(participants, 300);
  EXPECT_GT(text_cadences, 30);
  EXPECT_GT(object_cadences, 200);
  EXPECT_GT(exceptions, 50);
  EXPECT_GT(parsed, 50);
  EXPECT_GT(dates, 100);
  EXPECT_GT(durations, 150);
  EXPECT_EQ(leads, (std::set<std::string>{"string", "array", "object"}));
}

TEST(JsonRandomRoundTripTest, GeneratorIsDeterministic) {
  absl::StatusOr<Register> a = RandomRegister(7).Make().Build();
  absl::StatusOr<Register> b = RandomRegister(7).Make().Build();
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(*a == *b);
  EXPECT_EQ(MustWrite(*a), MustWrite(*b));
}

// --- The fast path: simdjson, checked against the strict parser ------------------------

// ParseRegisterJson() (simdjson, falling back to the strict parser) must give
// for `text` exactly what the strict parser alone gives: the same register,
// or the same error, message and all.
void ExpectSameAsStrict(absl::string_view text) {
  SCOPED_TRACE(std::string(text.substr(0, 200)));
  absl::StatusOr<Register> fast = ParseRegisterJson(text);
  absl::StatusOr<Register> strict = internal::ParseRegisterJsonStrict(text);
  ASSERT_EQ(fast.ok(), strict.ok()) << "fast: " << fast.status() << "\nstrict: " << strict.status();
  if (fast.ok()) {
    EXPECT_TRUE(*fast == *strict);
    EXPECT_EQ(MustWrite(*fast), MustWrite(*strict));
  } else {
    EXPECT_EQ(fast.status(), strict.status());
  }
}

std::string Meeting1(const std::string& fields) {
  return Doc(absl::StrCat(R"("organisations": [{"id": "o", "name": "O"}], "meetings": [{"id": "m", "name": "M")",
                          fields.empty() ? "" : ", ", fields, "}]"));
}

TEST(JsonFastPathTest, Numbers) {
  for (const char* seats : {"2", "-0", "0", "2.0", "1e0", "1E2", "-1", "1000000", "1000001", "-1000001",
                            "9223372036854775807", "9223372036854775808", "18446744073709551615",
                            "18446744073709551616", "100000000000000000000", "1e400", "-1e400", "1e-400", "01",
                            "1.", ".5", "-", "+1", "NaN", "Infinity", "0x10"}) {
    ExpectSameAsStrict(Meeting1(absl::StrCat(R"("participants": [{"organisation": "o", "seats": )", seats, "}]")));
    ExpectSameAsStrict(Meeting1(absl::StrCat(R"("duration_hours": )", seats)));
    ExpectSameAsStrict(Meeting1(absl::StrCat(R"("cadence": {"kind": "regular", "per_year": )", seats, "}")));
    ExpectSameAsStrict(absl::StrCat(R"({"schema_version": )", seats, "}"));
  }
  // Whole numbers, fractions and exponents give the same doubles.
  for (const char* hours : {"1", "1.5", "0.1", "2.675", "1e-7", "123456789012345678", "1.7976931348623157e308",
                            "4.9e-324", "-0.0", "0.30000000000000004"}) {
    ExpectSameAsStrict(Meeting1(absl::StrCat(R"("duration_hours": )", hours)));
  }
}

TEST(JsonFastPathTest, Strings) {
  for (const std::string& n : std::vector<std::string>{
           R"("caf\u00e9")", R"("\u0000")", R"("a\u0000b")", R"("\ud83d\ude00")", R"("\uD83D\uDE00")",
           R"("\ud83d")", R"("\ude00")", R"("\ud83d\u0041")", R"("\ud83dx")", R"("\u00")", R"("\x41")",
           R"("\/\b\f\n\r\t\"\\")", "\"tab\there\"", std::string("\"nul\0here\"", 10), "\"\x7f\"",
           "\"caf\xc3\xa9\"", "\"caf\xe9\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"", "\"\xc0\xaf\"",
           R"("unterminated)"}) {
    ExpectSameAsStrict(Meeting1(absl::StrCat(R"("purpose": )", n)));
    ExpectSameAsStrict(Meeting1(absl::StrCat(R"("attributes": {)", n, R"(: "v"})")));
  }
}

TEST(JsonFastPathTest, TheTextAroundTheDocument) {
  const std::string doc = Meeting1("");
  for (const std::string& text :
       std::vector<std::string>{std::string(), std::string(" "), std::string("\n\t\r "), "\xEF\xBB\xBF" + doc, "\xEF\xBB\xBF",
        doc + " ", " \n" + doc + "\n\n", doc + " x", doc + doc, doc + "}", doc + ",", doc + std::string(1, '\0'),
        doc + std::string(1, '\0') + "garbage", std::string(1, '\0') + doc, "\f" + doc, doc + "\v",
        doc.substr(0, doc.size() - 1), "[" + doc + "]", "null", "1", "\"text\"", "{}", "[]", "{", "}",
        std::string("{\"schema_version\": 1}\0", 22)}) {
    ExpectSameAsStrict(text);
  }
}

TEST(JsonFastPathTest, DuplicateKeysAnywhere) {
  for (const std::string& text : std::vector<std::string>{
           std::string(R"({"schema_version": 1, "schema_version": 1})"),
           Meeting1(R"("name": "again")"),
           Meeting1(R"("attributes": {"k": "1", "k": "2"})"),
           Meeting1(R"("participants": [{"organisation": "o", "organisation": "o"}])"),
           Meeting1(R"("cadence": {"kind": "ad_hoc", "kind": "ad_hoc"})"),
           Meeting1(R"("chair": {"organisation": "o", "organisation": "o"})"),
           Meeting1(R"("lead": {"organisations": ["o"], "organisations": ["o"]})"),
           Meeting1(R"("cadence": {"kind": "regular", "per_year": 4, "exceptions": [{"area": "a", "area": "a", "per_year": 1}]})"),
           Doc(R"("info": {"title": "a", "title": "b"})"),
           Doc(R"("defaults": {"meeting_duration_hours": 1, "meeting_duration_hours": 2})"),
           Doc(R"("areas": [{"id": "a", "name": "A", "identifiers": [{"scheme": "s", "value": "v", "value": "w"}]}])"),
           // Keys the reader does not know, and keys that are the same once unescaped.
           Meeting1(R"("x": {"a": 1, "a": 2})"),
           Meeting1(R"("attributes": {"k": "1", "\u006b": "2"})"),
           // The same key in different objects is fine.
           Doc(R"("areas": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])"),
       }) {
    ExpectSameAsStrict(text);
  }
  // An object too large to compare each key with all before it.
  std::string attributes;
  for (int i = 0; i < 40; ++i) absl::StrAppend(&attributes, i == 0 ? "" : ", ", "\"k", i, "\": \"v\"");
  ExpectSameAsStrict(Meeting1(absl::StrCat(R"("attributes": {)", attributes, "}")));
  ExpectSameAsStrict(Meeting1(absl::StrCat(R"("attributes": {)", attributes, R"(, "k17": "again"})")));
  EXPECT_THAT(ParseError(Meeting1(absl::StrCat(R"("attributes": {)", attributes, R"(, "k17": "again"})"))),
              StartsWith("meetings[0].attributes: duplicate key \"k17\""));
}

class JsonFastPathLimitsTest : public ::testing::Test {
 protected:
  void TearDown() override { ASSERT_TRUE(SetInputLimits(InputLimits{}).ok()); }
};

TEST_F(JsonFastPathLimitsTest, RowsDepthAndBytes) {
  const std::string doc = Meeting1(R"("aliases": ["a", "b", "c"], "participants": [{"organisation": "o"}])");
  for (int limit = 1; limit <= 6; ++limit) {
    SCOPED_TRACE(limit);
    ASSERT_TRUE(SetInputLimits({.max_rows = static_cast<size_t>(limit)}).ok());
    ExpectSameAsStrict(doc);
    ASSERT_TRUE(SetInputLimits({.max_depth = limit}).ok());
    ExpectSameAsStrict(doc);
    ExpectSameAsStrict(Meeting1(R"("cadence": {"kind": "regular", "per_year": 4, "exceptions": [{"area": "a", "per_year": 1}]})"));
  }
  ASSERT_TRUE(SetInputLimits({.max_rows = 2}).ok());
  EXPECT_EQ(ParseRegisterJson(doc).status().code(), absl::StatusCode::kResourceExhausted);
  ASSERT_TRUE(SetInputLimits({.max_bytes = doc.size() - 1}).ok());
  ExpectSameAsStrict(doc);
  EXPECT_EQ(ParseRegisterJson(doc).status().code(), absl::StatusCode::kResourceExhausted);
  ASSERT_TRUE(SetInputLimits({.max_bytes = doc.size()}).ok());
  ExpectSameAsStrict(doc);
  EXPECT_TRUE(ParseRegisterJson(doc).ok());
}

TEST(JsonFastPathTest, DeepNesting) {
  ExpectSameAsStrict(std::string(100'000, '[') + std::string(100'000, ']'));
  ExpectSameAsStrict(std::string(100'000, '['));
  for (int levels : {61, 62, 63, 64, 65, 1100}) {
    ExpectSameAsStrict(Doc(absl::StrCat(R"("info": {"x": )", std::string(levels, '['), std::string(levels, ']'), "}")));
    ExpectSameAsStrict(Meeting1(absl::StrCat(R"("attributes": )", std::string(levels, '['), std::string(levels, ']'))));
  }
}

TEST(JsonFastPathTest, ProblemsOfShapeAndReference) {
  for (const std::string& text : std::vector<std::string>{
           Meeting1(R"("kind": "nonsense", "participants": [{"organisation": "nobody"}], "x": 1, "a": 2)"),
           Meeting1(R"("participants": [{"organisation": "nobody"}])"),
           Meeting1(R"("cadence": "every blue moon")"),
           Meeting1(R"("lead": 3, "areas": [1, "x"], "topics": {})"),
           Doc(R"("memberships": [{"seat": "x"}])"),
           std::string(R"({"schema_version": 2})"),
           std::string(R"({"schema_version": "1"})"),
           std::string(R"({"schema_version": 1.0})"),
           std::string(R"({"areas": []})"),
       }) {
    ExpectSameAsStrict(text);
  }
}

TEST(JsonFastPathTest, RandomRegistersAndTheirCorruptions) {
  std::mt19937 rng(20);
  for (uint32_t seed = 1; seed <= 60; ++seed) {
    SCOPED_TRACE(absl::StrCat("seed ", seed));
    absl::StatusOr<Register> built = RandomRegister(seed).Make().Build();
    ASSERT_TRUE(built.ok()) << built.status();
    const std::string text = MustWrite(*built, seed % 3 == 0 ? -1 : 2);
    ExpectSameAsStrict(text);
    // Cut short, and with a byte changed: what the strict parser says, the fast path says.
    for (int i = 0; i < 20 && !text.empty(); ++i) {
      const size_t at = std::uniform_int_distribution<size_t>(0, text.size() - 1)(rng);
      ExpectSameAsStrict(text.substr(0, at));
      std::string changed = text;
      changed[at] = "{}[]\",:\\0a \x80\xff"[std::uniform_int_distribution<int>(0, 12)(rng)];
      ExpectSameAsStrict(changed);
    }
  }
}

TEST(JsonFastPathTest, ExampleRegistersAndFiles) {
  for (const auto& entry : std::filesystem::directory_iterator(GOVGRAPH_SOURCE_DIR "/examples/registers")) {
    if (entry.path().extension() != ".json") continue;
    SCOPED_TRACE(entry.path().string());
    const std::string text = ReadFile(entry.path().string());
    ExpectSameAsStrict(text);
    absl::StatusOr<Register> from_file = LoadRegisterJsonFile(entry.path().string());
    ASSERT_TRUE(from_file.ok()) << from_file.status();
    EXPECT_TRUE(*from_file == *internal::ParseRegisterJsonStrict(text));
  }
}

// --- The text writer, checked against dump() of the tree --------------------------------

// RegisterToJson() writes the text straight; it must be, byte for byte, what
// dump() of the register's ordered_json value gives, as it did before.
void ExpectSameAsDump(const Register& reg) {
  for (int indent : {-1, 0, 1, 2, 4, 16}) {
    SCOPED_TRACE(absl::StrCat("indent ", indent));
    std::string dumped = internal::RegisterToJsonValue(reg).dump(indent, ' ', /*ensure_ascii=*/false);
    if (indent >= 0) dumped.push_back('\n');
    EXPECT_EQ(MustWrite(reg, indent), dumped);
  }
}

TEST(JsonTextWriterTest, SameBytesAsDump) {
  ExpectSameAsDump(Register());
  ExpectSameAsDump(EveryField());
  for (uint32_t seed = 1; seed <= 60; ++seed) ExpectSameAsDump(*RandomRegister(seed).Make().Build());
  for (const auto& entry : std::filesystem::directory_iterator(GOVGRAPH_SOURCE_DIR "/examples/registers")) {
    if (entry.path().extension() != ".json") continue;
    SCOPED_TRACE(entry.path().string());
    ExpectSameAsDump(*LoadRegisterJsonFile(entry.path().string()));
  }
}

TEST(JsonTextWriterTest, EscapesAndNumbersAsDump) {
  RegisterBuilder b;
  b.SetDefaults({.meeting_duration_hours = 0.1});
  b.SetInfo({.title = std::string("every control: \x01\x02\x08\x09\x0a\x0b\x0c\x0d\x1f\x7f \"quoted\" back\\slash /", 39),
             .attributes = {{std::string("k\0ey", 4), "v"}, {"", ""}, {"\xF0\x9F\x98\x80", "\u00e9\u2028"}}});
  Organisation o;
  o.id = "o";
  o.name = std::string("nul\0inside", 10);
  b.AddOrganisation(o);
  // Within what a register allows (168 hours, 8784 a year), in each of dump()'s forms.
  const double rates[] = {0, 1, 0.5, 1.0 / 3, 1e-5, 1e-4, 0.000123, 5e-324, 1e-300, 2.675, 0.1 + 0.2, 52, 8784,
                          167.99999999999997, 123.456, 4.35};
  for (size_t i = 0; i < std::size(rates); ++i) {
    Meeting m;
    m.id = absl::StrCat("m", i);
    m.name = m.id;
    m.duration_hours = rates[i] <= kMaxSittingHours ? rates[i] : 1.5;
    m.cadence = Cadence::Varies(rates[i], "");
    Participant p;
    p.party.organisation = Ref<Organisation>("o");
    p.seats = 2 + static_cast<int>(i) * 1000;
    m.participants.push_back(p);
    b.AddMeeting(m);
  }
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok()) << reg.status();
  ExpectSameAsDump(*reg);
  ExpectSameAsStrict(MustWrite(*reg));
}

TEST(JsonTextWriterTest, InvalidUtf8GivesDumpsMessage) {
  for (const char* bad : {"bad \xFF byte", "cut \xE2\x82", "\xED\xA0\x80 surrogate", "\xC0\xAF overlong"}) {
    RegisterBuilder b;
    Area a;
    a.id = "bad";
    a.name = bad;
    b.AddArea(a);
    Register reg = MustBuild(std::move(b));
    absl::StatusOr<std::string> text = RegisterToJson(reg);
    ASSERT_FALSE(text.ok());
    try {
      internal::RegisterToJsonValue(reg).dump(2, ' ', false);
      ADD_FAILURE() << "dump() took " << bad;
    } catch (const nlohmann::ordered_json::type_error& e) {
      EXPECT_EQ(text.status().message(), absl::StrCat("cannot write the register as JSON: ",
                                                      internal::StripJsonExceptionPrefix(e.what())));
    }
  }
}

}  // namespace
}  // namespace govgraph

namespace govgraph {
namespace {

TEST(JsonProgressTest, ReadingRisesThroughTheTextThenBuilding) {
  std::string text = R"({"schema_version": 1, "organisations": [{"id": "o", "name": "O"}], "meetings": [)";
  for (int i = 0; i < 3000; ++i) {
    absl::StrAppend(&text, i ? ", " : "", R"({"id": "m)", i, R"(", "name": "Meeting )", i,
                    R"(", "participants": [{"organisation": "o"}]})");
  }
  text += "]}";
  std::vector<std::tuple<std::string, int64_t, int64_t>> calls;
  JsonReadOptions options;
  options.progress = [&](std::string_view stage, int64_t done, int64_t total) {
    calls.emplace_back(std::string(stage), done, total);
  };
  absl::StatusOr<Register> reg = ParseRegisterJson(text, options);
  ASSERT_TRUE(reg.ok()) << reg.status();
  EXPECT_EQ(reg->meetings().size(), 3000u);
  std::vector<std::string> stages;
  for (const auto& [stage, done, total] : calls) {
    if (stages.empty() || stages.back() != stage) stages.push_back(stage);
  }
  EXPECT_EQ(stages, (std::vector<std::string>{"reading", "building"}));
  int64_t last = -1;
  int reading_calls = 0;
  for (const auto& [stage, done, total] : calls) {
    if (stage != "reading") continue;
    EXPECT_EQ(total, static_cast<int64_t>(text.size()));
    EXPECT_GE(done, last);
    last = done;
    ++reading_calls;
  }
  EXPECT_EQ(last, static_cast<int64_t>(text.size()));
  EXPECT_GE(reading_calls, 4);  // the start, reports along the way, the end
  // A text the fast reader gives up on is read strictly and reported as before, whatever the progress.
  calls.clear();
  absl::StatusOr<Register> bad = ParseRegisterJson(R"({"schema_version": 1, "meetings": [{"id": 1}]})", options);
  EXPECT_FALSE(bad.ok());
}

}  // namespace
}  // namespace govgraph
