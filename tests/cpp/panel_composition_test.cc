// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/panel_composition.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "govgraph/io/json.h"
#include "govgraph/org_change.h"
#include "govgraph/register_builder.h"
#include "gtest/gtest.h"
#include "analysis_test_util.h"

namespace govgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

Register Parse(const std::string& body) { return testing_util::ParseBody(body); }
using testing_util::SourcePath;

const CompositionRuleResult& RuleOf(const PanelCompositionResult& r, const std::string& id) {
  for (const CompositionRuleResult& rule : r.rules) {
    if (rule.id == id) return rule;
  }
  ADD_FAILURE() << "no rule " << id;
  static const CompositionRuleResult kNone;
  return kNone;
}

std::vector<std::string> RemedyIds(const PanelCompositionResult& r, const std::string& rule) {
  std::vector<std::string> out;
  for (const CompositionRemedy& fix : r.remedies) {
    if (fix.rule == rule) out.push_back(fix.id);
  }
  return out;
}

int SeatsOf(const Register& reg, const PanelCompositionResult& r, const std::string& council) {
  for (const CouncilSeats& s : r.councils) {
    if (reg.organisation(s.council).id == council) return s.appointed;
  }
  return -1;
}

// A police area of `n` councils ("c0".."c{n-1}", one seat each unless
// `seats` says otherwise) with two independent members.
std::string Area(int n, const std::string& extra_participants = "", int first_seats = 1) {
  std::string orgs;
  std::string parts;
  for (int i = 0; i < n; ++i) {
    absl::StrAppend(&orgs, R"({"id": "c)", i, R"(", "name": "Council )", i,
                    R"(", "kind": "local_authority", "areas": ["pfa"]},)");
    absl::StrAppend(&parts, R"({"organisation": "c)", i, R"(", "seats": )", i == 0 ? first_seats : 1, "},");
  }
  return absl::StrCat(
      R"("areas": [{"id": "pfa", "name": "Police area", "kind": "force_area"}],
      "organisations": [)",
      orgs, R"({"id": "pcp", "name": "Police and Crime Panel", "kind": "police_and_crime_panel"},
        {"id": "opcc", "name": "OPCC", "kind": "police_and_crime_commissioner"}],
      "roles": [{"id": "pcc", "name": "Commissioner", "organisation": "opcc", "elected": true},
                {"id": "independent", "name": "Independent member", "organisation": "pcp"}],
      "meetings": [{"id": "panel", "name": "Police and Crime Panel", "kind": "panel", "areas": ["pfa"],
        "lead": "pcp", "participants": [)",
      parts, extra_participants,
      R"({"role": "independent", "seats": 2, "co_opted": true},
        {"role": "pcc", "type": "attendee"}]}])");
}

TEST(CompositionTest, BuiltinRulesCiteTheActForEveryRuleAndRemedy) {
  const PanelCompositionRules& rules = BuiltinPanelCompositionRules();
  EXPECT_EQ(rules.act, "Police Reform and Social Responsibility Act 2011");
  EXPECT_EQ(rules.appointed_members, 10);
  EXPECT_EQ(rules.co_opted_members, 2);
  EXPECT_EQ(rules.maximum_members, 20);
  ASSERT_EQ(rules.rules.size(), 7u);
  for (const CompositionRuleText& t : rules.rules) {
    EXPECT_THAT(t.source, HasSubstr("Schedule 6, paragraph")) << t.id;
    EXPECT_THAT(t.url, HasSubstr("https://www.legislation.gov.uk/ukpga/2011/13/schedule/6/paragraph/")) << t.id;
  }
  for (const CompositionRuleText& t : rules.remedies) EXPECT_THAT(t.source, HasSubstr("Schedule 6")) << t.id;
  EXPECT_EQ(rules.rules[0].source, "Schedule 6, paragraph 4(1)(a) and 4(2)");
}

TEST(CompositionTest, RulesFileErrorsNameTheField) {
  EXPECT_THAT(ParsePanelCompositionRulesJson("[]").status().message(),
              HasSubstr("panel composition rules: must be a JSON object, found array"));
  // The one strict reader: a key given twice, and a syntax error's line and column.
  EXPECT_THAT(ParsePanelCompositionRulesJson(R"({"title": "t", "title": "u"})").status().message(),
              HasSubstr("duplicate key \"title\""));
  EXPECT_THAT(ParsePanelCompositionRulesJson("{\n  \"title\": }").status().message(),
              HasSubstr("panel composition rules: line 2, column"));
  EXPECT_THAT(ParsePanelCompositionRulesJson(R"({"title": "t", "act": "a", "url": "u", "rules": [{"id": 1}],
      "remedies": []})")
                  .status()
                  .message(),
              HasSubstr("rules[0].id: expected a string"));
  EXPECT_THAT(ParsePanelCompositionRulesJson(R"({"title": "t", "act": "a", "url": "u", "rules": [], "remedies": []})")
                  .status()
                  .message(),
              HasSubstr("no rule \"appointed_members\""));
}

TEST(CompositionTest, TenCouncilsAndTwoIndependentsIsLawful) {
  const Register reg = Parse(Area(10));
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(reg);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->verdict, CompositionVerdict::kLawful);
  EXPECT_EQ(r->relevant_authorities, 10);
  EXPECT_EQ(r->relevant_number, 10);
  EXPECT_EQ(r->appointed_members, 10);
  EXPECT_EQ(r->independent_members, 2);
  EXPECT_EQ(r->total_members, 12);
  EXPECT_THAT(r->remedies, IsEmpty());
  EXPECT_EQ(RuleOf(*r, "balanced_appointment").status, CompositionStatus::kAdvisory);
  EXPECT_EQ(RuleOf(*r, "commissioner_not_member").status, CompositionStatus::kMet);
}

TEST(CompositionTest, TwelveCouncilsNeedTwelveMembersOneEach) {
  // Eleven or more authorities: one member each (paragraph 4(2)(b)).
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(Parse(Area(12)));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->relevant_number, 12);
  EXPECT_TRUE(r->lawful());
  // A council with two where each may have only one.
  const Register two = Parse(Area(12, "", 2));
  r = CheckPanelComposition(two);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(RuleOf(*r, "each_authority_represented").status, CompositionStatus::kNotMet);
  EXPECT_THAT(RuleOf(*r, "each_authority_represented").detail, HasSubstr("Council 0 (2)"));
  EXPECT_EQ(RuleOf(*r, "appointed_members").status, CompositionStatus::kUndetermined);
  EXPECT_EQ(RemedyIds(*r, "appointed_members"),
            (std::vector<std::string>{"extra_members_approval", "co_opt_by_resolution", "withdraw_councillors"}));
}

TEST(CompositionTest, ShortfallsAreReportedWithTheirRemedies) {
  // Nine councils, one seat each: ten are required, and no independents.
  std::string body = Area(9);
  body = body.substr(0, body.find(R"({"role": "independent")")) + R"({"role": "pcc", "type": "member"}]}])";
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(Parse(body));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->verdict, CompositionVerdict::kUnlawful);
  EXPECT_EQ(RuleOf(*r, "appointed_members").status, CompositionStatus::kNotMet);
  EXPECT_THAT(RuleOf(*r, "appointed_members").detail, HasSubstr("9 appointed councillor members, 1 short"));
  EXPECT_EQ(RemedyIds(*r, "appointed_members"),
            (std::vector<std::string>{"appoint_councillors", "secretary_of_state_appoints"}));
  EXPECT_EQ(RuleOf(*r, "co_opted_members").status, CompositionStatus::kNotMet);
  EXPECT_EQ(RemedyIds(*r, "co_opted_members"), (std::vector<std::string>{"co_opt_independents"}));
  EXPECT_EQ(RuleOf(*r, "commissioner_not_member").status, CompositionStatus::kNotMet);
  EXPECT_EQ(RemedyIds(*r, "commissioner_not_member"), (std::vector<std::string>{"remove_commissioner"}));
}

TEST(CompositionTest, CoOptedCouncillorsNeedTwoIndependentsBeside) {
  // Two independents and a co-opted councillor: three co-opted members need a
  // resolution under paragraph 4(4); with one, the panel is lawful.
  const Register reg = Parse(Area(10, R"({"organisation": "c1", "co_opted": true},)"));
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(reg);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->co_opted_councillors, 1);
  EXPECT_EQ(RuleOf(*r, "co_opted_councillors").status, CompositionStatus::kMet);
  EXPECT_EQ(RuleOf(*r, "co_opted_members").status, CompositionStatus::kUndetermined);
  r = CheckPanelComposition(reg, {.co_opted_resolution = 3});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->lawful());
  EXPECT_FALSE(CheckPanelComposition(reg, {.co_opted_resolution = 1}).ok());
}

TEST(CompositionTest, PanelAndCouncilsMustExist) {
  const Register reg = Parse(Area(3));
  EXPECT_EQ(CheckPanelComposition(reg, {.panel = "nope"}).status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(CheckPanelComposition(reg, {.councils = {"c0", "zz"}}).status().message(),
              HasSubstr("unknown organisation \"zz\""));
  EXPECT_THAT(CheckPanelComposition(Parse(R"("meetings": [{"id": "m", "name": "Board"}])")).status().message(),
              HasSubstr("no police and crime panel meeting"));
}

TEST(CompositionTest, DorsetBeforeTheReorganisationAsRecorded) {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(SourcePath("examples/registers/dorset-pcp-2018.json"));
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(*reg);
  ASSERT_TRUE(r.ok()) << r.status();
  // Nine councils, each recorded once (the 2018 paper gives no numbers), and
  // one independent, the chairman: ten councillors and two independents are
  // required.
  EXPECT_EQ(r->relevant_authorities, 9);
  EXPECT_EQ(r->relevant_number, 10);
  EXPECT_EQ(r->appointed_members, 9);
  EXPECT_EQ(r->independent_members, 1);
  EXPECT_EQ(r->unclassified_members, 0);
  EXPECT_EQ(r->verdict, CompositionVerdict::kUnlawful);
  EXPECT_EQ(RuleOf(*r, "appointed_members").status, CompositionStatus::kNotMet);
  EXPECT_EQ(RuleOf(*r, "each_authority_represented").status, CompositionStatus::kMet);
  EXPECT_EQ(RuleOf(*r, "co_opted_members").status, CompositionStatus::kNotMet);
  EXPECT_EQ(RuleOf(*r, "co_opted_councillors").status, CompositionStatus::kMet);
  EXPECT_EQ(RuleOf(*r, "maximum_members").status, CompositionStatus::kMet);
  EXPECT_EQ(RuleOf(*r, "commissioner_not_member").status, CompositionStatus::kMet);
}

TEST(CompositionTest, DorsetAfterTheReorganisationSeatsMoveWithTheirMembers) {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(SourcePath("examples/registers/dorset-pcp-2018.json"));
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<OrganisationChanges> changes =
      LoadOrganisationChangesJsonFile(SourcePath("examples/organisation-changes/dorset-2019-reorganisation.json"));
  ASSERT_TRUE(changes.ok()) << changes.status();
  absl::StatusOr<OrganisationChangeResult> applied = ApplyOrganisationChanges(*reg, *changes);
  ASSERT_TRUE(applied.ok()) << applied.status();
  const Register& after = applied->register_after;
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(after);
  ASSERT_TRUE(r.ok()) << r.status();
  // Two councils: the county and five districts' six seats, and the three
  // of Bournemouth, Christchurch and Poole; the dissolved nine are not
  // relevant authorities any more.
  EXPECT_EQ(r->relevant_authorities, 2);
  EXPECT_EQ(r->relevant_number, 10);
  ASSERT_EQ(r->councils.size(), 2u);
  EXPECT_EQ(SeatsOf(after, *r, "dorset-council"), 6);
  EXPECT_EQ(SeatsOf(after, *r, "bcp-council"), 3);
  EXPECT_EQ(r->appointed_members, 9);
  EXPECT_EQ(r->verdict, CompositionVerdict::kUnlawful);
  EXPECT_EQ(RuleOf(*r, "each_authority_represented").status, CompositionStatus::kMet);
  EXPECT_THAT(RuleOf(*r, "appointed_members").detail, HasSubstr("1 short"));
  ASSERT_FALSE(r->remedies.empty());
  EXPECT_EQ(r->remedies[0].action,
            "The relevant local authorities nominate and appoint more of their councillors to the panel: 1 more "
            "member from Dorset Council or Bournemouth, Christchurch and Poole Council");

  // The panel as its papers describe it from April 2019 (minutes of 7
  // February 2019): five members from each new council and two co-opted
  // independent members, recorded as participants (the example's members
  // are those of 2018, so they go).
  RegisterBuilder b(after);
  b.memberships().clear();
  for (Meeting& m : b.meetings()) {
    if (m.id != "dorset-pcp") continue;
    for (Participant& p : m.participants) {
      if (p.party.organisation.id == "dorset-council" || p.party.organisation.id == "bcp-council") p.seats = 5;
    }
    m.participants.push_back({.party = {.person = Ref<Person>("iain-mcvie")}, .co_opted = true});
  }
  b.roles().push_back({});
  b.roles().back().id = "independent-member";
  b.roles().back().name = "Independent co-opted member";
  b.roles().back().organisation = Ref<Organisation>("dorset-pcp");
  b.people().push_back({});
  b.people().back().id = "iain-mcvie";
  b.people().back().name = "Iain McVie";
  b.people().back().roles.emplace_back("independent-member");
  absl::StatusOr<Register> papers = std::move(b).Build();
  ASSERT_TRUE(papers.ok()) << papers.status();
  r = CheckPanelComposition(*papers);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->appointed_members, 10);
  EXPECT_EQ(r->independent_members, 2);
  EXPECT_EQ(r->verdict, CompositionVerdict::kLawful) << FormatPanelComposition(*papers, *r);
}

TEST(CompositionTest, MergerKeepsAPanelLawfulButLosingACouncilsSeatsDoesNot) {
  // A county (three seats) and seven districts, with two independents: ten
  // councillors, lawful.
  std::string body = Area(8, "", 3);
  const Register reg = Parse(body);
  absl::StatusOr<PanelCompositionResult> before = CheckPanelComposition(reg);
  ASSERT_TRUE(before.ok()) << before.status();
  EXPECT_TRUE(before->lawful());

  // The districts merge into two unitaries and the county merges too: the
  // seats move with their members and the panel stays lawful.
  absl::StatusOr<OrganisationChanges> merged = ParseOrganisationChangesJson(R"({"changes": [
    {"kind": "merger", "organisations": ["c0", "c1", "c2", "c3"], "into": {"id": "north", "name": "North Council"}},
    {"kind": "merger", "organisations": ["c4", "c5", "c6", "c7"], "into": {"id": "west", "name": "West Council"}}]})");
  ASSERT_TRUE(merged.ok()) << merged.status();
  absl::StatusOr<OrganisationChangeResult> m = ApplyOrganisationChanges(reg, *merged);
  ASSERT_TRUE(m.ok()) << m.status();
  absl::StatusOr<PanelCompositionResult> after = CheckPanelComposition(m->register_after);
  ASSERT_TRUE(after.ok()) << after.status();
  EXPECT_EQ(after->relevant_authorities, 2);
  EXPECT_EQ(SeatsOf(m->register_after, *after, "north"), 6);
  EXPECT_EQ(SeatsOf(m->register_after, *after, "west"), 4);
  EXPECT_TRUE(after->lawful()) << FormatPanelComposition(m->register_after, *after);

  // The county is abolished instead of merged: its three seats go, the panel
  // falls below the ten councillors the Act requires, and the check says how
  // to restore it.
  absl::StatusOr<OrganisationChanges> abolished = ParseOrganisationChangesJson(R"({"changes": [
    {"kind": "dissolution", "organisation": "c0"},
    {"kind": "merger", "organisations": ["c1", "c2", "c3"], "into": {"id": "north", "name": "North Council"}},
    {"kind": "merger", "organisations": ["c4", "c5", "c6", "c7"], "into": {"id": "west", "name": "West Council"}}]})");
  ASSERT_TRUE(abolished.ok()) << abolished.status();
  absl::StatusOr<OrganisationChangeResult> a = ApplyOrganisationChanges(reg, *abolished);
  ASSERT_TRUE(a.ok()) << a.status();
  absl::StatusOr<PanelCompositionResult> below = CheckPanelComposition(a->register_after);
  ASSERT_TRUE(below.ok()) << below.status();
  EXPECT_EQ(below->appointed_members, 7);
  EXPECT_EQ(below->verdict, CompositionVerdict::kUnlawful);
  EXPECT_EQ(RuleOf(*below, "appointed_members").status, CompositionStatus::kNotMet);
  EXPECT_THAT(RuleOf(*below, "appointed_members").detail, HasSubstr("7 appointed councillor members, 3 short"));
  ASSERT_EQ(RemedyIds(*below, "appointed_members"),
            (std::vector<std::string>{"appoint_councillors", "secretary_of_state_appoints"}));
  EXPECT_THAT(below->remedies[0].action, HasSubstr("3 more members from North Council or West Council"));
  EXPECT_EQ(below->remedies[0].source, "Schedule 6, paragraphs 8 and 9");
  const std::string text = FormatPanelComposition(a->register_after, *below);
  EXPECT_THAT(text, HasSubstr("Police and Crime Panel: unlawful"));
  EXPECT_THAT(text, HasSubstr("Schedule 6, paragraph 10"));
}

TEST(CompositionTest, UnclassifiedMembersLeaveARuleUndetermined) {
  // Nine councils and a chair recorded only by post: the tenth councillor
  // or an independent.
  std::string body = Area(9, R"({"role": "chair-post", "type": "chair"},)");
  body.replace(body.find(R"({"id": "independent")"), 0, R"({"id": "chair-post", "name": "Chair"},)");
  absl::StatusOr<PanelCompositionResult> r = CheckPanelComposition(Parse(body));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->unclassified_members, 1);
  EXPECT_EQ(RuleOf(*r, "appointed_members").status, CompositionStatus::kUndetermined);
  EXPECT_EQ(r->verdict, CompositionVerdict::kUndetermined);
  ASSERT_FALSE(r->notes.empty());
  EXPECT_THAT(r->notes[0], HasSubstr("Chair"));
}

}  // namespace
}  // namespace govgraph
