// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/rationalisation.h.
#include "govgraph/analysis/rationalisation.h"

#include <string>
#include <utility>
#include <vector>

#include "analysis_common.h"

namespace govgraph::python {

void InitAnalysisRationalisation(py::module_& m) {
  const RationalisationOptions d;
  BindEnum<RationalisationCost>(m, "RationalisationCost", "What a rationalisation minimises: meetings, meeting hours or seat hours.");
  BindEnum<RationalisationMethod>(m, "RationalisationMethod", "How the proposal was found: exact branch and bound, or greedy set cover.");

  py::class_<Requirement>(m, "Requirement", "A topic in an area, or a partner link, that must stay covered.")
      .def_property_readonly("kind", CopyOut(&Requirement::kind))
      .def_property_readonly("a", CopyOut(&Requirement::a))
      .def_property_readonly("b", CopyOut(&Requirement::b))
      .def_property_readonly("label", CopyOut(&Requirement::label));
  py::class_<StoppedMeeting>(m, "StoppedMeeting", "A meeting the proposal would stop, and why.")
      .def_property_readonly("meeting", CopyOut(&StoppedMeeting::meeting))
      .def_property_readonly("cost", CopyOut(&StoppedMeeting::cost))
      .def_property_readonly("covered_by", CopyOut(&StoppedMeeting::covered_by))
      .def_property_readonly("reason", CopyOut(&StoppedMeeting::reason));

  py::class_<RationalisationResult>(m, "RationalisationResult", py::dynamic_attr(), R"pbdoc(
The meetings to keep and to stop so that every topic in every area and every
required partner link stays covered, by exact branch and bound (small
registers) or greedy set cover within ``approximation_bound`` of the optimum.
``to_pandas(table)`` gives "meetings" (default) or "requirements".
)pbdoc")
      .def_property_readonly("method", CopyOut(&RationalisationResult::method))
      .def_property_readonly("kept", CopyOut(&RationalisationResult::kept))
      .def_property_readonly("forced", CopyOut(&RationalisationResult::forced))
      .def_property_readonly("stopped", CopyOut(&RationalisationResult::stopped))
      .def_property_readonly("requirements", CopyOut(&RationalisationResult::requirements))
      .def_property_readonly("cost_before", CopyOut(&RationalisationResult::cost_before))
      .def_property_readonly("cost_after", CopyOut(&RationalisationResult::cost_after))
      .def_property_readonly("approximation_bound", CopyOut(&RationalisationResult::approximation_bound))
      .def_property_readonly("largest_set", CopyOut(&RationalisationResult::largest_set))
      .def_property_readonly("candidates", CopyOut(&RationalisationResult::candidates))
      .def_property_readonly("assumed_cost", CopyOut(&RationalisationResult::assumed_cost));

  m.def(
      "rationalise",
      [](py::object reg_obj, NamedEnum<RationalisationCost> cost, bool keep_statutory, std::vector<std::string> keep,
         bool keep_all_links, std::vector<std::pair<std::string, std::string>> required_links, bool cover_topics,
         bool exclude_to_be_removed, double unknown_cadence_sittings, int exact_limit,
         std::vector<std::string> consumed) {
        RationalisationOptions options;
        options.cost = cost.value;
        options.keep_statutory = keep_statutory;
        options.keep = std::move(keep);
        options.keep_all_links = keep_all_links;
        options.required_links = std::move(required_links);
        options.cover_topics = cover_topics;
        options.exclude_to_be_removed = exclude_to_be_removed;
        options.unknown_cadence_sittings = unknown_cadence_sittings;
        options.exact_limit = exact_limit;
        options.consumed = std::move(consumed);
        return WithRegister(ValueOrThrow(Rationalise(reg_obj.cast<const Register&>(), options)), reg_obj);
      },
      py::arg("register"), py::kw_only(), py::arg("cost") = NamedEnum<RationalisationCost>{d.cost},
      py::arg("keep_statutory") = d.keep_statutory, py::arg("keep") = std::vector<std::string>{}, py::arg("keep_all_links") = d.keep_all_links,
      py::arg("required_links") = std::vector<std::pair<std::string, std::string>>{}, py::arg("cover_topics") = d.cover_topics,
      py::arg("exclude_to_be_removed") = d.exclude_to_be_removed, py::arg("unknown_cadence_sittings") = d.unknown_cadence_sittings, py::arg("exact_limit") = d.exact_limit,
      py::arg("consumed") = std::vector<std::string>{}, R"pbdoc(
A rationalisation proposal: the smallest (or cheapest) set of meetings that
keeps every topic in every area and every required partner link covered, and
the meetings it would stop and why. ``consumed`` lists meetings already
decided to stop because kept meetings consume them (``govgraph.review(reg)
.rationalise()`` passes the review's proposal, so the two make one proposal).
Meetings recording neither participants nor topics are kept. The exact method
runs when at most ``exact_limit`` (0 to 30) candidate meetings remain, else
the greedy one. Unknown ids, or an exact_limit out of range, raise
InvalidInputError.

>>> r = govgraph.rationalise(reg, cost=govgraph.RationalisationCost.MEETING_HOURS)
>>> r.to_pandas()
)pbdoc");
  m.def(
      "format_rationalisation",
      [](const py::object& result) {
        return FormatRationalisation(result.attr("register").cast<const Register&>(),
                                     result.cast<const RationalisationResult&>());
      },
      py::arg("result"), "A readable proposal from a rationalise() result.\n\n>>> print(govgraph.format_rationalisation(govgraph.rationalise(reg)))");
}

}  // namespace govgraph::python
