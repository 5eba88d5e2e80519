// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// summary.h: the register at a glance.
///
/// Counts of each kind of entity, meetings by status, level and lead, and the
/// hours a year the register implies: sittings (cadence, times areas for
/// meetings held in each area) x duration, and x seats for the people-time.
/// Meetings whose cadence is unknown are listed and left out of the totals,
/// never counted as zero; meetings with no stated duration use the register's
/// default and are listed too.
///
/// ```
///   SummaryResult s = Summarise(reg);
///   std::cout << FormatSummary(reg, s);
/// ```
#ifndef GOVGRAPH_SUMMARY_H_
#define GOVGRAPH_SUMMARY_H_

#include <string>
#include <vector>

#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

/// Meetings led by one organisation, or jointly by the same set.
struct LeadTally {
  std::vector<OrganisationHandle> organisations;  ///< empty: no lead
  std::string label;                              ///< "OPCC", "joint: OPCC + Constabulary", "no lead"
  int meetings = 0;
};

struct NamedCount {
  std::string name;
  int count = 0;
  friend bool operator==(const NamedCount&, const NamedCount&) = default;
};

struct SummaryResult {
  std::string title;
  int meetings = 0;
  int organisations = 0;
  int roles = 0;
  int people = 0;
  int areas = 0;
  int topics = 0;
  int initiatives = 0;
  int components = 0;  ///< connected parts of the partnership network

  std::vector<NamedCount> meetings_by_status;  ///< in enum order, non-zero only
  std::vector<NamedCount> meetings_by_level;
  std::vector<NamedCount> meetings_by_kind;
  std::vector<LeadTally> leads;  ///< most meetings first; "no lead" last

  /// Totals over meetings whose cadence is known.
  double sittings_per_year = 0;
  double meeting_hours_per_year = 0;  ///< sittings x duration
  double seat_hours_per_year = 0;     ///< sittings x duration x seats
  /// Of those totals, the part from meetings marked to be removed.
  double to_be_removed_meeting_hours_per_year = 0;
  double to_be_removed_seat_hours_per_year = 0;

  std::vector<MeetingHandle> unknown_cadence;   ///< left out of the totals
  std::vector<MeetingHandle> default_duration;  ///< used RegisterDefaults
};
/// The name it had before the naming table (docs/architecture.md).
using RegisterSummary [[deprecated("use SummaryResult")]] = SummaryResult;

SummaryResult Summarise(const Register& reg);

/// A readable multi-line summary for a terminal or a log.
std::string FormatSummary(const Register& reg, const SummaryResult& summary);

}  // namespace govgraph

#endif  // GOVGRAPH_SUMMARY_H_
