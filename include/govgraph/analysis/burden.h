// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/burden.h: the hours a year a register asks of each organisation,
/// role and meeting.
///
/// For every meeting: sittings a year (Register::SittingsPerYear: cadence,
/// times areas for a meeting held in each area) x hours per sitting
/// (Register::DurationHours, plus optional preparation) x seats. Each
/// participant's seats are charged to its organisation (Register::OrganisationOf)
/// and to its role (the party's role, or its person's first role).
///
/// A meeting whose cadence is unknown is never counted as zero: it is listed in
/// `unknown_cadence`, and every organisation and role that attends it carries
/// it in its own `unknown_cadence`, so "12 hours a year plus 2 meetings of
/// unknown frequency" is what the result says.
///
/// ```
///   BurdenOptions options;
///   options.preparation_hours_per_sitting = 1;         // an hour's reading per seat
///   options.hourly_cost_by_role["pcc"] = 60;            // pounds an hour
///   absl::StatusOr<BurdenResult> b = Burden(reg, options);
///   for (const OrganisationBurden& o : b->organisations) ...   // once b.ok()
/// ```
#ifndef GOVGRAPH_ANALYSIS_BURDEN_H_
#define GOVGRAPH_ANALYSIS_BURDEN_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

struct BurdenOptions {
  /// Preparation (reading, briefing, travel) per seat per sitting, in hours,
  /// added to the sitting's duration for people-time. Zero by default.
  double preparation_hours_per_sitting = 0;
  /// Per-role preparation, by role id; overrides the figure above for seats of
  /// that role.
  std::map<std::string, double> preparation_hours_by_role;
  /// Cost of an hour of a seat, by role id (any currency). Seats with no rate
  /// use `default_hourly_cost` when set; otherwise their hours are uncosted and
  /// reported in `uncosted_seat_hours`.
  std::map<std::string, double> hourly_cost_by_role;
  std::optional<double> default_hourly_cost;
  /// Leave out meetings marked to be removed (to see the burden after them).
  bool exclude_to_be_removed = false;
  /// How many meetings and roles `costliest_meetings` and `most_stretched_roles` keep.
  int top = 5;
};

struct MeetingBurden {
  MeetingHandle meeting;
  std::optional<double> sittings_per_year;  ///< empty: cadence unknown
  double duration_hours = 0;                ///< stated, or the register default
  bool default_duration = false;            ///< the register default was used
  int seats = 0;
  std::optional<double> meeting_hours;      ///< sittings x duration
  std::optional<double> seat_hours;         ///< sittings x (duration + preparation) x seats
  std::optional<double> cost;               ///< costed part of seat_hours
};

struct OrganisationBurden {
  OrganisationHandle organisation;
  double seat_hours = 0;  ///< over meetings with a known cadence
  double cost = 0;
  int meetings = 0;       ///< meetings attended (known cadence or not)
  std::vector<MeetingHandle> unknown_cadence;  ///< attended, frequency unknown
};

struct RoleBurden {
  RoleHandle role;
  double seat_hours = 0;
  double cost = 0;
  int meetings = 0;
  std::vector<MeetingHandle> unknown_cadence;
};

/// A share of the total by level or by lead.
struct BurdenShare {
  std::string label;  ///< "strategic"; "OPCC", "joint: OPCC + Constabulary", "no lead"
  int meetings = 0;
  double meeting_hours = 0;
  double seat_hours = 0;
  double share = 0;   ///< of total seat_hours, 0..1
  int unknown_cadence = 0;  ///< meetings in this group left out
};

struct BurdenResult {
  std::vector<MeetingBurden> meetings;            ///< register order (less excluded)
  std::vector<OrganisationBurden> organisations;  ///< most seat-hours first; attending ones only
  std::vector<RoleBurden> roles;                  ///< most seat-hours first; attending ones only
  std::vector<BurdenShare> by_level;              ///< in Level order, non-empty only
  std::vector<BurdenShare> by_lead;               ///< most seat-hours first; "no lead" last
  std::vector<MeetingHandle> costliest_meetings;  ///< by seat-hours, known cadence only
  std::vector<RoleHandle> most_stretched_roles;   ///< by seat-hours
  double meeting_hours = 0;   ///< totals over meetings with a known cadence
  double seat_hours = 0;
  double cost = 0;
  double uncosted_seat_hours = 0;  ///< seat-hours with no hourly rate
  std::vector<MeetingHandle> unknown_cadence;   ///< left out of every total
  std::vector<MeetingHandle> default_duration;  ///< used RegisterDefaults
};

/// Checks options against the register: role ids that are not in it, and
/// negative or non-finite hours and rates, named as
/// `hourly_cost_by_role["xyz"]: unknown role "xyz"`.
absl::Status CheckBurdenOptions(const Register& reg, const BurdenOptions& options);

/// The burden, once CheckBurdenOptions() has accepted the options: an unknown
/// role id or a negative or non-finite figure is InvalidArgumentError naming it.
absl::StatusOr<BurdenResult> Burden(const Register& reg, const BurdenOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_BURDEN_H_
