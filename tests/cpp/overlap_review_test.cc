// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "govgraph/import/table_import.h"
#include "govgraph/io/json.h"
#include "govgraph/overlap/review.h"
#include "govgraph/register_builder.h"
#include "gtest/gtest.h"
#include "overlap_test_util.h"

namespace govgraph {
namespace {

using overlap_test_util::Build;
using overlap_test_util::MakeMeeting;
using overlap_test_util::WithOrgs;

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

const std::string kAsPrinted =
    std::string(GOVGRAPH_SOURCE_DIR) + "/evaluation/seeds/avon-and-somerset-2016-appendix-a-as-printed.csv";

std::vector<std::string> Names(const Register& reg, const std::vector<Item>& items) {
  std::vector<std::string> out;
  for (Item i : items) out.push_back(ItemName(reg, i));
  return out;
}

std::vector<const ReviewFinding*> OfKind(const ReviewResult& r, FindingKind kind) {
  std::vector<const ReviewFinding*> out;
  for (const ReviewFinding& f : r.findings) {
    if (f.kind == kind) out.push_back(&f);
  }
  return out;
}

// The paper's own table, as printed, with the two meetings recommendation b
// removes typed in by name: imported with the glossary only.
class AsPrintedTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<ImportResult> r = ImportCsvFile(kAsPrinted);
    ASSERT_TRUE(r.ok()) << r.status();
    reg_ = r->reg;
  }
  Register reg_;
};

TEST_F(AsPrintedTest, TheConstabularyIsOneOrganisation) {
  std::vector<std::string> forces;
  for (const Organisation& o : reg_.organisations()) {
    if (o.kind == OrganisationKind::kPolice) forces.push_back(o.name);
  }
  EXPECT_THAT(forces, ElementsAre("Avon and Somerset Constabulary"));
}

TEST_F(AsPrintedTest, BothRemovedMeetingsAreConsumedByKeptMeetingsOnly) {
  const ReviewResult r = *ReviewRegister(reg_);
  const std::vector<const ReviewFinding*> consumed = OfKind(r, FindingKind::kConsumed);
  std::vector<std::string> names;
  for (const ReviewFinding* f : consumed) {
    names.push_back(ItemName(reg_, f->meetings[0]));
    EXPECT_THAT(Names(reg_, f->covered_by), Contains("Local Meetings"));
    for (Item i : f->covered_by) EXPECT_NE(reg_.meetings()[i.index].status, MeetingStatus::kToBeRemoved);
  }
  EXPECT_THAT(names, ElementsAre("Community Safety Meeting", "Commissioning Meeting"));
  ASSERT_EQ(r.proposal.size(), 2u);
  EXPECT_TRUE(r.proposal[0].already_to_be_removed);
}

TEST_F(AsPrintedTest, TheTwoSafeguardingMeetingsOverlap) {
  const OverlapResult r = *FindOverlaps(reg_);
  bool found = false;
  for (const Overlap& o : r.pairs) {
    found = found ||
            (ItemName(reg_, o.a) == "Safeguarding chairs meeting" && ItemName(reg_, o.b) == "Safeguarding Consortium");
  }
  EXPECT_TRUE(found);
}

TEST_F(AsPrintedTest, TheSectionHeadingIsNotAMeeting) {
  EXPECT_FALSE(reg_.LookupMeeting("Problem Solving – Short Term Leadership").ok());
  EXPECT_EQ(reg_.meeting(*reg_.LookupMeeting("Mental Health Concordat")).attributes.at("section"),
            "Problem Solving – Short Term Leadership");
}

TEST(CuratedRegisterTest, ForceExecutiveAndChiefOfficerGroupAreNotPairedOnTheForceAlone) {
  const Register reg =
      *LoadRegisterJsonFile(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/registers/avon-and-somerset-2016.json");
  const OverlapResult pairs = *FindOverlaps(reg);
  for (const Overlap& o : pairs.pairs) {
    EXPECT_FALSE(ItemName(reg, o.a) == "Force Executive" && ItemName(reg, o.b) == "Chief Officer Group");
  }
  const ReviewResult r = *ReviewRegister(reg);
  for (const ProposedStop& s : r.proposal) {
    const Meeting& m = reg.meetings()[s.meeting.index];
    EXPECT_FALSE(m.statutory) << m.name;
    EXPECT_EQ(m.status, MeetingStatus::kToBeRemoved) << m.name;  // only the paper's own removals
  }
  std::vector<std::string> cannot;
  for (const CannotJudge& c : r.cannot_judge) cannot.push_back(ItemName(reg, c.meeting));
  EXPECT_THAT(cannot, Contains("Police and Crime Board"));
  EXPECT_THAT(cannot, Contains("Force Executive"));
}

TEST(EastMidlandsTest, VenturesDoNotAllOverlapBecauseAllFiveForcesTakePart) {
  const Register em = *LoadRegisterJsonFile(std::string(GOVGRAPH_SOURCE_DIR) +
                                            "/examples/registers/east-midlands-collaboration-2009.json");
  // Every venture with all five forces, as the plan describes the region's work.
  RegisterBuilder b;
  for (const Area& a : em.areas()) b.AddArea(a);
  for (const Organisation& o : em.organisations()) b.AddOrganisation(o);
  for (const Topic& t : em.topics()) b.AddTopic(t);
  for (Initiative in : em.initiatives()) {
    for (const Organisation& o : em.organisations()) {
      if (o.kind == OrganisationKind::kPolice) in.participants.push_back({Party{.organisation = o.id}});
    }
    b.AddInitiative(in);
  }
  const Register reg = Build(b);
  OverlapOptions options;
  options.include_initiatives = true;
  const OverlapResult r = *FindOverlaps(reg, options);
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_EQ(ItemName(reg, r.pairs[0].a), "Shared provision of ICT services");
  EXPECT_EQ(ItemName(reg, r.pairs[0].b), "Shared data warehouse");
  // Without specificity and the floor, the forces alone would pair them all.
  options.participant_specificity = false;
  options.min_shared_specificity = 0;
  options.min_topic_evidence = 0;
  EXPECT_EQ(FindOverlaps(reg, options)->pairs.size(), 6u);
}

TEST(ReviewTest, MutualCoverKeepsTheFullerRecordAndSaysWhy) {
  RegisterBuilder b = WithOrgs(4);
  Topic t;
  t.id = "community-safety";
  t.name = "Community safety";
  b.AddTopic(t);
  // The same people and purpose; the second records its frequency too.
  Meeting thin = MakeMeeting("thin", {"o0", "o1"}, "Community safety across the area");
  thin.topics = {"community-safety"};
  Meeting full = MakeMeeting("full", {"o0", "o1"}, "Community safety across the area");
  full.topics = {"community-safety"};
  full.cadence = Cadence::Regular(4);
  b.AddMeeting(thin);
  b.AddMeeting(full);
  b.AddMeeting(MakeMeeting("other", {"o2", "o3"}, "Something else entirely"));
  const Register reg = Build(b);
  const ReviewResult r = *ReviewRegister(reg);
  ASSERT_EQ(r.proposal.size(), 1u);
  EXPECT_EQ(ItemName(reg, r.proposal[0].meeting), "Meeting thin");
  EXPECT_THAT(Names(reg, r.proposal[0].covered_by), ElementsAre("Meeting full"));
  const ReviewFinding* f = OfKind(r, FindingKind::kConsumed).at(0);
  EXPECT_THAT(f->caveat, HasSubstr("each cover the other"));
  EXPECT_THAT(f->caveat, HasSubstr("Meeting full is kept"));
}

TEST(ReviewTest, MeetingsWithTooLittleRecordedAreListedNeverProposedOrPaired) {
  RegisterBuilder b = WithOrgs(2);
  Meeting named;
  named.id = "named";
  named.name = "Commissioning Meeting";
  b.AddMeeting(named);
  b.AddMeeting(MakeMeeting("a", {"o0", "o1"}, "Commissioning of victim services"));
  const Register reg = Build(b);
  const ReviewResult r = *ReviewRegister(reg);
  ASSERT_EQ(r.cannot_judge.size(), 1u);
  EXPECT_EQ(ItemName(reg, r.cannot_judge[0].meeting), "Commissioning Meeting");
  EXPECT_THAT(r.cannot_judge[0].missing, Contains("participants"));
  EXPECT_THAT(r.cannot_judge[0].missing, Contains("purpose or focus"));
  EXPECT_THAT(r.proposal, IsEmpty());
  for (const ReviewFinding& f : r.findings) {
    EXPECT_THAT(Names(reg, f.meetings), Not(Contains("Commissioning Meeting")));
  }
}

TEST(ReviewTest, SameFunctionInOtherAreasIsOneFindingPerGroup) {
  absl::StatusOr<ImportResult> imported = ImportCsv(
      "Meeting,Purpose,Areas\n"
      "Craven CSP,Crime and disorder,Craven\n"
      "Selby Community Safety Partnership,Crime and disorder,Selby\n"
      "Harrogate CSP (HCSP),Crime and disorder,Harrogate\n"
      "Harrogate Health and Wellbeing Board,Health inequalities,Harrogate\n");
  ASSERT_TRUE(imported.ok()) << imported.status();
  const Register& reg = imported->reg;
  const ReviewResult r = *ReviewRegister(reg);
  const std::vector<const ReviewFinding*> same = OfKind(r, FindingKind::kSameFunction);
  ASSERT_EQ(same.size(), 1u);
  EXPECT_THAT(Names(reg, same[0]->meetings),
              ElementsAre("Craven CSP", "Selby Community Safety Partnership", "Harrogate CSP (HCSP)"));
  EXPECT_THAT(same[0]->summary, HasSubstr("joint or merged board"));
  EXPECT_TRUE(reg.meetings()[0].statutory);  // named as a statutory board
  EXPECT_THAT(OfKind(r, FindingKind::kDuplicate), IsEmpty());
}

TEST(ReviewTest, AReportingLineIsAHierarchyNotADuplicate) {
  RegisterBuilder b = WithOrgs(3);
  Meeting board = MakeMeeting("board", {"o0", "o1", "o2"}, "Reduce reoffending across the county");
  Meeting sub = MakeMeeting("sub", {"o0", "o1", "o2"}, "Reduce reoffending across the county");
  sub.reports_to = "board";
  b.AddMeeting(board);
  b.AddMeeting(sub);
  const Register reg = Build(b);
  const ReviewResult r = *ReviewRegister(reg);
  EXPECT_THAT(OfKind(r, FindingKind::kDuplicate), IsEmpty());
  const std::vector<const ReviewFinding*> h = OfKind(r, FindingKind::kParentSubgroup);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_THAT(Names(reg, h[0]->meetings), ElementsAre("Meeting board", "Meeting sub"));
  EXPECT_THAT(h[0]->summary, HasSubstr("hierarchy"));
  EXPECT_THAT(r.proposal, IsEmpty());  // nothing stops because its board covers it
}

TEST(ReviewTest, DuplicateEvidenceIsInTheRegistersOwnWords) {
  RegisterBuilder b = WithOrgs(6);
  const std::string purpose = "Safeguarding vulnerable adults through multi-agency working in Bristol";
  b.AddMeeting(MakeMeeting("a", {"o0", "o1", "o2"}, purpose));
  b.AddMeeting(MakeMeeting("b", {"o0", "o1", "o2"}, purpose));
  b.AddMeeting(MakeMeeting("c", {"o3", "o4"}, "Roads policing and casualty reduction"));
  b.AddMeeting(MakeMeeting("d", {"o5", "o4"}, "Youth justice"));
  const Register reg = Build(b);
  const ReviewResult r = *ReviewRegister(reg);
  const std::vector<const ReviewFinding*> d = OfKind(r, FindingKind::kDuplicate);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_THAT(d[0]->evidence, Contains(HasSubstr("both have Org o0 (in 2 of 4 meetings)")));
  std::string words;
  for (const std::string& e : d[0]->evidence) words += e;
  EXPECT_THAT(words, HasSubstr("\"Safeguarding\""));  // as written, not the stem "safeguard"
  EXPECT_GT(d[0]->confidence, 0.5);
}

TEST(ReviewTest, OptionsAreChecked) {
  ReviewOptions o;
  o.duplicate_min_score = 2;
  EXPECT_THAT(ValidateReviewOptions(o).message(), HasSubstr("duplicate_min_score"));
  o = {};
  o.overlap.min_score = 0;
  EXPECT_THAT(ReviewRegister(Register(), o).status().message(), HasSubstr("min_score"));
}

}  // namespace
}  // namespace govgraph
