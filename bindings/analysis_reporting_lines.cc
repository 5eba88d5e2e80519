// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/reporting_lines.h.
#include "govgraph/analysis/reporting_lines.h"

#include "analysis_common.h"

namespace govgraph::python {

void InitAnalysisReportingLines(py::module_& m) {
  py::class_<ReportingNode>(m, "ReportingNode", "One meeting's place in the reporting lines (handles).")
      .def_property_readonly("meeting", CopyOut(&ReportingNode::meeting))
      .def_property_readonly("parent", CopyOut(&ReportingNode::parent))
      .def_property_readonly("children", CopyOut(&ReportingNode::children))
      .def_property_readonly("depth", CopyOut(&ReportingNode::depth))
      .def_property_readonly("root", CopyOut(&ReportingNode::root))
      .def_property_readonly("escalation_path", CopyOut(&ReportingNode::escalation_path),
                             "Parent, grandparent, ..., root.")
      .def_property_readonly("reaches_strategic", CopyOut(&ReportingNode::reaches_strategic))
      .def_property_readonly("in_cycle", CopyOut(&ReportingNode::in_cycle));

  py::class_<ReportingLinesResult>(m, "ReportingLinesResult", py::dynamic_attr(), R"pbdoc(
Reporting lines as a forest: roots, standalone meetings, orphans (tactical or
operational meetings that feed nothing strategic), depth, escalation paths.
``to_pandas()`` gives one row per meeting.
)pbdoc")
      .def_property_readonly("nodes", CopyOut(&ReportingLinesResult::nodes),
                             "One per meeting, indexed by meeting handle.")
      .def_property_readonly("roots", CopyOut(&ReportingLinesResult::roots))
      .def_property_readonly("standalone", CopyOut(&ReportingLinesResult::standalone))
      .def_property_readonly("orphans", CopyOut(&ReportingLinesResult::orphans))
      .def_property_readonly("reports_to_removed", CopyOut(&ReportingLinesResult::reports_to_removed))
      .def_property_readonly("cycles", CopyOut(&ReportingLinesResult::cycles))
      .def_property_readonly("max_depth", CopyOut(&ReportingLinesResult::max_depth))
      .def_property_readonly("is_forest", CopyOut(&ReportingLinesResult::is_forest));

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
