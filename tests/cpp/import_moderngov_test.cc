// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// ModernGov XML import: the real Manchester samples accounted for item by
// item, cadence inference, dates, escaping, and hostile documents.
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "govgraph/import/moderngov.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kDir = GOVGRAPH_SOURCE_DIR "/tests/data/moderngov/";

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Every capture of `pattern` in the raw text: the test's own count, not the parser's.
std::vector<std::string> RawMatches(const std::string& text, const std::string& pattern) {
  std::vector<std::string> out;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

std::vector<std::string> AllFiles() {
  return {kDir + "committees.xml", kDir + "meetings.xml", kDir + "meeting_with_attendees.xml",
          kDir + "councillors_by_ward.xml"};
}

ModernGovOptions Manchester() {
  ModernGovOptions o;
  o.council = "Manchester City Council";
  return o;
}

const Meeting* ByCommitteeId(const Register& reg, const std::string& id) {
  for (const Meeting& m : reg.meetings()) {
    auto it = m.attributes.find("moderngov_committee_id");
    if (it != m.attributes.end() && it->second == id) return &m;
  }
  return nullptr;
}

std::vector<std::string> Messages(const ModernGovImportResult& r, Severity s) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity == s) out.push_back(d.ToString());
  }
  return out;
}

TEST(ModernGovImportTest, EveryCommitteeMeetingAndAttendeeIsAccountedFor) {
  // Counted from the raw text, independently of the XML reader.
  const std::string committees_xml = Slurp(kDir + "committees.xml");
  const std::string meetings_xml = Slurp(kDir + "meetings.xml");
  const std::string detail_xml = Slurp(kDir + "meeting_with_attendees.xml");
  const std::string wards_xml = Slurp(kDir + "councillors_by_ward.xml");
  std::set<std::string> committee_ids;
  for (const std::string& id : RawMatches(committees_xml, "<committeeid>(\\d+)</committeeid>"))
    committee_ids.insert(id);
  for (const std::string& id : RawMatches(meetings_xml, "<committeeid>(\\d+)</committeeid>")) committee_ids.insert(id);
  const std::vector<std::string> meeting_ids = RawMatches(meetings_xml + detail_xml, "<meetingid>(\\d+)</meetingid>");
  const std::vector<std::string> attendees = RawMatches(detail_xml, "<attendee [^>]*name=\"([^\"]+)\"");
  const std::vector<std::string> councillors = RawMatches(wards_xml, "<fullusername>([^<]+)</fullusername>");
  ASSERT_EQ(committee_ids.size(), 3u);
  ASSERT_EQ(meeting_ids.size(), 3u);  // 4966 and 4967 listed; 4967 in detail
  ASSERT_EQ(attendees.size(), 1u);
  ASSERT_EQ(councillors.size(), 1u);

  absl::StatusOr<ModernGovImportResult> r = ImportModernGovFiles(AllFiles(), Manchester());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_FALSE(r->has_errors()) << testing::PrintToString(Messages(*r, Severity::kError));

  // Each committee is one meeting series, found by its ModernGov id.
  EXPECT_EQ(r->reg.meetings().size(), committee_ids.size());
  for (const std::string& id : committee_ids) EXPECT_NE(ByCommitteeId(r->reg, id), nullptr) << id;
  // Each listed meeting is evidence on its committee.
  for (const std::string& id : meeting_ids) {
    bool found = false;
    for (const Meeting& m : r->reg.meetings()) {
      auto it = m.attributes.find("moderngov_meetings");
      if (it != m.attributes.end() && it->second.find(id) != std::string::npos) found = true;
    }
    EXPECT_TRUE(found) << "meeting " << id;
  }
  // Each attendee is a person and a participant; each councillor a person.
  size_t participants = 0;
  for (const Meeting& m : r->reg.meetings()) participants += m.participants.size();
  EXPECT_EQ(participants, attendees.size());
  for (const std::string& name : attendees) {
    bool found = false;
    for (const Person& p : r->reg.people()) {
      for (const std::string& alias : p.aliases) found |= alias == name;
    }
    EXPECT_TRUE(found) << name;
  }
  for (const std::string& name : councillors) {
    bool found = false;
    for (const Person& p : r->reg.people()) found |= p.name == name || absl::c_linear_search(p.aliases, name);
    EXPECT_TRUE(found) << name;
  }
  EXPECT_EQ(r->reg.people().size(), attendees.size() + councillors.size());
  EXPECT_EQ(r->cadences.size(), committee_ids.size());
}

TEST(ModernGovImportTest, MapsTheManchesterSamples) {
  absl::StatusOr<ModernGovImportResult> r = ImportModernGovFiles(AllFiles(), Manchester());
  ASSERT_TRUE(r.ok()) << r.status();
  const Register& reg = r->reg;
  ASSERT_EQ(reg.organisations().size(), 1u);
  EXPECT_EQ(reg.organisations()[0].id, "manchester-city-council");
  EXPECT_EQ(reg.organisations()[0].kind, OrganisationKind::kLocalAuthority);
  EXPECT_EQ(reg.organisations()[0].attributes.at("moderngov_site"), "democracy.manchester.gov.uk");

  const Meeting* audit = ByCommitteeId(reg, "144");
  ASSERT_NE(audit, nullptr);
  EXPECT_EQ(audit->id, "audit-committee");
  EXPECT_EQ(audit->kind, MeetingKind::kCommittee);
  EXPECT_EQ(audit->status, MeetingStatus::kExisting);
  EXPECT_EQ(audit->attributes.at("moderngov_state"), "current");
  EXPECT_EQ(audit->attributes.at("moderngov_meetings"), "4966 (13/01/2026, Cancelled); 4967 (10/02/2026, Confirmed)");
  // One meeting left once the cancelled one is set aside: too few for a cadence.
  EXPECT_FALSE(audit->cadence.is_known());
  EXPECT_EQ(audit->attributes.at("cadence_dates"), "2026-02-10");
  EXPECT_EQ(audit->attributes.at("cadence_cancelled"), "1");
  EXPECT_THAT(audit->attributes.at("cadence_evidence"), HasSubstr("1 cancelled not counted"));
  ASSERT_TRUE(audit->duration_hours.has_value());
  EXPECT_DOUBLE_EQ(*audit->duration_hours, 4.0);  // 10.00 am to 2.00 pm
  EXPECT_EQ(audit->attributes.at("moderngov_location"), "Council Antechamber, Level 2, Town Hall Extension");
  EXPECT_EQ(audit->current_focus, "Agenda of 10/02/2026: Minutes; Work Programme");
  ASSERT_EQ(audit->lead.organisations.size(), 1u);
  EXPECT_EQ(audit->lead.organisations[0].id, "manchester-city-council");

  ASSERT_EQ(audit->participants.size(), 1u);
  const Participant& p = audit->participants[0];
  EXPECT_EQ(p.type, ParticipationType::kMember);
  EXPECT_EQ(p.party.person.id, "basil-curley");
  EXPECT_EQ(p.party.role.id, "manchester-city-council-councillor");
  EXPECT_EQ(p.note, "Committee Member; attendance: Expected 1");
  const Person& basil = reg.person(*reg.FindPerson("basil-curley"));
  EXPECT_EQ(basil.attributes.at("moderngov_member_id"), "192");
  EXPECT_EQ(basil.attributes.at("party"), "LAB");
  EXPECT_EQ(basil.attributes.at("ward"), "Charlestown");

  // The expired committee is kept, marked as stopping.
  const Meeting* appointment = ByCommitteeId(reg, "312");
  ASSERT_NE(appointment, nullptr);
  EXPECT_EQ(appointment->status, MeetingStatus::kToBeRemoved);
  EXPECT_EQ(appointment->attributes.at("moderngov_state"), "expired");
  EXPECT_EQ(appointment->kind, MeetingKind::kWorkingGroup);  // "Sub Committee"
  EXPECT_THAT(Messages(*r, Severity::kInfo), Contains(HasSubstr("committee 312 is expired in ModernGov")));

  // Agenda HTML is plain text in the document read.
  const ModernGovDocument& detail = r->documents[2];
  ASSERT_EQ(detail.agenda_items.size(), 2u);
  EXPECT_EQ(detail.agenda_items[0].text,
            "To approve as a correct record the minutes of the meeting held on 25 November 2025.");
  // Wards become areas.
  ASSERT_EQ(reg.areas().size(), 1u);
  EXPECT_EQ(reg.areas()[0].name, "Central");
}

ModernGovMeeting Dated(const std::string& id, absl::CivilDay day, const std::string& status = "Confirmed") {
  ModernGovMeeting m;
  m.id = id;
  m.date = day;
  m.status = status;
  return m;
}

TEST(ModernGovCadenceTest, MonthlyWithAGapAndACancellation) {
  std::vector<ModernGovMeeting> meetings;
  int n = 0;
  for (int month : {1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12}) {  // no August meeting
    meetings.push_back(Dated(absl::StrCat(++n), absl::CivilDay(2025, month, 10)));
  }
  meetings.push_back(Dated("99", absl::CivilDay(2025, 8, 10), "Cancelled"));
  const ModernGovCadenceEvidence e = InferModernGovCadence(meetings);
  EXPECT_EQ(e.dates.size(), 11u);
  EXPECT_EQ(e.cancelled, 1);
  ASSERT_EQ(e.gaps_days.size(), 10u);
  EXPECT_EQ(e.gaps_days[0], 31);
  EXPECT_EQ(e.gaps_days[6], 62);  // July to September
  EXPECT_EQ(e.cadence.kind(), Cadence::Kind::kRegular);
  EXPECT_EQ(e.cadence.per_year(), 12.0);
  EXPECT_THAT(e.reason, AllOf(StartsWith("monthly: median gap"), HasSubstr("1 cancelled not counted")));
}

TEST(ModernGovCadenceTest, QuarterlySixMonthlyAndVarying) {
  std::vector<ModernGovMeeting> quarterly = {
      Dated("1", absl::CivilDay(2025, 1, 14)), Dated("2", absl::CivilDay(2025, 4, 8)),
      Dated("3", absl::CivilDay(2025, 7, 15)), Dated("4", absl::CivilDay(2025, 10, 14))};
  EXPECT_EQ(InferModernGovCadence(quarterly).cadence.per_year(), 4.0);
  std::vector<ModernGovMeeting> half = {Dated("1", absl::CivilDay(2024, 3, 1)), Dated("2", absl::CivilDay(2024, 9, 3))};
  EXPECT_EQ(InferModernGovCadence(half).cadence.per_year(), 2.0);
  std::vector<ModernGovMeeting> uneven = {
      Dated("1", absl::CivilDay(2025, 1, 1)), Dated("2", absl::CivilDay(2025, 1, 8)),
      Dated("3", absl::CivilDay(2025, 4, 1)), Dated("4", absl::CivilDay(2025, 4, 15)),
      Dated("5", absl::CivilDay(2025, 9, 1))};
  const ModernGovCadenceEvidence e = InferModernGovCadence(uneven);
  EXPECT_EQ(e.cadence.kind(), Cadence::Kind::kVaries);
  EXPECT_THAT(e.reason, StartsWith("varies, typically"));
}

const char kMeetingsHead[] = R"(<?xml version="1.0" encoding="utf-8"?>
<getmeetings>
  <committee>
    <committeeid>7</committeeid>
    <committeetitle>Police &amp;amp; Crime Panel &amp;#39;A&amp;#39;</committeetitle>
    <committeemeetings>
      <meeting>
        <meetingid>1</meetingid>
        <meetingdate>)";
const char kMeetingsTail[] = R"(</meetingdate>
      </meeting>
    </committeemeetings>
  </committee>
</getmeetings>
)";

TEST(ModernGovParseTest, DoublyEscapedTitlesAreDecoded) {
  absl::StatusOr<ModernGovDocument> doc =
      ParseModernGov(absl::StrCat(kMeetingsHead, "01/02/2026", kMeetingsTail), "m.xml");
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->committees.size(), 1u);
  EXPECT_EQ(doc->committees[0].title, "Police & Crime Panel 'A'");
  ASSERT_EQ(doc->meetings.size(), 1u);
  EXPECT_EQ(doc->meetings[0].date, absl::CivilDay(2026, 2, 1));
  EXPECT_EQ(doc->meetings[0].committee_id, "7");
  ModernGovOptions o;
  o.council = "Dorset Police and Crime Panel";
  o.council_kind = OrganisationKind::kPoliceAndCrimePanel;
  absl::StatusOr<ModernGovImportResult> r = ImportModernGov({*doc}, o);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->reg.meetings()[0].kind, MeetingKind::kPanel);
}

TEST(ModernGovParseTest, ImpossibleDatesAreErrorsWithTheirPlace) {
  absl::StatusOr<ModernGovDocument> doc =
      ParseModernGov(absl::StrCat(kMeetingsHead, "31/02/2026", kMeetingsTail), "m.xml");
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->diagnostics.size(), 1u);
  EXPECT_EQ(doc->diagnostics[0].ToString(),
            "m.xml:9:9: <getmeetings>/<committee>/<committeemeetings>/<meeting>/<meetingdate>: error: impossible date: "
            "there is no day 31 of month 2 in 2026 (dd/mm/yyyy)");
  doc = ParseModernGov(absl::StrCat(kMeetingsHead, "2026-02-01", kMeetingsTail), "m.xml");
  ASSERT_TRUE(doc.ok());
  EXPECT_THAT(doc->diagnostics[0].message, HasSubstr("dd/mm/yyyy"));
  ModernGovOptions strict;
  strict.council = "Somewhere Council";
  strict.strict = true;
  absl::StatusOr<ModernGovImportResult> r = ImportModernGov({*doc}, strict);
  EXPECT_FALSE(r.ok());
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("strict import: 1 thing not understood: m.xml:9:9"));
}

TEST(ModernGovParseTest, RefusesEntityDeclarationsAndExternalEntities) {
  const std::string lol = R"(<?xml version="1.0"?>
<!DOCTYPE committees [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<committees><committee><committeetitle>&lol2;</committeetitle></committee></committees>
)";
  absl::StatusOr<ModernGovDocument> doc = ParseModernGov(lol, "lol.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(doc.status().message()), StartsWith("lol.xml:3:"));
  EXPECT_THAT(std::string(doc.status().message()),
              HasSubstr("entity declarations are not accepted (the document declares the entity lol)"));

  const std::string xxe = R"(<?xml version="1.0"?>
<!DOCTYPE committees [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<committees><committee><committeetitle>&xxe;</committeetitle></committee></committees>
)";
  doc = ParseModernGov(xxe, "xxe.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(std::string(doc.status().message()),
              AllOf(StartsWith("xxe.xml:2:"), HasSubstr("external entity xxe SYSTEM \"file:///etc/passwd\"")));
  EXPECT_THAT(std::string(doc.status().message()), Not(HasSubstr("root:")));

  const std::string dtd = R"(<?xml version="1.0"?>
<!DOCTYPE committees SYSTEM "http://example.org/evil.dtd">
<committees/>
)";
  doc = ParseModernGov(dtd, "dtd.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(std::string(doc.status().message()), HasSubstr("external DTD (http://example.org/evil.dtd)"));
  EXPECT_FALSE(DetectModernGovResponse(xxe).has_value());
}

TEST(ModernGovParseTest, MalformedXmlNamesLineColumnAndPath) {
  absl::StatusOr<ModernGovDocument> doc =
      ParseModernGov("<getmeetings>\n  <committee>\n    <committeeid>1</committeid>\n", "bad.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(std::string(doc.status().message()),
            "bad.xml:3:21: <getmeetings>/<committee>/<committeeid>: not well-formed XML: mismatched tag");
  doc = ParseModernGov("<html><body/></html>", "page.html");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(std::string(doc.status().message()),
              HasSubstr("page.html:1:1: <html>: <html> is not a ModernGov response"));
  doc = ParseModernGov("", "empty.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(std::string(doc.status().message()), StartsWith("empty.xml:1:1: not well-formed XML"));
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += "<a>";
  doc = ParseModernGov(deep, "deep.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(std::string(doc.status().message()), HasSubstr("nested more than 64 deep"));
  EXPECT_EQ(LoadModernGovFile(kDir + "missing.xml").status().code(), absl::StatusCode::kNotFound);
}

TEST(ModernGovParseTest, DetectsResponsesAndReportsUnreadElements) {
  EXPECT_EQ(DetectModernGovResponse(Slurp(kDir + "meetings.xml")), ModernGovResponse::kMeetings);
  EXPECT_EQ(DetectModernGovResponse(Slurp(kDir + "meeting_with_attendees.xml")), ModernGovResponse::kMeeting);
  EXPECT_EQ(DetectModernGovResponse("\xEF\xBB\xBF<committees/>"), ModernGovResponse::kCommittees);
  EXPECT_FALSE(DetectModernGovResponse("Meeting,Lead\nA,B\n").has_value());
  absl::StatusOr<ModernGovDocument> doc = ParseModernGov(
      "<committees><committee><committeeid>1</committeeid><committeetitle>A</committeetitle>"
      "<committeecolour>red</committeecolour></committee><committeescount>2</committeescount></committees>",
      "c.xml");
  ASSERT_TRUE(doc.ok()) << doc.status();
  std::vector<std::string> messages;
  for (const Diagnostic& d : doc->diagnostics) messages.push_back(d.ToString());
  EXPECT_THAT(messages, ElementsAre(HasSubstr("<committees>/<committee>/<committeecolour>: info: element "
                                              "<committeecolour> is not part of the ModernGov responses"),
                                    HasSubstr("warning: the response says 2 committees but holds 1")));
}

TEST(ModernGovImportTest, CouncilNameFromTheSiteOrRequired) {
  absl::StatusOr<ModernGovImportResult> r =
      ImportModernGovFiles({kDir + "meetings.xml", kDir + "meeting_with_attendees.xml"});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->reg.organisations()[0].name, "democracy.manchester.gov.uk");
  EXPECT_THAT(Messages(*r, Severity::kWarning), Contains(HasSubstr("the council is not named")));
  r = ImportModernGovFiles({kDir + "committees.xml"});
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("do not say which council"));
}

TEST(ModernGovImportTest, MeetingWithoutItsCommitteeIsMadeFromTheAgendaTitle) {
  absl::StatusOr<ModernGovImportResult> r = ImportModernGovFiles({kDir + "meeting_with_attendees.xml"}, Manchester());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->reg.meetings().size(), 1u);
  EXPECT_EQ(r->reg.meetings()[0].name, "Audit Committee");
  EXPECT_EQ(r->reg.meetings()[0].participants.size(), 1u);
  EXPECT_THAT(Messages(*r, Severity::kInfo),
              Contains(HasSubstr("which no GetCommittees or GetMeetings response lists")));
}

TEST(ModernGovImportTest, ACommitteeIdWithTwoTitlesKeepsBoth) {
  // Nothing is lost: the second title becomes an alias, with a warning.
  absl::StatusOr<ModernGovDocument> first = ParseModernGov(
      "<committees><committee><committeeid>7</committeeid><committeetitle>Audit Committee</committeetitle>"
      "</committee></committees>", "a.xml");
  absl::StatusOr<ModernGovDocument> second = ParseModernGov(
      "<committees><committee><committeeid>7</committeeid><committeetitle>Audit and Governance Committee"
      "</committeetitle></committee></committees>", "b.xml");
  ASSERT_TRUE(first.ok() && second.ok());
  absl::StatusOr<ModernGovImportResult> r = ImportModernGov({*first, *second}, Manchester());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->reg.meetings().size(), 1u);
  EXPECT_EQ(r->reg.meetings()[0].name, "Audit Committee");
  EXPECT_THAT(r->reg.meetings()[0].aliases, ElementsAre("Audit and Governance Committee"));
  EXPECT_THAT(Messages(*r, Severity::kWarning),
              Contains(HasSubstr("committee 7 is called \"Audit Committee\" elsewhere; the first title is kept and "
                                 "this one as an alias")));
}

TEST(ModernGovImportTest, RoleDescriptionsAndNamesakes) {
  const std::string xml = R"(<meeting>
  <meetingid>9</meetingid>
  <meetingdate>01/03/2026</meetingdate>
  <agendaitems><agendaitem><agendaitemtitle>Precept</agendaitemtitle>
    <refertocommittee>Police and Crime Panel</refertocommittee></agendaitem></agendaitems>
  <attendees>
    <attendee memberid="1" name="Councillor Ann Smith" roledescription="Chair" attendance="Present"/>
    <attendee memberid="2" name="Councillor Ann Smith" roledescription="Substitute Member" attendance="Apologies"/>
    <attendee memberid="3" name="Jo Bloggs" roledescription="Independent co-opted member" attendance="Present"/>
    <attendee memberid="4" name="Pat Lee" roledescription="Panel Support Officer" attendance="Present"/>
    <attendee memberid="5" name="Sam Roe" roledescription="Mascot" attendance="Present"/>
  </attendees>
</meeting>)";
  absl::StatusOr<ModernGovDocument> doc = ParseModernGov(xml, "pcp.xml");
  ASSERT_TRUE(doc.ok()) << doc.status();
  ModernGovOptions o;
  o.council = "Example Police and Crime Panel";
  o.council_kind = OrganisationKind::kPoliceAndCrimePanel;
  absl::StatusOr<ModernGovImportResult> r = ImportModernGov({*doc}, o);
  ASSERT_TRUE(r.ok()) << r.status();
  const Meeting& panel = r->reg.meetings()[0];
  ASSERT_EQ(panel.participants.size(), 5u);
  std::vector<std::pair<std::string, ParticipationType>> seats;
  for (const Participant& p : panel.participants) seats.emplace_back(p.party.person.id, p.type);
  EXPECT_THAT(seats, ElementsAre(std::pair<std::string, ParticipationType>{"ann-smith", ParticipationType::kChair},
                                 std::pair<std::string, ParticipationType>{"ann-smith-2", ParticipationType::kAttendee},
                                 std::pair<std::string, ParticipationType>{"jo-bloggs", ParticipationType::kMember},
                                 std::pair<std::string, ParticipationType>{"pat-lee", ParticipationType::kSupport},
                                 std::pair<std::string, ParticipationType>{"sam-roe", ParticipationType::kAttendee}));
  EXPECT_EQ(panel.chair.person.id, "ann-smith");
  // Not called councillor: a post named by the role description.
  EXPECT_EQ(panel.participants[2].party.role.id, "example-police-and-crime-panel-independent-co-opted-member");
  const Role& coopted = r->reg.role(*r->reg.FindRole("example-police-and-crime-panel-independent-co-opted-member"));
  EXPECT_EQ(coopted.name, "Independent co-opted member");
  EXPECT_FALSE(coopted.elected);
  EXPECT_EQ(panel.participants[0].party.role.id, "example-police-and-crime-panel-councillor");
  EXPECT_THAT(Messages(*r, Severity::kWarning),
              Contains(HasSubstr("pcp.xml:11:5: <meeting>/<attendees>/<attendee>: warning: Sam Roe: role description "
                                 "\"Mascot\" not recognised: read as an attendee")));
}

}  // namespace
}  // namespace govgraph
