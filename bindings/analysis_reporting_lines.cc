// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/reporting_lines.h.
#include "govgraph/analysis/reporting_lines.h"

#include "analysis_common.h"

namespace govgraph::python {

void InitAnalysisReportingLines(py::module_& m) {
  py::class_<ReportingNode>(m, "ReportingNode", "One meeting's place in the reporting lines (handles).")
      .def_readonly("meeting", &ReportingNode::meeting)
      .def_readonly("parent", &ReportingNode::parent)
      .def_readonly("children", &ReportingNode::children)
      .def_readonly("depth", &ReportingNode::depth)
      .def_readonly("root", &ReportingNode::root)
      .def_readonly("escalation_path", &ReportingNode::escalation_path, "Parent, grandparent, ..., root.")
      .def_readonly("reaches_strategic", &ReportingNode::reaches_strategic)
      .def_readonly("in_cycle", &ReportingNode::in_cycle);

  py::class_<ReportingLinesResult>(m, "ReportingLinesResult", py::dynamic_attr(), R"pbdoc(
Reporting lines as a forest: roots, standalone meetings, orphans (tactical or
operational meetings that feed nothing strategic), depth, escalation paths.
``to_pandas()`` gives one row per meeting.
)pbdoc")
      .def_readonly("nodes", &ReportingLinesResult::nodes, "One per meeting, indexed by meeting handle.")
      .def_readonly("roots", &ReportingLinesResult::roots)
      .def_readonly("standalone", &ReportingLinesResult::standalone)
      .def_readonly("orphans", &ReportingLinesResult::orphans)
      .def_readonly("reports_to_removed", &ReportingLinesResult::reports_to_removed)
      .def_readonly("cycles", &ReportingLinesResult::cycles)
      .def_readonly("max_depth", &ReportingLinesResult::max_depth)
      .def_property_readonly("is_forest", &ReportingLinesResult::is_forest);

  m.def(
      "reporting_lines",
      [](py::object reg_obj) { return WithRegister(ReportingLines(reg_obj.cast<const Register&>()), reg_obj); },
      py::arg("register"), R"pbdoc(
Sub-groups to boards: the reporting forest, orphans and escalation paths.

>>> r = govgraph.reporting_lines(reg)
>>> [reg.meeting(h).name for h in r.orphans]
>>> r.to_pandas()
)pbdoc");
}

}  // namespace govgraph::python
