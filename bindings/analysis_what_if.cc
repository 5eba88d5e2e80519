// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/what_if.h.
#include "govgraph/analysis/what_if.h"

#include <string>

#include "analysis_common.h"

namespace govgraph::python {
namespace {

// A ChangeSet, a dict in the change-set JSON form, or a path to a JSON file.
ChangeSet ToChangeSet(const py::object& changes) {
  if (py::isinstance<ChangeSet>(changes)) return changes.cast<ChangeSet>();
  if (py::isinstance<py::dict>(changes) || py::isinstance<py::list>(changes)) {
    const std::string text = py::module_::import("json").attr("dumps")(changes).cast<std::string>();
    return ValueOrThrow(ParseChangeSetJson(View(text)));
  }
  const std::string path = py::str(py::module_::import("os").attr("fspath")(changes));
  return ValueOrThrow(LoadChangeSetJsonFile(path));
}

}  // namespace

void InitAnalysisWhatIf(py::module_& m) {
  BindEnum<ChangeAction>(m, "ChangeAction", "What a change of a change set does.");

  py::class_<MeetingChange>(m, "MeetingChange", "One change of a change set.")
      .def_property_readonly("action", CopyOut(&MeetingChange::action))
      .def_property_readonly("meetings", CopyOut(&MeetingChange::meetings))
      .def_property_readonly("into_id", CopyOut(&MeetingChange::into_id))
      .def_property_readonly("into_name", CopyOut(&MeetingChange::into_name))
      .def_property_readonly("meeting_json", CopyOut(&MeetingChange::meeting_json))
      .def_property_readonly("lead", CopyOut(&MeetingChange::lead))
      .def_property_readonly("cadence", CopyOut(&MeetingChange::cadence))
      .def_property_readonly("reason", CopyOut(&MeetingChange::reason));

  py::class_<ChangeSet>(m, "ChangeSet", "Changes to a register, read from JSON (see docs/analyses.md).")
      .def_property_readonly("title", CopyOut(&ChangeSet::title))
      .def_property_readonly("source", CopyOut(&ChangeSet::source))
      .def_property_readonly("changes", CopyOut(&ChangeSet::changes));

  py::class_<LostForum>(m, "LostForum", "A topic or area and the meetings that covered it before.")
      .def_property_readonly("id", CopyOut(&LostForum::id))
      .def_property_readonly("name", CopyOut(&LostForum::name))
      .def_property_readonly("former_meetings", CopyOut(&LostForum::former_meetings));
  py::class_<LostLink>(m, "LostLink", "Two actors that no longer share a meeting.")
      .def_property_readonly("a", CopyOut(&LostLink::a))
      .def_property_readonly("a_name", CopyOut(&LostLink::a_name))
      .def_property_readonly("b", CopyOut(&LostLink::b))
      .def_property_readonly("b_name", CopyOut(&LostLink::b_name))
      .def_property_readonly("former_meetings", CopyOut(&LostLink::former_meetings));
  py::class_<UnmetDuty>(m, "UnmetDuty", "A statutory meeting or statutory seat that the changes take away.")
      .def_property_readonly("meeting", CopyOut(&UnmetDuty::meeting))
      .def_property_readonly("meeting_name", CopyOut(&UnmetDuty::meeting_name))
      .def_property_readonly("organisation", CopyOut(&UnmetDuty::organisation))
      .def_property_readonly("reason", CopyOut(&UnmetDuty::reason));
  py::class_<HoursSaved>(m, "HoursSaved", "One organisation's people-hours a year before and after.")
      .def_property_readonly("organisation", CopyOut(&HoursSaved::organisation))
      .def_property_readonly("organisation_name", CopyOut(&HoursSaved::organisation_name))
      .def_property_readonly("before", CopyOut(&HoursSaved::before))
      .def_property_readonly("after", CopyOut(&HoursSaved::after))
      .def_property_readonly("saved", CopyOut(&HoursSaved::saved))
      .def_property_readonly("unknown_removed", CopyOut(&HoursSaved::unknown_removed),
                             "Removed meetings it attended or led whose cadence is unknown.");

  py::class_<WhatIfResult>(m, "WhatIfResult", py::dynamic_attr(), R"pbdoc(
What a change set costs and saves: topics, areas, links and statutory duties
lost, and hours saved per organisation. ``after`` is the changed register.
``to_pandas(table)`` gives "hours" (default), "lost" or "meetings".
)pbdoc")
      .def_property_readonly("title", CopyOut(&WhatIfResult::title))
      .def_property_readonly("after", CopyOut(&WhatIfResult::after))
      .def_property_readonly("removed", CopyOut(&WhatIfResult::removed))
      .def_property_readonly("added", CopyOut(&WhatIfResult::added))
      .def_property_readonly("changed", CopyOut(&WhatIfResult::changed))
      .def_property_readonly("reparented", CopyOut(&WhatIfResult::reparented))
      .def_property_readonly("lost_topics", CopyOut(&WhatIfResult::lost_topics))
      .def_property_readonly("lost_links", CopyOut(&WhatIfResult::lost_links))
      .def_property_readonly("lost_areas", CopyOut(&WhatIfResult::lost_areas))
      .def_property_readonly("unmet_duties", CopyOut(&WhatIfResult::unmet_duties))
      .def_property_readonly("hours", CopyOut(&WhatIfResult::hours))
      .def_property_readonly("meeting_hours_before", CopyOut(&WhatIfResult::meeting_hours_before))
      .def_property_readonly("meeting_hours_after", CopyOut(&WhatIfResult::meeting_hours_after))
      .def_property_readonly("meeting_hours_saved", CopyOut(&WhatIfResult::meeting_hours_saved))
      .def_property_readonly("seat_hours_before", CopyOut(&WhatIfResult::seat_hours_before))
      .def_property_readonly("seat_hours_after", CopyOut(&WhatIfResult::seat_hours_after))
      .def_property_readonly("seat_hours_saved", CopyOut(&WhatIfResult::seat_hours_saved))
      .def_property_readonly("unknown_cadence_removed", CopyOut(&WhatIfResult::unknown_cadence_removed))
      .def_property_readonly("loses_nothing", CopyOut(&WhatIfResult::loses_nothing))
      .def("format", &FormatWhatIf, "A readable report, as `govgraph what-if` prints it.");

  m.def(
      "loads_change_set", [](const std::string& text) { return ValueOrThrow(ParseChangeSetJson(View(text))); },
      py::arg("text"), "Parse a change set from JSON text; errors name the item, e.g. 'changes[2].meeting: ...'.\n\n>>> changes = govgraph.loads_change_set('{\"changes\": [{\"action\": \"remove\", \"meeting\": \"commissioning-meeting\"}]}')\n>>> govgraph.what_if(reg, changes).removed\n['commissioning-meeting']");
  m.def(
      "load_change_set", [](const py::object& path) { return ToChangeSet(path); }, py::arg("path"),
      "Read a change set from a JSON file.\n\n>>> changes = govgraph.load_change_set(\"examples/changes/avon-and-somerset-recommendation-b.json\")\n>>> changes.title\n'Recommendation (b): remove the Community Safety and Commissioning Meetings'");
  m.def(
      "apply_change_set",
      [](const Register& reg, const py::object& changes) { return ValueOrThrow(ApplyChangeSet(reg, ToChangeSet(changes))); },
      py::arg("register"), py::arg("changes"), "The register with the changes applied (a new register).\n\n>>> after = govgraph.apply_change_set(reg, \"examples/changes/avon-and-somerset-recommendation-b.json\")\n>>> len(reg.meetings), len(after.meetings)\n(20, 18)");
  m.def(
      "what_if",
      [](py::object reg_obj, const py::object& changes) {
        return WithRegister(ValueOrThrow(WhatIf(reg_obj.cast<const Register&>(), ToChangeSet(changes))), reg_obj);
      },
      py::arg("register"), py::arg("changes"), R"pbdoc(
Apply a change set (a ChangeSet, a dict in the change-set JSON form, or a
path to a JSON file) to a copy of the register and report what is lost and
the hours saved. Unknown ids raise InvalidInputError naming the change.

>>> r = govgraph.what_if(reg, "examples/changes/avon-and-somerset-recommendation-b.json")
>>> r.loses_nothing, r.unknown_cadence_removed
>>> print(r.format())
)pbdoc");
}

}  // namespace govgraph::python
