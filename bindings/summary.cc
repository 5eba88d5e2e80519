// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/summary.h.
#include "govgraph/summary.h"

#include "common.h"

namespace govgraph::python {

void InitSummary(py::module_& m) {
  py::class_<NamedCount>(m, "NamedCount", "A name and a count, as in the summary's tallies (\"strategic: 13\").")
      .def_readonly("name", &NamedCount::name)
      .def_readonly("count", &NamedCount::count)
      .def("__repr__", [](const NamedCount& c) { return c.name + ": " + std::to_string(c.count); });

  py::class_<LeadTally>(m, "LeadTally", "Meetings led by one organisation, or jointly by the same set.")
      .def_readonly("organisations", &LeadTally::organisations)
      .def_readonly("label", &LeadTally::label)
      .def_readonly("meetings", &LeadTally::meetings);

  py::class_<RegisterSummary>(m, "RegisterSummary", R"pbdoc(
The register at a glance: counts, meetings by status, level, kind and lead,
and the hours a year it implies. Meetings with an unknown cadence are listed
in ``unknown_cadence`` and left out of the totals.
)pbdoc")
      .def_readonly("title", &RegisterSummary::title)
      .def_readonly("meetings", &RegisterSummary::meetings)
      .def_readonly("organisations", &RegisterSummary::organisations)
      .def_readonly("roles", &RegisterSummary::roles)
      .def_readonly("people", &RegisterSummary::people)
      .def_readonly("areas", &RegisterSummary::areas)
      .def_readonly("topics", &RegisterSummary::topics)
      .def_readonly("initiatives", &RegisterSummary::initiatives)
      .def_readonly("components", &RegisterSummary::components)
      .def_readonly("meetings_by_status", &RegisterSummary::meetings_by_status)
      .def_readonly("meetings_by_level", &RegisterSummary::meetings_by_level)
      .def_readonly("meetings_by_kind", &RegisterSummary::meetings_by_kind)
      .def_readonly("leads", &RegisterSummary::leads)
      .def_readonly("sittings_per_year", &RegisterSummary::sittings_per_year)
      .def_readonly("meeting_hours_per_year", &RegisterSummary::meeting_hours_per_year)
      .def_readonly("seat_hours_per_year", &RegisterSummary::seat_hours_per_year)
      .def_readonly("to_be_removed_meeting_hours_per_year", &RegisterSummary::to_be_removed_meeting_hours_per_year)
      .def_readonly("to_be_removed_seat_hours_per_year", &RegisterSummary::to_be_removed_seat_hours_per_year)
      .def_readonly("unknown_cadence", &RegisterSummary::unknown_cadence, "Handles of meetings left out of the totals.")
      .def_readonly("default_duration", &RegisterSummary::default_duration,
                    "Handles of meetings that used the default duration.");

  m.def("summarise", &Summarise, py::arg("register"), R"pbdoc(
Summarise a register.

>>> s = govgraph.summarise(reg)
>>> s.meeting_hours_per_year
)pbdoc");
  m.def(
      "format_summary",
      [](const Register& reg, const RegisterSummary& summary) {
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
