// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/what_if.h: apply a change set to a copy of a register and report
/// what it costs and saves.
///
/// A change set is data, kept with the paper that proposes it (JSON, see
/// docs/analyses.md):
///
/// ```
///   {"title": "Recommendation (b)",
///    "changes": [
///      {"action": "remove", "meeting": "community-safety-meeting"},
///      {"action": "merge", "meetings": ["a", "b"], "into": {"id": "ab", "name": "A and B"}},
///      {"action": "add", "meeting": { ...a meeting as in the register format... }},
///      {"action": "set_lead", "meeting": "lcjb", "lead": ["opcc"]},
///      {"action": "set_cadence", "meeting": "lcjb", "cadence": "Quarterly"}]}
/// ```
///
/// Errors name the item and field: `changes[2].meeting: unknown meeting "xyz"`.
///
/// WhatIf() reports, comparing the register before and after: topics that lose
/// their only forum, pairs of actors that lose their only shared meeting, areas
/// left without a local forum (a meeting that lists the area), statutory
/// meetings or statutory seats that disappear, and hours saved per
/// organisation. Removed meetings whose cadence is unknown save an unknown
/// number of hours: they are listed, never counted as zero.
///
/// ```
///   absl::StatusOr<ChangeSet> cs = LoadChangeSetJsonFile("changes.json");
///   absl::StatusOr<WhatIfResult> r = WhatIf(reg, *cs);
/// ```
#ifndef GOVGRAPH_ANALYSIS_WHAT_IF_H_
#define GOVGRAPH_ANALYSIS_WHAT_IF_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/register.h"

namespace govgraph {

enum class ChangeAction { kRemove, kMerge, kAdd, kSetLead, kSetCadence };
std::string_view Name(ChangeAction action);  ///< "remove", "merge", "add", "set_lead", "set_cadence"

struct MeetingChange {
  ChangeAction action = ChangeAction::kRemove;
  /// remove, set_lead, set_cadence: one meeting id; merge: two or more.
  std::vector<std::string> meetings;
  /// merge: the merged meeting's id and name (default: the first meeting's).
  std::string into_id;
  std::string into_name;
  /// add: the new meeting as a JSON object in the register format.
  std::string meeting_json;
  /// set_lead (and optionally merge): lead organisation ids; empty means no lead.
  std::vector<std::string> lead;
  bool has_lead = false;
  /// set_cadence (and optionally merge): the cadence as registers write it.
  std::string cadence;
  std::string reason;  ///< why, as the paper puts it
};

struct ChangeSet {
  std::string title;
  std::string source;
  std::vector<MeetingChange> changes;
};

absl::StatusOr<ChangeSet> ParseChangeSetJson(absl::string_view text);
/// Error messages start with the file's path.
absl::StatusOr<ChangeSet> LoadChangeSetJsonFile(const std::string& path);

/// The register with the changes applied in order. Meetings that reported to a
/// removed meeting report to its parent instead; those that reported to a
/// merged meeting report to the merged one. A merge keeps the union of the
/// participants (strongest participation, most seats), topics and areas, the
/// highest level, the most frequent known cadence (unless `cadence` is given),
/// the union of the leads (unless `lead` is given), and is statutory if any
/// part was.
absl::StatusOr<Register> ApplyChangeSet(const Register& reg, const ChangeSet& changes);

struct LostForum {  // a topic or area and the meetings that covered it before
  std::string id;
  std::string name;
  std::vector<std::string> former_meetings;  ///< ids
};

struct LostLink {  // two actors ("organisation:cps", "role:pcc-chair") and what they shared
  std::string a;
  std::string a_name;
  std::string b;
  std::string b_name;
  std::vector<std::string> former_meetings;
};

struct UnmetDuty {
  std::string meeting;  ///< the statutory meeting's id
  std::string meeting_name;
  std::string organisation;  ///< statutory member that lost its seat; empty when the meeting went
  std::string reason;
};

struct HoursSaved {
  std::string organisation;  ///< id
  std::string organisation_name;
  double before = 0;  ///< seat-hours a year, known cadences
  double after = 0;
  double saved = 0;   ///< before - after (negative: more hours)
  /// Meetings it attended or led that go and whose cadence is unknown.
  std::vector<std::string> unknown_removed;
};

struct WhatIfResult {
  std::string title;
  Register after;
  std::vector<std::string> removed;  ///< meeting ids gone (removed or merged away)
  std::vector<std::string> added;    ///< new ids (added or merge results)
  std::vector<std::string> changed;  ///< lead or cadence changed
  std::vector<std::string> reparented;  ///< meetings whose reports_to moved
  std::vector<LostForum> lost_topics;
  std::vector<LostLink> lost_links;
  std::vector<LostForum> lost_areas;
  std::vector<UnmetDuty> unmet_duties;
  std::vector<HoursSaved> hours;  ///< organisations whose hours change, most saved first
  double meeting_hours_before = 0, meeting_hours_after = 0, meeting_hours_saved = 0;
  double seat_hours_before = 0, seat_hours_after = 0, seat_hours_saved = 0;
  /// Removed meetings whose cadence is unknown: their hours saved are unknown.
  std::vector<std::string> unknown_cadence_removed;
  bool loses_nothing() const {
    return lost_topics.empty() && lost_links.empty() && lost_areas.empty() && unmet_duties.empty();
  }
};

absl::StatusOr<WhatIfResult> WhatIf(const Register& reg, const ChangeSet& changes);

/// A readable report of a what-if, for a terminal.
std::string FormatWhatIf(const WhatIfResult& result);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_WHAT_IF_H_
