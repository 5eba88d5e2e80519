// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/summary.h.
#include "govgraph/summary.h"

#include "common.h"

namespace govgraph::python {

void InitSummary(py::module_& m) {
  py::class_<NamedCount>(m, "NamedCount", "A name and a count, as in the summary's tallies (\"strategic: 13\").")
      .def_property_readonly("name", CopyOut(&NamedCount::name))
      .def_property_readonly("count", CopyOut(&NamedCount::count))
      .def("__repr__", [](const NamedCount& c) { return c.name + ": " + std::to_string(c.count); });

  py::class_<LeadTally>(m, "LeadTally", "Meetings led by one organisation, or jointly by the same set.")
      .def_property_readonly("organisations", CopyOut(&LeadTally::organisations))
      .def_property_readonly("label", CopyOut(&LeadTally::label))
      .def_property_readonly("meetings", CopyOut(&LeadTally::meetings));

  py::class_<SummaryResult>(m, "SummaryResult", R"pbdoc(
The register at a glance: counts, meetings by status, level, kind and lead,
and the hours a year it implies. Meetings with an unknown cadence are listed
in ``unknown_cadence`` and left out of the totals.
)pbdoc")
      .def_property_readonly("title", CopyOut(&SummaryResult::title))
      .def_property_readonly("meetings", CopyOut(&SummaryResult::meetings))
      .def_property_readonly("organisations", CopyOut(&SummaryResult::organisations))
      .def_property_readonly("roles", CopyOut(&SummaryResult::roles))
      .def_property_readonly("people", CopyOut(&SummaryResult::people))
      .def_property_readonly("areas", CopyOut(&SummaryResult::areas))
      .def_property_readonly("topics", CopyOut(&SummaryResult::topics))
      .def_property_readonly("initiatives", CopyOut(&SummaryResult::initiatives))
      .def_property_readonly("components", CopyOut(&SummaryResult::components))
      .def_property_readonly("meetings_by_status", CopyOut(&SummaryResult::meetings_by_status))
      .def_property_readonly("meetings_by_level", CopyOut(&SummaryResult::meetings_by_level))
      .def_property_readonly("meetings_by_kind", CopyOut(&SummaryResult::meetings_by_kind))
      .def_property_readonly("leads", CopyOut(&SummaryResult::leads))
      .def_property_readonly("sittings_per_year", CopyOut(&SummaryResult::sittings_per_year))
      .def_property_readonly("meeting_hours_per_year", CopyOut(&SummaryResult::meeting_hours_per_year))
      .def_property_readonly("seat_hours_per_year", CopyOut(&SummaryResult::seat_hours_per_year))
      .def_property_readonly("to_be_removed_meeting_hours_per_year",
                             CopyOut(&SummaryResult::to_be_removed_meeting_hours_per_year))
      .def_property_readonly("to_be_removed_seat_hours_per_year",
                             CopyOut(&SummaryResult::to_be_removed_seat_hours_per_year))
      .def_property_readonly("unknown_cadence", CopyOut(&SummaryResult::unknown_cadence),
                             "Handles of meetings left out of the totals.")
      .def_property_readonly("default_duration", CopyOut(&SummaryResult::default_duration),
                             "Handles of meetings that used the default duration.");

  m.def("summarise", &Summarise, py::arg("register"), R"pbdoc(
Summarise a register.

>>> s = govgraph.summarise(reg)
>>> s.meeting_hours_per_year
)pbdoc");
  m.def(
      "format_summary",
      [](const Register& reg, const SummaryResult& summary) {
        // A summary refers to its register's meetings by handle.
        const size_t n = reg.meetings().size();
        bool fits = summary.meetings == static_cast<int>(n);
        for (MeetingHandle h : summary.unknown_cadence) fits = fits && h.index() < n;
        for (MeetingHandle h : summary.default_duration) fits = fits && h.index() < n;
        if (!fits) throw py::value_error("the summary was not made from this register");
        return FormatSummary(reg, summary);
      },
      py::arg("register"), py::arg("summary"),
        "The summary as readable text, as `govgraph summary` prints it.\n\n>>> print(govgraph.format_summary(reg, govgraph.summarise(reg)))");
}

}  // namespace govgraph::python
