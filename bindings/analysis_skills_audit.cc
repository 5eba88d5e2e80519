// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/skills_audit.h. The Python side
// (govgraph/skills.py) reads files, workbooks and DataFrames and calls these.
#include "govgraph/analysis/skills_audit.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis_common.h"

namespace govgraph::python {
namespace {

py::object SkillsDate(absl::CivilDay d) { return py::module_::import("datetime").attr("date")(d.year(), d.month(), d.day()); }

// A date as a datetime.date or "YYYY-MM-DD" text; `option` names it in the error.
std::optional<absl::CivilDay> SkillsDay(const py::object& value, const char* option) {
  if (value.is_none()) return std::nullopt;
  const std::string text = py::hasattr(value, "isoformat") ? py::str(value.attr("isoformat")()).cast<std::string>()
                                                           : py::str(value).cast<std::string>();
  absl::CivilDay day;
  if (text.size() != 10 || !absl::ParseCivilTime(text, &day) || absl::FormatCivilTime(day) != text) {
    RaiseStatus(absl::InvalidArgumentError(std::string(option) + ": \"" + text + "\" is not a date written YYYY-MM-DD"));
  }
  return day;
}

}  // namespace

void InitAnalysisSkillsAudit(py::module_& m) {
  py::class_<SkillLevel>(m, "SkillLevel", "A point on a skills framework's scale: value, name and description.")
      .def_property_readonly("value", CopyOut(&SkillLevel::value))
      .def_property_readonly("name", CopyOut(&SkillLevel::name))
      .def_property_readonly("description", CopyOut(&SkillLevel::description));
  py::class_<Skill>(m, "Skill", "A skill a panel needs, the level it needs and the public guidance it comes from.")
      .def_property_readonly("id", CopyOut(&Skill::id))
      .def_property_readonly("name", CopyOut(&Skill::name))
      .def_property_readonly("description", CopyOut(&Skill::description))
      .def_property_readonly("group", CopyOut(&Skill::group))
      .def_property_readonly("required_level", CopyOut(&Skill::required_level))
      .def_property_readonly("source", CopyOut(&Skill::source))
      .def_property_readonly("url", CopyOut(&Skill::url));
  py::class_<PlanPillar>(m, "PlanPillar", "A pillar of the Police and Crime Plan and the skills (ids) its lead needs.")
      .def_property_readonly("name", CopyOut(&PlanPillar::name))
      .def_property_readonly("skills", CopyOut(&PlanPillar::skills));
  py::class_<SkillsFramework>(m, "SkillsFramework",
                              "The skills a panel needs, its level scale and its plan's pillars, as data.")
      .def_property_readonly("title", CopyOut(&SkillsFramework::title))
      .def_property_readonly("scope", CopyOut(&SkillsFramework::scope))
      .def_property_readonly("levels", CopyOut(&SkillsFramework::levels))
      .def_property_readonly("skills", CopyOut(&SkillsFramework::skills))
      .def_property_readonly("pillars", CopyOut(&SkillsFramework::pillars))
      .def_property_readonly("max_level", CopyOut(&SkillsFramework::max_level));

  py::class_<MemberSkills>(m, "MemberSkills", R"pbdoc(
One member's return: name, council (or co_opted), the pillar they lead, the
evidence (empty: self-assessed) and ``levels``, a dict of skill id to level;
a skill not in it is not assessed.
)pbdoc")
      .def(py::init([](std::string name, std::string council, bool co_opted, std::string pillar,
                       std::string evidence, std::map<std::string, int> levels) {
             return MemberSkills{.name = std::move(name),
                                 .council = std::move(council),
                                 .co_opted = co_opted,
                                 .pillar = std::move(pillar),
                                 .evidence = std::move(evidence),
                                 .levels = std::move(levels)};
           }),
           py::arg("name"), py::kw_only(), py::arg("council") = "", py::arg("co_opted") = false,
           py::arg("pillar") = "", py::arg("evidence") = "", py::arg("levels") = std::map<std::string, int>{})
      .def_property_readonly("name", CopyOut(&MemberSkills::name))
      .def_property_readonly("council", CopyOut(&MemberSkills::council))
      .def_property_readonly("co_opted", CopyOut(&MemberSkills::co_opted))
      .def_property_readonly("pillar", CopyOut(&MemberSkills::pillar))
      .def_property_readonly("evidence", CopyOut(&MemberSkills::evidence))
      .def_property_readonly("levels", CopyOut(&MemberSkills::levels))
      .def_property_readonly("row", CopyOut(&MemberSkills::row));
  py::class_<SkillsAuditTable>(m, "SkillsAuditTable", "The members' returns of a skills audit, and notes on the table.")
      .def(py::init([](std::vector<MemberSkills> members) { return SkillsAuditTable{.members = std::move(members)}; }),
           py::arg("members"))
      .def_property_readonly("members", CopyOut(&SkillsAuditTable::members))
      .def_property_readonly("notes", CopyOut(&SkillsAuditTable::notes));

  py::class_<SkillCoverage>(m, "SkillCoverage", "One skill across the panel: who holds it at the required level.")
      .def_property_readonly("skill", CopyOut(&SkillCoverage::skill))
      .def_property_readonly("name", CopyOut(&SkillCoverage::name))
      .def_property_readonly("group", CopyOut(&SkillCoverage::group))
      .def_property_readonly("required_level", CopyOut(&SkillCoverage::required_level))
      .def_property_readonly(
          "status", [](const SkillCoverage& c) { return std::string(Name(c.status)); },
          "\"covered\", \"single_holder\", \"gap\" or \"not_assessed\".")
      .def_property_readonly("holders", CopyOut(&SkillCoverage::holders))
      .def_property_readonly("assessed", CopyOut(&SkillCoverage::assessed))
      .def_property_readonly("not_assessed", CopyOut(&SkillCoverage::not_assessed))
      .def_property_readonly("best_level", CopyOut(&SkillCoverage::best_level))
      .def_property_readonly("coverage", CopyOut(&SkillCoverage::coverage))
      .def_property_readonly("source", CopyOut(&SkillCoverage::source))
      .def_property_readonly("url", CopyOut(&SkillCoverage::url));
  py::class_<PillarCoverage>(m, "PillarCoverage", "A plan pillar: its leads and the skills they hold, miss or never assessed.")
      .def_property_readonly("pillar", CopyOut(&PillarCoverage::pillar))
      .def_property_readonly("leads", CopyOut(&PillarCoverage::leads))
      .def_property_readonly("skills", CopyOut(&PillarCoverage::skills))
      .def_property_readonly("covered", CopyOut(&PillarCoverage::covered))
      .def_property_readonly("missing", CopyOut(&PillarCoverage::missing))
      .def_property_readonly("not_assessed", CopyOut(&PillarCoverage::not_assessed))
      .def_property_readonly("in_framework", CopyOut(&PillarCoverage::in_framework));
  py::class_<TrainingNeed>(m, "TrainingNeed", "Who should train in what, from which level to which, and by when.")
      .def_property_readonly("member", CopyOut(&TrainingNeed::member))
      .def_property_readonly("skill", CopyOut(&TrainingNeed::skill))
      .def_property_readonly("skill_name", CopyOut(&TrainingNeed::skill_name))
      .def_property_readonly("current_level", CopyOut(&TrainingNeed::current_level))
      .def_property_readonly("target_level", CopyOut(&TrainingNeed::target_level))
      .def_property_readonly(
          "reason", [](const TrainingNeed& t) { return std::string(Name(t.reason)); }, "\"gap\" or \"single_holder\".")
      .def_property_readonly(
          "by", [](const TrainingNeed& t) { return SkillsDate(t.by); }, "The date to train by (datetime.date).");

  py::class_<SkillsAuditResult>(m, "SkillsAuditResult", py::dynamic_attr(), R"pbdoc(
A panel's skills audit: the matrix of members by skills (None: not
assessed), each skill's coverage, the pillars, and the training plan.
``to_pandas(table)`` gives "matrix" (default), "gaps", "single_holders",
"pillars", "training" or "skills".
)pbdoc")
      .def_property_readonly("members", CopyOut(&SkillsAuditResult::members))
      .def_property_readonly("skills", CopyOut(&SkillsAuditResult::skills))
      .def_property_readonly("matrix", CopyOut(&SkillsAuditResult::matrix))
      .def_property_readonly("coverage", CopyOut(&SkillsAuditResult::coverage))
      .def_property_readonly("pillars", CopyOut(&SkillsAuditResult::pillars))
      .def_property_readonly("training", CopyOut(&SkillsAuditResult::training))
      .def_property_readonly(
          "as_of", [](const SkillsAuditResult& r) { return SkillsDate(r.as_of); }, "The audit's date.")
      .def_property_readonly(
          "train_by", [](const SkillsAuditResult& r) { return SkillsDate(r.train_by); }, "The training deadline.")
      .def_property_readonly("gaps", CopyOut(&SkillsAuditResult::gaps))
      .def_property_readonly("single_holders", CopyOut(&SkillsAuditResult::single_holders))
      .def_property_readonly("not_assessed", CopyOut(&SkillsAuditResult::not_assessed))
      .def_property_readonly("notes", CopyOut(&SkillsAuditResult::notes));

  m.def(
      "skills_framework", []() { return BuiltinSkillsFramework(); },
      "The skills framework shipped with govgraph (data/panel_skills.json), each skill with its public source.\n\n"
      ">>> [s.id for s in govgraph.skills_framework().skills][:2]\n"
      "['precept_and_budget', 'plan_and_annual_report']");
  m.def(
      "parse_skills_framework", [](const std::string& text) { return ValueOrThrow(ParseSkillsFrameworkJson(text)); },
      py::arg("text"),
      "A skills framework from JSON text; errors name the JSON path.\n\n"
      ">>> govgraph.parse_skills_framework('{\"extends\": \"default\"}').max_level\n3");
  m.def(
      "parse_skills_audit_csv",
      [](const py::bytes& text, const SkillsFramework& framework, const std::string& file) {
        // Bytes, as read from the file: text that is not UTF-8 is reported with its line and column.
        return ValueOrThrow(ParseSkillsAuditCsv(std::string(text), framework, {.file = file}));
      },
      py::arg("text"), py::arg("framework"), py::kw_only(), py::arg("file") = "",
      "An audit table from CSV (UTF-8 bytes); errors start with ``file`` and name the row and column.\n\n"
      ">>> govgraph.parse_skills_audit_csv(b'name,chairing\\nA,2\\n', govgraph.skills_framework()).members[0].levels\n"
      "{'chairing': 2}");
  m.def(
      "read_skills_audit_rows",
      [](const std::vector<std::vector<std::string>>& rows, const std::vector<int>& row_numbers,
         const SkillsFramework& framework, const std::string& file, bool cell_names) {
        if (row_numbers.size() != rows.size()) {
          RaiseStatus(absl::InvalidArgumentError("row_numbers: one number a row is needed"));
        }
        std::vector<CsvRecord> records;
        for (size_t i = 0; i < rows.size(); ++i) records.push_back({.line = row_numbers[i], .fields = rows[i]});
        return ValueOrThrow(ReadSkillsAuditRows(records, framework, {.file = file, .cell_names = cell_names}));
      },
      py::arg("rows"), py::arg("row_numbers"), py::arg("framework"), py::kw_only(), py::arg("file") = "",
      py::arg("cell_names") = false,
      "An audit table from rows of cell text, each with its row number in the source (a sheet's rows); with\n"
      "``cell_names`` errors name cells (\"cell C4\") rather than rows and columns.\n\n"
      ">>> govgraph.read_skills_audit_rows([['Name', 'Chairing'], ['A', 'expert']], [1, 2],\n"
      "...                                 govgraph.skills_framework()).members[0].levels\n"
      "{'chairing': 3}");
  m.def(
      "run_skills_audit",
      [](const SkillsFramework& framework, const SkillsAuditTable& audit, const py::object& as_of,
         const py::object& train_by, int holders_wanted) {
        SkillsAuditOptions options{.as_of = SkillsDay(as_of, "as_of"),
                                   .train_by = SkillsDay(train_by, "train_by"),
                                   .holders_wanted = holders_wanted};
        return ValueOrThrow(SkillsAudit(framework, audit, options));
      },
      py::arg("framework"), py::arg("audit"), py::kw_only(), py::arg("as_of") = py::none(),
      py::arg("train_by") = py::none(), py::arg("holders_wanted") = 2,
      "The audit of bound objects; govgraph.skills_audit() reads files and DataFrames first.\n\n"
      ">>> t = govgraph.SkillsAuditTable([govgraph.MemberSkills('A', levels={'chairing': 2})])\n"
      ">>> govgraph.run_skills_audit(govgraph.skills_framework(), t, as_of='2018-02-01').train_by\n"
      "datetime.date(2018, 5, 1)");
  m.def(
      "format_skills_audit", [](const SkillsAuditResult& result) { return FormatSkillsAudit(result); },
      py::arg("result"),
      "A readable report of a skills_audit() result.\n\n"
      ">>> print(govgraph.format_skills_audit(govgraph.skills_audit(\"examples/panel/dorset-pcp-2018-skills.csv\")))");
}

}  // namespace govgraph::python
