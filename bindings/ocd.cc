// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/ocd.h.
#include "govgraph/ocd.h"

#include <string>
#include <vector>

#include "common.h"

namespace govgraph::python {

void InitOcd(py::module_& m) {
  m.attr("OCD_SCHEME") = std::string(kOcdScheme);
  py::class_<OcdDivision>(m, "OcdDivision", R"pbdoc(
An Open Civic Data division: its OCD id, name and GSS code.

>>> govgraph.find_police_force_area("Dorset").gss_code
'E23000039'
)pbdoc")
      .def_property_readonly("id", CopyOut(&OcdDivision::id))
      .def_property_readonly("name", CopyOut(&OcdDivision::name))
      .def_property_readonly("gss_code", CopyOut(&OcdDivision::gss_code))
      .def("__eq__", [](const OcdDivision& a, const OcdDivision& b) { return a == b; })
      .def("__repr__",
           [](const OcdDivision& d) { return "OcdDivision(" + d.id + ", " + d.name + ", " + d.gss_code + ")"; });
  py::class_<OcdSuggestion>(m, "OcdSuggestion", "An OCD id for a force area of a register that has none.")
      .def_property_readonly("area", CopyOut(&OcdSuggestion::area), "the area's id")
      .def_property_readonly("division", CopyOut(&OcdSuggestion::division))
      .def("__repr__", [](const OcdSuggestion& s) { return "OcdSuggestion(" + s.area + " -> " + s.division.id + ")"; });
  m.def(
      "_police_force_areas",
      [] {
        auto areas = PoliceForceAreas();
        return std::vector<OcdDivision>(areas.begin(), areas.end());
      },
      R"pbdoc(
The police force areas of England and Wales with their OCD ids and GSS codes
(from data/ocd/police_force_areas.csv, compiled in). govgraph.police_force_areas()
wraps this with .to_pandas().

>>> len(govgraph._core._police_force_areas())
40
)pbdoc");
  m.def(
      "find_police_force_area", [](const std::string& text) { return ValueOrThrow(FindPoliceForceArea(View(text))); },
      py::arg("text"), R"pbdoc(
The force area with this OCD id, GSS code or name (compared after normalising,
ignoring a trailing "police", "constabulary" or "police force area").

:raises NotFoundError: no force area matches.

>>> govgraph.find_police_force_area("Avon & Somerset Constabulary").id
'ocd-division/country:gb/part:eng/pfa:avon_and_somerset'
)pbdoc");
  m.def("ocd_id_of", &OcdIdOf, py::arg("area"), R"pbdoc(
The area's OCD id (its first identifier with scheme "ocd"), or None.

>>> govgraph.ocd_id_of(reg.area(reg.find_area("dorset")))
'ocd-division/country:gb/part:eng/pfa:dorset'
)pbdoc");
  m.def("suggest_ocd_ids", &SuggestOcdIds, py::arg("register"), R"pbdoc(
For each force area without an OCD id whose name or an alias names a police
force area, that division.

>>> [s.area for s in govgraph.suggest_ocd_ids(reg)]
[]
)pbdoc");
  m.def(
      "attach_ocd_ids", [](const Register& reg) { return ValueOrThrow(AttachOcdIds(reg)); }, py::arg("register"),
      R"pbdoc(
A copy of the register with each suggested OCD id (and GSS code, when missing)
added to its force area's identifiers.

>>> reg = govgraph.attach_ocd_ids(reg)
)pbdoc");
  m.def("check_ocd_ids", &CheckOcdIds, py::arg("register"), R"pbdoc(
Problems with the register's force-area OCD ids: ids not in the registry, or
the id of a different force area from the one the area's name says.

>>> govgraph.check_ocd_ids(reg)
[]
)pbdoc");
}

}  // namespace govgraph::python
