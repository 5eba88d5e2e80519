// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/portfolio.h.
#include "govgraph/analysis/portfolio.h"

#include <string>
#include <utility>
#include <vector>

#include "analysis_common.h"

namespace govgraph::python {

void InitAnalysisPortfolio(py::module_& m) {
  const PortfolioOptions d;
  py::class_<PriorityCoverage>(m, "PriorityCoverage", "A priority and the initiatives that serve it.")
      .def_property_readonly("topic", CopyOut(&PriorityCoverage::topic))
      .def_property_readonly("initiatives", CopyOut(&PriorityCoverage::initiatives));
  py::class_<InitiativeOverlap>(m, "InitiativeOverlap", "Two initiatives the overlap engine finds alike.")
      .def_property_readonly("a", CopyOut(&InitiativeOverlap::a))
      .def_property_readonly("b", CopyOut(&InitiativeOverlap::b))
      .def_property_readonly("score", CopyOut(&InitiativeOverlap::score))
      .def_property_readonly("signals", CopyOut(&InitiativeOverlap::signals))
      .def_property_readonly("shared", CopyOut(&InitiativeOverlap::shared));
  py::class_<InitiativeGap>(m, "InitiativeGap", "An initiative lacking a lead, delivery dates or a priority.")
      .def_property_readonly("initiative", CopyOut(&InitiativeGap::initiative))
      .def_property_readonly("no_lead", CopyOut(&InitiativeGap::no_lead))
      .def_property_readonly("no_start", CopyOut(&InitiativeGap::no_start))
      .def_property_readonly("no_end", CopyOut(&InitiativeGap::no_end))
      .def_property_readonly("no_priority", CopyOut(&InitiativeGap::no_priority))
      .def_property_readonly("detail", CopyOut(&InitiativeGap::detail));

  py::class_<PortfolioResult>(m, "PortfolioResult", py::dynamic_attr(), R"pbdoc(
Initiatives mapped to priorities: priorities with no initiative, overlapping
initiatives, and initiatives with no lead, delivery dates or priority.
``to_pandas(table)`` gives "initiatives" (default), "priorities" or "overlaps".
)pbdoc")
      .def_property_readonly("priorities", CopyOut(&PortfolioResult::priorities))
      .def_property_readonly("uncovered", CopyOut(&PortfolioResult::uncovered))
      .def_property_readonly("overlaps", CopyOut(&PortfolioResult::overlaps))
      .def_property_readonly("gaps", CopyOut(&PortfolioResult::gaps))
      .def_property_readonly("initiatives", CopyOut(&PortfolioResult::initiatives))
      .def_property_readonly("missing_lead", CopyOut(&PortfolioResult::missing_lead))
      .def_property_readonly("missing_dates", CopyOut(&PortfolioResult::missing_dates));

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
      py::arg("min_score") = d.min_score, py::arg("only_active") = d.only_active, R"pbdoc(
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
