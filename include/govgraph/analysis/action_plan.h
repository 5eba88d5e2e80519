// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/action_plan.h: an action plan, recorded and tracked.
///
/// A review's recommendations, or a panel's improvement plan, become actions:
/// each with an owner, an optional due date, a status, and what it answers
/// (the recommendation or finding, and the register's meetings, organisations
/// and topics). The plan is data, kept as JSON beside the register:
///
/// ```
///   {"action_plan_version": 1,
///    "title": "PCP Improvement Action Plan",
///    "source": "Dorset Police and Crime Panel, 1 February 2018",
///    "as_of": "2018-02-01",
///    "actions": [
///      {"id": "i", "text": "Improved use of the available skills and knowledge",
///       "owner": "Dorset Police and Crime Panel", "due": "2018-06-30",
///       "status": "open",
///       "answers": {"recommendation": "...", "meetings": ["dorset-pcp"]},
///       "notes": "..."}]}
/// ```
///
/// The reader is strict: a key given twice, an unknown field, a date that is
/// not YYYY-MM-DD, or an action id given twice is an error naming the JSON
/// path (`actions[2].due: "31/02/2018" is not a date (YYYY-MM-DD)`).
/// `status` is open, in_progress, done or dropped; `done_on` is only for a
/// done action. `owner` and `due` may be left out where the paper gives none.
///
/// ActionProgress() says where each action stands at a date: done, dropped,
/// overdue (by how many days), due soon, open with no due date, or open; and,
/// given a register, checks every id the plan answers against it.
///
/// ```
///   absl::StatusOr<ActionPlan> plan = LoadActionPlanJsonFile("plan.json");
///   absl::StatusOr<ActionProgressResult> r =
///       ActionProgress(*plan, &reg, {.as_of = absl::CivilDay(2018, 6, 1)});
///   r->overdue;  // how many are overdue
/// ```
///
/// ActionPlanFromChangeSet() turns a what-if change set (what_if.h) into a
/// plan: one action per change, answering its meetings.
#ifndef GOVGRAPH_ANALYSIS_ACTION_PLAN_H_
#define GOVGRAPH_ANALYSIS_ACTION_PLAN_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/analysis/what_if.h"
#include "govgraph/register.h"

namespace govgraph {

/// What the plan records of an action.
enum class ActionStatus { kOpen, kInProgress, kDone, kDropped };
std::string_view Name(ActionStatus s);  ///< "open", "in_progress", "done", "dropped"

/// What an action answers: the paper's recommendation or finding, and ids in
/// the register.
struct ActionAnswers {
  std::string recommendation;
  std::string finding;
  std::vector<std::string> meetings;       ///< meeting ids
  std::vector<std::string> organisations;  ///< organisation ids
  std::vector<std::string> topics;         ///< topic ids
};

struct Action {
  std::string id;
  std::string text;
  std::string owner;  ///< empty when the paper names none
  std::optional<absl::CivilDay> due;
  ActionStatus status = ActionStatus::kOpen;
  std::optional<absl::CivilDay> done_on;  ///< done actions only
  ActionAnswers answers;
  std::string notes;
};

struct ActionPlan {
  std::string title;
  std::string source;
  std::optional<absl::CivilDay> as_of;  ///< when the statuses were last recorded
  std::vector<Action> actions;
};

/// Reads a plan; InvalidArgumentError naming the JSON path.
absl::StatusOr<ActionPlan> ParseActionPlanJson(absl::string_view text);
/// As ParseActionPlanJson; error messages start with the file's path.
absl::StatusOr<ActionPlan> LoadActionPlanJsonFile(const std::string& path);
/// The plan as JSON text that ParseActionPlanJson reads back to the same plan.
std::string ActionPlanToJson(const ActionPlan& plan);
/// Writes ActionPlanToJson(plan) to a file, replacing it whole.
absl::Status SaveActionPlanJsonFile(const ActionPlan& plan, const std::string& path);

/// Where an action stands at a date.
enum class ActionState { kDone, kDropped, kOverdue, kDueSoon, kNoDueDate, kOpen };
/// "done", "dropped", "overdue", "due_soon", "no_due_date", "open"
std::string_view Name(ActionState s);

struct ActionProgressOptions {
  /// The date to judge at; empty: the plan's as_of, else today (UTC).
  std::optional<absl::CivilDay> as_of;
  /// An open action due within this many days of as_of is due soon.
  int due_soon_days = 30;
};

/// One action at the date.
struct ActionProgressItem {
  std::string id;
  std::string text;
  std::string owner;
  ActionStatus status = ActionStatus::kOpen;
  ActionState state = ActionState::kOpen;
  std::optional<absl::CivilDay> due;
  std::optional<absl::CivilDay> done_on;
  int days_overdue = 0;  ///< overdue: days past the due date
  int days_left = 0;     ///< open with a due date not passed: days until it
  std::string recommendation;
  /// The names of what it answers ("Community Safety Meeting"): meetings,
  /// organisations and topics, each as the register names it (the id when no
  /// register is given).
  std::vector<std::string> meetings;
  std::vector<std::string> organisations;
  std::vector<std::string> topics;
  std::string notes;
};

struct ActionProgressResult {
  std::string title;
  std::string source;
  absl::CivilDay as_of;
  int due_soon_days = 30;
  std::vector<ActionProgressItem> actions;  ///< in the plan's order
  int done = 0, dropped = 0, overdue = 0, due_soon = 0, no_due_date = 0, open = 0;
  bool checked_against_register = false;
  bool any_overdue() const { return overdue > 0; }
};

/// Each action's state at options.as_of. With a register, every meeting,
/// organisation and topic id the plan answers must be in it: an unknown one
/// is InvalidArgumentError naming its JSON path and the nearest id
/// (`actions[1].answers.meetings[0]: no meeting "comunity-safety" in the
/// register; did you mean "community-safety-meeting"?`). A negative
/// due_soon_days is InvalidArgumentError.
absl::StatusOr<ActionProgressResult> ActionProgress(const ActionPlan& plan, const Register* reg = nullptr,
                                                    const ActionProgressOptions& options = {});

/// A readable report for a terminal.
std::string FormatActionProgress(const ActionProgressResult& result);

/// One open action per change of the set, in order, with ids "change-1",
/// "change-2", ...: "Remove the Community Safety Meeting", "Merge the A and
/// the B into the AB", answering the meetings it changes (the register's, not
/// those it adds) and the set's title as the recommendation; the change's
/// reason is the action's notes. `owner` and `due` apply to every action.
/// NotFoundError for a meeting the register does not have.
absl::StatusOr<ActionPlan> ActionPlanFromChangeSet(const Register& reg, const ChangeSet& changes,
                                                   const std::string& owner = "",
                                                   std::optional<absl::CivilDay> due = std::nullopt);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_ACTION_PLAN_H_
