// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/io/popolo.h.
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <string>

#include "common.h"
#include "govgraph/io/popolo.h"

namespace govgraph::python {

void InitIoPopolo(py::module_& m) {
  const PopoloWriteOptions d;
  py::class_<PopoloImport>(m, "PopoloImport", R"pbdoc(
A register read from a Popolo document, with what could not be kept.

``register`` is the register; ``diagnostics`` lists Diagnostic objects (``path``,
``message``, ``code``) for each thing in the document that has no place in a register
(events, contact details, membership dates, ...) or was inferred.

>>> result = govgraph.load_popolo("tests/data/popolo/spec-style.json")
>>> [str(d) for d in result.diagnostics][:1]
['areas[1].classification: "unitary authority" is not an area kind; kept as attribute classification']
)pbdoc")
      .def_property_readonly("register", CopyOut(&PopoloImport::reg))
      .def_property_readonly("diagnostics", CopyOut(&PopoloImport::diagnostics))
      .def("__repr__", [](const PopoloImport& r) {
        return "PopoloImport(" + std::to_string(r.reg.meetings().size()) + " meetings, " +
               std::to_string(r.diagnostics.size()) + " diagnostics)";
      });
  m.def(
      "load_popolo",
      [](const std::filesystem::path& path) {
        absl::StatusOr<PopoloImport> result;
        {
          py::gil_scoped_release release;
          result = LoadPopoloFile(path.string());
        }
        return ValueOrThrow(std::move(result));
      },
      py::arg("path"), R"pbdoc(
Read a Popolo JSON file (docs/popolo.md) as a register.

Reads govgraph's own Popolo export (with its "govgraph" extension) back into
the same register, and plain Popolo documents: committees, boards and panels
become meetings, their memberships participants. A document may also be one
Popolo object, as the specification's examples are (an organization with its
posts and memberships embedded, a person, a membership, ...); ids it refers
to outside itself become placeholders, each reported in ``diagnostics``.

:raises InvalidInputError: the document is malformed; the message names the
    file and each problem's JSON path, e.g.
    ``memberships[3].organization_id: no organization with id "x"``.
:raises NotFoundError: the file does not exist.

>>> result = govgraph.load_popolo("tests/data/popolo/spec-style.json")
>>> len(result.register.meetings)
2
>>> one = govgraph.load_popolo("tests/data/popolo/spec-examples/organization.json")
>>> one.register.organisation(one.register.find_organisation("abc-inc")).aliases
["Bob's Diner", "Joe's Diner", "Famous Joe's"]
)pbdoc");
  m.def(
      "loads_popolo", [](const std::string& text) { return ValueOrThrow(ParsePopolo(View(text))); }, py::arg("text"),
      R"pbdoc(
Read a register from Popolo JSON text; see load_popolo.

:raises InvalidInputError: naming each problem's JSON path.

>>> govgraph.loads_popolo('{"organizations": [{"id": "a", "name": "A"}]}').register.organisations[0].name
'A'
)pbdoc");
  m.def(
      "dumps_popolo",
      [](const Register& reg, int indent, std::vector<Occurrence> events) {
        return ValueOrThrow(RegisterToPopolo(reg, {.indent = indent, .events = std::move(events)}));
      },
      py::arg("register"), py::arg("indent") = d.indent, py::arg("events") = std::vector<Occurrence>(), R"pbdoc(
The register as a Popolo JSON document (docs/popolo.md). loads_popolo() of it
gives back an equal register. ``indent``: spaces a level, 0 to 16 (-1: one
line). ``events``: dated sittings (e.g. an expanded schedule's
``occurrences``) to write as Popolo events.

:raises InvalidInputError: for an indent out of range.

>>> text = govgraph.dumps_popolo(reg)
>>> govgraph.loads_popolo(text).register == reg
True
)pbdoc");
  m.def(
      "save_popolo",
      [](const Register& reg, const std::filesystem::path& path, int indent, std::vector<Occurrence> events) {
        ThrowIfError(SavePopoloFile(reg, path.string(), {.indent = indent, .events = std::move(events)}));
      },
      py::arg("register"), py::arg("path"), py::arg("indent") = d.indent, py::arg("events") = std::vector<Occurrence>(),
      R"pbdoc(
Write the register to a Popolo JSON file (``indent`` and ``events`` as for
dumps_popolo; nothing is written for an indent out of range).

>>> govgraph.save_popolo(reg, "register.popolo.json")
)pbdoc");
  m.def(
      "looks_like_popolo", [](const std::string& text) { return LooksLikePopolo(View(text)); }, py::arg("text"),
      R"pbdoc(
True when the text is a JSON object with Popolo's organizations, memberships,
persons or posts, or is one Popolo organization, person, post, membership,
area or event; how ``govgraph import`` tells Popolo from a table.

>>> govgraph.looks_like_popolo('{"organizations": []}')
True
>>> govgraph.looks_like_popolo('{"id": "p", "name": "Jane Doe", "birth_date": "1970"}')
True
)pbdoc");
}

}  // namespace govgraph::python
