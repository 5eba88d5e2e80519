// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/portfolio.h.
#include "govgraph/analysis/portfolio.h"

#include <string>
#include <utility>
#include <vector>

#include "analysis_common.h"

namespace govgraph::python {

void InitAnalysisPortfolio(py::module_& m) {
  py::class_<PriorityCoverage>(m, "PriorityCoverage", "A priority and the initiatives that serve it.")
      .def_readonly("topic", &PriorityCoverage::topic)
      .def_readonly("initiatives", &PriorityCoverage::initiatives);
  py::class_<InitiativeOverlap>(m, "InitiativeOverlap", "Two initiatives the overlap engine finds alike.")
      .def_readonly("a", &InitiativeOverlap::a)
      .def_readonly("b", &InitiativeOverlap::b)
      .def_readonly("score", &InitiativeOverlap::score)
      .def_readonly("signals", &InitiativeOverlap::signals)
      .def_readonly("shared", &InitiativeOverlap::shared);
  py::class_<InitiativeGap>(m, "InitiativeGap", "An initiative lacking a lead, delivery dates or a priority.")
      .def_readonly("initiative", &InitiativeGap::initiative)
      .def_readonly("no_lead", &InitiativeGap::no_lead)
      .def_readonly("no_start", &InitiativeGap::no_start)
      .def_readonly("no_end", &InitiativeGap::no_end)
      .def_readonly("no_priority", &InitiativeGap::no_priority)
      .def_readonly("detail", &InitiativeGap::detail);

  py::class_<PortfolioResult>(m, "PortfolioResult", py::dynamic_attr(), R"pbdoc(
Initiatives mapped to priorities: priorities with no initiative, overlapping
initiatives, and initiatives with no lead, delivery dates or priority.
``to_pandas(table)`` gives "initiatives" (default), "priorities" or "overlaps".
)pbdoc")
      .def_readonly("priorities", &PortfolioResult::priorities)
      .def_readonly("uncovered", &PortfolioResult::uncovered)
      .def_readonly("overlaps", &PortfolioResult::overlaps)
      .def_readonly("gaps", &PortfolioResult::gaps)
      .def_readonly("initiatives", &PortfolioResult::initiatives)
      .def_property_readonly("missing_lead", &PortfolioResult::missing_lead)
      .def_property_readonly("missing_dates", &PortfolioResult::missing_dates);

  m.def(
      "portfolio",
      [](py::object reg_obj, std::vector<std::string> priorities, double min_score, bool only_active) {
        PortfolioOptions options;
        options.priorities = std::move(priorities);
        options.min_score = min_score;
        options.only_active = only_active;
        return WithRegister(ValueOrThrow(Portfolio(reg_obj.cast<const Register&>(), options)), reg_obj);
      },
      py::arg("register"), py::kw_only(), py::arg("priorities") = std::vector<std::string>{},
      py::arg("min_score") = 0.35, py::arg("only_active") = false, R"pbdoc(
The collaboration portfolio: initiatives against the plan's priorities (topic
ids; default: topics with a "priority" attribute, else top-level topics).
Unknown topic ids raise InvalidInputError.

>>> p = govgraph.portfolio(govgraph.load_json("examples/registers/east-midlands-collaboration-2009.json"))
>>> p.to_pandas()
)pbdoc");
  m.def(
      "format_portfolio",
      [](const py::object& result) {
        return FormatPortfolio(result.attr("register").cast<const Register&>(), result.cast<const PortfolioResult&>());
      },
      py::arg("result"), "A readable report of a portfolio() result.\n\n>>> em = govgraph.load_json(\"examples/registers/east-midlands-collaboration-2009.json\")\n>>> print(govgraph.format_portfolio(govgraph.portfolio(em)))");
}

}  // namespace govgraph::python
