// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/panel_composition.h.
#include "govgraph/analysis/panel_composition.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis_common.h"
#include "calendar_common.h"

namespace govgraph::python {

void InitAnalysisPanelComposition(py::module_& m) {
  py::class_<CompositionRuleText>(m, "CompositionRuleText", "A rule or remedy of the panel composition rules.")
      .def_property_readonly("id", CopyOut(&CompositionRuleText::id))
      .def_property_readonly("title", CopyOut(&CompositionRuleText::title))
      .def_property_readonly("source", CopyOut(&CompositionRuleText::source))
      .def_property_readonly("url", CopyOut(&CompositionRuleText::url))
      .def_property_readonly("requirement", CopyOut(&CompositionRuleText::requirement))
      .def_property_readonly("action", CopyOut(&CompositionRuleText::action));
  py::class_<PanelCompositionRules>(m, "PanelCompositionRules",
                                    "The statutory composition of a police and crime panel, as data with its sources.")
      .def_property_readonly("title", CopyOut(&PanelCompositionRules::title))
      .def_property_readonly("act", CopyOut(&PanelCompositionRules::act))
      .def_property_readonly("schedule", CopyOut(&PanelCompositionRules::schedule))
      .def_property_readonly("url", CopyOut(&PanelCompositionRules::url))
      .def_property_readonly("scope", CopyOut(&PanelCompositionRules::scope))
      .def_property_readonly("appointed_members", CopyOut(&PanelCompositionRules::appointed_members))
      .def_property_readonly("co_opted_members", CopyOut(&PanelCompositionRules::co_opted_members))
      .def_property_readonly("maximum_members", CopyOut(&PanelCompositionRules::maximum_members))
      .def_property_readonly("rules", CopyOut(&PanelCompositionRules::rules))
      .def_property_readonly("remedies", CopyOut(&PanelCompositionRules::remedies));

  py::class_<CompositionRuleResult>(m, "CompositionRuleResult", "One rule checked, with its legal source.")
      .def_property_readonly("id", CopyOut(&CompositionRuleResult::id))
      .def_property_readonly("title", CopyOut(&CompositionRuleResult::title))
      .def_property_readonly("source", CopyOut(&CompositionRuleResult::source))
      .def_property_readonly("url", CopyOut(&CompositionRuleResult::url))
      .def_property_readonly("requirement", CopyOut(&CompositionRuleResult::requirement))
      .def_property_readonly(
          "status", [](const CompositionRuleResult& r) { return std::string(Name(r.status)); },
          "\"met\", \"not_met\", \"undetermined\" or \"advisory\".")
      .def_property_readonly("detail", CopyOut(&CompositionRuleResult::detail));
  py::class_<CouncilSeats>(m, "CouncilSeats", "A council's members on the panel.")
      .def_property_readonly("council", CopyOut(&CouncilSeats::council))
      .def_property_readonly("relevant", CopyOut(&CouncilSeats::relevant))
      .def_property_readonly("appointed", CopyOut(&CouncilSeats::appointed))
      .def_property_readonly("co_opted", CopyOut(&CouncilSeats::co_opted));
  py::class_<CompositionRemedy>(m, "CompositionRemedy", "A way to make the panel lawful, for the rule it answers.")
      .def_property_readonly("rule", CopyOut(&CompositionRemedy::rule))
      .def_property_readonly("id", CopyOut(&CompositionRemedy::id))
      .def_property_readonly("action", CopyOut(&CompositionRemedy::action))
      .def_property_readonly("source", CopyOut(&CompositionRemedy::source))
      .def_property_readonly("url", CopyOut(&CompositionRemedy::url));

  py::class_<PanelCompositionResult>(m, "PanelCompositionResult", py::dynamic_attr(), R"pbdoc(
A police and crime panel's members checked against Schedule 6 to the Police
Reform and Social Responsibility Act 2011: each rule met or not with its legal
source, seats by council, the counts, and the remedies. ``to_pandas(table)``
gives "rules" (default), "councils" or "remedies".
)pbdoc")
      .def_property_readonly("panel", CopyOut(&PanelCompositionResult::panel))
      .def_property_readonly("act", CopyOut(&PanelCompositionResult::act))
      .def_property_readonly("url", CopyOut(&PanelCompositionResult::url))
      .def_property_readonly("relevant_authorities", CopyOut(&PanelCompositionResult::relevant_authorities))
      .def_property_readonly("relevant_number", CopyOut(&PanelCompositionResult::relevant_number))
      .def_property_readonly("co_opted_required", CopyOut(&PanelCompositionResult::co_opted_required))
      .def_property_readonly("appointed_members", CopyOut(&PanelCompositionResult::appointed_members))
      .def_property_readonly("co_opted_councillors", CopyOut(&PanelCompositionResult::co_opted_councillors))
      .def_property_readonly("independent_members", CopyOut(&PanelCompositionResult::independent_members))
      .def_property_readonly("unclassified_members", CopyOut(&PanelCompositionResult::unclassified_members))
      .def_property_readonly("total_members", CopyOut(&PanelCompositionResult::total_members))
      .def_property_readonly("from_memberships", CopyOut(&PanelCompositionResult::from_memberships),
                             "True when the members were counted from the panel's memberships.")
      .def_property_readonly("substitutes", CopyOut(&PanelCompositionResult::substitutes),
                             "Substitute members on the panel (not counted).")
      .def_property_readonly("out_of_term", CopyOut(&PanelCompositionResult::out_of_term),
                             "Members whose term does not cover as_of (not counted).")
      .def_property_readonly("councils", CopyOut(&PanelCompositionResult::councils))
      .def_property_readonly("rules", CopyOut(&PanelCompositionResult::rules))
      .def_property_readonly("remedies", CopyOut(&PanelCompositionResult::remedies))
      .def_property_readonly("notes", CopyOut(&PanelCompositionResult::notes))
      .def_property_readonly(
          "verdict", [](const PanelCompositionResult& r) { return std::string(Name(r.verdict)); },
          "\"lawful\", \"unlawful\" or \"undetermined\".")
      .def_property_readonly("lawful", CopyOut(&PanelCompositionResult::lawful));

  m.def(
      "panel_composition_rules", []() { return BuiltinPanelCompositionRules(); },
      "The rules the composition check applies, with their legal sources.\n\n"
      ">>> [r.source for r in govgraph.panel_composition_rules().rules][:2]\n"
      "['Schedule 6, paragraph 4(1)(a) and 4(2)', 'Schedule 6, paragraphs 6 to 8, and 10(6) to (7) (the fair "
      "representation objective)']");
  m.def(
      "panel_composition",
      [](py::object reg_obj, const std::string& panel, std::vector<std::string> councils,
         std::optional<int> co_opted_resolution, std::optional<absl::CivilDay> as_of) {
        PanelCompositionOptions options;
        options.as_of = as_of;
        options.panel = panel;
        options.councils = std::move(councils);
        options.co_opted_resolution = co_opted_resolution;
        return WithRegister(ValueOrThrow(CheckPanelComposition(reg_obj.cast<const Register&>(), options)), reg_obj);
      },
      py::arg("register"), py::kw_only(), py::arg("panel") = "", py::arg("councils") = std::vector<std::string>{},
      py::arg("co_opted_resolution") = py::none(), py::arg("as_of") = py::none(), R"pbdoc(
Check a police and crime panel's members against Schedule 6 to the Police
Reform and Social Responsibility Act 2011. ``panel`` is the meeting's id
(default: the register's only panel); ``councils`` the relevant local
authorities' ids (default: found from the register); ``co_opted_resolution``
the number of co-opted members a resolution under paragraph 4(4) sets. When
the panel has memberships they say who is a member (substitutes are not);
``as_of`` (a datetime.date or 'YYYY-MM-DD') leaves out members whose term does
not cover that day. Unknown ids raise NotFoundError.

>>> r = govgraph.panel_composition(govgraph.load_json("examples/registers/dorset-pcp-2018.json"))
>>> r.verdict, r.appointed_members, r.relevant_number
('unlawful', 9, 10)
>>> r.to_pandas("remedies")
)pbdoc");
  m.def(
      "format_panel_composition",
      [](const py::object& result) {
        return FormatPanelComposition(result.attr("register").cast<const Register&>(),
                                      result.cast<const PanelCompositionResult&>());
      },
      py::arg("result"),
      "A readable report of a panel_composition() result.\n\n>>> reg = "
      "govgraph.load_json(\"examples/registers/dorset-pcp-2018.json\")\n>>> "
      "print(govgraph.format_panel_composition(govgraph.panel_composition(reg)))");
}

}  // namespace govgraph::python
