// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// calendar/cycle_check.h: checks a meeting cycle — clashes, load, statutory
/// windows and the alignment of scrutiny with report publication.
///
/// ```
///   - Clashes: two meetings on the same day that share a participant
///     organisation or role (participants and chairs, as
///     Register::OrganisationOf reads them; a person counts for their roles).
///     Estimated dates (a cadence with no anchor) are not checked: a note
///     counts the same-day pairs left out.
///   - Load: meeting hours per role per month, and each role's busiest weeks
///     (Monday to Sunday).
///   - Statutory windows: for each timetable the plan assigns to a meeting (the
///     precept, cycle_plan.h), each meeting step must have a sitting tagged with
///     it ("precept:review") on or before its deadline and on or after the step
///     it follows (a dated PCC step, or an earlier sitting); a contingent step
///     (the veto response) with no sitting is a note, not a problem.
///   - Alignment: a sitting that scrutinises a publication must fall on or
///     after a publication date and within the publication's scrutiny window
///     (28 days unless the plan says otherwise).
///   - Coverage, from the reports' side: each report published in the period
///     is scrutinised by exactly one sitting of each meeting that scrutinises
///     that publication, within the window (a quarterly sitting moved to just
///     after the next report leaves a report unscrutinised; two sittings
///     scrutinising one report are a problem too). A report whose window runs
///     past the period is a note when no sitting falls in the period.
///   - Over a whole year, a planned meeting with fewer sittings than its
///     cadence in the register implies (a sitting the plan lacks); a meeting
///     of ten or more sittings a year may miss one (monthly but for August).
///   - Planned sittings on a weekend or bank holiday.
/// ```
///
/// ```
///   absl::StatusOr<CycleCheckResult> c = CheckCycle(reg, plan, schedule);
///   if (!c.ok()) std::cout << FormatCycleCheck(reg, c);
/// ```
#ifndef GOVGRAPH_CALENDAR_CYCLE_CHECK_H_
#define GOVGRAPH_CALENDAR_CYCLE_CHECK_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/calendar/schedule.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

struct CycleCheckOptions {
  int busiest_weeks_per_role = 3;
};

enum class CycleFindingKind {
  kClash,
  kStatutoryWindow,
  kMisaligned,
  kNonWorkingDay,
  kUnscrutinised,     ///< a report no sitting scrutinises within its window
  kScrutinisedTwice,  ///< a report two or more sittings of one meeting scrutinise
  kTooFewSittings,    ///< over a year, fewer sittings than the meeting's cadence implies
};
/// "clash", "statutory_window", "misaligned", "non_working_day", "unscrutinised", "scrutinised_twice",
/// "too_few_sittings"
std::string_view Name(CycleFindingKind kind);

/// One problem (or note) with the cycle, with the place it concerns.
struct CycleFinding {
  CycleFindingKind kind = CycleFindingKind::kClash;
  MeetingHandle meeting;
  std::optional<absl::CivilDay> date;
  std::string rule;     ///< "precept:review", the publication id, ...
  std::string message;  ///< a readable sentence naming the meeting and dates
};

struct Clash {
  absl::CivilDay date;
  MeetingHandle first;
  MeetingHandle second;
  std::vector<OrganisationHandle> organisations;  ///< shared
  std::vector<RoleHandle> roles;                  ///< shared
};

struct RoleMonthLoad {
  RoleHandle role;
  int year = 0;
  int month = 0;
  int sittings = 0;
  double hours = 0;
};

struct RoleWeekLoad {
  RoleHandle role;
  absl::CivilDay week_start;  ///< a Monday
  int sittings = 0;
  double hours = 0;
};

/// One step of a statutory timetable as planned.
struct StatutoryCheck {
  std::string timetable;
  std::string step;
  std::string description;
  MeetingHandle meeting;
  std::optional<absl::CivilDay> earliest;  ///< when known
  absl::CivilDay deadline;
  std::optional<absl::CivilDay> planned;   ///< the sitting or dated step
  bool meeting_step = false;
  bool contingent = false;
  bool ok = false;
};

/// One scrutiny sitting against the publication it scrutinises.
struct AlignmentCheck {
  MeetingHandle meeting;
  absl::CivilDay date;
  std::string publication;
  std::optional<absl::CivilDay> published;  ///< the latest publication on or before the sitting
  std::optional<absl::CivilDay> next_published;  ///< the next one after it
  int within_days = 0;
  bool ok = false;
};

/// One report against the sittings of one meeting that scrutinise it.
struct CoverageCheck {
  MeetingHandle meeting;
  std::string publication;
  absl::CivilDay published;
  int within_days = 0;
  std::vector<absl::CivilDay> sittings;  ///< within the window, before the next report
  bool ok = false;
};

struct CycleCheckResult {
  /// In the order: statutory, alignment, coverage, clashes, non-working days,
  /// sitting counts.
  std::vector<CycleFinding> problems;
  /// Worth knowing, not failures: a contingent step with no sitting, the
  /// schedule's notes, meetings left unscheduled.
  std::vector<std::string> notes;
  std::vector<Clash> clashes;
  std::vector<StatutoryCheck> statutory;
  std::vector<AlignmentCheck> alignment;
  std::vector<CoverageCheck> coverage;
  std::vector<RoleMonthLoad> load;          ///< by role, then month
  std::vector<RoleWeekLoad> busiest_weeks;  ///< per role, most hours first
  bool ok() const { return problems.empty(); }
};
/// The name it had before the naming table (docs/architecture.md).
using CycleCheck [[deprecated("use CycleCheckResult")]] = CycleCheckResult;

/// InvalidArgumentError for a negative busiest_weeks_per_role.
absl::Status ValidateCycleCheckOptions(const CycleCheckOptions& options);

/// Checks a schedule made by ExpandSchedule(reg, plan, ...). The plan gives
/// the statutory assignments and publications. InvalidArgumentError when
/// ValidateCycleCheckOptions() refuses the options or the schedule names a
/// meeting or area the register does not have (it was made from another).
absl::StatusOr<CycleCheckResult> CheckCycle(const Register& reg, const CyclePlan& plan, const Schedule& schedule,
                                      const CycleCheckOptions& options = {});

/// A readable report: problems, notes, the statutory timetable, alignment,
/// and the busiest weeks.
std::string FormatCycleCheck(const Register& reg, const CycleCheckResult& check);

}  // namespace govgraph

#endif  // GOVGRAPH_CALENDAR_CYCLE_CHECK_H_
