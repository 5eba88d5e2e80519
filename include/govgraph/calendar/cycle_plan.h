// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// calendar/cycle_plan.h: a meeting cycle plan — the dates, scheduling rules,
/// publications and statutory timetables that turn a register's cadences into
/// a calendar.
///
/// A register says how often a meeting meets ("five times a year"); a cycle
/// plan says when. It is kept apart from the register, as its own JSON file
/// (documented in docs/meeting-cycle.md), and refers to meetings by id:
///
/// ```
///   {"cycle_plan_version": 1, "year": 2018, "region": "england-and-wales",
///    "publications": [{"id": "quarterly-report", "name": "Quarterly performance report",
///                      "frequency": "quarterly", "lag_weeks": 6}],
///    "meetings": [{"meeting": "dorset-pcp", "time": "10:00",
///                  "sittings": [{"date": "2018-02-01", "step": "precept:review"}],
///                  "rule": "in the four weeks after quarterly report publication; on a Thursday; not in August"}],
///    "statutory": [{"timetable": "precept", "meeting": "dorset-pcp"}]}
/// ```
///
/// ```
///   absl::StatusOr<CyclePlan> plan = LoadCyclePlanJsonFile("cycle.json");
///   // errors name the file and JSON path: "cycle.json: meetings[1].rule: cannot read ..."
/// ```
///
/// Scheduling rules are short English clauses separated by ";" — see
/// ParseScheduleRule. Statutory timetables are data (StatutoryTimetable); the
/// precept timetable is built in (PreceptTimetable()).
#ifndef GOVGRAPH_CALENDAR_CYCLE_PLAN_H_
#define GOVGRAPH_CALENDAR_CYCLE_PLAN_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/calendar/bank_holidays.h"

namespace govgraph {

// ---------------------------------------------------------------------------
// Scheduling rules.

/// A parsed scheduling rule. Clauses, separated by ";", case-insensitive:
///
/// ```
///   generators (at most one):
///     "second Tuesday of the month" (first..fifth, 1st..5th, last; "of each month")
///     "every Tuesday"                      weekly
///     "every 3 weeks" / "every 2 months"   from the anchor (or "from" date)
///     "in the fortnight after quarterly report publication"
///     "in the week / month / 10 days / 3 weeks after <publication>"
///     "within 3 weeks after <publication> publication"
///   filters:
///     "not in August" / "not in July or August" / "except in August and December"
///     "in March, June, September and December" / "only in ..."
///     "on a Thursday" / "on Thursdays" / "on Tuesday or Thursday"
///     "from 2018-04-01", "until 2019-03-31"
/// ```
///
/// With no generator the meeting's cadence is stepped from its anchor. A
/// publication is named by its id or name (hyphens read as spaces; a trailing
/// "publication" or "published" and a leading "the" are ignored).
struct ScheduleRule {
  enum class Generator {
    kCadence,           ///< the register's cadence, stepped from the anchor
    kNthWeekday,        ///< the n-th weekday of each month
    kEveryWeekday,      ///< each week on one weekday
    kEveryWeeks,        ///< every n weeks from the anchor
    kEveryMonths,       ///< every n months from the anchor
    kAfterPublication,  ///< the first suitable working day after each publication
  };
  std::string text;
  Generator generator = Generator::kCadence;
  int ordinal = 0;                 ///< kNthWeekday: 1..5, or -1 for "last"
  int every = 0;                   ///< kEveryWeeks / kEveryMonths: n
  std::vector<absl::Weekday> weekdays;  ///< kNthWeekday, kEveryWeekday: one; a filter otherwise
  std::string publication;         ///< kAfterPublication: as written, normalised
  int window_days = 0;             ///< kAfterPublication: days after publication (1..window)
  unsigned months = 0;             ///< bit m-1 set: only in month m (0: any month)
  unsigned excluded_months = 0;    ///< bit m-1 set: not in month m
  std::optional<absl::CivilDay> from;
  std::optional<absl::CivilDay> until;

  bool AllowsMonth(int month) const {
    const unsigned bit = 1u << (month - 1);
    return (months == 0 || (months & bit) != 0) && (excluded_months & bit) == 0;
  }
  bool AllowsWeekday(absl::Weekday w) const;
};

/// Reads a rule. InvalidArgumentError quotes the clause that could not be read
/// and the whole rule: cannot read "fourthly Tuesday" in rule "...": expected ...
absl::StatusOr<ScheduleRule> ParseScheduleRule(absl::string_view text);

// ---------------------------------------------------------------------------
// Publications.

/// A periodic report that meetings scrutinise: quarterly performance reports
/// published some weeks after the quarter ends. Publication dates are each
/// period's last day plus the lag, moved to the next working day; or listed.
struct Publication {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  int periods_per_year = 4;  ///< 1, 2, 3, 4, 6 or 12
  int year_end_month = 3;    ///< a period ends at the end of this month (March: financial year)
  int lag_days = 0;          ///< from the end of the period to publication
  std::vector<absl::CivilDay> dates;  ///< explicit dates; when set, used instead
  /// A sitting scrutinising the report should fall within this many days after
  /// publication (inclusive of the last).
  int scrutiny_within_days = 28;
};

// ---------------------------------------------------------------------------
// Statutory timetables.

/// One step of a statutory timetable: "the panel reviews the proposed precept
/// and reports by 8 February".
struct StatutoryStep {
  std::string id;           ///< "review"
  std::string description;  ///< "the panel reviews the proposed precept and reports"
  int deadline_month = 1;   ///< the step is due by this day (inclusive)
  int deadline_day = 1;
  std::string after;        ///< the step that must come first (same timetable), if any
  bool meeting = false;     ///< done at a sitting of the planned meeting
  bool contingent = false;  ///< only needed in some years (after a veto)
};

/// A statutory timetable, e.g. the precept: deadlines fall in the calendar
/// year being planned. `opens` is the earliest a first meeting step can be
/// held when no earlier step is dated in the plan.
struct StatutoryTimetable {
  std::string id;  ///< "precept"
  std::string name;
  std::string basis;  ///< the legislation
  int opens_month = 1;
  int opens_day = 1;
  std::vector<StatutoryStep> steps;
  const StatutoryStep* Step(absl::string_view step_id) const;
};

/// The police precept timetable (Police Reform and Social Responsibility Act
/// 2011, Schedule 5; Police and Crime Panels (Precepts and Chief Constable
/// Appointments) Regulations 2012): the PCC notifies the panel of the proposed
/// precept by 1 February ("notify"); the panel reviews it and reports by 8
/// February ("review", a panel meeting); after a veto the PCC gives a revised
/// precept by 15 February ("revise") and the panel reports on it by 22
/// February ("respond", a panel meeting, contingent); the PCC issues the
/// precept by 1 March ("issue"). The window for the review opens on 1 January
/// unless the plan dates the notification (a planning assumption: the proposal
/// follows the December police grant settlement).
StatutoryTimetable PreceptTimetable();

// ---------------------------------------------------------------------------
// The plan.

/// One planned sitting of a meeting.
struct PlannedSitting {
  absl::CivilDay date;
  std::optional<int> start_minutes;  ///< local time (Europe/London), minutes after midnight
  std::string label;                 ///< "Precept and budget"
  std::string step;                  ///< statutory step it performs: "precept:review"
  std::string scrutinises;           ///< publication id
  std::string note;
};

/// The plan for one meeting of the register.
struct MeetingPlan {
  std::string meeting;               ///< meeting id in the register
  std::vector<PlannedSitting> sittings;
  std::optional<ScheduleRule> rule;  ///< generates further sittings
  std::optional<absl::CivilDay> anchor;  ///< phase of cadence/every-n series
  std::optional<int> start_minutes;  ///< default start time of its sittings
  std::string scrutinises;           ///< publication scrutinised at every sitting
  std::optional<int> scrutiny_within_days;  ///< overrides the publication's
  std::string note;
};

/// Which meeting follows which statutory timetable, and the dates of the steps
/// done elsewhere (by the PCC), when known.
struct StatutoryAssignment {
  std::string timetable;  ///< "precept"
  std::string meeting;    ///< meeting id
  std::optional<int> year;  ///< deadlines fall in this year; default: the period's
  std::map<std::string, absl::CivilDay> step_dates;  ///< e.g. {"notify": 2018-01-19}
};

struct CyclePlan {
  std::string title;
  std::string description;
  std::optional<int> year;
  std::optional<BankHolidayRegion> region;
  std::vector<BankHoliday> extra_holidays;
  std::vector<Publication> publications;
  std::vector<MeetingPlan> meetings;
  std::vector<StatutoryAssignment> statutory;
  /// Timetables beyond the built-in precept; one with id "precept" replaces it.
  std::vector<StatutoryTimetable> timetables;

  const MeetingPlan* ForMeeting(absl::string_view meeting_id) const;
  /// By id, name or alias, compared as rules write them.
  const Publication* FindPublication(absl::string_view name) const;
  /// The timetable with this id: the plan's own, else the built-in one.
  std::optional<StatutoryTimetable> Timetable(absl::string_view id) const;
};

/// The version of the plan format this library reads.
inline constexpr int kCyclePlanVersion = 1;

/// Parses a plan. Strict like the register loader: unknown members, wrong
/// types, bad dates, unreadable rules and unknown publications or timetable
/// steps are InvalidArgumentError naming the JSON path
/// ("meetings[0].sittings[2].date: expected a date as YYYY-MM-DD, found ...").
absl::StatusOr<CyclePlan> ParseCyclePlanJson(absl::string_view text);
/// Reads and parses a file; messages start with its path.
absl::StatusOr<CyclePlan> LoadCyclePlanJsonFile(const std::string& path);

/// "HH:MM" to minutes after midnight; InvalidArgumentError otherwise.
absl::StatusOr<int> ParseTimeOfDay(absl::string_view text);

}  // namespace govgraph

#endif  // GOVGRAPH_CALENDAR_CYCLE_PLAN_H_
