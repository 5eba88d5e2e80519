// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/merge.h.
#include "govgraph/merge.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common.h"

namespace govgraph::python {
namespace {

// A list of report rows as govgraph.merging.RecordTable, which gives it
// .to_pandas(); `kind` says which columns.
template <class T>
py::object Table(const std::vector<T>& rows, const char* kind, py::object reg) {
  return py::module_::import("govgraph.merging").attr("RecordTable")(py::cast(rows), kind, std::move(reg));
}

std::vector<IdPair> ToPairs(const py::object& pairs, const char* field) {
  std::vector<IdPair> out;
  if (pairs.is_none()) return out;
  if (py::isinstance<py::dict>(pairs)) {
    for (const auto& [a, b] : pairs.cast<py::dict>()) out.push_back({py::str(a), py::str(b)});
    return out;
  }
  size_t k = 0;
  for (const py::handle item : pairs) {
    if (py::isinstance<py::str>(item)) {
      const std::string text = item.cast<std::string>();
      const size_t eq = text.find('=');
      if (eq == std::string::npos) {
        RaiseStatus(absl::InvalidArgumentError(std::string(field) + "[" + std::to_string(k) + "]: \"" + text +
                                               "\" must be written A_ID=B_ID"));
      }
      out.push_back({text.substr(0, eq), text.substr(eq + 1)});
    } else {
      auto pair = item.cast<std::pair<std::string, std::string>>();
      out.push_back({pair.first, pair.second});
    }
    ++k;
  }
  return out;
}

}  // namespace

void InitMerge(py::module_& m) {
  const MergeOptions d;
  BindEnum<EntityType>(m, "EntityType", "The kinds of entity matched across registers.");
  BindEnum<MatchRule>(m, "MatchRule", "Which rule matched two entities (see docs/merging.md).");
  BindEnum<MergeSide>(m, "MergeSide", "Register A or register B of a merge.");

  py::class_<EntityMatch>(m, "EntityMatch", "Two entities, one of each register, merged into one, and why.")
      .def_property_readonly("type", [](const EntityMatch& x) { return std::string(Name(x.type)); })
      .def_property_readonly("a_id", CopyOut(&EntityMatch::a_id))
      .def_property_readonly("a_name", CopyOut(&EntityMatch::a_name))
      .def_property_readonly("b_id", CopyOut(&EntityMatch::b_id))
      .def_property_readonly("b_name", CopyOut(&EntityMatch::b_name))
      .def_property_readonly("rule", [](const EntityMatch& x) { return std::string(Name(x.rule)); })
      .def_property_readonly("evidence", CopyOut(&EntityMatch::evidence))
      .def_property_readonly("merged_id", CopyOut(&EntityMatch::merged_id));
  py::class_<NearMiss>(m, "NearMiss", "Two similar entities that were not merged: confirm or reject them.")
      .def_property_readonly("type", [](const NearMiss& x) { return std::string(Name(x.type)); })
      .def_property_readonly("a_id", CopyOut(&NearMiss::a_id))
      .def_property_readonly("a_name", CopyOut(&NearMiss::a_name))
      .def_property_readonly("b_id", CopyOut(&NearMiss::b_id))
      .def_property_readonly("b_name", CopyOut(&NearMiss::b_name))
      .def_property_readonly("similarity", CopyOut(&NearMiss::similarity))
      .def_property_readonly("reason", CopyOut(&NearMiss::reason));
  py::class_<FieldConflict>(m, "FieldConflict",
                            "A field on which two merged entities disagree, "
                            "and whose value was kept.")
      .def_property_readonly("type", [](const FieldConflict& x) { return std::string(Name(x.type)); })
      .def_property_readonly("merged_id", CopyOut(&FieldConflict::merged_id))
      .def_property_readonly("a_id", CopyOut(&FieldConflict::a_id))
      .def_property_readonly("b_id", CopyOut(&FieldConflict::b_id))
      .def_property_readonly("field", CopyOut(&FieldConflict::field))
      .def_property_readonly("a_value", CopyOut(&FieldConflict::a_value))
      .def_property_readonly("b_value", CopyOut(&FieldConflict::b_value))
      .def_property_readonly("kept", [](const FieldConflict& x) { return std::string(Name(x.kept)); });
  py::class_<RenamedId>(m, "RenamedId", "An id given its side's prefix because another entity wanted it too.")
      .def_property_readonly("type", CopyOut(&RenamedId::type))
      .def_property_readonly("side", [](const RenamedId& x) { return std::string(Name(x.side)); })
      .def_property_readonly("original_id", CopyOut(&RenamedId::original_id))
      .def_property_readonly("merged_id", CopyOut(&RenamedId::merged_id));

  py::class_<MergeResult>(m, "MergeResult", R"pbdoc(
Two registers merged: ``register`` is the merged register; ``matches``,
``near_misses``, ``conflicts``, ``renamed`` and ``cross_overlaps`` are lists
with ``.to_pandas()``.

>>> r = govgraph.merge_registers(a, b, labels=("dorset", "dc"))
>>> r.near_misses.to_pandas()
)pbdoc")
      .def_property_readonly(
          "register", [](const MergeResult& r) { return r.merged; }, "The merged register (a copy).")
      .def_property_readonly("label_a", CopyOut(&MergeResult::label_a))
      .def_property_readonly("label_b", CopyOut(&MergeResult::label_b))
      .def_property_readonly(
          "matches",
          [](py::object self) {
            return Table(self.cast<const MergeResult&>().matches, "matches", self.attr("register"));
          },
          "Matched pairs with the rule and evidence (a list with "
          ".to_pandas()).")
      .def_property_readonly(
          "near_misses",
          [](py::object self) {
            return Table(self.cast<const MergeResult&>().near_misses, "near_misses", self.attr("register"));
          },
          "Similar pairs not merged (a list with .to_pandas()).")
      .def_property_readonly(
          "conflicts",
          [](py::object self) {
            return Table(self.cast<const MergeResult&>().conflicts, "conflicts", self.attr("register"));
          },
          "Fields on which matched entities disagree (a list with "
          ".to_pandas()).")
      .def_property_readonly(
          "renamed",
          [](py::object self) {
            return Table(self.cast<const MergeResult&>().renamed, "renamed", self.attr("register"));
          },
          "Ids prefixed to avoid a clash (a list with .to_pandas()).")
      .def_property_readonly(
          "cross_overlaps",
          [](py::object self) {
            return Table(self.cast<const MergeResult&>().cross_overlaps, "cross_overlaps", self.attr("register"));
          },
          "Overlapping meetings, one from each side, A's first (a list of "
          "Overlap with .to_pandas()).")
      .def("format", &FormatMergeReport, "The report as `govgraph merge` prints it.");

  m.def(
      "name_similarity", [](const std::string& a, const std::string& b) { return NameSimilarity(View(a), View(b)); },
      py::arg("a"), py::arg("b"), R"pbdoc(
Token-set similarity of two names (0-1), as merging uses for near misses.

>>> govgraph.name_similarity("Dorset County Council", "Dorset Council")
0.6666666666666666
)pbdoc");

  m.def(
      "merge_registers",
      [](const Register& a, const Register& b, const py::object& confirm, const py::object& reject,
         const std::string& prefer, const py::object& labels, double near_miss_threshold, const std::string& title,
         bool cross_overlaps, std::optional<double> min_score) {
        MergeOptions o;
        if (prefer == "a") {
          o.prefer = MergeSide::kA;
        } else if (prefer == "b") {
          o.prefer = MergeSide::kB;
        } else {
          RaiseStatus(absl::InvalidArgumentError("prefer: must be \"a\" or \"b\", not \"" + prefer + "\""));
        }
        if (labels.is_none()) {
          o.label_a.clear();  // the titles' slugs
          o.label_b.clear();
        } else {
          auto pair = labels.cast<std::pair<std::string, std::string>>();
          o.label_a = pair.first;
          o.label_b = pair.second;
        }
        o.confirmed = ToPairs(confirm, "confirm");
        o.rejected = ToPairs(reject, "reject");
        o.near_miss_threshold = near_miss_threshold;
        o.title = title;
        o.cross_overlaps = cross_overlaps;
        o.overlap.min_score = min_score;
        return ValueOrThrow(MergeRegisters(a, b, o));
      },
      py::arg("a"), py::arg("b"), py::kw_only(), py::arg("confirm") = py::none(), py::arg("reject") = py::none(),
      py::arg("prefer") = "a", py::arg("labels") = py::make_tuple("a", "b"), py::arg("near_miss_threshold") = d.near_miss_threshold,
      py::arg("title") = "", py::arg("cross_overlaps") = d.cross_overlaps, py::arg("min_score") = std::nullopt, R"pbdoc(
Merge register ``b`` into register ``a``. Entities are matched by same id,
shared identifier, alias, then normalised name; similar names are reported
as near misses, not merged. ``confirm`` and ``reject`` take pairs of ids
(``[("dorset-county-council", "dorset-council")]``, ``["A_ID=B_ID"]`` or a
dict). On conflicting fields ``prefer``'s value ("a" or "b") is kept.
``labels`` (default ("a", "b"); None: the titles' slugs) prefix clashing ids
("a:pcc") and fill each meeting's ``merged_from`` attribute.

>>> r = govgraph.merge_registers(a, b, confirm=["dorset-county-council=dorset-council"])
>>> r.matches.to_pandas()[["type", "a_id", "b_id", "rule", "evidence"]]
>>> r.cross_overlaps.to_pandas()
)pbdoc");
}

}  // namespace govgraph::python
