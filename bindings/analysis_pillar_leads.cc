// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/pillar_leads.h.
#include "govgraph/analysis/pillar_leads.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis_common.h"
#include "calendar_common.h"

namespace govgraph::python {

void InitAnalysisPillarLeads(py::module_& m) {
  py::class_<PillarLead>(m, "PillarLead", "One pillar (a topic) and the members who lead it.")
      .def_property_readonly("pillar", CopyOut(&PillarLead::pillar), "The topic's handle.")
      .def_property_readonly("leads", CopyOut(&PillarLead::leads), "Handles of the lead members; empty: no lead.")
      .def_property_readonly("listed", CopyOut(&PillarLead::listed),
                             "True when the pillar is one of the meeting's topics (or was asked for).");
  py::class_<PillarLeadsResult>(m, "PillarLeadsResult", py::dynamic_attr(), R"pbdoc(
Each pillar of a panel with its lead members, and the pillars no member leads.
``to_pandas()`` gives one row per pillar and lead.
)pbdoc")
      .def_property_readonly("meeting", CopyOut(&PillarLeadsResult::meeting))
      .def_property_readonly("pillars", CopyOut(&PillarLeadsResult::pillars))
      .def_property_readonly("unled", CopyOut(&PillarLeadsResult::unled), "Handles of the pillars with no lead.");
  m.def(
      "pillar_leads",
      [](py::object reg_obj, const std::string& meeting, std::vector<std::string> pillars,
         std::optional<absl::CivilDay> as_of) {
        PillarLeadsOptions options;
        options.meeting = meeting;
        options.pillars = std::move(pillars);
        options.as_of = as_of;
        return WithRegister(ValueOrThrow(PillarLeads(reg_obj.cast<const Register&>(), options)), reg_obj);
      },
      py::arg("register"), py::kw_only(), py::arg("meeting") = "", py::arg("pillars") = std::vector<std::string>{},
      py::arg("as_of") = py::none(), R"pbdoc(
Each pillar (topic) of a panel and its lead members, from the memberships'
``leads``, and the pillars with no lead. ``meeting`` is the meeting's id
(default: the register's only meeting with memberships); ``pillars`` the topic
ids to list (default: the meeting's topics, then any other topic a member
leads); ``as_of`` leaves out members whose term does not cover that day.
Substitutes do not lead. Unknown ids raise NotFoundError.

>>> r = govgraph.pillar_leads(govgraph.load_json("examples/registers/dorset-pcp-2018.json"))
>>> r.to_pandas()[["pillar_id", "lead"]]
)pbdoc");
}

}  // namespace govgraph::python
