// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/engagement_plan.h: who must hear about a change set, and how.
///
/// EngagementPlan() applies a change set (the what-if ChangeSet, see
/// what_if.h) and lists every organisation and role affected, grouped by
/// channel as in the Avon and Somerset paper's stakeholder engagement section:
///
/// ```
///   letter          from the PCC and the Chief Constable to the Leaders and
///                   Chief Executives of affected external organisations (and
///                   to external roles that belong to no organisation)
///   copy            the letter copied to chairs and managers of affected
///                   boards: statutory boards (LSCBs, LSABs, CSPs, HWBs) and
///                   the organisations in `cc_organisations` (e.g. YOTs), and
///                   the chairs of affected meetings
///   agenda_item     an item at each affected partnership meeting that goes on
///   internal        Chief Officers and departmental heads of the police force
///                   whose roles sit on affected meetings
///   force_executive an agenda item at the Force Executive (the meeting found
///                   by `force_executive_meeting`, an id or name)
///   intranet        a notice on the force intranet
///   opcc_briefing   the OPCC: a briefing by email
/// ```
///
/// A meeting is affected when the change set removes, merges, adds, re-leads,
/// re-schedules or re-parents it, and (with `include_absorbing_meetings`)
/// when it remains the forum for a topic of a meeting that goes: it takes
/// over that work. Everyone who attends, leads or chairs an affected meeting,
/// before or after, is affected.
///
/// ```
///   absl::StatusOr<ChangeSet> cs = LoadChangeSetJsonFile("changes.json");
///   absl::StatusOr<EngagementPlanResult> plan = EngagementPlan(reg, *cs);
///   for (const EngagementAction& a : plan->actions) ...
/// ```
#ifndef GOVGRAPH_ANALYSIS_ENGAGEMENT_PLAN_H_
#define GOVGRAPH_ANALYSIS_ENGAGEMENT_PLAN_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "govgraph/analysis/what_if.h"
#include "govgraph/register.h"

namespace govgraph {

enum class EngagementChannel {
  kLetter,
  kCopy,
  kAgendaItem,
  kInternal,
  kForceExecutive,
  kIntranet,
  kOpccBriefing,
};
/// "letter", "copy", "agenda_item", "internal", "force_executive", "intranet", "opcc_briefing"
std::string_view Name(EngagementChannel channel);

struct AffectedMeeting {
  std::string id;
  std::string name;
  std::string change;  ///< removed, merged, added, changed, reparented, absorbs
  std::string reason;  ///< the change's reason, or the topics it takes over
};

struct EngagementAction {
  EngagementChannel channel = EngagementChannel::kLetter;
  std::string key;        ///< "organisation:cps", "role:council-leader", "meeting:csps"; empty for intranet
  std::string name;       ///< who, or which meeting
  std::string recipient;  ///< "Leader and Chief Executive", "chair and manager", a role's name
  std::string from;       ///< "PCC and Chief Constable", ...
  std::vector<std::string> meetings;  ///< the affected meetings that bring them in (ids)
};

struct EngagementPlanOptions {
  bool include_absorbing_meetings = true;
  /// Organisations also copied in as "chairs and managers of affected boards",
  /// besides those of kind statutory_board.
  std::vector<std::string> cc_organisations;
  /// The meeting that takes the internal agenda item; empty: the meeting whose
  /// name contains "Force Executive", if any.
  std::string force_executive_meeting;
};

struct EngagementPlanResult {
  std::string title;
  std::vector<AffectedMeeting> meetings;
  std::vector<EngagementAction> actions;  ///< in channel order, then by name
  std::vector<std::string> organisations;  ///< every affected organisation id, register order
  std::vector<std::string> roles;          ///< every affected role id, register order
  int count(EngagementChannel channel) const {
    int n = 0;
    for (const EngagementAction& a : actions) n += a.channel == channel;
    return n;
  }
};

/// InvalidArgumentError for a bad change set (as WhatIf) or unknown ids in the options.
absl::StatusOr<EngagementPlanResult> EngagementPlan(const Register& reg, const ChangeSet& changes,
                                                    const EngagementPlanOptions& options = {});

/// A readable plan for a terminal.
std::string FormatEngagementPlan(const EngagementPlanResult& plan);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_ENGAGEMENT_PLAN_H_
