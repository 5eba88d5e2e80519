// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/role_clarity.h.
#include "govgraph/analysis/role_clarity.h"

#include <string>
#include <utility>
#include <vector>

#include "analysis_common.h"

namespace govgraph::python {
namespace {

// EngagementRules, a dict in the rules JSON form, a path to a JSON file, or None.
EngagementRules ToRules(const py::object& rules) {
  if (rules.is_none()) return EngagementRules();
  if (py::isinstance<EngagementRules>(rules)) return rules.cast<EngagementRules>();
  if (py::isinstance<py::dict>(rules) || py::isinstance<py::list>(rules)) {
    const std::string text = py::module_::import("json").attr("dumps")(rules).cast<std::string>();
    return ValueOrThrow(ParseEngagementRulesJson(View(text)));
  }
  const std::string path = py::str(py::module_::import("os").attr("fspath")(rules));
  return ValueOrThrow(LoadEngagementRulesJsonFile(path));
}

}  // namespace

void InitAnalysisRoleClarity(py::module_& m) {
  const RoleClarityOptions d;
  BindEnum<RoleIssueKind>(m, "RoleIssueKind", "What a role-clarity issue is.");

  py::class_<EngagementRule>(m, "EngagementRule", "One engagement rule (see docs/analyses.md).")
      .def_property_readonly("id", CopyOut(&EngagementRule::id))
      .def_property_readonly("description", CopyOut(&EngagementRule::description))
      .def_property_readonly("has_require", [](const EngagementRule& r) { return r.require.has_value(); })
      .def_property_readonly("has_forbid", [](const EngagementRule& r) { return r.forbid.has_value(); });
  py::class_<EngagementRules>(m, "EngagementRules", "Engagement rules read from JSON.")
      .def_property_readonly("title", CopyOut(&EngagementRules::title))
      .def_property_readonly("source", CopyOut(&EngagementRules::source))
      .def_property_readonly("rules", CopyOut(&EngagementRules::rules));

  py::class_<RoleIssue>(m, "RoleIssue", "A meeting with no lead, a joint lead, an absent lead or duplicate attendance.")
      .def_property_readonly("kind", CopyOut(&RoleIssue::kind))
      .def_property_readonly("meeting", CopyOut(&RoleIssue::meeting))
      .def_property_readonly("organisations", CopyOut(&RoleIssue::organisations))
      .def_property_readonly("detail", CopyOut(&RoleIssue::detail));
  py::class_<RuleViolation>(m, "RuleViolation", "A meeting that breaks an engagement rule.")
      .def_property_readonly("meeting", CopyOut(&RuleViolation::meeting))
      .def_property_readonly("detail", CopyOut(&RuleViolation::detail));
  py::class_<RuleResult>(m, "RuleResult", "One engagement rule checked against the register.")
      .def_property_readonly("id", CopyOut(&RuleResult::id))
      .def_property_readonly("description", CopyOut(&RuleResult::description))
      .def_property_readonly("meetings_checked", CopyOut(&RuleResult::meetings_checked))
      .def_property_readonly("violations", CopyOut(&RuleResult::violations))
      .def_property_readonly("ok", CopyOut(&RuleResult::ok));

  py::class_<RoleClarityResult>(m, "RoleClarityResult", py::dynamic_attr(), R"pbdoc(
Meetings with no lead, a joint lead, a lead that does not attend, or two
organisations that should split the work attending at the same level; and
engagement rules checked with the violating meetings. ``to_pandas(table)``
gives "issues" (default) or "violations".
)pbdoc")
      .def_property_readonly("issues", CopyOut(&RoleClarityResult::issues))
      .def_property_readonly("rules", CopyOut(&RoleClarityResult::rules))
      .def_property_readonly("split_pairs", CopyOut(&RoleClarityResult::split_pairs))
      .def("count", &RoleClarityResult::count, py::arg("kind"), "Issues of one kind.")
      .def_property_readonly("violations", CopyOut(&RoleClarityResult::violations));

  m.def(
      "loads_engagement_rules",
      [](const std::string& text) { return ValueOrThrow(ParseEngagementRulesJson(View(text))); }, py::arg("text"),
      "Parse engagement rules from JSON text; errors name the rule, e.g. 'rules[1].require.roles: ...'.\n\n>>> rules = govgraph.loads_engagement_rules('{\"rules\": [{\"id\": \"police-at-boards\", \"when\": {\"statutory\": true}, \"require\": {\"organisation_kinds\": [\"police\"]}}]}')\n>>> govgraph.role_clarity(reg, rules).to_pandas(\"violations\")");
  m.def(
      "load_engagement_rules", [](const py::object& path) { return ToRules(path); }, py::arg("path"),
      "Read engagement rules from a JSON file.\n\n>>> rules = govgraph.load_engagement_rules(\"examples/rules/avon-and-somerset-engagement.json\")\n>>> rules.rules[0].id\n'pcc-engages-leaders'");
  m.def(
      "role_clarity",
      [](py::object reg_obj, const py::object& rules, std::vector<std::pair<std::string, std::string>> split_pairs,
         bool exclude_to_be_removed) {
        RoleClarityOptions options;
        options.rules = ToRules(rules);
        options.split_pairs = std::move(split_pairs);
        options.exclude_to_be_removed = exclude_to_be_removed;
        const Register& reg = reg_obj.cast<const Register&>();
        return WithRegister(ValueOrThrow(RoleClarity(reg, options)), reg_obj);
      },
      py::arg("register"), py::arg("rules") = py::none(), py::kw_only(),
      py::arg("split_pairs") = std::vector<std::pair<std::string, std::string>>{},
      py::arg("exclude_to_be_removed") = d.exclude_to_be_removed, R"pbdoc(
Leads, attendance and engagement rules. ``rules`` is EngagementRules, a dict
in the rules JSON form, a path to a JSON file, or None. ``split_pairs`` are
pairs of organisation ids that should split the work (default: each police
force with each PCC office). Unknown ids raise InvalidInputError naming the rule.

>>> r = govgraph.role_clarity(reg, "examples/rules/avon-and-somerset-engagement.json")
>>> r.to_pandas("violations")
)pbdoc");
  m.def(
      "format_role_clarity",
      [](const py::object& result) {
        return FormatRoleClarity(result.attr("register").cast<const Register&>(), result.cast<const RoleClarityResult&>());
      },
      py::arg("result"), "A readable report of a role_clarity() result.\n\n>>> print(govgraph.format_role_clarity(govgraph.role_clarity(reg)))");
}

}  // namespace govgraph::python
