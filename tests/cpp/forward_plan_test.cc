// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/calendar/forward_plan.h"

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/strings/match.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/io/json.h"

namespace govgraph {
namespace {

using absl::CivilDay;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using Json = nlohmann::json;

const std::string kDir = GOVGRAPH_SOURCE_DIR;
const std::string kExample = kDir + "/examples/panel/dorset-pcp-2018-forward-plan.json";

struct Dorset {
  Register reg;
  CyclePlan plan;
  Json forward;  // the example, to vary
};

const Dorset& Load() {
  static const Dorset* const d = [] {
    auto* out = new Dorset;
    absl::StatusOr<Register> reg = LoadRegisterJsonFile(kDir + "/examples/registers/dorset-pcp-2018.json");
    EXPECT_TRUE(reg.ok()) << reg.status();
    out->reg = *reg;
    absl::StatusOr<CyclePlan> plan = LoadCyclePlanJsonFile(kDir + "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
    EXPECT_TRUE(plan.ok()) << plan.status();
    out->plan = *plan;
    std::ifstream in(kExample);
    out->forward = Json::parse(in);
    return out;
  }();
  return *d;
}

ForwardPlan Parse(const Json& j) {
  absl::StatusOr<ForwardPlan> fp = ParseForwardPlanJson(j.dump());
  EXPECT_TRUE(fp.ok()) << fp.status();
  return fp.ok() ? *fp : ForwardPlan();
}

ForwardPlanCheckResult Check(const Json& j, const ForwardPlanOptions& options = {}) {
  absl::StatusOr<ForwardPlanCheckResult> c = CheckForwardPlan(Load().reg, Load().plan, Parse(j), options);
  EXPECT_TRUE(c.ok()) << c.status();
  return c.ok() ? *c : ForwardPlanCheckResult();
}

std::vector<std::string> Kinds(const ForwardPlanCheckResult& c, FindingSeverity severity) {
  std::vector<std::string> out;
  for (const ForwardPlanFinding& f : c.findings) {
    if (f.severity == severity) out.emplace_back(Name(f.kind));
  }
  return out;
}

// The items array of the sitting on `date` in the example.
Json& Items(Json& j, const std::string& date) {
  for (Json& s : j["sittings"]) {
    if (s["date"] == date) return s["items"];
  }
  ADD_FAILURE() << "no sitting on " << date;
  return j;
}

TEST(ForwardPlanTest, ReadsTheDorsetExample) {
  absl::StatusOr<ForwardPlan> fp = LoadForwardPlanJsonFile(kExample);
  ASSERT_TRUE(fp.ok()) << fp.status();
  EXPECT_EQ(fp->year, 2018);
  ASSERT_EQ(fp->pillars.size(), 4u);
  EXPECT_EQ(fp->pillars[0].name, "Protecting people at risk of harm");
  EXPECT_EQ(fp->FindPillar("supporting-victims")->lead, "Cllr Eve Example (made up)");
  ASSERT_EQ(fp->sittings.size(), 5u);
  EXPECT_EQ(fp->sittings[0].date, CivilDay(2018, 2, 1));
  const AgendaItem& thematic = fp->sittings[1].items[1];
  EXPECT_EQ(thematic.kind, AgendaItemKind::kThematic);
  EXPECT_THAT(thematic.pillars, ElementsAre("protecting-people"));
  EXPECT_EQ(thematic.kloes.size(), 2u);
  ASSERT_TRUE(thematic.pre_meeting.has_value());
  EXPECT_EQ(thematic.pre_meeting->date, CivilDay(2018, 3, 1));
  EXPECT_TRUE(thematic.illustrative);
  // The one item on the Panel's published agenda is not marked illustrative.
  EXPECT_FALSE(fp->sittings[0].items[0].illustrative);
  EXPECT_EQ(fp->sittings[1].items[0].scrutinises, "quarterly-performance-report");
}

// What the example records it should find, written before the check was run.
TEST(ForwardPlanTest, TheDorsetExampleHasNoProblemsAndTwoNotes) {
  ForwardPlanCheckResult c = Check(Load().forward);
  EXPECT_TRUE(c.ok()) << FormatForwardPlanCheck(c);
  EXPECT_EQ(c.start, CivilDay(2018, 1, 1));
  EXPECT_EQ(c.second_half, CivilDay(2018, 7, 1));
  EXPECT_THAT(Kinds(c, FindingSeverity::kNote), ElementsAre("no_pre_meeting", "lead_not_pillar_lead"));
  EXPECT_EQ(c.notes, 2);
  EXPECT_EQ(c.findings[0].path, "sittings[2].items[2]");
  EXPECT_EQ(c.findings[1].path, "sittings[3].items[1].lead");
  EXPECT_THAT(c.findings[1].message, HasSubstr("Cllr Eve Example (made up) leads"));
  // Four reports in 2018, each scrutinised at one sitting.
  ASSERT_EQ(c.coverage.size(), 4u);
  const CivilDay published[] = {CivilDay(2018, 2, 12), CivilDay(2018, 5, 14), CivilDay(2018, 8, 13),
                                CivilDay(2018, 11, 12)};
  const CivilDay sat[] = {CivilDay(2018, 3, 8), CivilDay(2018, 6, 7), CivilDay(2018, 9, 6), CivilDay(2018, 11, 29)};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(c.coverage[i].published, published[i]);
    EXPECT_THAT(c.coverage[i].sittings, ElementsAre(sat[i]));
    EXPECT_TRUE(c.coverage[i].ok);
  }
  // Every pillar scrutinised; the one with two thematic items has one in each half.
  ASSERT_EQ(c.pillars.size(), 4u);
  for (const PillarScrutiny& p : c.pillars) EXPECT_GE(p.items, 1) << p.name;
  EXPECT_EQ(c.pillars[3].thematic_items, 2);
  EXPECT_EQ(c.pillars[3].first_half, 1);
  EXPECT_EQ(c.pillars[3].second_half, 1);
  ASSERT_EQ(c.sittings.size(), 5u);
  for (const SittingAgenda& s : c.sittings) EXPECT_TRUE(s.in_cycle) << absl::FormatCivilTime(s.date);
  EXPECT_EQ(c.sittings[0].label, "Precept and budget");
  const std::string text = FormatForwardPlanCheck(c);
  EXPECT_THAT(text, HasSubstr("No problems found, 2 notes"));
  EXPECT_THAT(text, HasSubstr("2018-03-08  Dorset Police and Crime Panel: Quarterly performance"));
}

// The deliberate failing variant: a pillar no item scrutinises, and a
// quarterly report no sitting's agenda scrutinises.
TEST(ForwardPlanTest, APillarNeverScrutinisedAndAReportUnscrutinisedAreProblems) {
  Json j = Load().forward;
  Json& september = Items(j, "2018-09-06");
  september.erase(0);                 // the quarterly report (April to June, published 13 August)
  september[0]["pillars"] = Json::array();  // the victims item scrutinises no pillar now
  ForwardPlanCheckResult c = Check(j);
  EXPECT_FALSE(c.ok());
  EXPECT_THAT(Kinds(c, FindingSeverity::kProblem), ElementsAre("pillar_not_scrutinised", "report_unscrutinised"));
  EXPECT_EQ(c.problems, 2);
  EXPECT_EQ(c.findings[0].path, "pillars[2]");
  EXPECT_THAT(c.findings[0].message,
              HasSubstr("\"Supporting victims, witnesses and reducing reoffending\" is scrutinised by no agenda item"));
  const ForwardPlanFinding& report = c.findings.back();
  EXPECT_EQ(report.path, "cycle plan publications[0]");
  EXPECT_EQ(report.date, CivilDay(2018, 8, 13));
  EXPECT_THAT(report.message, HasSubstr("is scrutinised by no sitting of \"Dorset Police and Crime Panel\""));
  EXPECT_THAT(report.message, HasSubstr("no agenda item scrutinises it"));
  EXPECT_THAT(c.pillars[2].sittings, ::testing::IsEmpty());
  EXPECT_THAT(FormatForwardPlanCheck(c), HasSubstr("2 problems"));
}

TEST(ForwardPlanTest, AReportScrutinisedAtTwoSittingsIsAProblem) {
  Json j = Load().forward;
  // The report published on 12 February also on the agenda of a sitting the
  // cycle plan lacks, within its window: two problems.
  Json extra = {{"meeting", "dorset-pcp"},
                {"date", "2018-03-01"},
                {"items", Json::array({{{"title", "Quarterly performance report, again"},
                                        {"kind", "standing"},
                                        {"scrutinises", "quarterly report"}}})}};
  j["sittings"].push_back(extra);
  ForwardPlanCheckResult c = Check(j);
  EXPECT_THAT(Kinds(c, FindingSeverity::kProblem), ElementsAre("no_such_sitting", "report_scrutinised_twice"));
  std::vector<ForwardPlanFinding> problems;
  for (const ForwardPlanFinding& f : c.findings) {
    if (f.severity == FindingSeverity::kProblem) problems.push_back(f);
  }
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].path, "sittings[5]");
  EXPECT_THAT(problems[0].message, HasSubstr("the cycle plan's sittings are 2018-02-01, 2018-03-08, "));
  // The path is the item at the second sitting in date order.
  EXPECT_EQ(c.findings.back().path, "sittings[1].items[0]");
  EXPECT_THAT(c.findings.back().message, HasSubstr("(2018-03-01, 2018-03-08)"));
}

TEST(ForwardPlanTest, ThematicItemsNeedKloesAndAreSpread) {
  Json j = Load().forward;
  Json& march = Items(j, "2018-03-08");
  march[1]["kloes"] = Json::array();
  march[1]["pre_meeting"] = {{"date", "2018-03-08"}};
  // A third thematic item in March, on the pillar already there in March.
  march.push_back({{"title", "Estates"},
                   {"kind", "thematic"},
                   {"pillars", {"transforming-for-the-future"}},
                   {"kloes", {"Q?"}},
                   {"pre_meeting", Json::object()}});
  // November's item on that pillar moves to June: all three in the first half.
  Json& november = Items(j, "2018-11-29");
  Json moved = november[1];
  moved["pre_meeting"]["date"] = "2018-05-31";
  november.erase(1);
  Items(j, "2018-06-07").push_back(moved);
  ForwardPlanCheckResult c = Check(j);
  EXPECT_THAT(Kinds(c, FindingSeverity::kProblem),
              ElementsAre("pillar_in_one_half", "too_many_thematic", "no_kloe", "pre_meeting_not_before"));
  EXPECT_THAT(c.findings[0].message, HasSubstr("all in the first half of the year (2018-01-01 to 2018-06-30)"));
  EXPECT_THAT(c.findings[1].message, HasSubstr("3 thematic items"));
  EXPECT_EQ(c.findings[3].path, "sittings[1].items[1].pre_meeting.date");
  // Options relax both spread rules.
  ForwardPlanCheckResult relaxed = Check(j, {.max_thematic_per_sitting = 3, .spread_over_halves = false});
  EXPECT_THAT(Kinds(relaxed, FindingSeverity::kProblem), ElementsAre("no_kloe", "pre_meeting_not_before"));
}

TEST(ForwardPlanTest, OptionsAndReferencesAreValidated) {
  ForwardPlan fp = Parse(Load().forward);
  absl::StatusOr<ForwardPlanCheckResult> c = CheckForwardPlan(Load().reg, Load().plan, fp, {.max_thematic_per_sitting = 0});
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.status().message(), HasSubstr("max_thematic_per_sitting: must be at least 1, got 0"));
  fp.year = 2019;
  c = CheckForwardPlan(Load().reg, Load().plan, fp);
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.status().message(), HasSubstr("the forward plan is for 2019 but the cycle plan for 2018"));
  // The year given: the sittings all fall outside 2019.
  c = CheckForwardPlan(Load().reg, Load().plan, fp, {.year = 2019});
  ASSERT_TRUE(c.ok()) << c.status();
  bool outside = false;
  for (const ForwardPlanFinding& f : c->findings) {
    if (f.kind != ForwardPlanFindingKind::kNoSuchSitting) continue;
    EXPECT_THAT(f.message, HasSubstr("outside the year checked (2019-01-01 to 2019-12-31)"));
    outside = true;
  }
  EXPECT_TRUE(outside);
  fp.year = 2018;
  fp.sittings[0].meeting = "dorset-pc";
  fp.sittings[1].items[0].scrutinises = "quarterly-perf-report";
  c = CheckForwardPlan(Load().reg, Load().plan, fp);
  ASSERT_FALSE(c.ok());
  EXPECT_THAT(c.status().message(),
              HasSubstr("sittings[0].meeting: no meeting \"dorset-pc\" in the register; did you mean \"dorset-pcp\"?"));
  EXPECT_THAT(c.status().message(), HasSubstr("sittings[1].items[0].scrutinises: no publication"));
}

TEST(ForwardPlanTest, TheReaderIsStrictAndNamesPaths) {
  auto error = [](const std::string& text) {
    absl::StatusOr<ForwardPlan> fp = ParseForwardPlanJson(text);
    EXPECT_FALSE(fp.ok());
    return std::string(fp.status().message());
  };
  EXPECT_THAT(error(R"({"title": "T", "sittings": []})"), HasSubstr("forward_plan_version: missing"));
  EXPECT_THAT(error(R"({"forward_plan_version": 1, "title": "T", "title": "U", "sittings": []})"),
              HasSubstr("duplicate key \"title\""));
  EXPECT_THAT(error(R"({"forward_plan_version": 1, "title": "T", "sittings": [], "colour": 1})"),
              HasSubstr("colour: unknown field"));
  const std::string head = R"({"forward_plan_version": 1, "title": "T",
      "pillars": [{"id": "protecting-people", "name": "P"}], "sittings": [)";
  EXPECT_THAT(error(head + R"({"meeting": "m", "date": "2018-02-30", "items": []}]})"),
              HasSubstr("sittings[0].date: expected a date as YYYY-MM-DD, found \"2018-02-30\""));
  EXPECT_THAT(error(head + R"({"meeting": "m", "date": "2018-02-01", "items": [{"title": "x", "kind": "themed"}]}]})"),
              HasSubstr("sittings[0].items[0].kind: \"themed\" is not a kind"));
  EXPECT_THAT(error(head + R"({"meeting": "m", "date": "2018-02-01",
                "items": [{"title": "x", "kind": "thematic", "pillars": ["protecting"]}]}]})"),
              HasSubstr("sittings[0].items[0].pillars[0]: no pillar \"protecting\" in the plan; did you mean "
                        "\"protecting-people\"?"));
  EXPECT_THAT(error(head + R"({"meeting": "m", "date": "2018-02-01", "items": []},
                             {"meeting": "m", "date": "2018-02-01", "items": []}]})"),
              HasSubstr("sittings[1]: the sitting of \"m\" on 2018-02-01 is listed twice"));
  EXPECT_THAT(error(head + R"({"meeting": "m", "date": "2018-02-01",
                "items": [{"title": "x", "kind": "thematic", "kloes": [""], "pre_meeting": {"when": 1}}]}]})"),
              ::testing::AllOf(HasSubstr("sittings[0].items[0].kloes[0]: empty"),
                               HasSubstr("sittings[0].items[0].pre_meeting.when: unknown field")));
  EXPECT_THAT(error("[]"), HasSubstr("forward plan: must be a JSON object"));
}

}  // namespace
}  // namespace govgraph
