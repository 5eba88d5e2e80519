// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/panel_composition.h: is a police and crime panel made up as the
/// law requires?
///
/// CheckPanelComposition() reads a panel meeting's members and checks them
/// against the rules of Schedule 6 to the Police Reform and Social
/// Responsibility Act 2011 for panels set up by local authorities in England.
/// The rules ship as data (data/panel_composition.json, compiled in): each
/// with its legal source and a legislation.gov.uk link.
///
/// How the register says who is a member: participants of type chair, member
/// or statutory member count, `seats` of them each. A participant naming a
/// local authority (directly, or through its role's or person's organisation)
/// is an appointed councillor member of that council; with `co_opted` it is a
/// co-opted councillor. A co-opted participant naming no council is an
/// independent member. A member that is neither (a chair recorded only by
/// post) is "unclassified": a rule it could tip either way is undetermined.
///
/// When the panel meeting has memberships (model.h: Membership), they say
/// who is a member instead: a councillor's seat counts for its council, a
/// co-opted councillor's as a co-opted councillor of its council, an
/// independent's as an independent member, one each; substitutes are not
/// members, and with options.as_of a member whose term does not cover that
/// day is not counted. Participants are then read only for the councils that
/// sit on the panel.
///
/// The relevant local authorities are the councils (kind local_authority,
/// not dissolved by an organisation change) that serve one of the panel's
/// areas or sit on it; options.councils overrides.
///
/// ```
///   absl::StatusOr<PanelCompositionResult> r =
///       CheckPanelComposition(reg, {.panel = "dorset-pcp"});
///   r->verdict;  // lawful, unlawful or undetermined
///   for (const CompositionRuleResult& rule : r->rules) ...  // with source
///   for (const CompositionRemedy& fix : r->remedies) ...
/// ```
///
/// After a reorganisation, apply the organisation changes first
/// (org_change.h: seats move with their members) and check the register
/// after.
#ifndef GOVGRAPH_ANALYSIS_PANEL_COMPOSITION_H_
#define GOVGRAPH_ANALYSIS_PANEL_COMPOSITION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

/// A rule or remedy as the rules data gives it.
struct CompositionRuleText {
  std::string id;
  std::string title;        ///< rules only
  std::string source;       ///< "Schedule 6, paragraph 4(1)(a) and 4(2)"
  std::string url;          ///< legislation.gov.uk
  std::string requirement;  ///< rules: what the law asks, summarised
  std::string action;       ///< remedies: what can be done
};

/// The rules as data: the numbers of Schedule 6 and the text and source of
/// each rule and remedy.
struct PanelCompositionRules {
  std::string title;
  std::string act;
  std::string schedule;
  std::string url;
  std::string scope;
  int appointed_members = 10;  ///< the relevant number up to this many authorities
  int co_opted_members = 2;
  int maximum_members = 20;
  std::vector<CompositionRuleText> rules;
  std::vector<CompositionRuleText> remedies;
};

/// The rules shipped with the library (data/panel_composition.json).
const PanelCompositionRules& BuiltinPanelCompositionRules();
/// Reads rules in that format. Every rule and remedy id the check uses must be
/// present; errors name the field (`rules[2].source: expected a string`).
absl::StatusOr<PanelCompositionRules> ParsePanelCompositionRulesJson(absl::string_view text);

enum class CompositionStatus {
  kMet,
  kNotMet,
  kUndetermined,  ///< unclassified members could tip it, or a fact is missing
  kAdvisory,      ///< a duty the register cannot decide (paragraph 31)
};
std::string_view Name(CompositionStatus s);  ///< "met", "not_met", "undetermined", "advisory"

enum class CompositionVerdict { kLawful, kUnlawful, kUndetermined };
std::string_view Name(CompositionVerdict v);  ///< "lawful", "unlawful", "undetermined"

struct CompositionRuleResult {
  std::string id;
  std::string title;
  std::string source;
  std::string url;
  std::string requirement;
  CompositionStatus status = CompositionStatus::kMet;
  std::string detail;  ///< what the register shows
};

/// The members a council has on the panel.
struct CouncilSeats {
  OrganisationHandle council;
  bool relevant = true;  ///< a relevant local authority of the police area
  int appointed = 0;
  int co_opted = 0;
};

/// One way to make the panel lawful, for the rule it answers.
struct CompositionRemedy {
  std::string rule;  ///< the rule's id
  std::string id;    ///< the remedy's id in the rules data
  std::string action;
  std::string source;
  std::string url;
};

struct PanelCompositionOptions {
  /// The panel meeting's id; empty: the register's only panel meeting (kind
  /// panel, led by a police and crime panel or named "... Police and Crime
  /// Panel").
  std::string panel;
  /// The relevant local authorities' ids; empty: found from the register.
  std::vector<std::string> councils;
  /// The number of co-opted members set by a resolution under paragraph 4(4);
  /// empty: none in force (two).
  std::optional<int> co_opted_resolution;
  /// Empty: BuiltinPanelCompositionRules().
  std::optional<PanelCompositionRules> rules;
  /// The day the panel is checked on, for members' terms of office: a member
  /// whose term has ended by then (or not begun) is not counted. Empty: every
  /// term counts.
  std::optional<absl::CivilDay> as_of;
};

struct PanelCompositionResult {
  MeetingHandle panel;
  std::string act;  ///< "Police Reform and Social Responsibility Act 2011, Schedule 6"
  std::string url;
  int relevant_authorities = 0;
  int relevant_number = 0;  ///< appointed members required (paragraph 4(2))
  int co_opted_required = 0;
  int appointed_members = 0;  ///< councillor members appointed by relevant councils
  int co_opted_councillors = 0;
  int independent_members = 0;
  int unclassified_members = 0;
  int total_members = 0;
  /// True when the members were counted from the panel's memberships rather
  /// than its participants.
  bool from_memberships = false;
  int substitutes = 0;        ///< substitute members on the panel, not counted
  int out_of_term = 0;        ///< members whose term does not cover as_of, not counted
  std::vector<CouncilSeats> councils;  ///< relevant councils first, in register order
  std::vector<CompositionRuleResult> rules;
  std::vector<CompositionRemedy> remedies;
  std::vector<std::string> notes;
  CompositionVerdict verdict = CompositionVerdict::kLawful;
  bool lawful() const { return verdict == CompositionVerdict::kLawful; }
};

/// NotFoundError for an unknown panel or council id; InvalidArgumentError when
/// no panel is given and the register has none or several, or for a
/// resolution below two.
absl::StatusOr<PanelCompositionResult> CheckPanelComposition(const Register& reg,
                                                             const PanelCompositionOptions& options = {});

/// A readable report for a terminal.
std::string FormatPanelComposition(const Register& reg, const PanelCompositionResult& result);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_PANEL_COMPOSITION_H_
