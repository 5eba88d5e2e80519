// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/engagement_plan.h.
#include "govgraph/analysis/engagement_plan.h"

#include <string>
#include <utility>
#include <vector>

#include "analysis_common.h"

namespace govgraph::python {

void InitAnalysisEngagementPlan(py::module_& m) {
  const EngagementPlanOptions d;
  BindEnum<EngagementChannel>(m, "EngagementChannel", "How a meeting hears from or reports to another: letter, copy, agenda item, ...");

  py::class_<AffectedMeeting>(m, "AffectedMeeting", "A meeting a change set touches, and how.")
      .def_property_readonly("id", CopyOut(&AffectedMeeting::id))
      .def_property_readonly("name", CopyOut(&AffectedMeeting::name))
      .def_property_readonly("change", CopyOut(&AffectedMeeting::change))
      .def_property_readonly("reason", CopyOut(&AffectedMeeting::reason));
  py::class_<EngagementAction>(m, "EngagementAction", "One line of an engagement plan: who, by which channel.")
      .def_property_readonly("channel", CopyOut(&EngagementAction::channel))
      .def_property_readonly("key", CopyOut(&EngagementAction::key))
      .def_property_readonly("name", CopyOut(&EngagementAction::name))
      .def_property_readonly("recipient", CopyOut(&EngagementAction::recipient))
      .def_property_readonly("sender", CopyOut(&EngagementAction::from))
      .def_property_readonly("meetings", CopyOut(&EngagementAction::meetings));

  py::class_<EngagementPlanResult>(m, "EngagementPlanResult", py::dynamic_attr(), R"pbdoc(
Every organisation and role a change set affects, grouped by channel (letter,
copy, agenda item, internal, Force Executive, intranet, OPCC briefing).
``to_pandas(table)`` gives "actions" (default) or "meetings".
)pbdoc")
      .def_property_readonly("title", CopyOut(&EngagementPlanResult::title))
      .def_property_readonly("meetings", CopyOut(&EngagementPlanResult::meetings))
      .def_property_readonly("actions", CopyOut(&EngagementPlanResult::actions))
      .def_property_readonly("organisations", CopyOut(&EngagementPlanResult::organisations))
      .def_property_readonly("roles", CopyOut(&EngagementPlanResult::roles))
      .def("count", &EngagementPlanResult::count, py::arg("channel"), "Actions on one channel.")
      .def("format", &FormatEngagementPlan, "A readable plan.");

  m.def(
      "engagement_plan",
      [](py::object reg_obj, const py::object& changes, std::vector<std::string> cc_organisations,
         std::string force_executive_meeting, bool include_absorbing_meetings) {
        // load_change_set takes a ChangeSet, a dict in the change-set JSON form, or a path.
        const ChangeSet set =
            py::module_::import("govgraph._core").attr("load_change_set")(changes).cast<ChangeSet>();
        EngagementPlanOptions options;
        options.cc_organisations = std::move(cc_organisations);
        options.force_executive_meeting = std::move(force_executive_meeting);
        options.include_absorbing_meetings = include_absorbing_meetings;
        return WithRegister(ValueOrThrow(EngagementPlan(reg_obj.cast<const Register&>(), set, options)), reg_obj);
      },
      py::arg("register"), py::arg("changes"), py::kw_only(),
      py::arg("cc_organisations") = std::vector<std::string>{}, py::arg("force_executive_meeting") = "",
      py::arg("include_absorbing_meetings") = d.include_absorbing_meetings, R"pbdoc(
The stakeholder engagement plan for a change set (a ChangeSet, a dict or a
path): every organisation and role affected, grouped by channel.
``cc_organisations`` are copied in as chairs and managers of affected boards
besides the statutory boards (e.g. ["yot"]).

>>> p = govgraph.engagement_plan(reg, "examples/changes/avon-and-somerset-recommendation-b.json", cc_organisations=["yot"])
>>> p.to_pandas()
)pbdoc");
}

}  // namespace govgraph::python
