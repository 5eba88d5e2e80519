// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// overlap/review.h: typed findings, with evidence, confidence and caveat,
/// and one consistent proposal of meetings to stop.
///
/// FindOverlaps() scores pairs; FindConsumedMeetings() finds meetings covered
/// by others. A review reads both the way a governance review does and says
/// what each finding is:
///
/// ```
///   duplicate        two meetings for the same area, with specific people in
///                    common and the same purpose: one could go
///   consumed         a meeting whose participants and topics are covered by at
///                    most three meetings that are kept
///   same_function    the same kind of body for different (neighbouring or
///                    overlapping) areas: a candidate for a joint or merged
///                    board, as forces, panels and safeguarding boards do
///   parent_subgroup  a sub-group and the board it reports to (every
///                    reporting line the register records): a hierarchy, not
///                    a duplicate, however alike the two look
/// ```
///
/// and which meetings it **cannot judge**: a meeting that records neither
/// participants nor a purpose or focus (nor topics with a chair or lead), or
/// whose record completeness is below `min_record`, is listed with what is
/// missing. It is never proposed to stop and never paired on the little it
/// has; the register's own removals are still checked.
///
/// Same function is read from names: meetings whose names agree once the
/// words of the register's area names and bracketed abbreviations are set
/// aside and abbreviations of kinds of body are spelt out (BodyKey():
/// "Craven CSP" and "Selby Community Safety Partnership"; "Vale of Glamorgan
/// LSCB" and "Cardiff LSCB"), or meetings in disjoint areas whose topics
/// agree at least `same_function_min_topics`. Each group of such meetings is
/// one finding.
///
/// **Confidence** (0 to 1) is the smaller of the two meetings' record
/// completeness (participants 0.4, a purpose or focus 0.3, topics 0.2, areas,
/// level or cadence 0.1) times the strength of the finding (its score over
/// `duplicate_min_score`, at most 1; 1 for a recorded reporting line or a
/// shared name). A finding resting on near-empty records says so in its
/// caveat.
///
/// **The proposal** stops meetings only where the register supports it, and
/// decides consumed meetings jointly: meetings to be removed first (the
/// register's own decision, checked), then the least-recorded; each is
/// stopped only if who attends it is recorded and it is covered by meetings
/// that are kept (the register's own removals are checked on whatever they
/// record), so no meeting is stopped on the strength of another that is also
/// stopped. Where two meetings
/// each cover the other, the one with the fuller record (then the higher
/// level, then the earlier) is kept, and the finding says so. Statutory
/// meetings and meetings that cannot be judged are never proposed.
///
/// Explanations use the register's own words: organisation and role names,
/// topic names, and purpose words as written (not stems), leaving out the
/// names of areas and words found in most meetings' purposes.
///
/// ```
///   absl::StatusOr<ReviewResult> r = ReviewRegister(reg);
///   for (const ReviewFinding& f : r->findings) ... Name(f.kind), f.summary, f.evidence ...
/// ```
#ifndef GOVGRAPH_OVERLAP_REVIEW_H_
#define GOVGRAPH_OVERLAP_REVIEW_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "govgraph/overlap/containment.h"
#include "govgraph/overlap/overlap.h"
#include "govgraph/register.h"

namespace govgraph {

enum class FindingKind { kDuplicate, kConsumed, kSameFunction, kParentSubgroup };
std::string_view Name(FindingKind kind);  ///< "duplicate", "consumed", "same_function", "parent_subgroup"

struct ReviewFinding {
  FindingKind kind = FindingKind::kDuplicate;
  /// The meetings concerned: a pair (duplicate; parent_subgroup: the parent
  /// first), the consumed meeting, or each meeting of a same-function group.
  std::vector<Item> meetings;
  /// For consumed: the kept meetings that cover it, in the order chosen.
  std::vector<Item> covered_by;
  double score = 0;                   ///< the pair's overlap score, or the coverage
  double confidence = 0;              ///< see the file comment
  std::string summary;                ///< one sentence in plain English
  std::vector<std::string> evidence;  ///< strongest first, in the register's own words
  std::string caveat;                 ///< what limits the finding ("" when nothing)
};

/// A meeting with too little recorded to judge.
struct CannotJudge {
  Item meeting;
  std::vector<std::string> missing;  ///< "participants", "purpose or focus", ...
};

/// A meeting the review proposes to stop (or confirms the register's own
/// removal of), covered only by meetings that are kept.
struct ProposedStop {
  Item meeting;
  std::vector<Item> covered_by;
  bool already_to_be_removed = false;
  std::string reason;
};

struct ReviewOptions {
  /// Pairs are read from FindOverlaps() with these options; min_score here
  /// is where a pair becomes a candidate finding (unset: FindOverlaps'
  /// choice, 0.3 up to 1,000 meetings and 0.5, near-duplicates, beyond).
  OverlapOptions overlap;
  /// Consumed meetings, as FindConsumedMeetings() (its own overlap options
  /// are taken from `overlap`).
  ContainmentOptions containment;
  /// A candidate pair at or above this score, sharing an area (or with
  /// unknown areas), is a duplicate.
  double duplicate_min_score = 0.5;
  /// Meetings in disjoint areas with topic signals at least this high are the
  /// same function.
  double same_function_min_topics = 0.5;
  /// Record completeness below which a meeting cannot be judged.
  double min_record = 0.3;
  /// Evidence lists at most this many items.
  int max_evidence = 6;
};

struct ReviewResult {
  std::vector<ReviewFinding> findings;    ///< by kind as listed above, then by confidence, highest first
  std::vector<CannotJudge> cannot_judge;  ///< in register order
  std::vector<ProposedStop> proposal;     ///< in the order decided
  /// Record completeness of each meeting, by meeting index (0 to 1).
  std::vector<double> record;
};
/// The name it had before the naming table (docs/architecture.md).
using Review [[deprecated("use ReviewResult")]] = ReviewResult;

/// Checks the options (as FindOverlaps and FindConsumedMeetings do, and the
/// review's own thresholds in [0, 1]).
absl::Status ValidateReviewOptions(const ReviewOptions& options);

/// The review of every meeting of `reg`. InvalidArgumentError for bad options.
absl::StatusOr<ReviewResult> ReviewRegister(const Register& reg, const ReviewOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_OVERLAP_REVIEW_H_
