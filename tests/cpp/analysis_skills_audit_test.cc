// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/skills_audit.h"

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "analysis_test_util.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing_util::SourcePath;

std::string ReadText(const std::string& relative) {
  std::ifstream in(SourcePath(relative), std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Three skills on a 0-3 scale: "budget" needs 3, the others 2; the pillar
// "Safer streets" draws on "partners".
SkillsFramework Small() {
  absl::StatusOr<SkillsFramework> f = ParseSkillsFrameworkJson(R"({
    "title": "Test",
    "levels": [{"value": 0, "name": "none"}, {"value": 1, "name": "aware"},
               {"value": 2, "name": "working"}, {"value": 3, "name": "expert"}],
    "skills": [
      {"id": "budget", "name": "Budget scrutiny", "required_level": 3, "source": "s", "url": "u"},
      {"id": "partners", "name": "Partnership working", "required_level": 2, "source": "s", "url": "u"},
      {"id": "hearings", "name": "Confirmation hearings", "required_level": 2, "source": "s", "url": "u"}],
    "pillars": [{"name": "Safer streets", "skills": ["partners"]}]})");
  EXPECT_TRUE(f.ok()) << f.status();
  return f.ok() ? *f : SkillsFramework{};
}

const SkillCoverage& CoverageOf(const SkillsAuditResult& r, const std::string& id) {
  for (const SkillCoverage& c : r.coverage) {
    if (c.skill == id) return c;
  }
  ADD_FAILURE() << "no skill " << id;
  static const SkillCoverage kNone;
  return kNone;
}

std::vector<std::string> Trainees(const SkillsAuditResult& r, const std::string& skill) {
  std::vector<std::string> out;
  for (const TrainingNeed& t : r.training) {
    if (t.skill == skill) out.push_back(t.member);
  }
  return out;
}

absl::StatusOr<SkillsAuditResult> Audit(const std::string& csv, SkillsAuditOptions options = {}) {
  const SkillsFramework framework = Small();
  absl::StatusOr<SkillsAuditTable> table = ParseSkillsAuditCsv(csv, framework, {.file = "audit.csv"});
  if (!table.ok()) return table.status();
  if (!options.as_of) options.as_of = absl::CivilDay(2018, 2, 1);
  return SkillsAudit(framework, *table, options);
}

TEST(SkillsFrameworkTest, TheShippedFrameworkParsesAndCitesEverySkill) {
  const SkillsFramework& f = BuiltinSkillsFramework();
  ASSERT_GE(f.skills.size(), 10u);
  EXPECT_EQ(f.max_level(), 3);
  std::set<std::string> ids;
  for (const Skill& s : f.skills) {
    EXPECT_TRUE(ids.insert(s.id).second) << s.id;
    EXPECT_FALSE(s.source.empty()) << s.id;
    EXPECT_TRUE(s.url.starts_with("http")) << s.id;
    EXPECT_LE(s.required_level, f.max_level()) << s.id;
  }
  EXPECT_TRUE(ids.contains("precept_and_budget"));
  EXPECT_THAT(f.pillars, IsEmpty());
}

TEST(SkillsFrameworkTest, ErrorsNameTheJsonPath) {
  auto error = [](const std::string& text) {
    absl::StatusOr<SkillsFramework> f = ParseSkillsFrameworkJson(text);
    EXPECT_FALSE(f.ok()) << text;
    return f.ok() ? std::string() : std::string(f.status().message());
  };
  EXPECT_THAT(error(R"({"extends": "default", "extends": "default"})"), HasSubstr("duplicate key"));
  EXPECT_THAT(error(R"({"extends": "default", "skills": [{"id": "x", "name": "X", "source": "s", "url": "u",
                        "required_level": 5}]})"),
              HasSubstr("skills[0].required_level: 5 is above the scale's top, 3"));
  EXPECT_THAT(error(R"({"extends": "default", "skills": [{"id": "x", "name": "X", "url": "u", "required_level": 1}]})"),
              HasSubstr("skills[0].source: missing"));
  EXPECT_THAT(error(R"({"extends": "default", "pillars": [{"name": "P", "skills": ["chairing", "nope"]}]})"),
              HasSubstr("pillars[0].skills[1]: no skill \"nope\""));
  EXPECT_THAT(error(R"({"title": "T", "levels": [{"value": 0, "name": "a"}, {"value": 2, "name": "b"}],
                        "skills": []})"),
              HasSubstr("levels[1].value: expected 1"));
  EXPECT_THAT(error(R"({"extends": "default", "skills": [{"id": "chairing", "name": "Y", "source": "s",
                        "url": "u", "required_level": 1}]})"),
              HasSubstr("repeats skill \"chairing\""));
  EXPECT_THAT(error(R"({"extends": "another"})"), HasSubstr("extends:"));
  EXPECT_THAT(error("[1]"), HasSubstr("skills framework"));
}

TEST(SkillsFrameworkTest, ExtendingTheDefaultAddsPillarsAndSkills) {
  absl::StatusOr<SkillsFramework> f = ParseSkillsFrameworkJson(R"({"extends": "default",
      "skills": [{"id": "fire", "name": "Fire and rescue governance", "source": "s", "url": "u", "required_level": 2}],
      "pillars": [{"name": "Fire", "skills": ["fire", "chairing"]}]})");
  ASSERT_TRUE(f.ok()) << f.status();
  EXPECT_EQ(f->skills.size(), BuiltinSkillsFramework().skills.size() + 1);
  EXPECT_EQ(f->skills.back().id, "fire");
  ASSERT_EQ(f->pillars.size(), 1u);
  EXPECT_THAT(f->pillars[0].skills, ElementsAre("fire", "chairing"));
}

TEST(SkillsAuditReaderTest, HeadingsAndLevelsAreMatchedTolerantlyAndBlankIsNotZero) {
  absl::StatusOr<SkillsAuditTable> t = ParseSkillsAuditCsv(
      "# a note before the headings\n"
      "Member,COUNCIL,Pillar Lead,budget,partnership-working,Confirmation_Hearings\n"
      "Ann,Co-opted,,3,working,\n"
      "\n"
      "Ben,Poole,Safer streets,0,,1\n",
      Small());
  ASSERT_TRUE(t.ok()) << t.status();
  ASSERT_EQ(t->members.size(), 2u);
  EXPECT_TRUE(t->members[0].co_opted);
  EXPECT_EQ(t->members[0].council, "");
  EXPECT_EQ(t->members[0].levels.at("partners"), 2);
  EXPECT_FALSE(t->members[0].levels.contains("hearings"));  // blank: not assessed
  EXPECT_EQ(t->members[1].levels.at("budget"), 0);           // zero is a level
  EXPECT_EQ(t->members[1].council, "Poole");
  EXPECT_EQ(t->members[1].pillar, "Safer streets");
  EXPECT_EQ(t->members[1].row, 5);
}

TEST(SkillsAuditReaderTest, ErrorsNameFileRowAndColumn) {
  auto error = [](const std::string& csv, SkillsTableSource source = {.file = "audit.csv"}) {
    absl::StatusOr<SkillsAuditTable> t = ParseSkillsAuditCsv(csv, Small(), source);
    EXPECT_FALSE(t.ok()) << csv;
    return t.ok() ? std::string() : std::string(t.status().message());
  };
  EXPECT_THAT(error("name,budget,partners\nAnn,3,\nBen,2,high\n"),
              HasSubstr("audit.csv, row 3, column 3 (partners): \"high\" is not a level; use 0 (none), 1 (aware)"));
  EXPECT_THAT(error("name,budget,partners\nAnn,4,\n"), HasSubstr("row 2, column 2 (budget): \"4\" is not a level"));
  EXPECT_THAT(error("name,Budget scrutny\nAnn,3\n"),
              HasSubstr("audit.csv, row 1, column 2 (Budget scrutny): not a skill of the framework"));
  EXPECT_THAT(error("name,Budget scrutny\nAnn,3\n"), HasSubstr("did you mean \"Budget scrutiny\" (budget)?"));
  EXPECT_THAT(error("budget,partners\n3,2\n"), HasSubstr("audit.csv, row 1: no \"name\""));
  EXPECT_THAT(error("name,budget\nAnn,3\nann,2\n"), HasSubstr("row 3, column 1 (name): \"ann\" is already in the table"));
  EXPECT_THAT(error("name,budget,Budget Scrutiny\nAnn,3,3\n"), HasSubstr("a second column for the same skill (budget)"));
  EXPECT_THAT(error("name,budget\n,3\n"), HasSubstr("row 2, column 1 (name): no member name"));
  EXPECT_THAT(error("name,budget\n"), HasSubstr("no members"));
  EXPECT_THAT(error("name,budget\n\"Ann,3\n"), HasSubstr("audit.csv: line 2"));
  EXPECT_THAT(error("name,budget\nAnn,x\n", {.file = "book.xlsx, sheet \"Audit\"", .cell_names = true}),
              HasSubstr("book.xlsx, sheet \"Audit\", cell B2 (budget)"));
}

TEST(SkillsAuditTest, GapsSingleHoldersAndNotAssessedAreTold) {
  absl::StatusOr<SkillsAuditResult> r = Audit(
      "name,budget,partners,hearings\n"
      "Ann,3,2,\n"
      "Ben,2,2,\n"
      "Cat,1,0,\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(CoverageOf(*r, "budget").status, SkillStatus::kSingleHolder);
  EXPECT_THAT(CoverageOf(*r, "budget").holders, ElementsAre("Ann"));
  EXPECT_EQ(CoverageOf(*r, "partners").status, SkillStatus::kCovered);
  EXPECT_DOUBLE_EQ(CoverageOf(*r, "partners").coverage, 2.0 / 3.0);
  EXPECT_EQ(CoverageOf(*r, "hearings").status, SkillStatus::kNotAssessed);
  EXPECT_EQ(CoverageOf(*r, "hearings").not_assessed, 3);
  EXPECT_EQ(r->gaps, 0);
  EXPECT_EQ(r->single_holders, 1);
  EXPECT_EQ(r->not_assessed, 1);
  ASSERT_EQ(r->matrix.size(), 3u);
  EXPECT_EQ(r->matrix[2][0], 1);
  EXPECT_FALSE(r->matrix[2][2].has_value());
}

TEST(SkillsAuditTest, AGapAmongTheAssessedIsNotClosedByTheUnassessed) {
  absl::StatusOr<SkillsAuditResult> r = Audit("name,budget,partners\nAnn,2,\nBen,1,\nCat,,\n");
  ASSERT_TRUE(r.ok()) << r.status();
  const SkillCoverage& budget = CoverageOf(*r, "budget");
  EXPECT_EQ(budget.status, SkillStatus::kGap);
  EXPECT_EQ(budget.best_level, 2);
  EXPECT_EQ(budget.not_assessed, 1);
  EXPECT_THAT(r->notes, testing::Contains(HasSubstr("Budget scrutiny: a gap among the members assessed; 1 not")));
}

TEST(SkillsAuditTest, TrainingTakesTheNearestFirstAndPillarLeadsAmongEquals) {
  absl::StatusOr<SkillsAuditResult> r = Audit(
      "name,pillar lead,budget,partners\n"
      "Ann,,1,1\n"
      "Ben,,2,0\n"
      "Cat,Safer streets,0,1\n"
      "Dan,,2,3\n");
  ASSERT_TRUE(r.ok()) << r.status();
  // budget (needs 3): nobody holds it; the two at 2 train, in table order.
  EXPECT_THAT(Trainees(*r, "budget"), ElementsAre("Ben", "Dan"));
  // partners: Dan alone holds it; of Ann and Cat at 1, Cat leads a pillar that draws on it.
  EXPECT_THAT(Trainees(*r, "partners"), ElementsAre("Cat"));
  ASSERT_FALSE(r->training.empty());
  EXPECT_EQ(r->training.front().reason, TrainingReason::kGap);
  EXPECT_EQ(r->training.back().reason, TrainingReason::kSingleHolder);
  EXPECT_EQ(r->training.front().current_level, 2);
  EXPECT_EQ(r->training.front().target_level, 3);
  EXPECT_EQ(r->train_by, absl::CivilDay(2018, 5, 1));
}

TEST(SkillsAuditTest, OptionsAreChecked) {
  const std::string csv = "name,budget\nAnn,3\n";
  EXPECT_THAT(Audit(csv, {.holders_wanted = 0}).status().message(), HasSubstr("holders_wanted"));
  EXPECT_THAT(Audit(csv, {.as_of = absl::CivilDay(2018, 2, 1), .train_by = absl::CivilDay(2018, 1, 1)})
                  .status()
                  .message(),
              HasSubstr("train_by: 2018-01-01 is before the audit's date, 2018-02-01"));
  // Three months after 30 November is the last day of February.
  absl::StatusOr<SkillsAuditResult> r = Audit(csv, {.as_of = absl::CivilDay(2019, 11, 30)});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->train_by, absl::CivilDay(2020, 2, 29));
  // With one holder wanted, a single holder is no risk to train for.
  absl::StatusOr<SkillsAuditResult> one = Audit("name,budget\nAnn,3\nBen,2\n", {.holders_wanted = 1});
  ASSERT_TRUE(one.ok());
  EXPECT_THAT(one->training, IsEmpty());
}

TEST(SkillsAuditTest, TablesBuiltInCodeAreChecked) {
  SkillsAuditTable table;
  table.members.push_back({.name = "Ann", .levels = {{"budget", 7}}});
  EXPECT_THAT(SkillsAudit(Small(), table).status().message(), HasSubstr("level 7 is off the scale 0 to 3"));
  table.members[0].levels = {{"nope", 1}};
  EXPECT_THAT(SkillsAudit(Small(), table).status().message(), HasSubstr("no skill \"nope\""));
  table.members[0].levels = {};
  table.members.push_back({.name = "ANN"});
  EXPECT_THAT(SkillsAudit(Small(), table).status().message(), HasSubstr("two members named"));
}

TEST(SkillsAuditTest, PillarsShowWhatTheirLeadsHoldAndMiss) {
  absl::StatusOr<SkillsAuditResult> r =
      Audit("name,pillar,partners\nAnn,Safer streets,1\nBen,Roads,2\nCat,,3\n");
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->pillars.size(), 2u);
  EXPECT_EQ(r->pillars[0].pillar, "Safer streets");
  EXPECT_THAT(r->pillars[0].leads, ElementsAre("Ann"));
  EXPECT_THAT(r->pillars[0].missing, ElementsAre("partners"));
  EXPECT_FALSE(r->pillars[1].in_framework);
  EXPECT_THAT(r->notes, testing::Contains(HasSubstr("pillar \"Roads\" is not in the framework")));
}

// The Dorset example (examples/panel): what the audit finds there.
TEST(SkillsAuditTest, TheDorsetExample) {
  absl::StatusOr<SkillsFramework> framework =
      ParseSkillsFrameworkJson(ReadText("examples/panel/dorset-pcp-2018-skills-framework.json"));
  ASSERT_TRUE(framework.ok()) << framework.status();
  absl::StatusOr<SkillsAuditTable> table =
      ParseSkillsAuditCsv(ReadText("examples/panel/dorset-pcp-2018-skills.csv"), *framework);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ(table->members.size(), 11u);
  absl::StatusOr<SkillsAuditResult> r = SkillsAudit(*framework, *table, {.as_of = absl::CivilDay(2018, 2, 1)});
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<std::string> gaps, singles, unassessed;
  for (const SkillCoverage& c : r->coverage) {
    if (c.status == SkillStatus::kGap) gaps.push_back(c.skill);
    if (c.status == SkillStatus::kSingleHolder) singles.push_back(c.skill);
    if (c.status == SkillStatus::kNotAssessed) unassessed.push_back(c.skill);
  }
  EXPECT_THAT(gaps, ElementsAre("confirmation_hearings", "questioning_and_challenge"));
  EXPECT_THAT(singles, ElementsAre("precept_and_budget", "chairing"));
  EXPECT_THAT(unassessed, ElementsAre("proactive_scrutiny"));
  EXPECT_THAT(Trainees(*r, "questioning_and_challenge"), ElementsAre("Mike Short", "Cllr Ann Example (made up)"));
  EXPECT_THAT(Trainees(*r, "precept_and_budget"), ElementsAre("Mike Short"));
  ASSERT_EQ(r->pillars.size(), 4u);
  for (const PillarCoverage& p : r->pillars) {
    if (p.pillar == "Supporting victims, witnesses and reducing reoffending") {
      EXPECT_THAT(p.missing, ElementsAre("partnership_working", "policing_landscape"));
    } else {
      EXPECT_THAT(p.missing, IsEmpty()) << p.pillar;
    }
  }
  const std::string report = FormatSkillsAudit(*r);
  EXPECT_THAT(report, HasSubstr("Gaps 2; held by one member only 2; not assessed 1"));
  EXPECT_THAT(report, HasSubstr("Training, by 2018-05-01:"));
}

TEST(SkillsFrameworkTest, AKeyTheFormatDoesNotHaveIsRefusedWithItsPath) {
  EXPECT_EQ(ParseSkillsFrameworkJson(R"({"extends": "default", "titel": "x"})").status().message(),
            "titel: unknown field");
  EXPECT_EQ(ParseSkillsFrameworkJson(R"({"extends": "default", "pillars": [{"name": "P", "skils": []}]})")
                .status()
                .message(),
            "pillars[0].skils: unknown field");
  EXPECT_EQ(ParseSkillsFrameworkJson(
                R"({"extends": "default", "skills": [{"id": "x", "name": "X", "source": "s", "url": "u",
                    "required_leve": 2}]})")
                .status()
                .message(),
            "skills[0].required_leve: unknown field");
}

}  // namespace
}  // namespace govgraph
