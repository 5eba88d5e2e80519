// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/action_plan.h.
#include <optional>
#include <string>
#include <utility>

#include "analysis_common.h"
#include "govgraph/analysis/action_plan.h"

namespace govgraph::python {
namespace {

py::object ActionDate(const std::optional<absl::CivilDay>& d) {
  if (!d) return py::none();
  return py::module_::import("datetime").attr("date")(d->year(), d->month(), d->day());
}

// A date as a datetime.date or "YYYY-MM-DD" text; `option` names it in the error.
std::optional<absl::CivilDay> ActionDay(const py::object& value, const char* option) {
  if (value.is_none()) return std::nullopt;
  const std::string text = py::hasattr(value, "isoformat") ? py::str(value.attr("isoformat")()).cast<std::string>()
                                                           : py::str(value).cast<std::string>();
  absl::CivilDay day;
  if (text.size() != 10 || !absl::ParseCivilTime(text, &day) || absl::FormatCivilTime(day) != text) {
    RaiseStatus(absl::InvalidArgumentError(std::string(option) + ": \"" + text + "\" is not a date (YYYY-MM-DD)"));
  }
  return day;
}

// An ActionPlan, or a path to its JSON file.
ActionPlan ToActionPlan(const py::object& plan) {
  if (py::isinstance<ActionPlan>(plan)) return plan.cast<ActionPlan>();
  const std::string path = py::str(py::module_::import("os").attr("fspath")(plan));
  return ValueOrThrow(LoadActionPlanJsonFile(path));
}

}  // namespace

void InitAnalysisActionPlan(py::module_& m) {
  const ActionProgressOptions d;
  py::class_<ActionAnswers>(m, "ActionAnswers",
                            "What an action answers: the recommendation or finding, and register ids.")
      .def_property_readonly("recommendation", CopyOut(&ActionAnswers::recommendation))
      .def_property_readonly("finding", CopyOut(&ActionAnswers::finding))
      .def_property_readonly("meetings", CopyOut(&ActionAnswers::meetings))
      .def_property_readonly("organisations", CopyOut(&ActionAnswers::organisations))
      .def_property_readonly("topics", CopyOut(&ActionAnswers::topics));
  py::class_<Action>(m, "Action", "One action of an action plan.")
      .def_property_readonly("id", CopyOut(&Action::id))
      .def_property_readonly("text", CopyOut(&Action::text))
      .def_property_readonly("owner", CopyOut(&Action::owner))
      .def_property_readonly(
          "due", [](const Action& a) { return ActionDate(a.due); }, "The due date (a datetime.date), or None.")
      .def_property_readonly(
          "status", [](const Action& a) { return Text(Name(a.status)); },
          "\"open\", \"in_progress\", \"done\" or \"dropped\".")
      .def_property_readonly(
          "done_on", [](const Action& a) { return ActionDate(a.done_on); }, "When it was done, or None.")
      .def_property_readonly("answers", CopyOut(&Action::answers))
      .def_property_readonly("notes", CopyOut(&Action::notes));
  py::class_<ActionPlan>(m, "ActionPlan", R"pbdoc(
An action plan: a paper's recommendations or a panel's improvement plan as
actions, each with an owner, a due date, a status and what it answers (see
docs/panel.md). ``to_json()`` gives it in the action plan JSON format.
)pbdoc")
      .def_property_readonly("title", CopyOut(&ActionPlan::title))
      .def_property_readonly("source", CopyOut(&ActionPlan::source))
      .def_property_readonly(
          "as_of", [](const ActionPlan& p) { return ActionDate(p.as_of); },
          "When the statuses were last recorded (a datetime.date), or None.")
      .def_property_readonly("actions", CopyOut(&ActionPlan::actions))
      .def(
          "to_json", [](const ActionPlan& p) { return ActionPlanToJson(p); },
          "The plan as action plan JSON text.\n\n"
          ">>> govgraph.load_action_plan(\"examples/actions/avon-and-somerset-2016-recommendations.json\")"
          ".to_json().splitlines()[1]\n'  \"action_plan_version\": 1,'");

  py::class_<ActionProgressItem>(m, "ActionProgressItem", "Where one action stands at the progress date.")
      .def_property_readonly("id", CopyOut(&ActionProgressItem::id))
      .def_property_readonly("text", CopyOut(&ActionProgressItem::text))
      .def_property_readonly("owner", CopyOut(&ActionProgressItem::owner))
      .def_property_readonly(
          "status", [](const ActionProgressItem& a) { return Text(Name(a.status)); },
          "The recorded status: \"open\", \"in_progress\", \"done\" or \"dropped\".")
      .def_property_readonly(
          "state", [](const ActionProgressItem& a) { return Text(Name(a.state)); },
          "\"done\", \"dropped\", \"overdue\", \"due_soon\", \"no_due_date\" or \"open\".")
      .def_property_readonly(
          "due", [](const ActionProgressItem& a) { return ActionDate(a.due); }, "The due date, or None.")
      .def_property_readonly(
          "done_on", [](const ActionProgressItem& a) { return ActionDate(a.done_on); }, "When it was done, or None.")
      .def_property_readonly("days_overdue", CopyOut(&ActionProgressItem::days_overdue))
      .def_property_readonly("days_left", CopyOut(&ActionProgressItem::days_left))
      .def_property_readonly("recommendation", CopyOut(&ActionProgressItem::recommendation))
      .def_property_readonly("meetings", CopyOut(&ActionProgressItem::meetings))
      .def_property_readonly("organisations", CopyOut(&ActionProgressItem::organisations))
      .def_property_readonly("topics", CopyOut(&ActionProgressItem::topics))
      .def_property_readonly("notes", CopyOut(&ActionProgressItem::notes));
  py::class_<ActionProgressResult>(m, "ActionProgressResult", py::dynamic_attr(), R"pbdoc(
An action plan's progress at a date: each action's state (done, dropped,
overdue by N days, due soon, open with no due date, open) and the counts.
``to_pandas(table)`` gives "actions" (default) or "counts".
)pbdoc")
      .def_property_readonly("title", CopyOut(&ActionProgressResult::title))
      .def_property_readonly("source", CopyOut(&ActionProgressResult::source))
      .def_property_readonly(
          "as_of", [](const ActionProgressResult& r) { return ActionDate(r.as_of); }, "The date judged at.")
      .def_property_readonly("due_soon_days", CopyOut(&ActionProgressResult::due_soon_days))
      .def_property_readonly("actions", CopyOut(&ActionProgressResult::actions))
      .def_property_readonly("done", CopyOut(&ActionProgressResult::done))
      .def_property_readonly("dropped", CopyOut(&ActionProgressResult::dropped))
      .def_property_readonly("overdue", CopyOut(&ActionProgressResult::overdue))
      .def_property_readonly("due_soon", CopyOut(&ActionProgressResult::due_soon))
      .def_property_readonly("no_due_date", CopyOut(&ActionProgressResult::no_due_date))
      .def_property_readonly("open", CopyOut(&ActionProgressResult::open))
      .def_property_readonly("checked_against_register", CopyOut(&ActionProgressResult::checked_against_register))
      .def_property_readonly("any_overdue", CopyOut(&ActionProgressResult::any_overdue));

  m.def(
      "load_action_plan", [](const py::object& path) { return ToActionPlan(path); }, py::arg("path"), R"pbdoc(
Read an action plan JSON file. Errors name the JSON path and raise
InvalidInputError: ``actions[2].due: "31/02/2018" is not a date (YYYY-MM-DD)``.

>>> plan = govgraph.load_action_plan("examples/actions/dorset-pcp-improvement-plan-2018.json")
>>> [a.id for a in plan.actions]
['i', 'ii', 'iii', 'iv', 'v']
)pbdoc");
  m.def(
      "loads_action_plan", [](const std::string& text) { return ValueOrThrow(ParseActionPlanJson(View(text))); },
      py::arg("text"), R"pbdoc(
Read an action plan from JSON text.

>>> plan = govgraph.loads_action_plan('{"action_plan_version": 1, "title": "T", "source": "S", "actions": []}')
>>> plan.title
'T'
)pbdoc");
  m.def(
      "save_action_plan",
      [](const ActionPlan& plan, const py::object& path) {
        ThrowIfError(SaveActionPlanJsonFile(plan, py::str(py::module_::import("os").attr("fspath")(path))));
      },
      py::arg("plan"), py::arg("path"), R"pbdoc(
Write an action plan as JSON (the format load_action_plan reads).

>>> plan = govgraph.action_plan_from_changes(reg, "examples/changes/avon-and-somerset-recommendation-b.json")
>>> govgraph.save_action_plan(plan, "recommendation-b-actions.json")
)pbdoc");
  m.def(
      "action_progress",
      [](const py::object& plan, const py::object& reg, const py::object& as_of, int due_soon_days) {
        const ActionPlan p = ToActionPlan(plan);
        const Register* r = reg.is_none() ? nullptr : &reg.cast<const Register&>();
        ActionProgressResult result =
            ValueOrThrow(ActionProgress(p, r, {.as_of = ActionDay(as_of, "as_of"), .due_soon_days = due_soon_days}));
        return WithRegister(std::move(result), reg);
      },
      py::arg("plan"), py::arg("reg") = py::none(), py::kw_only(), py::arg("as_of") = py::none(),
      py::arg("due_soon_days") = d.due_soon_days, R"pbdoc(
Where each action of a plan (an ActionPlan or a path to its JSON) stands at
``as_of`` (a datetime.date or "YYYY-MM-DD"; default: the plan's as_of, else
today): done, dropped, overdue, due within ``due_soon_days``, open with no due
date, or open. With a register, every meeting, organisation and topic id the
plan answers is checked against it (an unknown one raises InvalidInputError
naming its JSON path and the nearest id) and named as the register names it.

>>> reg = govgraph.load_json("examples/registers/avon-and-somerset-2016.json")
>>> r = govgraph.action_progress("examples/actions/avon-and-somerset-2016-recommendations.json", reg,
...                              as_of="2016-11-10")
>>> r.no_due_date, r.overdue
(3, 0)
>>> r.to_pandas()
)pbdoc");
  m.def(
      "format_action_progress", [](const ActionProgressResult& r) { return FormatActionProgress(r); },
      py::arg("result"), R"pbdoc(
A readable report of an action_progress() result.

>>> print(govgraph.format_action_progress(govgraph.action_progress(plan, reg)))
)pbdoc");
  m.def(
      "action_plan_from_changes",
      [](const Register& reg, const py::object& changes, const std::string& owner, const py::object& due) {
        ChangeSet cs = py::isinstance<ChangeSet>(changes)
                           ? changes.cast<ChangeSet>()
                           : py::module_::import("govgraph._core").attr("load_change_set")(changes).cast<ChangeSet>();
        return ValueOrThrow(ActionPlanFromChangeSet(reg, cs, owner, ActionDay(due, "due")));
      },
      py::arg("reg"), py::arg("changes"), py::kw_only(), py::arg("owner") = "", py::arg("due") = py::none(),
      R"pbdoc(
An action plan from a change set (a ChangeSet, a dict, or a path to its
JSON): one open action per change ("Remove the Community Safety Meeting"),
answering the meetings it changes, each with ``owner`` and ``due``.

>>> reg = govgraph.load_json("examples/registers/avon-and-somerset-2016.json")
>>> plan = govgraph.action_plan_from_changes(reg, "examples/changes/avon-and-somerset-recommendation-b.json",
...                                          owner="Police and Crime Board", due="2017-04-01")
>>> [a.text for a in plan.actions]
['Remove the Community Safety Meeting', 'Remove the Commissioning Meeting']
)pbdoc");
}

}  // namespace govgraph::python
