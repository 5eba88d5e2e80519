// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// overlap/containment.h: meetings whose purpose is consumed by others.
///
/// "The Community Safety and Commissioning Meetings are removed as their
/// purpose is consumed within the revised governance arrangements." A meeting
/// A is consumed when a few other meetings, together, cover most of A: most of
/// A's participant weight (organisations and roles, chair and lead weighing
/// more) and most of its topic weight (tags and purpose/focus terms), each
/// covering meeting being at a compatible level (same, adjacent or unknown)
/// and covering an overlapping area.
///
/// The covering set is chosen greedily: at each step the meeting that covers
/// the most of what is still uncovered. Statutory meetings are never reported
/// as consumed (they cannot simply stop), nor are meetings with nothing to
/// cover (no participants, or no topics).
///
/// ```
///   std::vector<Containment> consumed = *FindConsumedMeetings(reg);
/// ```
#ifndef GOVGRAPH_OVERLAP_CONTAINMENT_H_
#define GOVGRAPH_OVERLAP_CONTAINMENT_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "govgraph/overlap/overlap.h"
#include "govgraph/register.h"

namespace govgraph {

struct ContainmentOptions {
  /// Participant and topic weights, involvement weights, roles, leads and
  /// initiatives are read from here, as for FindOverlaps.
  OverlapOptions overlap;
  double min_participant_coverage = 0.8;
  double min_topic_coverage = 0.6;
  int max_covering = 3;
  /// Meetings marked to be removed cannot cover others.
  bool covering_must_be_retained = true;
  bool include_statutory = false;
  /// A meeting that records no participants can still be consumed on its
  /// topics alone (its participant coverage is then 1 by default; the
  /// review says so in the finding's caveat). Off: such meetings are skipped.
  bool allow_no_participants = false;
  /// Ids of meetings that cannot cover others (besides those to be removed):
  /// meetings already proposed to stop.
  std::vector<std::string> not_covering;
  /// When not empty, only these meetings (by id) are tested as consumed; the
  /// rest still cover them.
  std::vector<std::string> only;
  /// Tokens held by more than this share of meetings (and at least 50 of
  /// them) do not propose covering candidates; they still count in coverage.
  double candidate_max_share = 0.05;
};

absl::Status ValidateContainmentOptions(const ContainmentOptions& options);

struct Containment {
  Item consumed;
  std::vector<Item> covering;  ///< in the order chosen
  double participant_coverage = 0;
  double topic_coverage = 0;
  std::vector<std::string> covered_participants;    ///< labels
  std::vector<std::string> uncovered_participants;  ///< labels
  std::vector<std::string> covered_terms;           ///< stems, "#topic" for tags
  std::vector<std::string> uncovered_terms;
};

/// Every consumed meeting (and initiative, if the overlap options include
/// them), in register order.
absl::StatusOr<std::vector<Containment>> FindConsumedMeetings(const Register& reg,
                                                              const ContainmentOptions& options = {});

/// Consumed meetings decided jointly: the meetings of `order` are tested in
/// that order, each against covering meetings that are neither already found
/// consumed (nor in options.not_covering) nor its own board or sub-groups, so
/// no meeting is consumed on the strength of another that is. Results in the
/// order decided. The features are built once; each test looks only at the
/// meetings that share something with the one tested.
absl::StatusOr<std::vector<Containment>> FindConsumedMeetingsJointly(const Register& reg,
                                                                     const std::vector<MeetingHandle>& order,
                                                                     const ContainmentOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_OVERLAP_CONTAINMENT_H_
