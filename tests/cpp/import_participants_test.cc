// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Participant parsing on every key-participants cell of Appendix A, with and
// without a base register, and on hostile text.
#include "govgraph/import/participants.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/import/aliases.h"
#include "govgraph/import/resolver.h"
#include "import_test_util.h"

namespace govgraph {
namespace {

// GCC says so with __SANITIZE_ADDRESS__, clang with __has_feature: the
// timing bounds are generous under the sanitizers, which slow this code most.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing_import::ExampleBase;
using testing_import::Notes;
using testing_import::Parties;

const std::vector<std::string> kFiveAreas = {"bristol", "south-gloucestershire", "bath-and-north-east-somerset",
                                             "north-somerset", "somerset"};

class WithBase : public ::testing::Test {
 protected:
  ParticipantsResult Parse(const std::string& cell, std::vector<std::string> areas = {"avon-and-somerset"}) {
    ParticipantOptions o;
    o.areas = std::move(areas);
    return ParseParticipants(cell, resolver_, o);
  }
  Resolver resolver_{&ExampleBase(), AliasTable::Builtin()};
};

TEST_F(WithBase, LocalCriminalJusticeBoard) {
  ParticipantsResult r = Parse(
      "Heads of Criminal Justice partner agencies including CPS, HMCTS, South West CRC, National Probation, Legal "
      "Aid for ASC, Defence community, ACC Watson, YOT, Horfield Prison, PCC, OPCC, CJB Business manager.");
  EXPECT_FALSE(r.unresolved);
  EXPECT_THAT(Parties(r.participants),
              ElementsAre("organisation=cps", "organisation=hmcts", "organisation=south-west-crc", "organisation=nps",
                          "organisation=legal-aid-agency", "organisation=defence-community",
                          "role=acc,person=acc-watson", "organisation=yot", "organisation=hmp-bristol", "role=pcc",
                          "organisation=opcc", "role=cjb-business-manager"));
  EXPECT_EQ(r.participants.back().type, ParticipationType::kSupport);
  EXPECT_EQ(r.participants[4].note, "Legal Aid for ASC");
  // The introduction and the qualified name are reported, as information.
  EXPECT_THAT(r.findings, Contains(Field(&Diagnostic::text, "Heads of Criminal Justice partner agencies")));
  EXPECT_THAT(r.findings, Contains(Field(&Diagnostic::message, HasSubstr("\"for ASC\" kept in the note"))));
  for (const Diagnostic& f : r.findings) EXPECT_EQ(f.severity, Severity::kInfo) << f.message;
}

TEST_F(WithBase, ChiefExecutivesHeadingDistributesOverItems) {
  ParticipantsResult r =
      Parse("Chief Executive Officers: Local Authority, Criminal Justice, Law Enforcement, Emergency Services and Health");
  EXPECT_FALSE(r.unresolved);
  EXPECT_THAT(Parties(r.participants),
              ElementsAre("role=local-authority-chief-executive", "role=criminal-justice-chief-executive",
                          "role=law-enforcement-chief-executive", "role=emergency-services-chief-executive",
                          "role=health-chief-executive"));
  EXPECT_THAT(Notes(r.participants),
              ElementsAre("Local Authority", "Criminal Justice", "Law Enforcement", "Emergency Services", "Health"));
}

TEST_F(WithBase, SafeguardingChairsMeeting) {
  ParticipantsResult r = Parse("PCC, OPCC Lead, Safeguarding Chairs (Adults and Children)");
  EXPECT_THAT(Parties(r.participants), ElementsAre("role=pcc", "role=opcc-lead", "role=independent-safeguarding-chair"));
  EXPECT_EQ(r.participants[2].note, "Safeguarding Chairs (Adults and Children)");
}

TEST_F(WithBase, SafeguardingConsortiumSharedWords) {
  ParticipantsResult r = Parse(
      "C/Supt Geoff Wessell, safeguarding chairs, safeguarding managers and Directors of Children and Adult Services");
  EXPECT_FALSE(r.unresolved);
  EXPECT_THAT(Parties(r.participants),
              ElementsAre("role=chief-superintendent,person=geoff-wessell", "role=independent-safeguarding-chair",
                          "role=safeguarding-manager", "role=director-of-childrens-services",
                          "role=director-of-adult-services"));
  EXPECT_THAT(Notes(r.participants),
              ElementsAre("C/Supt Geoff Wessell", "safeguarding chairs", "safeguarding managers",
                          "Directors of Children and Adult Services", "Directors of Children and Adult Services"));
}

TEST_F(WithBase, LocalMeetings) {
  ParticipantsResult r = Parse("PCC, OPCC, ACCs, Local authority senior councillor and officer, Local Police Commander",
                               kFiveAreas);
  EXPECT_THAT(Parties(r.participants),
              ElementsAre("role=pcc", "organisation=opcc", "role=acc", "role=local-authority-senior-councillor",
                          "role=local-authority-senior-officer", "role=local-police-commander"));
  EXPECT_EQ(r.participants[4].note, "Local authority senior councillor and officer");
}

TEST_F(WithBase, SeniorContactMeetingsSlash) {
  ParticipantsResult r = Parse("Snr Leaders Protective Services & Local Policing / Local Authority Senior Leaders");
  EXPECT_THAT(Parties(r.participants), ElementsAre("role=senior-leaders-protective-services-local-policing",
                                                   "role=local-authority-senior-leaders"));
  EXPECT_THAT(Notes(r.participants),
              ElementsAre("Snr Leaders Protective Services & Local Policing", "Local Authority Senior Leaders"));
}

TEST_F(WithBase, CommunitySafetyPartnershipsStatutoryAndGroups) {
  ParticipantsResult r = Parse(
      "Statutory partners are Police, LAs, District Councils, CCG, Probation, Fire & Rescue Service \u2013 also "
      "includes variety of other non-statutory partners including OPCC",
      kFiveAreas);
  EXPECT_FALSE(r.unresolved);
  EXPECT_THAT(Parties(r.participants),
              ElementsAre("organisation=constabulary", "organisation=bristol-city-council",
                          "organisation=south-gloucestershire-council",
                          "organisation=bath-and-north-east-somerset-council", "organisation=north-somerset-council",
                          "organisation=somerset-county-council", "organisation=district-councils",
                          "organisation=ccgs", "organisation=nps", "organisation=south-west-crc",
                          "organisation=fire-and-rescue", "organisation=opcc"));
  for (size_t i = 0; i + 1 < r.participants.size(); ++i) {
    EXPECT_EQ(r.participants[i].type, ParticipationType::kStatutoryMember) << i;
  }
  EXPECT_EQ(r.participants.back().type, ParticipationType::kMember);
  EXPECT_EQ(r.participants[1].note, "LAs");
}

TEST_F(WithBase, MentalHealthConcordat) {
  ParticipantsResult r = Parse("NHS, Constabulary, Ambulance, PCC, OPCC");
  EXPECT_THAT(Parties(r.participants), ElementsAre("organisation=nhs", "organisation=constabulary",
                                                   "organisation=ambulance", "role=pcc", "organisation=opcc"));
  EXPECT_THAT(r.findings, IsEmpty());
}

TEST_F(WithBase, ReducingReoffendingBoard) {
  ParticipantsResult r = Parse(
      "PCC, OPCC, COG lead, Head of Manage, CRC, NPS, CSP Chairs/Managers, YOT rep(s), prison rep(s), VCS rep(s), "
      "private sector rep(s)");
  EXPECT_FALSE(r.unresolved);
  EXPECT_THAT(Parties(r.participants),
              ElementsAre("role=pcc", "organisation=opcc", "role=cog-lead", "role=head-of-manage",
                          "organisation=south-west-crc", "organisation=nps", "role=csp-chair-manager",
                          "role=yot-representative", "role=prison-representative", "role=vcs-representative",
                          "role=private-sector-representative"));
}

TEST_F(WithBase, UnknownNameIsAnErrorWithSuggestionAndPlaceholder) {
  ParticipantsResult r = Parse("PCC, Horfeild Prizon, Ambulence");
  EXPECT_TRUE(r.unresolved);
  ASSERT_EQ(r.participants.size(), 3u);
  std::vector<std::string> suggestions;
  for (const Diagnostic& f : r.findings) {
    if (f.severity == Severity::kError) suggestions.push_back(f.suggestion);
  }
  EXPECT_THAT(suggestions, ElementsAre("Horfield Prison", "Ambulance"));
  // Kept as placeholders, so nothing is lost.
  EXPECT_EQ(r.participants[1].note, "Horfeild Prizon");
  EXPECT_FALSE(r.participants[1].party.empty());
  EXPECT_EQ(resolver_.new_organisations().size(), 2u);
}

TEST_F(WithBase, RepeatsAreKeptOnce) {
  ParticipantsResult r = Parse("PCC, OPCC, PCC");
  EXPECT_THAT(Parties(r.participants), ElementsAre("role=pcc", "organisation=opcc"));
}

TEST_F(WithBase, SupportChairObserverAndAttendee) {
  ParticipantsResult r = Parse("PCC (chair), OPCC secretariat, CPS (observer), HMCTS by invitation");
  ASSERT_EQ(r.participants.size(), 4u);
  EXPECT_EQ(r.participants[0].type, ParticipationType::kChair);
  EXPECT_EQ(r.participants[1].type, ParticipationType::kSupport);
  EXPECT_EQ(r.participants[2].type, ParticipationType::kObserver);
  EXPECT_EQ(r.participants[3].type, ParticipationType::kAttendee);
}

TEST(ParticipantsNoBase, AliasTableCreatesEntities) {
  Resolver resolver(nullptr, AliasTable::Builtin());
  ParticipantsResult r = ParseParticipants("PCC, OPCC, ACC Watson, CPS, LSCBs, LASB", resolver);
  EXPECT_FALSE(r.unresolved);
  EXPECT_THAT(Parties(r.participants), ElementsAre("role=pcc", "organisation=opcc", "role=acc,person=watson",
                                                   "organisation=cps", "organisation=lscbs", "organisation=lsabs"));
  // The PCC role brought its office; ACC brought the force.
  std::vector<std::string> orgs;
  for (const Organisation& o : resolver.new_organisations()) orgs.push_back(o.id);
  EXPECT_THAT(orgs, ElementsAre("opcc", "constabulary", "cps", "lscbs", "lsabs"));
  ASSERT_EQ(resolver.new_people().size(), 1u);
  EXPECT_EQ(resolver.new_people()[0].name, "Watson");
}

TEST(ParticipantsNoBase, NamedInstanceAndRepresentative) {
  Resolver resolver(nullptr, AliasTable::Builtin());
  ParticipantsResult r = ParseParticipants("Horfield Prison, YOT rep(s)", resolver);
  ASSERT_EQ(r.participants.size(), 2u);
  EXPECT_EQ(r.participants[0].party.organisation.id, "horfield-prison");
  EXPECT_EQ(r.participants[1].party.role.id, "yot-representative");
}

TEST(ParticipantsHostile, EmptyPunctuationAndHugeCells) {
  Resolver resolver(nullptr, AliasTable::Builtin());
  EXPECT_THAT(ParseParticipants("", resolver).participants, IsEmpty());
  ParticipantsResult punct = ParseParticipants(",,, ; / & and () ((( )))", resolver);
  for (const Participant& p : punct.participants) EXPECT_FALSE(p.party.empty());
  ParticipantsResult huge = ParseParticipants(std::string(10 << 20, 'x'), resolver);
  EXPECT_THAT(huge.participants, IsEmpty());
  ASSERT_EQ(huge.findings.size(), 1u);
  EXPECT_EQ(huge.findings[0].severity, Severity::kWarning);
  EXPECT_LE(huge.findings[0].text.size(), 210u);
  std::string many;  // 1,000 names, none known
  for (int i = 0; i < 200; ++i) many += "A and B and C / D & E, ";
  ParticipantsResult m = ParseParticipants(many, resolver);
  EXPECT_TRUE(m.unresolved);
}

// Found by fuzzing (docs/fuzzing.md): a cell just under the size limit made of
// ~2,000 names that are not known took over a minute under the sanitizers
// (seconds in a release build), because each suggestion for a name not
// understood normalised every known name and alias pattern again.
TEST(ParticipantsHostile, ManyUnknownNamesAreReadQuickly) {
  std::string cell;
  uint32_t state = 12345;
  int names = 0;
  while (cell.size() < 19900) {
    std::string word;
    for (int i = 0; i < 6; ++i) {
      state = state * 1103515245u + 12345u;
      word += "bcdfghjklmnpqrstvwxz"[(state >> 16) % 20];
    }
    cell += (cell.empty() ? "" : ", ") + word + " " + std::to_string(names++);
  }
  Resolver resolver(&ExampleBase(), AliasTable::Builtin());
  const auto start = std::chrono::steady_clock::now();
  ParticipantsResult r = ParseParticipants(cell, resolver);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(r.unresolved);
  EXPECT_EQ(r.participants.size(), static_cast<size_t>(names));
  // Generous bounds (about ten times what it takes) for slow, shared machines.
  EXPECT_LT(seconds, kSanitized ? 30.0 : 5.0);
}

}  // namespace
}  // namespace govgraph
