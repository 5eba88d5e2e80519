// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/skills_audit.h: what a police and crime panel's members can do,
/// against what the panel needs, and who should train in what.
///
/// A skills framework lists the skills a panel needs, each with the level it
/// needs (on the framework's scale, 0 to 3 by default) and the public guidance
/// it comes from. One ships with the library (data/panel_skills.json, compiled
/// in); a panel can write its own in the same format, and name the pillars of
/// its Police and Crime Plan and the skills each pillar draws on.
///
/// An audit is the members' returns: one row a member, a column a skill, a
/// level in each cell. A blank cell is "not assessed", never zero: a skill
/// nobody has assessed is reported as such, not as a gap.
///
/// ```
///   absl::StatusOr<SkillsAuditTable> audit =
///       ParseSkillsAuditCsv(text, BuiltinSkillsFramework(), {.file = "audit.csv"});
///   absl::StatusOr<SkillsAuditResult> r =
///       SkillsAudit(BuiltinSkillsFramework(), *audit, {.as_of = absl::CivilDay(2018, 2, 1)});
///   for (const SkillCoverage& s : r->coverage) s.status;  // covered, single_holder, gap, not_assessed
///   for (const TrainingNeed& t : r->training) t.member;  // nearest the required level first
/// ```
#ifndef GOVGRAPH_ANALYSIS_SKILLS_AUDIT_H_
#define GOVGRAPH_ANALYSIS_SKILLS_AUDIT_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/io/csv.h"

namespace govgraph {

/// A point on the framework's scale.
struct SkillLevel {
  int value = 0;
  std::string name;         ///< "working knowledge"; a cell may give the name instead of the number
  std::string description;
};

struct Skill {
  std::string id;  ///< "precept_and_budget"
  std::string name;
  std::string description;
  std::string group;       ///< "statutory functions", "scrutiny practice", ...
  int required_level = 2;  ///< the level the panel needs at least one member to reach
  std::string source;      ///< the public guidance the skill is drawn from
  std::string url;
};

/// A pillar (priority) of the Police and Crime Plan and the skills its lead needs.
struct PlanPillar {
  std::string name;
  std::vector<std::string> skills;  ///< skill ids
};

struct SkillsFramework {
  std::string title;
  std::string scope;
  std::vector<SkillLevel> levels;  ///< in order from 0; the last is the highest
  std::vector<Skill> skills;
  std::vector<PlanPillar> pillars;
  int max_level() const { return levels.empty() ? 0 : levels.back().value; }
};

/// The framework shipped with the library (data/panel_skills.json).
const SkillsFramework& BuiltinSkillsFramework();
/// Reads a framework in that format. Levels must run 0, 1, 2, ... in order;
/// skill ids must be unique and required levels on the scale; pillars must name
/// known skills. `"extends": "default"` starts from the shipped framework's
/// levels and skills, to which the file adds skills and pillars. Errors name
/// the JSON path (`skills[2].required_level: 5 is above the scale's top, 3`).
absl::StatusOr<SkillsFramework> ParseSkillsFrameworkJson(absl::string_view text);

/// One member's return.
struct MemberSkills {
  std::string name;
  std::string council;          ///< the appointing council, if given
  bool co_opted = false;        ///< the council column said "co-opted" or "independent"
  std::string pillar;           ///< the plan pillar the member leads, if any
  std::string evidence;         ///< empty: the levels are self-assessed
  std::map<std::string, int> levels;  ///< skill id to level; a skill absent is not assessed
  int row = 0;                  ///< where the member is in the source (1-based), 0 when built in code
};

struct SkillsAuditTable {
  std::vector<MemberSkills> members;
  std::vector<std::string> notes;  ///< framework skills the table has no column for
};

/// Where an audit table comes from, for messages.
struct SkillsTableSource {
  std::string file;          ///< starts every message
  bool cell_names = false;   ///< "cell C4" (a workbook) rather than "row 4, column 3"
};

/// Reads an audit from rows of cells: the first non-blank row holds the
/// headings; blank rows, and rows whose first cell starts with '#' (notes),
/// are skipped anywhere. A "name" or "member" column is required; "council", "pillar lead"
/// (or "pillar") and "evidence" are optional; every other heading must be a
/// skill of the framework, by id or name (case, spaces, hyphens and
/// underscores aside). A cell holds a level's number or name, or nothing (not
/// assessed). Each record's `line` is its row number in the source. Errors
/// are InvalidArgumentError naming file, row and column.
absl::StatusOr<SkillsAuditTable> ReadSkillsAuditRows(const std::vector<CsvRecord>& rows,
                                                     const SkillsFramework& framework,
                                                     const SkillsTableSource& source = {});
/// The same from CSV text (io/csv.h); rows are numbered as a spreadsheet
/// shows them.
absl::StatusOr<SkillsAuditTable> ParseSkillsAuditCsv(absl::string_view text, const SkillsFramework& framework,
                                                     const SkillsTableSource& source = {});

enum class SkillStatus {
  kCovered,       ///< two or more members at the required level
  kSingleHolder,  ///< one member only: a succession risk
  kGap,           ///< no assessed member at the required level
  kNotAssessed,   ///< no member assessed the skill
};
std::string_view Name(SkillStatus s);  ///< "covered", "single_holder", "gap", "not_assessed"

struct SkillCoverage {
  std::string skill;  ///< id
  std::string name;
  std::string group;
  int required_level = 0;
  SkillStatus status = SkillStatus::kCovered;
  std::vector<std::string> holders;  ///< members at or above the required level, in table order
  int assessed = 0;                  ///< members with a level for it
  int not_assessed = 0;
  std::optional<int> best_level;     ///< the highest level assessed
  double coverage = 0;               ///< holders / assessed members (0 when none assessed)
  std::string source;
  std::string url;
};

/// A pillar lead's levels in the skills the framework maps to the pillar.
struct PillarCoverage {
  std::string pillar;
  std::vector<std::string> leads;      ///< members who lead it
  std::vector<std::string> skills;     ///< the skills it draws on (ids)
  std::vector<std::string> covered;    ///< skills a lead holds at the required level
  std::vector<std::string> missing;    ///< skills no lead holds at the required level
  std::vector<std::string> not_assessed;  ///< skills no lead assessed
  bool in_framework = true;            ///< the framework names the pillar
};

enum class TrainingReason { kGap, kSingleHolder };
std::string_view Name(TrainingReason r);  ///< "gap", "single_holder"

struct TrainingNeed {
  std::string member;
  std::string skill;  ///< id
  std::string skill_name;
  int current_level = 0;
  int target_level = 0;
  TrainingReason reason = TrainingReason::kGap;
  absl::CivilDay by;
};

struct SkillsAuditOptions {
  /// The date of the audit; empty: today (UTC).
  std::optional<absl::CivilDay> as_of;
  /// When training should be done; empty: three months after as_of.
  std::optional<absl::CivilDay> train_by;
  /// Members wanted at the required level of each skill: the training plan
  /// trains members until each gap and single holding reaches this. At least 1.
  int holders_wanted = 2;
};

struct SkillsAuditResult {
  std::vector<std::string> members;                ///< in table order
  std::vector<std::string> skills;                 ///< framework order (ids)
  std::vector<std::vector<std::optional<int>>> matrix;  ///< [member][skill]; empty: not assessed
  std::vector<SkillCoverage> coverage;             ///< one per skill, framework order
  std::vector<PillarCoverage> pillars;             ///< pillars with a lead, then the framework's without one
  std::vector<TrainingNeed> training;              ///< gaps first, then single holders; nearest first
  absl::CivilDay as_of;
  absl::CivilDay train_by;
  int gaps = 0;
  int single_holders = 0;
  int not_assessed = 0;
  std::vector<std::string> notes;
};

/// InvalidArgumentError for holders_wanted below 1, a train_by before as_of,
/// two members of one name, or a level off the framework's scale.
absl::StatusOr<SkillsAuditResult> SkillsAudit(const SkillsFramework& framework, const SkillsAuditTable& audit,
                                              const SkillsAuditOptions& options = {});

/// A readable report for a terminal.
std::string FormatSkillsAudit(const SkillsAuditResult& result);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_SKILLS_AUDIT_H_
