// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// The example register: Appendix A of "External Governance" (Avon and
// Somerset OPCC and Constabulary, November 2016), transcribed in
// examples/registers/avon-and-somerset-2016.json.

#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/cadence.h"
#include "govgraph/io/json.h"
#include "govgraph/model.h"
#include "govgraph/names.h"
#include "govgraph/partnership_graph.h"
#include "govgraph/register.h"
#include "govgraph/summary.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

const std::string kPath = GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016.json";

class ExampleRegisterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    absl::StatusOr<Register> reg = LoadRegisterJsonFile(kPath);
    ASSERT_TRUE(reg.ok()) << reg.status();
    reg_ = new Register(*std::move(reg));
  }
  static void TearDownTestSuite() {
    delete reg_;
    reg_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(reg_, nullptr); }

  // The meeting with this name (as printed in Appendix A).
  const Meeting& M(const std::string& name) {
    absl::StatusOr<MeetingHandle> h = reg_->LookupMeeting(name);
    EXPECT_TRUE(h.ok()) << h.status();
    return reg_->meeting(h.ok() ? *h : MeetingHandle(0));
  }
  std::vector<std::string> LeadIds(const Meeting& m) {
    std::vector<std::string> ids;
    for (const auto& r : m.lead.organisations) ids.push_back(r.id);
    return ids;
  }
  std::vector<std::string> AreaIds(const Meeting& m) {
    std::vector<std::string> ids;
    for (const auto& r : m.areas) ids.push_back(r.id);
    return ids;
  }

  static Register* reg_;
};

Register* ExampleRegisterTest::reg_ = nullptr;

const std::vector<std::string> kLocalAuthorities = {"bristol", "south-gloucestershire",
                                                    "bath-and-north-east-somerset", "north-somerset",
                                                    "somerset"};

// The nine meetings of Appendix A, as printed.
const std::vector<std::string> kAppendixA = {
    "Avon and Somerset Local Criminal Justice Board",
    "Avon and Somerset Chief Executives Meeting",
    "Safeguarding chairs meeting",
    "Safeguarding Consortium",
    "Local Meetings",
    "Senior Contact Meetings",
    "Community Safety Partnerships",
    "Mental Health Concordat",
    "Reducing Reoffending Board",
};

TEST_F(ExampleRegisterTest, Info) {
  EXPECT_THAT(reg_->info().title, HasSubstr("Avon and Somerset"));
  EXPECT_EQ(reg_->info().date, "2016-11-10");
  EXPECT_EQ(reg_->defaults().meeting_duration_hours, 2.0);
}

TEST_F(ExampleRegisterTest, AllNineAppendixAMeetingsArePresentByName) {
  std::set<uint32_t> seen;
  for (const std::string& name : kAppendixA) {
    absl::StatusOr<MeetingHandle> h = reg_->LookupMeeting(name);
    ASSERT_TRUE(h.ok()) << name << ": " << h.status();
    EXPECT_EQ(reg_->meeting(*h).name, name);
    EXPECT_TRUE(seen.insert(h->index()).second) << name;
  }
  EXPECT_EQ(seen.size(), 9u);
  // Look-ups tolerate the spellings a reader would use.
  EXPECT_EQ(*reg_->LookupMeeting("avon & somerset local criminal justice board"),
            *reg_->LookupMeeting("Avon and Somerset Local Criminal Justice Board"));
  EXPECT_EQ(*reg_->LookupMeeting("Reducing Reoffending Board"), *reg_->FindMeeting("reducing-reoffending-board"));
}

TEST_F(ExampleRegisterTest, TheFiveLocalAuthorityAreas) {
  std::vector<std::string> las;
  for (const Area& a : reg_->areas()) {
    if (a.kind == AreaKind::kLocalAuthority) las.push_back(a.id);
  }
  EXPECT_EQ(las, kLocalAuthorities);
  for (const std::string& id : kLocalAuthorities) {
    const Area& a = reg_->area(*reg_->FindArea(id));
    EXPECT_EQ(a.parent.id, "avon-and-somerset") << id;
  }
  // Names the paper uses for them.
  EXPECT_EQ(*reg_->LookupArea("South Glos"), *reg_->FindArea("south-gloucestershire"));
  EXPECT_EQ(*reg_->LookupArea("B&NES"), *reg_->FindArea("bath-and-north-east-somerset"));
  EXPECT_EQ(*reg_->LookupArea("BANES"), *reg_->FindArea("bath-and-north-east-somerset"));
  EXPECT_EQ(*reg_->LookupArea("Somerset County"), *reg_->FindArea("somerset"));
  const Area& force = reg_->area(*reg_->FindArea("avon-and-somerset"));
  EXPECT_EQ(force.kind, AreaKind::kForceArea);
}

TEST_F(ExampleRegisterTest, LocalCriminalJusticeBoard) {
  const Meeting& m = M("Avon and Somerset Local Criminal Justice Board");
  // "Joint attendance (Chair agreed by vote of participants – currently Constabulary)".
  EXPECT_TRUE(m.lead.joint());
  EXPECT_THAT(LeadIds(m), UnorderedElementsAre("opcc", "constabulary"));
  EXPECT_THAT(m.lead.text, HasSubstr("Joint attendance"));
  // "Bi monthly": every two months.
  EXPECT_EQ(m.cadence.kind(), Cadence::Kind::kRegular);
  EXPECT_EQ(m.cadence.per_year(), 6.0);
  EXPECT_EQ(m.cadence.text(), "Bi monthly");
  EXPECT_EQ(reg_->SittingsPerYear(m), 6.0);
  // Key participants include the criminal justice partners.
  std::set<std::string> orgs;
  for (const Participant& p : m.participants) {
    if (std::optional<OrganisationHandle> o = reg_->OrganisationOf(p.party)) orgs.insert(reg_->organisation(*o).id);
  }
  for (const char* id : {"cps", "hmcts", "south-west-crc", "nps", "opcc", "constabulary"}) {
    EXPECT_TRUE(orgs.count(id)) << id;
  }
}

TEST_F(ExampleRegisterTest, ChiefExecutivesAndSafeguardingChairs) {
  const Meeting& ce = M("Avon and Somerset Chief Executives Meeting");
  EXPECT_THAT(LeadIds(ce), ElementsAre("constabulary"));
  EXPECT_EQ(ce.cadence.per_year(), 2.0);
  EXPECT_EQ(ce.cadence.text(), "Six monthly");
  const Meeting& sc = M("Safeguarding chairs meeting");
  EXPECT_THAT(LeadIds(sc), ElementsAre("opcc"));
  EXPECT_EQ(sc.cadence.per_year(), 2.0);
}

TEST_F(ExampleRegisterTest, SafeguardingConsortiumSixthMonthly) {
  const Meeting& m = M("Safeguarding Consortium");
  EXPECT_THAT(LeadIds(m), ElementsAre("constabulary"));
  EXPECT_EQ(m.cadence.text(), "Sixth monthly");
  EXPECT_EQ(m.cadence.kind(), Cadence::Kind::kRegular);
  EXPECT_EQ(m.cadence.per_year(), 2.0);
  EXPECT_THAT(m.cadence.note(), HasSubstr("six-monthly")) << "the reading of the typo is noted";
  // One consortium across the five areas, not one in each.
  EXPECT_FALSE(m.per_area);
  EXPECT_EQ(reg_->SittingsPerYear(m), 2.0);
}

TEST_F(ExampleRegisterTest, LocalMeetingsCadenceUnknown) {
  const Meeting& m = M("Local Meetings");
  EXPECT_EQ(m.cadence.kind(), Cadence::Kind::kUnknown);
  EXPECT_EQ(m.cadence.text(), "TBC after stakeholder engagement");
  EXPECT_FALSE(m.cadence.per_year().has_value());
  // "Locality based meetings x 5".
  EXPECT_TRUE(m.per_area);
  EXPECT_EQ(AreaIds(m), kLocalAuthorities);
  EXPECT_EQ(reg_->SittingsPerYear(m), std::nullopt) << "unknown, never zero";
  EXPECT_THAT(LeadIds(m), ElementsAre("opcc"));
  EXPECT_EQ(m.lead.text, "PCC");
}

TEST_F(ExampleRegisterTest, SeniorContactMeetings) {
  const Meeting& m = M("Senior Contact Meetings");
  EXPECT_EQ(m.cadence.text(), "Three monthly");
  EXPECT_EQ(m.cadence.per_year(), 4.0);
}

TEST_F(ExampleRegisterTest, CommunitySafetyPartnershipsVaryByArea) {
  const Meeting& m = M("Community Safety Partnerships");
  EXPECT_EQ(m.cadence.text(), "Varies in each LA area - Quarterly (except South Glos \u2013 three times a year)");
  EXPECT_EQ(m.cadence.kind(), Cadence::Kind::kVaries);
  EXPECT_EQ(m.cadence.per_year(), 4.0) << "typically quarterly";
  ASSERT_EQ(m.cadence.exceptions().size(), 1u);
  EXPECT_EQ(m.cadence.exceptions()[0].area, "South Glos");
  EXPECT_EQ(m.cadence.exceptions()[0].per_year, 3.0);
  EXPECT_EQ(m.cadence.exceptions()[0].area_handle, *reg_->FindArea("south-gloucestershire"));
  EXPECT_EQ(m.cadence.PerYearIn(*reg_->FindArea("south-gloucestershire")), 3.0);
  EXPECT_EQ(m.cadence.PerYearIn(*reg_->FindArea("bristol")), 4.0);
  EXPECT_TRUE(m.per_area);
  EXPECT_TRUE(m.statutory);
  EXPECT_EQ(AreaIds(m), kLocalAuthorities);
  // Four areas quarterly and South Glos three times: 4 * 4 + 3.
  EXPECT_EQ(reg_->SittingsPerYear(m), 19.0);
  EXPECT_TRUE(m.lead.none()) << "attendance, not a lead";
  EXPECT_EQ(m.lead.text, "Constabulary and OPCC attendance");
}

TEST_F(ExampleRegisterTest, ProblemSolvingMeetings) {
  const Meeting& mhc = M("Mental Health Concordat");
  EXPECT_THAT(LeadIds(mhc), ElementsAre("opcc"));
  ASSERT_EQ(mhc.lead.supporting.size(), 1u);
  EXPECT_EQ(mhc.lead.supporting[0].id, "constabulary");
  EXPECT_EQ(mhc.lead.text, "OPCC with Constabulary support");
  EXPECT_EQ(mhc.cadence.text(), "Sixth monthly");
  EXPECT_EQ(mhc.cadence.per_year(), 2.0);

  const Meeting& rrb = M("Reducing Reoffending Board");
  EXPECT_EQ(rrb.status, MeetingStatus::kNew) << "marked NEW";
  EXPECT_EQ(rrb.cadence.text(), "Quarterly");
  EXPECT_EQ(rrb.cadence.per_year(), 4.0);
  EXPECT_THAT(LeadIds(rrb), ElementsAre("opcc"));
  ASSERT_EQ(rrb.lead.supporting.size(), 1u);
  EXPECT_EQ(rrb.lead.supporting[0].id, "constabulary");
  EXPECT_EQ(rrb.chair.role.id, "pcc");
}

TEST_F(ExampleRegisterTest, MeetingsRecommendedForRemoval) {
  std::vector<std::string> removed;
  for (const Meeting& m : reg_->meetings()) {
    if (m.status == MeetingStatus::kToBeRemoved) removed.push_back(m.name);
  }
  EXPECT_THAT(removed, UnorderedElementsAre("Community Safety Meeting", "Commissioning Meeting"));
  // The Appendix A meetings are kept.
  for (const std::string& name : kAppendixA) EXPECT_NE(M(name).status, MeetingStatus::kToBeRemoved) << name;
}

TEST_F(ExampleRegisterTest, NoMeetingStatesADuration) {
  for (const Meeting& m : reg_->meetings()) {
    EXPECT_FALSE(m.duration_hours.has_value()) << m.name;
    EXPECT_EQ(reg_->DurationHours(m), 2.0) << m.name;
  }
}

// The hours a year, computed here from the cadences as the paper states
// them rather than by the library's summary.
TEST_F(ExampleRegisterTest, SummaryTotals) {
  // Sittings a year by meeting id, read off the paper; absent: not known.
  const std::map<std::string, double> expected_sittings = {
      {"lcjb", 6},                         // Bi monthly
      {"chief-executives-meeting", 2},     // Six monthly
      {"safeguarding-chairs-meeting", 2},  // Six monthly
      {"safeguarding-consortium", 2},      // Sixth monthly
      {"senior-contact-meetings", 4},      // Three monthly
      {"csps", 4 * 4 + 3},                 // Quarterly in five areas, except South Glos three times
      {"mental-health-concordat", 2},      // Sixth monthly
      {"reducing-reoffending-board", 4},   // Quarterly
      {"leaders-meeting", 2},              // "a new six monthly meeting of Leaders"
  };
  double expected_total = 0;
  for (const auto& [id, n] : expected_sittings) expected_total += n;
  ASSERT_EQ(expected_total, 43);

  // Independently of Register::SittingsPerYear: rate per area from the
  // cadence and its exceptions, matched to areas by normalised name.
  double sittings = 0, hours = 0;
  std::vector<std::string> unknown;
  for (const Meeting& m : reg_->meetings()) {
    std::optional<double> n;
    if (m.cadence.per_year().has_value() || !m.cadence.exceptions().empty()) {
      if (!m.per_area || m.areas.empty()) {
        n = m.cadence.per_year();
      } else {
        double total = 0;
        bool known = true;
        for (const auto& ref : m.areas) {
          const Area& a = reg_->area(*reg_->FindArea(ref.id));
          std::optional<double> rate = m.cadence.per_year();
          for (const auto& e : m.cadence.exceptions()) {
            bool match = e.area == a.id || NormaliseName(e.area) == NormaliseName(a.name);
            for (const std::string& alias : a.aliases) match = match || NormaliseName(e.area) == NormaliseName(alias);
            if (match) rate = e.per_year;
          }
          if (!rate) known = false;
          total += rate.value_or(0);
        }
        if (known) n = total;
      }
    }
    auto it = expected_sittings.find(m.id);
    if (it == expected_sittings.end()) {
      EXPECT_FALSE(n.has_value()) << m.id << " has no stated frequency";
      EXPECT_EQ(reg_->SittingsPerYear(m), std::nullopt) << m.id;
      unknown.push_back(m.id);
      continue;
    }
    ASSERT_TRUE(n.has_value()) << m.id;
    EXPECT_EQ(*n, it->second) << m.id;
    EXPECT_EQ(reg_->SittingsPerYear(m), it->second) << m.id;
    sittings += *n;
    hours += *n * m.duration_hours.value_or(reg_->defaults().meeting_duration_hours);
  }
  EXPECT_EQ(sittings, 43);
  EXPECT_EQ(hours, 86) << "43 sittings at the 2-hour default";
  EXPECT_EQ(unknown.size(), reg_->meetings().size() - expected_sittings.size());
  EXPECT_THAT(unknown, testing::Contains("local-meetings"));

  const SummaryResult s = Summarise(*reg_);
  EXPECT_DOUBLE_EQ(s.sittings_per_year, sittings);
  EXPECT_DOUBLE_EQ(s.meeting_hours_per_year, hours);
  EXPECT_EQ(s.meetings, static_cast<int>(reg_->meetings().size()));
  EXPECT_EQ(s.unknown_cadence.size(), unknown.size());
  std::vector<std::string> unknown_from_summary;
  for (MeetingHandle h : s.unknown_cadence) unknown_from_summary.push_back(reg_->meeting(h).id);
  EXPECT_EQ(unknown_from_summary, unknown);
  // Every meeting relied on the default duration.
  EXPECT_EQ(s.default_duration.size(), reg_->meetings().size());
  // The meetings to be removed have no stated frequency, so no hours.
  EXPECT_EQ(s.to_be_removed_meeting_hours_per_year, 0);

  const std::string text = FormatSummary(*reg_, s);
  EXPECT_THAT(text, HasSubstr("  Sittings        43\n"));
  EXPECT_THAT(text, HasSubstr("  Meeting hours   86\n"));
  EXPECT_THAT(text, HasSubstr("the register default of 2 h was used"));
}

TEST_F(ExampleRegisterTest, EveryOrganisationIsReachable) {
  // The register's references all resolve, and the lead OPCC and
  // Constabulary sit in one connected network with the partners.
  PartnershipGraph g(*reg_);
  std::vector<Component> parts = ConnectedComponents(g);
  ASSERT_FALSE(parts.empty());
  const Component& main = parts[0];
  std::set<std::string> orgs;
  for (OrganisationHandle h : main.organisations) orgs.insert(reg_->organisation(h).id);
  for (const char* id : {"opcc", "constabulary", "cps", "hmcts", "nps"}) EXPECT_TRUE(orgs.count(id)) << id;
}

TEST_F(ExampleRegisterTest, RoundTrip) {
  const std::string path = absl::StrCat(::testing::TempDir(), "/govgraph_example_round_trip.json");
  ASSERT_TRUE(SaveRegisterJsonFile(*reg_, path).ok());
  absl::StatusOr<Register> back = LoadRegisterJsonFile(path);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(*back == *reg_);
  absl::StatusOr<std::string> first = RegisterToJson(*reg_);
  absl::StatusOr<std::string> second = RegisterToJson(*back);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*first, *second);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace govgraph
