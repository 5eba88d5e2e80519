// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/calendar/forward_plan.h: a panel's forward plan and its
// check. The check carries `register` for `.to_pandas()`
// (python/govgraph/calendar.py).
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/str_format.h"
#include "analysis_common.h"
#include "calendar_common.h"
#include "govgraph/calendar/forward_plan.h"

namespace govgraph::python {
namespace {

std::string FsPath(const py::object& path) { return py::str(py::module_::import("os").attr("fspath")(path)); }

// A plan object, or a path to its JSON file.
CyclePlan ToCyclePlan(const py::object& plan) {
  if (py::isinstance<CyclePlan>(plan)) return plan.cast<CyclePlan>();
  return ValueOrThrow(LoadCyclePlanJsonFile(FsPath(plan)));
}

ForwardPlan ToForwardPlan(const py::object& plan) {
  if (py::isinstance<ForwardPlan>(plan)) return plan.cast<ForwardPlan>();
  return ValueOrThrow(LoadForwardPlanJsonFile(FsPath(plan)));
}

}  // namespace

void InitCalendarForwardPlan(py::module_& m) {
  const ForwardPlanOptions d;
  py::class_<ForwardPlanPillar>(m, "ForwardPlanPillar",
                         "A pillar (theme) of the Police and Crime Plan, and the member who leads the panel's "
                         "oversight of it (empty when none is appointed).")
      .def_property_readonly("id", CopyOut(&ForwardPlanPillar::id))
      .def_property_readonly("name", CopyOut(&ForwardPlanPillar::name))
      .def_property_readonly("lead", CopyOut(&ForwardPlanPillar::lead))
      .def_property_readonly("note", CopyOut(&ForwardPlanPillar::note));
  py::class_<PreMeeting>(m, "PreMeeting",
                         "A meeting of members before the sitting to agree the lines of enquiry; date None when "
                         "not yet set.")
      .def_property_readonly("date", CopyOut(&PreMeeting::date))
      .def_property_readonly("note", CopyOut(&PreMeeting::note));
  py::class_<AgendaItem>(m, "AgendaItem", R"pbdoc(
One agenda item of a forward plan: title, kind ("thematic", "standing",
"statutory" or "other"), theme, the pillar ids it scrutinises, its key lines
of enquiry (``kloes``), its pre-meeting (None when none is held), lead member,
the cycle plan's publication it scrutinises, and whether it is illustrative.
)pbdoc")
      .def_property_readonly("title", CopyOut(&AgendaItem::title))
      .def_property_readonly(
          "kind", [](const AgendaItem& i) { return Text(Name(i.kind)); },
          "\"thematic\", \"standing\", \"statutory\" or \"other\".")
      .def_property_readonly("theme", CopyOut(&AgendaItem::theme))
      .def_property_readonly("pillars", CopyOut(&AgendaItem::pillars))
      .def_property_readonly("kloes", CopyOut(&AgendaItem::kloes))
      .def_property_readonly("pre_meeting", CopyOut(&AgendaItem::pre_meeting))
      .def_property_readonly("lead", CopyOut(&AgendaItem::lead))
      .def_property_readonly("scrutinises", CopyOut(&AgendaItem::scrutinises))
      .def_property_readonly("illustrative", CopyOut(&AgendaItem::illustrative))
      .def_property_readonly("source", CopyOut(&AgendaItem::source))
      .def_property_readonly("note", CopyOut(&AgendaItem::note));
  py::class_<ForwardPlanSitting>(m, "ForwardPlanSitting",
                                 "One sitting's agenda: a sitting of the cycle plan, named by meeting id and date.")
      .def_property_readonly("meeting", CopyOut(&ForwardPlanSitting::meeting))
      .def_property_readonly("date", CopyOut(&ForwardPlanSitting::date))
      .def_property_readonly("items", CopyOut(&ForwardPlanSitting::items))
      .def_property_readonly("note", CopyOut(&ForwardPlanSitting::note));
  py::class_<ForwardPlan>(m, "ForwardPlan", R"pbdoc(
A panel's forward plan: the Police and Crime Plan's pillars with their leads,
and the agenda items of each sitting of the cycle plan (see docs/panel.md).
)pbdoc")
      .def_property_readonly("title", CopyOut(&ForwardPlan::title))
      .def_property_readonly("source", CopyOut(&ForwardPlan::source))
      .def_property_readonly("note", CopyOut(&ForwardPlan::note))
      .def_property_readonly("year", CopyOut(&ForwardPlan::year))
      .def_property_readonly("pillars_source", CopyOut(&ForwardPlan::pillars_source))
      .def_property_readonly("pillars", CopyOut(&ForwardPlan::pillars))
      .def_property_readonly("sittings", CopyOut(&ForwardPlan::sittings))
      .def("__repr__", [](const ForwardPlan& p) {
        return absl::StrFormat("<govgraph.ForwardPlan '%s': %d pillars, %d sittings>", p.title, p.pillars.size(),
                               p.sittings.size());
      });

  py::class_<ForwardPlanFinding>(m, "ForwardPlanFinding", R"pbdoc(
One finding of the forward plan check: its ``kind`` ("pillar_not_scrutinised",
"too_many_thematic", "pillar_in_one_half", "no_kloe", "no_pre_meeting",
"pre_meeting_not_before", "lead_not_pillar_lead", "no_such_sitting",
"report_unscrutinised", "report_scrutinised_twice", "report_after_period"),
``severity`` ("problem" or "note"), ``path`` in the forward plan
("sittings[2].items[0]"), ``date`` and ``message``.
)pbdoc")
      .def_property_readonly("kind", [](const ForwardPlanFinding& f) { return Text(Name(f.kind)); },
                             "What was found, as a name.")
      .def_property_readonly("severity", [](const ForwardPlanFinding& f) { return Text(Name(f.severity)); },
                             "\"problem\" or \"note\".")
      .def_property_readonly("path", CopyOut(&ForwardPlanFinding::path))
      .def_property_readonly("date", CopyOut(&ForwardPlanFinding::date))
      .def_property_readonly("message", CopyOut(&ForwardPlanFinding::message));
  py::class_<PillarScrutiny>(m, "PillarScrutiny",
                             "How one pillar is scrutinised over the year: the sittings with an item on it, its "
                             "items and thematic items, and the thematic items in each half of the year.")
      .def_property_readonly("pillar", CopyOut(&PillarScrutiny::pillar))
      .def_property_readonly("name", CopyOut(&PillarScrutiny::name))
      .def_property_readonly("lead", CopyOut(&PillarScrutiny::lead))
      .def_property_readonly("sittings", CopyOut(&PillarScrutiny::sittings))
      .def_property_readonly("items", CopyOut(&PillarScrutiny::items))
      .def_property_readonly("thematic_items", CopyOut(&PillarScrutiny::thematic_items))
      .def_property_readonly("first_half", CopyOut(&PillarScrutiny::first_half))
      .def_property_readonly("second_half", CopyOut(&PillarScrutiny::second_half));
  py::class_<SittingAgenda>(m, "SittingAgenda",
                            "One sitting of a forward plan as checked: the meeting, the date, whether the cycle plan "
                            "has the sitting (and its label there), and its items.")
      .def_property_readonly("meeting", CopyOut(&SittingAgenda::meeting))
      .def_property_readonly("meeting_name", CopyOut(&SittingAgenda::meeting_name))
      .def_property_readonly("date", CopyOut(&SittingAgenda::date))
      .def_property_readonly("in_cycle", CopyOut(&SittingAgenda::in_cycle))
      .def_property_readonly("label", CopyOut(&SittingAgenda::label))
      .def_property_readonly("thematic_items", CopyOut(&SittingAgenda::thematic_items))
      .def_property_readonly("items", CopyOut(&SittingAgenda::items));
  py::class_<ForwardPlanCheckResult>(m, "ForwardPlanCheckResult", py::dynamic_attr(), R"pbdoc(
The forward plan check: ``findings`` (problems and notes, each with a path),
each pillar's scrutiny, the agenda sitting by sitting, and each report against
the sittings whose items scrutinise it (``coverage``). ``ok`` is True when no
finding is a problem. ``to_pandas(table)`` gives "findings" (default),
"pillars", "agenda" or "coverage".
)pbdoc")
      .def_property_readonly("title", CopyOut(&ForwardPlanCheckResult::title))
      .def_property_readonly("start", CopyOut(&ForwardPlanCheckResult::start))
      .def_property_readonly("end", CopyOut(&ForwardPlanCheckResult::end))
      .def_property_readonly("second_half", CopyOut(&ForwardPlanCheckResult::second_half))
      .def_property_readonly("max_thematic_per_sitting", CopyOut(&ForwardPlanCheckResult::max_thematic_per_sitting))
      .def_property_readonly("spread_over_halves", CopyOut(&ForwardPlanCheckResult::spread_over_halves))
      .def_property_readonly("findings", CopyOut(&ForwardPlanCheckResult::findings))
      .def_property_readonly("pillars", CopyOut(&ForwardPlanCheckResult::pillars))
      .def_property_readonly("sittings", CopyOut(&ForwardPlanCheckResult::sittings))
      .def_property_readonly("coverage", CopyOut(&ForwardPlanCheckResult::coverage))
      .def_property_readonly("problems", CopyOut(&ForwardPlanCheckResult::problems))
      .def_property_readonly("notes", CopyOut(&ForwardPlanCheckResult::notes))
      .def_property_readonly("ok", CopyOut(&ForwardPlanCheckResult::ok), "True when no finding is a problem.");

  m.def(
      "load_forward_plan", [](const py::object& path) { return ToForwardPlan(path); }, py::arg("path"), R"pbdoc(
Read a forward plan JSON file (docs/panel.md). Errors name the file and JSON
path and raise InvalidInputError:
``sittings[1].items[0].pillars[0]: no pillar "protecting" in the plan; did you mean "protecting-people"?``

>>> fp = govgraph.load_forward_plan("examples/panel/dorset-pcp-2018-forward-plan.json")
>>> [p.id for p in fp.pillars][:2]
['protecting-people', 'working-with-communities']
)pbdoc");
  m.def(
      "loads_forward_plan", [](const std::string& text) { return ValueOrThrow(ParseForwardPlanJson(View(text))); },
      py::arg("text"), R"pbdoc(
Read a forward plan from JSON text.

>>> fp = govgraph.loads_forward_plan('{"forward_plan_version": 1, "title": "T", "sittings": []}')
>>> fp.title
'T'
)pbdoc");
  m.def(
      "check_forward_plan",
      [](py::object reg_obj, const py::object& plan, const py::object& forward, std::optional<int> year,
         int max_thematic_per_sitting, bool spread_over_halves) {
        const Register& reg = reg_obj.cast<const Register&>();
        ForwardPlanCheckResult check = ValueOrThrow(CheckForwardPlan(
            reg, ToCyclePlan(plan), ToForwardPlan(forward),
            {.year = year, .max_thematic_per_sitting = max_thematic_per_sitting,
             .spread_over_halves = spread_over_halves}));
        return WithRegister(std::move(check), std::move(reg_obj));
      },
      py::arg("register"), py::arg("plan"), py::arg("forward_plan"), py::kw_only(), py::arg("year") = py::none(),
      py::arg("max_thematic_per_sitting") = d.max_thematic_per_sitting, py::arg("spread_over_halves") = d.spread_over_halves, R"pbdoc(
Check a forward plan (a ForwardPlan or a path to its JSON) against the
register and its cycle plan (a CyclePlan or a path) over a year (default: the
forward plan's, else the cycle plan's). Problems: a pillar no item
scrutinises; more than ``max_thematic_per_sitting`` thematic items at one
sitting; with ``spread_over_halves``, a pillar whose thematic items fall at
two or more sittings all in one half of the year; a thematic item with no key
line of enquiry; a pre-meeting not before its sitting; items at a sitting the
cycle plan lacks; a report the agenda scrutinises at no sitting, or at more
than one, within its window. Notes: a thematic item with no pre-meeting; an
item whose lead is not its pillar's lead. Raises InvalidInputError for
options out of range or a meeting or publication the register or cycle plan
lacks (naming the JSON path).

>>> reg = govgraph.load_json("examples/registers/dorset-pcp-2018.json")
>>> c = govgraph.check_forward_plan(reg, "examples/cycle-plans/dorset-pcp-2018-cycle.json",
...                                 "examples/panel/dorset-pcp-2018-forward-plan.json")
>>> c.ok, [f.kind for f in c.findings]
(True, ['no_pre_meeting', 'lead_not_pillar_lead'])
)pbdoc");
  m.def(
      "format_forward_plan_check", [](const ForwardPlanCheckResult& check) { return FormatForwardPlanCheck(check); },
      py::arg("check"), R"pbdoc(
The check as readable text, as ``govgraph forward-plan`` prints it: the
problems, the notes, each pillar's scrutiny and the agenda sitting by sitting.

>>> print(govgraph.format_forward_plan_check(c))
)pbdoc");
}

}  // namespace govgraph::python
