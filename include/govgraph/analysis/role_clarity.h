// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/role_clarity.h: who leads, who attends, and who should engage whom.
///
/// RoleClarity() finds, for every meeting:
///
/// ```
///   no_lead            no lead organisation is stated
///   joint_lead         two or more lead organisations: who is accountable is
///                      ambiguous unless the chair settles it (the detail says)
///   lead_absent        a lead organisation that is not among the participants
///   duplicate_attendance
///                      two organisations that should split the work (by
///                      default each police force with each PCC office) both
///                      attend at the same level: the same strongest
///                      participation type and the same lead status
/// ```
///
/// and checks engagement rules written as data (JSON):
///
/// ```
///   {"title": "...",
///    "rules": [
///      {"id": "pcc-engages-leaders",
///       "description": "The PCC engages elected Leaders",
///       "when": {"attended_by": {"elected": true, "not_roles": ["pcc"]}},
///       "require": {"roles": ["pcc"]}},
///      {"id": "statutory-police",
///       "description": "Every statutory board has police attendance",
///       "when": {"statutory": true},
///       "require": {"organisation_kinds": ["police"]}},
///      {"id": "...", "when": {...}, "forbid": {"organisations": ["opcc"]}}]}
/// ```
///
/// A rule applies to the meetings its `when` selects (every meeting when it is
/// empty) and is broken by each such meeting where no participant or lead
/// matches `require`, or where one matches `forbid`. Meeting selectors:
/// `meetings` (ids), `statutory`, `kinds`, `levels`, `attended_by` (a party
/// selector), `exclude_to_be_removed`. Party selectors: `organisations` (ids),
/// `organisation_kinds`, `roles` (ids), `role_name_contains`, `elected`,
/// `not_roles`, `not_organisations`; all given fields must match.
///
/// Errors name the rule and field: `rules[1].require.organisations[0]:
/// unknown organisation "xyz"` (and the file, for LoadEngagementRulesJsonFile).
///
/// ```
///   absl::StatusOr<EngagementRules> rules = LoadEngagementRulesJsonFile("rules.json");
///   absl::StatusOr<RoleClarityResult> r = RoleClarity(reg, {.rules = *rules});
/// ```
#ifndef GOVGRAPH_ANALYSIS_ROLE_CLARITY_H_
#define GOVGRAPH_ANALYSIS_ROLE_CLARITY_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

/// Which participants (or lead organisations) a rule is about.
struct PartySelector {
  std::vector<std::string> organisations;       ///< organisation ids
  std::vector<OrganisationKind> organisation_kinds;
  std::vector<std::string> roles;               ///< role ids
  std::string role_name_contains;               ///< case-insensitive, in the role's name or aliases
  std::optional<bool> elected;                  ///< the role is (not) elected
  std::vector<std::string> not_roles;
  std::vector<std::string> not_organisations;
  bool empty() const {
    return organisations.empty() && organisation_kinds.empty() && roles.empty() && role_name_contains.empty() &&
           !elected && not_roles.empty() && not_organisations.empty();
  }
};

/// Which meetings a rule applies to.
struct MeetingSelector {
  std::vector<std::string> meetings;  ///< ids
  std::optional<bool> statutory;
  std::vector<MeetingKind> kinds;
  std::vector<Level> levels;
  std::optional<PartySelector> attended_by;
  bool exclude_to_be_removed = false;
};

struct EngagementRule {
  std::string id;
  std::string description;
  MeetingSelector when;
  std::optional<PartySelector> require;
  std::optional<PartySelector> forbid;
};

struct EngagementRules {
  std::string title;
  std::string source;
  std::vector<EngagementRule> rules;
};

absl::StatusOr<EngagementRules> ParseEngagementRulesJson(absl::string_view text);
/// Error messages start with the file's path.
absl::StatusOr<EngagementRules> LoadEngagementRulesJsonFile(const std::string& path);
/// Ids in the rules that the register lacks: `rules[0].when.meetings[1]: unknown meeting "x"`.
absl::Status CheckEngagementRules(const Register& reg, const EngagementRules& rules);

enum class RoleIssueKind { kNoLead, kJointLead, kLeadAbsent, kDuplicateAttendance };
std::string_view Name(RoleIssueKind kind);  ///< "no_lead", "joint_lead", "lead_absent", "duplicate_attendance"

struct RoleIssue {
  RoleIssueKind kind = RoleIssueKind::kNoLead;
  MeetingHandle meeting;
  std::vector<OrganisationHandle> organisations;  ///< the leads, the absent lead, or the pair
  std::string detail;
};

struct RuleViolation {
  MeetingHandle meeting;
  std::string detail;  ///< what is missing or present
};

struct RuleResult {
  std::string id;
  std::string description;
  int meetings_checked = 0;  ///< meetings the rule applies to
  std::vector<RuleViolation> violations;
  bool ok() const { return violations.empty(); }
};

struct RoleClarityOptions {
  /// Pairs of organisation ids that should split the work. Empty: every
  /// police force with every PCC office in the register.
  std::vector<std::pair<std::string, std::string>> split_pairs;
  EngagementRules rules;
  bool exclude_to_be_removed = false;
};

struct RoleClarityResult {
  std::vector<RoleIssue> issues;  ///< by meeting in register order, then kind
  std::vector<RuleResult> rules;  ///< in rule order
  std::vector<std::pair<OrganisationHandle, OrganisationHandle>> split_pairs;  ///< as checked
  int count(RoleIssueKind kind) const {
    int n = 0;
    for (const RoleIssue& i : issues) n += i.kind == kind;
    return n;
  }
  int violations() const {
    int n = 0;
    for (const RuleResult& r : rules) n += static_cast<int>(r.violations.size());
    return n;
  }
};

/// InvalidArgumentError for unknown ids in the split pairs or the rules.
absl::StatusOr<RoleClarityResult> RoleClarity(const Register& reg, const RoleClarityOptions& options = {});

/// A readable report for a terminal.
std::string FormatRoleClarity(const Register& reg, const RoleClarityResult& result);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_ROLE_CLARITY_H_
