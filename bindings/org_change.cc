// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/org_change.h.
#include "govgraph/org_change.h"

#include <optional>
#include <string>

#include "common.h"

namespace govgraph::python {
namespace {

// OrganisationChanges, a dict in the JSON form, or a path to a JSON file.
OrganisationChanges ToChanges(const py::object& changes) {
  if (py::isinstance<OrganisationChanges>(changes)) return changes.cast<OrganisationChanges>();
  if (py::isinstance<py::dict>(changes)) {
    const std::string text = py::module_::import("json").attr("dumps")(changes).cast<std::string>();
    return ValueOrThrow(ParseOrganisationChangesJson(View(text)));
  }
  const std::string path = py::str(py::module_::import("os").attr("fspath")(changes));
  return ValueOrThrow(LoadOrganisationChangesJsonFile(path));
}

// A date as "YYYY-MM-DD" text, or a datetime.date.
std::optional<absl::CivilDay> ToDay(const py::object& value) {
  if (value.is_none()) return std::nullopt;
  const std::string text = py::hasattr(value, "isoformat") ? py::str(value.attr("isoformat")()).cast<std::string>()
                                                           : py::str(value).cast<std::string>();
  absl::CivilDay day;
  if (!absl::ParseCivilTime(text, &day)) {
    RaiseStatus(absl::InvalidArgumentError("as_of: \"" + text + "\" is not a date written YYYY-MM-DD"));
  }
  return day;
}

}  // namespace

void InitOrgChange(py::module_& m) {
  BindEnum<OrganisationChangeKind>(m, "OrganisationChangeKind", "What an organisation change is: merger, split, rename or dissolution.");

  py::class_<ResultingOrganisation>(m, "ResultingOrganisation",
                                    "The organisation a change results in: an "
                                    "existing id or a new organisation.")
      .def_property_readonly("id", CopyOut(&ResultingOrganisation::id))
      .def_property_readonly("name", CopyOut(&ResultingOrganisation::name))
      .def_property_readonly("object_json", CopyOut(&ResultingOrganisation::object_json));
  py::class_<OrganisationChange>(m, "OrganisationChange", "One merger, split, rename or dissolution.")
      .def_property_readonly("kind", CopyOut(&OrganisationChange::kind))
      .def_property_readonly("organisations", CopyOut(&OrganisationChange::organisations))
      .def_property_readonly("into", CopyOut(&OrganisationChange::into))
      .def_property_readonly(
          "date",
          [](const OrganisationChange& c) -> std::optional<std::string> {
            if (!c.date) return std::nullopt;
            return absl::FormatCivilTime(*c.date);
          },
          "The effective date as YYYY-MM-DD, or None.")
      .def_property_readonly("note", CopyOut(&OrganisationChange::note))
      .def_property_readonly("source", CopyOut(&OrganisationChange::source));
  py::class_<OrganisationChanges>(m, "OrganisationChanges", "A list of organisation changes (see docs/merging.md).")
      .def_property_readonly("title", CopyOut(&OrganisationChanges::title))
      .def_property_readonly("source", CopyOut(&OrganisationChanges::source))
      .def_property_readonly("changes", CopyOut(&OrganisationChanges::changes));
  py::class_<MovedMembership>(m, "MovedMembership", "A membership moved to a successor (or removed).")
      .def_property_readonly("change", CopyOut(&MovedMembership::change))
      .def_property_readonly("from_organisation", CopyOut(&MovedMembership::from))
      .def_property_readonly("to_organisation", CopyOut(&MovedMembership::to))
      .def_property_readonly("holder_type", CopyOut(&MovedMembership::holder_type))
      .def_property_readonly("holder", CopyOut(&MovedMembership::holder))
      .def_property_readonly("holder_name", CopyOut(&MovedMembership::holder_name))
      .def_property_readonly("field", CopyOut(&MovedMembership::field))
      .def_property_readonly("outcome", CopyOut(&MovedMembership::outcome));
  py::class_<OrganisationChangeResult>(m, "OrganisationChangeResult", R"pbdoc(
A register after organisation changes: ``register``, the ``moves`` made (a
list with ``.to_pandas()``), and the organisations created, dissolved and
renamed.
)pbdoc")
      .def_property_readonly("title", CopyOut(&OrganisationChangeResult::title))
      .def_property_readonly(
          "register", [](const OrganisationChangeResult& r) { return r.register_after; },
          "The changed register (a copy).")
      .def_property_readonly(
          "moves",
          [](py::object self) {
            return py::module_::import("govgraph.merging")
                .attr("RecordTable")(py::cast(self.cast<const OrganisationChangeResult&>().moves), "moves",
                                     self.attr("register"));
          },
          "Every membership moved or removed (a list with .to_pandas()).")
      .def_property_readonly("created", CopyOut(&OrganisationChangeResult::created))
      .def_property_readonly("dissolved", CopyOut(&OrganisationChangeResult::dissolved))
      .def_property_readonly("renamed", CopyOut(&OrganisationChangeResult::renamed))
      .def_property_readonly("not_yet", CopyOut(&OrganisationChangeResult::not_yet))
      .def("format", &FormatOrganisationChanges, "The report as `govgraph apply-org-changes` prints it.");

  m.def(
      "loads_organisation_changes",
      [](const std::string& text) { return ValueOrThrow(ParseOrganisationChangesJson(View(text))); }, py::arg("text"),
      R"pbdoc(
Parse organisation changes from JSON text (docs/merging.md); errors name the
place, e.g. ``changes[1].date: ...``.

>>> changes = govgraph.loads_organisation_changes(open("examples/organisation-changes/dorset-2019-reorganisation.json").read())
>>> result = govgraph.apply_organisation_changes(reg, changes)
)pbdoc");
  m.def(
      "load_organisation_changes", [](const py::object& source) { return ToChanges(source); }, py::arg("source"),
      R"pbdoc(
Read organisation changes from a JSON file (or a dict in the same form).

>>> changes = govgraph.load_organisation_changes("examples/organisation-changes/dorset-2019-reorganisation.json")
>>> [c.date for c in changes.changes]
)pbdoc");
  m.def(
      "apply_organisation_changes",
      [](const Register& reg, const py::object& changes, const py::object& as_of) {
        OrganisationChangeOptions options;
        options.as_of = ToDay(as_of);
        return ValueOrThrow(ApplyOrganisationChanges(reg, ToChanges(changes), options));
      },
      py::arg("register"), py::arg("changes"), py::kw_only(), py::arg("as_of") = py::none(), R"pbdoc(
Apply organisation changes (OrganisationChanges, a dict, or a path) to a copy
of the register: memberships of the originals move to their successors, each
successor listed once per meeting; originals are kept, marked dissolved.
With ``as_of`` ("YYYY-MM-DD" or a date), later changes are left out.

>>> r = govgraph.apply_organisation_changes(reg, "examples/organisation-changes/dorset-2019-reorganisation.json")
>>> r.moves.to_pandas().groupby("to_organisation").size()
)pbdoc");
}

}  // namespace govgraph::python
