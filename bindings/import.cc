// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/import/*.h: the alias table and table import. The
// Python-facing functions (govgraph.import_csv, import_table) are in
// python/govgraph/importing.py and call _import_csv / _import_rows here.
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common.h"
#include "govgraph/import/aliases.h"
#include "govgraph/import/resolver.h"
#include "govgraph/import/table_import.h"

namespace govgraph::python {
namespace {

// Options as Python passes them; the base register and alias table are
// borrowed for the duration of one call.
ImportOptions MakeOptions(const Register* base, const AliasTable* aliases,
                          const std::map<std::string, std::string>& columns, bool strict,
                          const std::optional<std::string>& default_level, const std::vector<std::string>& default_areas,
                          const std::vector<std::string>& joint_lead, const std::string& source,
                          const std::vector<std::string>& keep_apart, bool infer_topics) {
  ImportOptions o;
  o.base = base;
  o.aliases = aliases;
  o.columns = columns;
  o.strict = strict;
  if (default_level) o.default_level = ValueOrThrow(ParseLevel(View(*default_level)));
  o.default_areas = default_areas;
  o.joint_lead = joint_lead;
  o.source = source;
  o.keep_apart = keep_apart;
  o.infer_topics = infer_topics;
  return o;
}

}  // namespace

void InitImport(py::module_& m) {
  const ImportOptions defaults;
  py::class_<AliasEntry> entry(m, "AliasEntry", R"pbdoc(
One entry of an alias table: patterns that stand for an organisation or a role.

``target`` is ``"organisation"`` or ``"role"``; ``kind`` an organisation kind
name; ``organisation`` (for a role) the id of the organisation it belongs to;
``expand`` makes a group ("LAs") stand for each organisation of its kind that
serves the meeting's areas.
)pbdoc");
  entry
      .def(py::init([](std::vector<std::string> patterns, const std::string& target, std::string id, std::string name,
                       const std::string& kind, std::string organisation, bool elected, bool expand, std::string note) {
             AliasEntry e;
             e.patterns = std::move(patterns);
             if (target == "role") {
               e.target = AliasTarget::kRole;
             } else if (target != "organisation") {
               throw py::value_error("target must be \"organisation\" or \"role\", not \"" + target + "\"");
             }
             e.id = std::move(id);
             e.name = std::move(name);
             if (!kind.empty()) e.kind = ValueOrThrow(ParseOrganisationKind(View(kind)));
             e.organisation = std::move(organisation);
             e.elected = elected;
             e.expand = expand;
             e.note = std::move(note);
             return e;
           }),
           py::arg("patterns"), py::arg("target") = "organisation", py::arg("id") = "", py::arg("name") = "",
           py::arg("kind") = "", py::arg("organisation") = "", py::arg("elected") = false, py::arg("expand") = false,
           py::arg("note") = "")
      .def_property_readonly("patterns", CopyOut(&AliasEntry::patterns))
      .def_property_readonly("target", [](const AliasEntry& e) { return Text(Name(e.target)); })
      .def_property_readonly("id", CopyOut(&AliasEntry::id))
      .def_property_readonly("name", CopyOut(&AliasEntry::name))
      .def_property_readonly("kind", [](const AliasEntry& e) { return Text(Name(e.kind)); })
      .def_property_readonly("organisation", CopyOut(&AliasEntry::organisation))
      .def_property_readonly("elected", CopyOut(&AliasEntry::elected))
      .def_property_readonly("expand", CopyOut(&AliasEntry::expand))
      .def_property_readonly("note", CopyOut(&AliasEntry::note))
      .def("__eq__",
           [](const AliasEntry& a, const py::object& b) {
             return py::isinstance<AliasEntry>(b) && a == b.cast<const AliasEntry&>();
           })
      .def("__repr__", [](const AliasEntry& e) {
        std::string patterns;
        for (const std::string& p : e.patterns) patterns += (patterns.empty() ? "" : "|") + p;
        return "<govgraph.AliasEntry '" + patterns + "' -> " + Text(Name(e.target)) + " '" + e.id + "'>";
      });

  py::class_<AliasTable>(m, "AliasTable", R"pbdoc(
The abbreviations and names registers use for bodies and posts.

``AliasTable.builtin()`` is the shipped table (``data/aliases.csv``);
``AliasTable.load(path)`` reads a CSV or JSON file of your own; ``override``
lets your patterns replace the shipped ones; ``add`` adds one entry.

>>> table = govgraph.AliasTable.builtin()
>>> table.add(govgraph.AliasEntry(["Bobbies"], "organisation", id="constabulary", name="Constabulary"))
>>> [e.id for e in table.find("Bobbies")]
['constabulary']
)pbdoc")
      .def(py::init<>())
      .def_static("builtin", []() { return AliasTable::Builtin(); }, "A copy of the shipped table.")
      .def_static(
          "load", [](const std::filesystem::path& path) { return ValueOrThrow(AliasTable::LoadFile(path.string())); },
          py::arg("path"), "Read a table from a .csv or .json file.\n\n:raises InvalidInputError: naming the line.")
      .def_static(
          "from_csv", [](const std::string& text) { return ValueOrThrow(AliasTable::FromCsv(View(text))); },
          py::arg("text"))
      .def(
          "add", [](AliasTable& t, const AliasEntry& e, bool replace) { ThrowIfError(t.Add(e, replace)); },
          py::arg("entry"), py::arg("replace") = false,
          "Add an entry; with replace=True its patterns stop matching earlier entries.")
      .def("override", &AliasTable::Override, py::arg("other"),
           "Add every entry of other, its patterns replacing this table's.")
      .def(
          "find", [](const AliasTable& t, const std::string& text) {
            std::vector<AliasEntry> out;
            for (const AliasEntry* e : t.Find(View(text))) out.push_back(*e);
            return out;
          },
          py::arg("text"), "The entries matching text (case, punctuation and plurals ignored).")
      .def_property_readonly("entries", [](const AliasTable& t) { return t.entries(); })
      .def("to_csv", &AliasTable::ToCsv, "The table as CSV text in the format of the shipped aliases.csv.")
      .def("__len__", &AliasTable::size);

  auto run = [](auto&& call) {
    absl::StatusOr<ImportResult> result;
    {
      py::gil_scoped_release release;
      result = call();
    }
    ImportResult r = ValueOrThrow(std::move(result));
    return py::make_tuple(std::move(r.reg), std::move(r.diagnostics));
  };

  m.def(
      "_import_csv",
      [run](const std::filesystem::path& path, const Register* base, const AliasTable* aliases,
            const std::map<std::string, std::string>& columns, bool strict,
            const std::optional<std::string>& default_level, const std::vector<std::string>& default_areas,
            const std::vector<std::string>& joint_lead, const std::string& source,
            const std::vector<std::string>& keep_apart, bool infer_topics) {
        const ImportOptions o = MakeOptions(base, aliases, columns, strict, default_level, default_areas, joint_lead,
                                            source, keep_apart, infer_topics);
        const std::string p = path.string();
        return run([&] { return ImportCsvFile(p, o); });
      },
      py::arg("path"), py::arg("base"), py::arg("aliases"), py::arg("columns"), py::arg("strict"),
      py::arg("default_level"), py::arg("default_areas"), py::arg("joint_lead"), py::arg("source"),
      py::arg("keep_apart") = std::vector<std::string>(), py::arg("infer_topics") = defaults.infer_topics,
      "Internal: use govgraph.import_csv. Returns (register, diagnostics).");
  m.def(
      "_import_rows",
      [run](const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
            const Register* base, const AliasTable* aliases, const std::map<std::string, std::string>& columns,
            bool strict, const std::optional<std::string>& default_level,
            const std::vector<std::string>& default_areas, const std::vector<std::string>& joint_lead,
            const std::string& source, const std::vector<std::string>& keep_apart, bool infer_topics) {
        const ImportOptions o = MakeOptions(base, aliases, columns, strict, default_level, default_areas, joint_lead,
                                            source, keep_apart, infer_topics);
        TextTable t;
        t.header = header;
        t.rows = rows;
        return run([&] { return ImportTable(t, o); });
      },
      py::arg("header"), py::arg("rows"), py::arg("base"), py::arg("aliases"), py::arg("columns"),
      py::arg("strict"), py::arg("default_level"), py::arg("default_areas"), py::arg("joint_lead"),
      py::arg("source"), py::arg("keep_apart") = std::vector<std::string>(), py::arg("infer_topics") = defaults.infer_topics,
      "Internal: use govgraph.import_table. Returns (register, diagnostics).");
}

}  // namespace govgraph::python
