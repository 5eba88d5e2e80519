// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "analysis_test_util.h"
#include "gmock/gmock.h"
#include "govgraph/analysis/action_plan.h"
#include "govgraph/io/json.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing_util::SourcePath;

// A plan of the given actions (the JSON inside "actions": [...]).
std::string PlanText(const std::string& actions) {
  return absl::StrCat(R"({"action_plan_version": 1, "title": "T", "source": "S", "actions": [)", actions, "]}");
}

std::string ErrorOf(const std::string& text) {
  absl::StatusOr<ActionPlan> plan = ParseActionPlanJson(text);
  EXPECT_FALSE(plan.ok());
  EXPECT_EQ(plan.status().code(), absl::StatusCode::kInvalidArgument) << plan.status();
  return std::string(plan.status().message());
}

ActionPlan Parsed(const std::string& text) {
  absl::StatusOr<ActionPlan> plan = ParseActionPlanJson(text);
  EXPECT_TRUE(plan.ok()) << plan.status();
  return plan.ok() ? *plan : ActionPlan{};
}

Register Load(const std::string& relative) {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(SourcePath(relative));
  EXPECT_TRUE(reg.ok()) << reg.status();
  return reg.ok() ? *reg : Register();
}

TEST(ActionPlanReaderTest, ReadsEveryField) {
  ActionPlan plan = Parsed(R"({"action_plan_version": 1, "title": "Plan", "source": "A paper", "as_of": "2018-02-01",
    "actions": [{"id": "a", "text": "Do it", "owner": "Panel", "due": "2018-03-31", "status": "done",
                 "done_on": "2018-03-01", "notes": "n",
                 "answers": {"recommendation": "r", "finding": "f", "meetings": ["m"],
                             "organisations": ["o"], "topics": ["t"]}},
                {"id": "b", "text": "Then this", "status": "in_progress"}]})");
  ASSERT_EQ(plan.actions.size(), 2u);
  EXPECT_EQ(plan.as_of, absl::CivilDay(2018, 2, 1));
  const Action& a = plan.actions[0];
  EXPECT_EQ(a.owner, "Panel");
  EXPECT_EQ(a.due, absl::CivilDay(2018, 3, 31));
  EXPECT_EQ(a.status, ActionStatus::kDone);
  EXPECT_EQ(a.done_on, absl::CivilDay(2018, 3, 1));
  EXPECT_THAT(a.answers.meetings, ElementsAre("m"));
  EXPECT_THAT(a.answers.topics, ElementsAre("t"));
  EXPECT_EQ(a.answers.finding, "f");
  EXPECT_EQ(plan.actions[1].status, ActionStatus::kInProgress);
  EXPECT_FALSE(plan.actions[1].due);
  EXPECT_TRUE(plan.actions[1].owner.empty());
}

TEST(ActionPlanReaderTest, ErrorsNameTheJsonPath) {
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "open"},
                                {"id": "b", "text": "x", "status": "open"},
                                {"id": "c", "text": "x", "status": "open", "due": "31/02/2018"})")),
            "actions[2].due: \"31/02/2018\" is not a date (YYYY-MM-DD)");
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "open", "due": "2018-02-31"})")),
            "actions[0].due: \"2018-02-31\" is not a date (YYYY-MM-DD)");
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "closed"})")),
            "actions[0].status: \"closed\" is not a status: open, in_progress, done or dropped");
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "status": "open"})")), "actions[0].text: missing");
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "open", "done_on": "2018-01-01"})")),
            "actions[0].done_on: given, but the status is \"open\", not done");
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "open", "answers": {"meetings": "m"}})")),
            "actions[0].answers.meetings: expected an array of ids");
  EXPECT_EQ(ErrorOf(R"({"title": "T", "source": "S", "actions": []})"),
            "action_plan_version: missing (an action plan starts with it: 1)");
  EXPECT_EQ(ErrorOf(R"({"action_plan_version": 2, "title": "T", "source": "S", "actions": []})"),
            "action_plan_version: 2 is not a version this reader knows (1)");
  EXPECT_EQ(ErrorOf(R"({"action_plan_version": 1, "title": "T", "source": "S"})"),
            "actions: expected an array of actions");
}

TEST(ActionPlanReaderTest, RefusesUnknownFieldsByName) {
  EXPECT_EQ(ErrorOf(R"({"action_plan_version": 1, "title": "T", "source": "S", "actions": [], "colour": 1})"),
            "colour: unknown field");
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "open", "deadline": "2018-01-01"})")),
            "actions[0].deadline: unknown field");
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "open", "answers": {"meeting": ["m"]}})")),
            "actions[0].answers.meeting: unknown field");
}

TEST(ActionPlanReaderTest, RefusesDuplicateKeysAndIds) {
  EXPECT_THAT(ErrorOf(PlanText(R"({"id": "a", "id": "b", "text": "x", "status": "open"})")),
              HasSubstr("duplicate key \"id\""));
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "open"},
                                {"id": "a", "text": "y", "status": "open"})")),
            "actions[1].id: \"a\" is the id of an earlier action");
  EXPECT_EQ(ErrorOf(PlanText(R"({"id": "a", "text": "x", "status": "open", "answers": {"meetings": ["m", "m"]}})")),
            "actions[0].answers.meetings[1]: \"m\" is given twice");
  EXPECT_THAT(ErrorOf("[1, 2]"), HasSubstr("must be a JSON object"));
}

TEST(ActionPlanReaderTest, WritesJsonThatReadsBackTheSame) {
  const std::string text = R"({"action_plan_version": 1, "title": "Plan", "source": "A paper", "as_of": "2018-02-01",
    "actions": [{"id": "a", "text": "Do it", "owner": "Panel", "due": "2018-03-31", "status": "done",
                 "done_on": "2018-03-01", "notes": "n", "answers": {"recommendation": "r", "meetings": ["m"]}},
                {"id": "b", "text": "Then this", "status": "dropped"}]})";
  ActionPlan plan = Parsed(text);
  ActionPlan again = Parsed(ActionPlanToJson(plan));
  EXPECT_EQ(ActionPlanToJson(again), ActionPlanToJson(plan));
  ASSERT_EQ(again.actions.size(), 2u);
  EXPECT_EQ(again.actions[0].done_on, absl::CivilDay(2018, 3, 1));
  EXPECT_EQ(again.actions[1].status, ActionStatus::kDropped);
  EXPECT_THAT(again.actions[0].answers.meetings, ElementsAre("m"));
}

TEST(ActionProgressTest, StatesAtADate) {
  ActionPlan plan = Parsed(PlanText(R"(
    {"id": "done", "text": "x", "status": "done", "due": "2018-01-01", "done_on": "2018-02-01"},
    {"id": "dropped", "text": "x", "status": "dropped", "due": "2018-01-01"},
    {"id": "late", "text": "x", "status": "in_progress", "due": "2018-05-22"},
    {"id": "today", "text": "x", "status": "open", "due": "2018-06-01"},
    {"id": "soon", "text": "x", "status": "open", "due": "2018-07-01"},
    {"id": "undated", "text": "x", "status": "open"},
    {"id": "later", "text": "x", "status": "open", "due": "2018-07-02"})"));
  absl::StatusOr<ActionProgressResult> r = ActionProgress(plan, nullptr, {.as_of = absl::CivilDay(2018, 6, 1)});
  ASSERT_TRUE(r.ok()) << r.status();
  std::vector<std::string> states;
  for (const ActionProgressItem& a : r->actions) states.push_back(std::string(Name(a.state)));
  EXPECT_THAT(states, ElementsAre("done", "dropped", "overdue", "due_soon", "due_soon", "no_due_date", "open"));
  EXPECT_EQ(r->actions[2].days_overdue, 10);
  EXPECT_EQ(r->actions[3].days_left, 0);
  EXPECT_EQ(r->actions[4].days_left, 30);
  EXPECT_EQ(r->actions[6].days_left, 31);
  EXPECT_EQ(r->done, 1);
  EXPECT_EQ(r->dropped, 1);
  EXPECT_EQ(r->overdue, 1);
  EXPECT_EQ(r->due_soon, 2);
  EXPECT_EQ(r->no_due_date, 1);
  EXPECT_EQ(r->open, 1);
  EXPECT_TRUE(r->any_overdue());
  const std::string text = FormatActionProgress(*r);
  EXPECT_THAT(text, HasSubstr("late. x\n     OVERDUE by 10 days (due 2018-05-22), in progress"));
  EXPECT_THAT(text, HasSubstr("1 action is overdue."));

  absl::StatusOr<ActionProgressResult> narrow =
      ActionProgress(plan, nullptr, {.as_of = absl::CivilDay(2018, 6, 1), .due_soon_days = 0});
  ASSERT_TRUE(narrow.ok());
  EXPECT_EQ(narrow->due_soon, 1);
  EXPECT_EQ(narrow->open, 2);
  EXPECT_FALSE(ActionProgress(plan, nullptr, {.due_soon_days = -1}).ok());
}

TEST(ActionProgressTest, AsOfDefaultsToThePlans) {
  ActionPlan plan = Parsed(R"({"action_plan_version": 1, "title": "T", "source": "S", "as_of": "2018-01-01",
    "actions": [{"id": "a", "text": "x", "status": "open", "due": "2017-12-31"}]})");
  absl::StatusOr<ActionProgressResult> r = ActionProgress(plan);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->as_of, absl::CivilDay(2018, 1, 1));
  EXPECT_EQ(r->actions[0].days_overdue, 1);
}

TEST(ActionProgressTest, ChecksIdsAgainstTheRegister) {
  const Register reg = Load("examples/registers/avon-and-somerset-2016.json");
  ActionPlan plan = Parsed(PlanText(R"({"id": "a", "text": "x", "status": "open",
    "answers": {"meetings": ["lcjb", "comunity-safety-meeting"]}})"));
  absl::StatusOr<ActionProgressResult> r = ActionProgress(plan, &reg, {.as_of = absl::CivilDay(2016, 11, 10)});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(),
            "actions[0].answers.meetings[1]: no meeting \"comunity-safety-meeting\" in the register; did you mean "
            "\"community-safety-meeting\"?");

  plan = Parsed(PlanText(R"({"id": "a", "text": "x", "status": "open", "answers": {"topics": ["zzzzzzzzzzzz"]}})"));
  r = ActionProgress(plan, &reg);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "actions[0].answers.topics[0]: no topic \"zzzzzzzzzzzz\" in the register");

  plan = Parsed(PlanText(R"({"id": "a", "text": "x", "status": "open",
    "answers": {"meetings": ["lcjb"], "organisations": ["opcc"], "topics": ["mental-health"]}})"));
  r = ActionProgress(plan, &reg);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->actions[0].meetings, ElementsAre("Avon and Somerset Local Criminal Justice Board"));
  EXPECT_THAT(r->actions[0].organisations,
              ElementsAre("Office of the Police and Crime Commissioner for Avon and Somerset"));
  EXPECT_THAT(r->actions[0].topics, ElementsAre("Mental health"));
  // Without a register the ids stand for themselves.
  r = ActionProgress(plan);
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(r->actions[0].meetings, ElementsAre("lcjb"));
  EXPECT_FALSE(r->checked_against_register);
}

TEST(ActionPlanFromChangeSetTest, OneActionPerChange) {
  const Register reg = Load("examples/registers/avon-and-somerset-2016.json");
  absl::StatusOr<ChangeSet> cs =
      LoadChangeSetJsonFile(SourcePath("examples/changes/avon-and-somerset-recommendation-b.json"));
  ASSERT_TRUE(cs.ok()) << cs.status();
  absl::StatusOr<ActionPlan> plan =
      ActionPlanFromChangeSet(reg, *cs, "Police and Crime Board", absl::CivilDay(2017, 4, 1));
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->title, cs->title);
  ASSERT_EQ(plan->actions.size(), 2u);
  EXPECT_EQ(plan->actions[0].id, "change-1");
  EXPECT_EQ(plan->actions[0].text, "Remove the Community Safety Meeting");
  EXPECT_EQ(plan->actions[1].text, "Remove the Commissioning Meeting");
  EXPECT_THAT(plan->actions[0].answers.meetings, ElementsAre("community-safety-meeting"));
  EXPECT_EQ(plan->actions[0].owner, "Police and Crime Board");
  EXPECT_EQ(plan->actions[0].due, absl::CivilDay(2017, 4, 1));
  EXPECT_EQ(plan->actions[0].notes, "their purpose is consumed within the revised governance arrangements");
  // The plan it makes reads back and checks against the register.
  absl::StatusOr<ActionPlan> again = ParseActionPlanJson(ActionPlanToJson(*plan));
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_TRUE(ActionProgress(*again, &reg).ok());

  absl::StatusOr<ChangeSet> merge = ParseChangeSetJson(R"({"title": "Merge", "changes": [
    {"action": "merge", "meetings": ["safeguarding-chairs-meeting", "safeguarding-consortium"],
     "into": {"id": "sg", "name": "Safeguarding Forum"}},
    {"action": "set_cadence", "meeting": "lcjb", "cadence": "Quarterly"}]})");
  ASSERT_TRUE(merge.ok()) << merge.status();
  plan = ActionPlanFromChangeSet(reg, *merge);
  ASSERT_TRUE(plan.ok()) << plan.status();
  EXPECT_EQ(plan->actions[0].text,
            "Merge the Safeguarding chairs meeting and the Safeguarding Consortium into the Safeguarding Forum");
  EXPECT_EQ(plan->actions[1].text,
            "Change how often the Avon and Somerset Local Criminal Justice Board meets: "
            "Quarterly");
  EXPECT_TRUE(plan->actions[0].owner.empty());

  absl::StatusOr<ChangeSet> unknown =
      ParseChangeSetJson(R"({"title": "x", "changes": [{"action": "remove", "meeting": "nope"}]})");
  ASSERT_TRUE(unknown.ok());
  absl::StatusOr<ActionPlan> bad = ActionPlanFromChangeSet(reg, *unknown);
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kNotFound);
  EXPECT_EQ(bad.status().message(), "changes[0]: unknown meeting \"nope\"");
}

TEST(ActionPlanExamplesTest, DorsetImprovementPlan) {
  const Register reg = Load("examples/registers/dorset-pcp-2018.json");
  absl::StatusOr<ActionPlan> plan =
      LoadActionPlanJsonFile(SourcePath("examples/actions/dorset-pcp-improvement-plan-2018.json"));
  ASSERT_TRUE(plan.ok()) << plan.status();
  ASSERT_EQ(plan->actions.size(), 5u);
  absl::StatusOr<ActionProgressResult> r = ActionProgress(*plan, &reg, {.as_of = absl::CivilDay(2018, 2, 1)});
  ASSERT_TRUE(r.ok()) << r.status();
  // The paper gives no due dates: every action is open with none.
  EXPECT_EQ(r->no_due_date, 5);
  EXPECT_EQ(r->overdue, 0);
  EXPECT_EQ(r->done, 0);
  EXPECT_THAT(r->actions[3].meetings, ElementsAre("Dorset Police and Crime Panel", "PCC's Audit Committee",
                                                  "Community Safety and Criminal Justice Board"));
}

TEST(ActionPlanExamplesTest, AvonAndSomersetRecommendations) {
  const Register reg = Load("examples/registers/avon-and-somerset-2016.json");
  absl::StatusOr<ActionPlan> plan =
      LoadActionPlanJsonFile(SourcePath("examples/actions/avon-and-somerset-2016-recommendations.json"));
  ASSERT_TRUE(plan.ok()) << plan.status();
  absl::StatusOr<ActionProgressResult> r = ActionProgress(*plan, &reg, {.as_of = absl::CivilDay(2016, 11, 10)});
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->actions.size(), 3u);
  EXPECT_EQ(r->no_due_date, 3);
  EXPECT_EQ(r->actions[1].id, "b");
  EXPECT_THAT(r->actions[1].meetings, ElementsAre("Community Safety Meeting", "Commissioning Meeting"));
}

}  // namespace
}  // namespace govgraph
