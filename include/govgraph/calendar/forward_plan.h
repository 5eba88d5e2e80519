// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// calendar/forward_plan.h: a panel's forward plan — the agenda items of each
/// sitting of its meeting cycle — and the checks on it.
///
/// A cycle plan (cycle_plan.h) says when a panel sits; a forward plan says
/// what it takes at each sitting: thematic items on the pillars of the Police
/// and Crime Plan, standing items (the quarterly performance report) and
/// statutory ones (the precept, the commissioner's annual report), each with
/// its key lines of enquiry (KLOEs), pre-meeting and lead member. It is kept as
/// its own JSON file (documented in docs/panel.md), and names sittings by
/// meeting id and date, as the cycle plan dates them:
///
/// ```
///   {"forward_plan_version": 1, "title": "Dorset PCP forward plan 2018/19", "year": 2018,
///    "pillars": [{"id": "protecting-people", "name": "Protecting people at risk of harm",
///                 "lead": "Cllr Ann Example (made up)"}],
///    "sittings": [{"meeting": "dorset-pcp", "date": "2018-03-08",
///                  "items": [{"title": "Protecting people at risk of harm", "kind": "thematic",
///                             "pillars": ["protecting-people"], "lead": "Cllr Ann Example (made up)",
///                             "kloes": ["How is the PCC assured that ...?"],
///                             "pre_meeting": {"date": "2018-03-01"}},
///                            {"title": "Quarterly performance report", "kind": "standing",
///                             "scrutinises": "quarterly-performance-report"}]}]}
/// ```
///
/// The reader is strict: a key given twice, an unknown field, a date that is
/// not YYYY-MM-DD, a sitting listed twice or an item naming a pillar the plan
/// does not list is InvalidArgumentError naming the JSON path
/// (`sittings[1].items[0].pillars[0]: no pillar "protecting" in the plan; did
/// you mean "protecting-people"?`).
///
/// CheckForwardPlan() checks the plan against the register and cycle plan:
///
/// ```
///   problems:
///     - a pillar no agenda item scrutinises in the year;
///     - more than `max_thematic_per_sitting` thematic items at one sitting;
///     - a pillar whose thematic items fall at two or more sittings, all in
///       one half of the year (`spread_over_halves`);
///     - a thematic item with no key line of enquiry;
///     - a pre-meeting dated on or after its sitting;
///     - agenda items at a sitting the cycle plan lacks (no sitting of that
///       meeting on that date, or one outside the year);
///     - a report that agenda items scrutinise at no sitting, or at more than
///       one, within its window (the cycle check's coverage rule, applied to
///       the sittings whose items scrutinise the report).
///   notes:
///     - a thematic item with no pre-meeting (the improvement plan says they
///       "should" be held);
///     - an item on a pillar whose lead member is not that pillar's lead;
///     - a report due for scrutiny after the year.
/// ```
///
/// ```
///   absl::StatusOr<ForwardPlan> fp = LoadForwardPlanJsonFile("forward-plan.json");
///   absl::StatusOr<ForwardPlanCheckResult> c = CheckForwardPlan(reg, cycle, *fp, {.max_thematic_per_sitting = 2});
///   if (!c->ok()) std::cout << FormatForwardPlanCheck(*c);
/// ```
#ifndef GOVGRAPH_CALENDAR_FORWARD_PLAN_H_
#define GOVGRAPH_CALENDAR_FORWARD_PLAN_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/calendar/cycle_check.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/register.h"

namespace govgraph {

/// What an agenda item is.
enum class AgendaItemKind {
  kThematic,   ///< a theme or pillar examined in depth: needs KLOEs and a pre-meeting
  kStanding,   ///< at every sitting of its kind: the quarterly performance report
  kStatutory,  ///< the law requires it: the precept, the annual report, a confirmation hearing
  kOther,      ///< the panel's own business and one-off items
};
/// "thematic", "standing", "statutory", "other"
std::string_view Name(AgendaItemKind kind);

/// A pillar (theme) of the Police and Crime Plan, and the member who leads
/// the panel's oversight of it.
struct ForwardPlanPillar {
  std::string id;
  std::string name;
  std::string lead;  ///< the pillar lead; empty when none is appointed
  std::string note;
};

/// A meeting of members before the sitting to agree the lines of enquiry.
struct PreMeeting {
  std::optional<absl::CivilDay> date;  ///< empty: held, date not yet set
  std::string note;
};

struct AgendaItem {
  std::string title;
  AgendaItemKind kind = AgendaItemKind::kOther;
  std::string theme;
  std::vector<std::string> pillars;  ///< pillar ids of the plan
  std::vector<std::string> kloes;    ///< key lines of enquiry: the questions the item answers
  std::optional<PreMeeting> pre_meeting;  ///< set when one is held
  std::string lead;         ///< the lead member, if any
  std::string scrutinises;  ///< a publication id of the cycle plan, if any
  bool illustrative = false;  ///< not from the source papers: an illustration
  std::string source;         ///< where in the papers the item comes from
  std::string note;
};

/// One sitting's agenda: a sitting of the cycle plan, named by meeting and date.
struct ForwardPlanSitting {
  std::string meeting;  ///< meeting id in the register
  absl::CivilDay date;
  std::vector<AgendaItem> items;
  std::string note;
};

struct ForwardPlan {
  std::string title;
  std::string source;
  std::string note;
  std::optional<int> year;       ///< the cycle plan's year, when given
  std::string pillars_source;    ///< where the pillars come from (the Police and Crime Plan)
  std::vector<ForwardPlanPillar> pillars;
  std::vector<ForwardPlanSitting> sittings;  ///< in the file's order

  const ForwardPlanPillar* FindPillar(absl::string_view id) const;
};

/// The version of the forward plan format this library reads.
inline constexpr int kForwardPlanVersion = 1;

/// Reads a forward plan; InvalidArgumentError naming the JSON path of every
/// problem found.
absl::StatusOr<ForwardPlan> ParseForwardPlanJson(absl::string_view text);
/// As ParseForwardPlanJson; error messages start with the file's path.
absl::StatusOr<ForwardPlan> LoadForwardPlanJsonFile(const std::string& path);

struct ForwardPlanOptions {
  /// The year checked; default: the forward plan's, else the cycle plan's.
  std::optional<int> year;
  /// More thematic items than this at one sitting is a problem: the panel
  /// "focusing on less, but working more thoroughly". At least 1.
  int max_thematic_per_sitting = 2;
  /// A pillar whose thematic items fall at two or more sittings must have one
  /// in each half of the year (the second half begins six months after the
  /// year starts: 1 July). A pillar with one thematic item is not judged.
  bool spread_over_halves = true;
};

enum class ForwardPlanFindingKind {
  kPillarNotScrutinised,   ///< no item scrutinises the pillar in the year
  kTooManyThematic,        ///< more than the allowed thematic items at one sitting
  kPillarInOneHalf,        ///< a pillar's thematic items all in one half of the year
  kNoKloe,                 ///< a thematic item with no key line of enquiry
  kNoPreMeeting,           ///< a thematic item with no pre-meeting (a note)
  kPreMeetingNotBefore,    ///< a pre-meeting dated on or after its sitting
  kLeadNotPillarLead,      ///< an item's lead is not its pillar's lead (a note)
  kNoSuchSitting,          ///< items at a sitting the cycle plan lacks
  kReportUnscrutinised,    ///< a report no item scrutinises within its window
  kReportScrutinisedTwice, ///< a report items at two or more sittings scrutinise
  kReportAfterPeriod,      ///< a report due for scrutiny after the year (a note)
};
/// "pillar_not_scrutinised", "too_many_thematic", "pillar_in_one_half",
/// "no_kloe", "no_pre_meeting", "pre_meeting_not_before", "lead_not_pillar_lead",
/// "no_such_sitting", "report_unscrutinised", "report_scrutinised_twice",
/// "report_after_period"
std::string_view Name(ForwardPlanFindingKind kind);

enum class FindingSeverity { kProblem, kNote };
std::string_view Name(FindingSeverity severity);  ///< "problem", "note"

struct ForwardPlanFinding {
  ForwardPlanFindingKind kind = ForwardPlanFindingKind::kPillarNotScrutinised;
  FindingSeverity severity = FindingSeverity::kProblem;
  /// Where: a JSON path in the forward plan ("sittings[2].items[0]",
  /// "pillars[1]"); for a report no item scrutinises, the publication in the
  /// cycle plan ("cycle plan publications[0]").
  std::string path;
  std::optional<absl::CivilDay> date;  ///< the sitting or report concerned
  std::string message;
};

/// How one pillar is scrutinised over the year.
struct PillarScrutiny {
  std::string pillar;  ///< id
  std::string name;
  std::string lead;
  std::vector<absl::CivilDay> sittings;  ///< sittings with an item on it, in order
  int items = 0;           ///< items on it, of any kind
  int thematic_items = 0;
  int first_half = 0;      ///< thematic items in the first half of the year
  int second_half = 0;
};

/// One sitting of the forward plan as checked.
struct SittingAgenda {
  std::string meeting;       ///< id
  std::string meeting_name;
  absl::CivilDay date;
  bool in_cycle = false;     ///< the cycle plan has this sitting
  std::string label;         ///< the cycle plan's label for it ("Precept and budget")
  int thematic_items = 0;
  std::vector<AgendaItem> items;
};

struct ForwardPlanCheckResult {
  std::string title;
  absl::CivilDay start;        ///< the year checked
  absl::CivilDay end;
  absl::CivilDay second_half;  ///< the first day of its second half
  int max_thematic_per_sitting = 2;
  bool spread_over_halves = true;
  /// In the order: pillars, sittings and items (in the file's order), reports.
  std::vector<ForwardPlanFinding> findings;
  std::vector<PillarScrutiny> pillars;   ///< in the plan's order
  std::vector<SittingAgenda> sittings;   ///< by date, then meeting
  /// Each report of the year against the sittings whose agenda items
  /// scrutinise it (CycleCheckResult's coverage, over the agenda).
  std::vector<CoverageCheck> coverage;
  int problems = 0;
  int notes = 0;
  bool ok() const { return problems == 0; }
};
/// The name it had before the naming table (docs/architecture.md).
using ForwardPlanCheck [[deprecated("use ForwardPlanCheckResult")]] = ForwardPlanCheckResult;

/// Checks a forward plan against the register and its cycle plan over a year
/// (see the file comment). InvalidArgumentError for options out of range
/// (max_thematic_per_sitting below 1), a year the two plans disagree on, a
/// sitting's meeting the register lacks or an item's publication the cycle
/// plan lacks (each naming its JSON path), or what ExpandSchedule refuses.
absl::StatusOr<ForwardPlanCheckResult> CheckForwardPlan(const Register& reg, const CyclePlan& plan,
                                                  const ForwardPlan& forward, const ForwardPlanOptions& options = {});

/// A readable report: the problems, the notes, each pillar's scrutiny, and
/// the agenda sitting by sitting.
std::string FormatForwardPlanCheck(const ForwardPlanCheckResult& check);

}  // namespace govgraph

#endif  // GOVGRAPH_CALENDAR_FORWARD_PLAN_H_
