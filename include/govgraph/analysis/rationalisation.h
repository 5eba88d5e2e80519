// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/rationalisation.h: the fewest (or cheapest) meetings that keep
/// every topic in every area covered and every required partner link.
///
/// Each meeting covers a set of requirements:
///
/// ```
///   topic x area   every (topic, area) pair it lists, each area standing
///                  for the smallest areas inside it (as in the overlap
///                  engine: a force-wide meeting covers each local authority
///                  area); a topic listed by a meeting with no area is
///                  required as (topic, no area), which any meeting on that
///                  topic covers
///   link           every pair of actors (organisations, and roles with no
///                  organisation) that take part in it or lead it; all pairs
///                  that share a meeting now are required (keep_all_links), or
///                  only those in required_links
/// ```
///
/// and has a cost: 1 (kMeetings, the smallest set), or its meeting-hours or
/// people-hours a year (Burden). A meeting whose cadence is unknown is costed
/// at `unknown_cadence_sittings` sittings a year, a stated assumption listed in
/// `assumed_cost`, never at zero.
///
/// Statutory meetings and those in `keep` are kept first. The rest is weighted
/// set cover, NP-hard in general:
///
/// ```
///   greedy  repeatedly keep the meeting with the most uncovered requirements
///           per unit cost, then drop any kept meeting made redundant. Its
///           cost is at most H(d) = 1 + 1/2 + ... + 1/d times the optimum,
///           d the most requirements any one meeting covers (Chvátal 1979);
///           `approximation_bound` states H(d).
///   exact   branch and bound (branch on the uncovered requirement with the
///           fewest candidate meetings; prune on cost against the greedy
///           solution), used when at most `exact_limit` candidate meetings
///           remain. The result is optimal (bound 1).
/// ```
///
/// ```
///   RationalisationResult r = Rationalise(reg, {.cost = RationalisationCost::kMeetingHours});
///   for (const StoppedMeeting& s : r.stopped) ... s.reason ...
/// ```
#ifndef GOVGRAPH_ANALYSIS_RATIONALISATION_H_
#define GOVGRAPH_ANALYSIS_RATIONALISATION_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "govgraph/register.h"

namespace govgraph {

enum class RationalisationCost { kMeetings, kMeetingHours, kSeatHours };
std::string_view Name(RationalisationCost cost);  ///< "meetings", "meeting_hours", "seat_hours"

enum class RationalisationMethod { kExact, kGreedy };
std::string_view Name(RationalisationMethod method);  ///< "exact", "greedy"

struct RationalisationOptions {
  RationalisationCost cost = RationalisationCost::kMeetings;
  bool keep_statutory = true;
  /// Keep meetings that record neither participants nor topics (only a name,
  /// a lead or an area): the register says too little about them to propose
  /// stopping them. They are listed in `forced`, as the review lists them
  /// as meetings it cannot judge (overlap/review.h).
  bool keep_unrecorded = true;
  std::vector<std::string> keep;  ///< meeting ids kept whatever they cost
  bool keep_all_links = true;
  std::vector<std::pair<std::string, std::string>> required_links;  ///< organisation ids, when not keep_all_links
  bool cover_topics = true;
  /// Leave out meetings marked to be removed: they are stopped and what only
  /// they cover is not required.
  bool exclude_to_be_removed = false;
  /// Meetings already decided to stop because kept meetings consume them
  /// (the review's proposal, overlap/review.h; ids): left out as meetings to
  /// be removed are, each stopped with the reason that it is consumed. With the
  /// meetings that consume them in `keep` (as the Python
  /// RegisterReview.rationalise() does), the review and the rationalisation
  /// make one proposal: what the review stops, and what the set cover stops
  /// besides, each covered only by meetings that are kept.
  std::vector<std::string> consumed;
  double unknown_cadence_sittings = 4;
  /// Candidate meetings at most, for the exact method (0 to
  /// kMaxRationalisationExactLimit: its time grows exponentially with them).
  int exact_limit = 20;
};

/// The largest RationalisationOptions::exact_limit Rationalise() accepts.
inline constexpr int kMaxRationalisationExactLimit = 30;

struct Requirement {
  std::string kind;   ///< "topic_area" or "link"
  std::string a, b;   ///< topic and area ids (b empty: no area), or two actor keys
  std::string label;  ///< "Community safety in Bristol", "OPCC – CPS"
};

struct StoppedMeeting {
  MeetingHandle meeting;
  double cost = 0;
  std::vector<MeetingHandle> covered_by;  ///< kept meetings that cover what it covered
  std::string reason;
};

struct RationalisationResult {
  RationalisationMethod method = RationalisationMethod::kGreedy;
  std::vector<MeetingHandle> kept;      ///< register order
  std::vector<MeetingHandle> forced;    ///< kept because statutory, asked, or too little recorded
  std::vector<StoppedMeeting> stopped;  ///< register order
  std::vector<Requirement> requirements;
  double cost_before = 0;
  double cost_after = 0;
  /// Greedy: H(d) for the largest number d of requirements one candidate
  /// covers; the kept cost is at most this times the optimum. Exact: 1.
  double approximation_bound = 1;
  int largest_set = 0;  ///< d
  int candidates = 0;   ///< meetings that were neither forced nor excluded
  std::vector<MeetingHandle> assumed_cost;  ///< unknown cadence, costed by assumption
};

/// InvalidArgumentError for unknown ids in keep, consumed or required_links, a
/// meeting both kept and consumed, a negative unknown_cadence_sittings or an
/// exact_limit out of range.
absl::StatusOr<RationalisationResult> Rationalise(const Register& reg, const RationalisationOptions& options = {});

/// A readable proposal for a terminal.
std::string FormatRationalisation(const Register& reg, const RationalisationResult& result);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_RATIONALISATION_H_
