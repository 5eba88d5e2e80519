// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// calendar/schedule.h: a register's meetings as dated occurrences over a period.
///
/// Each meeting is expanded over the period (a calendar year by default):
///
/// ```
///   1. the sittings its cycle plan lists, as planned (even on a non-working
///      day: the cycle check reports those);
///   2. the sittings its plan's rule generates (cycle_plan.h: "second Tuesday
///      of the month; not in August", "in the fortnight after quarterly report
///      publication");
///   3. with no plan entry, or a plan entry with a rule but no generator, its
///      cadence stepped from its anchor (default: the first day of the period):
///      every 12/n months when that is whole (monthly, quarterly, ...), every
///      52/n weeks when that is whole (weekly, fortnightly, four-weekly), else
///      every 365.25/n days (five times a year: 73 days).
/// ```
///
/// Generated dates are working days only: a nominal date that is a weekend or
/// bank holiday moves to the next working day (and records `moved_from`).
/// Meetings held separately in each area (`per_area`) get one series per area.
/// Meetings whose cadence is unknown or ad hoc, with no planned sittings, are
/// listed in `unscheduled`, never guessed.
///
/// ```
///   absl::StatusOr<Schedule> s = ExpandSchedule(reg, plan, {.year = 2018});
///   for (const Occurrence& o : s->occurrences) ...
/// ```
#ifndef GOVGRAPH_CALENDAR_SCHEDULE_H_
#define GOVGRAPH_CALENDAR_SCHEDULE_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "govgraph/calendar/bank_holidays.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/model.h"
#include "govgraph/occurrence.h"
#include "govgraph/register.h"

namespace govgraph {

struct ScheduleOptions {
  /// The period, inclusive. Default: 1 January to 31 December of `year`, which
  /// defaults to the plan's year.
  std::optional<int> year;
  std::optional<absl::CivilDay> start;
  std::optional<absl::CivilDay> end;
  /// Default: the plan's region, else England and Wales.
  std::optional<BankHolidayRegion> region;
  /// One-off holidays, added to the plan's.
  std::vector<BankHoliday> extra_holidays;
  /// Leave out meetings marked to be removed.
  bool exclude_to_be_removed = false;
};

struct PublicationDate {
  std::string publication;  ///< id
  std::optional<absl::CivilDay> period_end;  ///< empty for listed dates
  absl::CivilDay date;
};

struct UnscheduledMeeting {
  MeetingHandle meeting;
  std::string reason;  ///< "cadence unknown (TBC)", "ad hoc"
};

/// Over a whole year: the sittings a planned meeting has against what its
/// cadence in the register implies.
struct SittingCount {
  MeetingHandle meeting;
  int sittings = 0;
  double implied = 0;
};

struct Schedule {
  absl::CivilDay start;
  absl::CivilDay end;
  BankHolidayRegion region = BankHolidayRegion::kEnglandAndWales;
  std::vector<BankHoliday> extra_holidays;
  std::vector<Occurrence> occurrences;       ///< by date, then meeting
  std::vector<PublicationDate> publications; ///< from a year before the start to the end, by date
  std::vector<UnscheduledMeeting> unscheduled;
  /// For a whole-year schedule, each meeting the plan schedules whose cadence
  /// is known (a count differing by one or more is also a note).
  std::vector<SittingCount> sitting_counts;
  /// Rule occurrences that found no suitable day ("no Thursday outside August
  /// in the 28 days after 2018-08-13"), one line each.
  std::vector<std::string> notes;

  HolidayCalendar calendar() const { return HolidayCalendar(region, extra_holidays); }
};

/// Expands every meeting of the register. Fails with InvalidArgumentError when
/// the plan names a meeting or publication the register or plan does not
/// have ("plan meetings[2]: unknown meeting \"x\""), a rule needs an anchor
/// it lacks, or the period is empty or unset.
/// The note for a count that differs from the cadence by one or more:
/// "meeting "dorset-pcp": 4 sittings in the period; the register's cadence
/// (5 a year) implies 5".
std::string SittingCountNote(const Register& reg, const SittingCount& count);

absl::StatusOr<Schedule> ExpandSchedule(const Register& reg, const CyclePlan& plan,
                                        const ScheduleOptions& options = {});
/// Without a plan: every meeting from its cadence.
absl::StatusOr<Schedule> ExpandSchedule(const Register& reg, const ScheduleOptions& options = {});

/// A schedule refers to its register's meetings and areas by handle: OK when
/// every one is in `reg`, else InvalidArgumentError "the schedule was not
/// made from this register". What reads a schedule with a register checks it.
absl::Status CheckScheduleFits(const Register& reg, const Schedule& schedule);

/// The nominal dates of a cadence of `per_year` sittings stepped from `anchor`
/// (forwards and backwards) that fall in [start, end], before any move to a
/// working day. InvalidArgumentError when per_year is not positive.
absl::StatusOr<std::vector<absl::CivilDay>> CadenceDates(double per_year, absl::CivilDay anchor,
                                                         absl::CivilDay start, absl::CivilDay end);

/// The publication dates of `pub` whose dates fall in [start, end].
std::vector<PublicationDate> PublicationDates(const Publication& pub, const HolidayCalendar& calendar,
                                              absl::CivilDay start, absl::CivilDay end);

}  // namespace govgraph

#endif  // GOVGRAPH_CALENDAR_SCHEDULE_H_
