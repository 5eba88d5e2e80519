// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Lead parsing on every lead cell of Appendix A and on hostile text.
#include "govgraph/import/lead.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/import/aliases.h"
#include "import_test_util.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing_import::ExampleBase;

std::vector<std::string> Ids(const std::vector<Ref<Organisation>>& refs) {
  std::vector<std::string> out;
  for (const auto& r : refs) out.push_back(r.id);
  return out;
}

class LeadTest : public ::testing::Test {
 protected:
  LeadResult Parse(const std::string& text) { return ParseLead(text, resolver_, {.joint = {"opcc", "constabulary"}}); }
  Resolver resolver_{&ExampleBase(), AliasTable::Builtin()};
};

TEST_F(LeadTest, Opcc) {
  LeadResult r = Parse("OPCC");
  EXPECT_THAT(Ids(r.lead.organisations), ElementsAre("opcc"));
  EXPECT_EQ(r.lead.text, "OPCC");
  EXPECT_THAT(r.findings, IsEmpty());
}

TEST_F(LeadTest, PccLeadsThroughItsOffice) {
  LeadResult r = Parse("PCC");
  EXPECT_THAT(Ids(r.lead.organisations), ElementsAre("opcc"));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].severity, Severity::kInfo);
  EXPECT_THAT(r.findings[0].message, HasSubstr("so its organisation \"opcc\""));
}

TEST_F(LeadTest, ConstabularyLed) {
  EXPECT_THAT(Ids(Parse("Avon and Somerset Constabulary led").lead.organisations), ElementsAre("constabulary"));
  EXPECT_THAT(Ids(Parse("Avon and Somerset Constabulary").lead.organisations), ElementsAre("constabulary"));
  EXPECT_THAT(Ids(Parse("Led by the OPCC").lead.organisations), ElementsAre("opcc"));  // "the" set aside
}

TEST_F(LeadTest, JointWithChairByVote) {
  LeadResult r = Parse("Joint attendance (Chair agreed by vote of participants \u2013 currently Constabulary)");
  EXPECT_THAT(Ids(r.lead.organisations), ElementsAre("opcc", "constabulary"));
  EXPECT_EQ(r.chair.organisation.id, "constabulary");
  EXPECT_EQ(r.chair_note, "agreed by vote of participants \u2013 currently Constabulary");
  EXPECT_FALSE(r.unresolved);
}

TEST_F(LeadTest, SupportingOrganisation) {
  LeadResult r = Parse("OPCC with Constabulary support");
  EXPECT_THAT(Ids(r.lead.organisations), ElementsAre("opcc"));
  EXPECT_THAT(Ids(r.lead.supporting), ElementsAre("constabulary"));
  LeadResult p = Parse("PCC with Constabulary support");
  EXPECT_THAT(Ids(p.lead.organisations), ElementsAre("opcc"));
  EXPECT_THAT(Ids(p.lead.supporting), ElementsAre("constabulary"));
}

TEST_F(LeadTest, AttendanceIsNotALead) {
  LeadResult r = Parse("Constabulary and OPCC attendance");
  EXPECT_TRUE(r.lead.none());
  EXPECT_EQ(r.lead.text, "Constabulary and OPCC attendance");
  ASSERT_EQ(r.attending.size(), 2u);
  EXPECT_EQ(r.attending[0].organisation.id, "constabulary");
  EXPECT_EQ(r.attending[1].organisation.id, "opcc");
  EXPECT_EQ(resolver_.new_organisations().size(), 0u);
}

TEST_F(LeadTest, JointNamingItsPartners) {
  LeadResult r = Parse("Joint - OPCC and CPS");
  EXPECT_THAT(Ids(r.lead.organisations), ElementsAre("opcc", "cps"));
}

TEST_F(LeadTest, JointWithNothingKnownIsAWarning) {
  LeadResult r = ParseLead("Joint", resolver_, {});
  EXPECT_TRUE(r.lead.none());
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].severity, Severity::kWarning);
}

TEST_F(LeadTest, UnknownLeadIsAnErrorWithSuggestion) {
  LeadResult r = Parse("Constabulery");
  EXPECT_TRUE(r.unresolved);
  EXPECT_TRUE(r.lead.none());
  EXPECT_EQ(r.lead.text, "Constabulery");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].severity, Severity::kError);
  EXPECT_EQ(r.findings[0].suggestion, "Constabulary");
}

TEST_F(LeadTest, HostileText) {
  EXPECT_TRUE(Parse("").lead.none());
  EXPECT_TRUE(Parse("((((").lead.none());
  LeadResult big = Parse(std::string(10 << 20, 'x'));
  EXPECT_TRUE(big.unresolved);
  EXPECT_EQ(big.lead.text.size(), size_t{10} << 20);  // kept
}

TEST(LeadOptionsTest, FromTheColumnHeading) {
  Resolver resolver(&ExampleBase(), AliasTable::Builtin());
  EXPECT_THAT(LeadOptionsFromHeading("Lead (OPCC, Constabulary or Joint)", resolver),
              ElementsAre("opcc", "constabulary"));
  EXPECT_THAT(LeadOptionsFromHeading("Lead", resolver), IsEmpty());
}

}  // namespace
}  // namespace govgraph
