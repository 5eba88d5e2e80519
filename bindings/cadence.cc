// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/cadence.h.
#include "govgraph/cadence.h"

#include "common.h"

namespace govgraph::python {

void InitCadence(py::module_& m) {
  py::class_<Cadence> cadence(m, "Cadence", R"pbdoc(
How often a meeting meets: meetings a year, or varies / ad hoc / unknown, with
the text it was read from.

>>> c = govgraph.parse_cadence("Bi monthly")
>>> c.per_year, c.kind
(6.0, <CadenceKind.REGULAR: 0>)
)pbdoc");

  BindEnum<Cadence::Kind>(m, "CadenceKind", "The kind of a Cadence: regular, varies, ad_hoc or unknown.");

  py::class_<Cadence::AreaRate>(cadence, "AreaRate", "A different rate in one of the meeting's areas.")
      .def_property_readonly("area", CopyOut(&Cadence::AreaRate::area), "The area as written.")
      .def_property_readonly("per_year", CopyOut(&Cadence::AreaRate::per_year))
      .def("__repr__", [](const Cadence::AreaRate& e) {
        return "Cadence.AreaRate(area=" + std::string(py::repr(py::str(e.area))) +
               ", per_year=" + std::string(py::repr(py::float_(e.per_year))) + ")";
      });

  cadence.def(py::init<>(), "An unknown cadence with no text.")
      .def_static("regular", &Cadence::Regular, py::arg("per_year"), py::arg("text") = "",
                  "Meets `per_year` times a year.")
      .def_static("varies", &Cadence::Varies, py::arg("typical_per_year") = py::none(), py::arg("text") = "",
                  "Differs by place or time, with an optional typical rate.")
      .def_static("ad_hoc", &Cadence::AdHoc, py::arg("text") = "", "Called as needed.")
      .def_static("unknown", &Cadence::Unknown, py::arg("text") = "", "Not known yet (e.g. 'TBC').")
      .def_property_readonly("kind", CopyOut(&Cadence::kind))
      .def_property_readonly("per_year", CopyOut(&Cadence::per_year), "Meetings a year, or None when unknown.")
      .def_property_readonly("text", CopyOut(&Cadence::text), "The text it was read from, verbatim.")
      .def_property_readonly("note", CopyOut(&Cadence::note), "How the text was read, when that took a judgement.")
      .def_property_readonly("exceptions", CopyOut(&Cadence::exceptions))
      .def_property_readonly("is_known", CopyOut(&Cadence::is_known))
      .def(
          "with_exception",
          [](Cadence c, std::string area, double per_year) {
            c.AddException(std::move(area), per_year);
            return c;
          },
          py::arg("area"), py::arg("per_year"), "A copy with a different rate in one area.")
      .def(
          "with_note",
          [](Cadence c, std::string note) {
            c.set_note(std::move(note));
            return c;
          },
          py::arg("note"), R"pbdoc(
A copy with `note`: how the text was read, or where the rate came from.
>>> govgraph.Cadence.regular(4, "Quarterly").with_note("from the terms of reference").note
'from the terms of reference'
)pbdoc")
      .def("describe", &Cadence::Describe, "A short description, e.g. '6 a year'.")
      .def(
          "__eq__",
          [](const Cadence& a, const py::object& b) {
            return py::isinstance<Cadence>(b) && a == b.cast<const Cadence&>();
          },
          py::arg("other"), py::is_operator())
      .def("__repr__",
           [](const Cadence& c) {
             return "Cadence(" + c.Describe() +
                    (c.text().empty() ? "" : ", text=" + std::string(py::repr(py::str(c.text())))) + ")";
           })
      .def("__str__", &Cadence::Describe);
  cadence.attr("__hash__") = py::none();

  m.def("parse_cadence",
        [](const std::string& text) { return ValueOrThrow(ParseCadence(View(text))); },
        py::arg("text"), R"pbdoc(
Read a frequency as registers write it.

Understands "Bi monthly", "Six monthly", "Sixth monthly" (read as six-monthly),
"Quarterly (except South Glos – three times a year)", "TBC after stakeholder
engagement", "every 6 weeks", "3 times a year", "ad hoc" and similar.

:raises InvalidInputError: when the text cannot be read.

>>> govgraph.parse_cadence("Quarterly (except South Glos – three times a year)").exceptions[0].per_year
3.0
)pbdoc");
}

}  // namespace govgraph::python
