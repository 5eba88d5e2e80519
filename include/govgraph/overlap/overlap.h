// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// overlap/overlap.h: which meetings duplicate or overlap, and why.
///
/// Each pair of meetings (and, if asked, initiatives) is compared on five
/// signals, each in [0, 1]:
///
/// ```
///   participants  weighted Jaccard of the organisations and roles involved;
///                 a chair or lead weighs more than an attendee, a body in
///                 most meetings less than one in few; a prior in the union
///                 keeps a little shared evidence from scoring high
///   topics        cosine of TF-IDF vectors of the topic tags (with their
///                 parent topics) and of the stemmed, stop-worded purpose and
///                 current-focus text, tags weighing tag_share of it
///   areas         Jaccard of the places covered: each area stands for the
///                 smallest areas inside it, so a force-wide meeting covers all
///                 its local authority areas and shares one of five with a
///                 Bristol meeting
///   level         1 same level, 0.5 adjacent or unknown, 0 strategic vs operational
///   cadence       smaller / larger meetings a year; 0.5 when either is unknown
/// ```
///
/// and a combined score, the weighted sum with weights that sum to one. Pairs
/// at or above OverlapOptions::min_score are reported with an explanation.
///
/// The search is not all-pairs. Participants, terms and areas form one
/// feature space ordered rarest first; each feature bounds what it can add to
/// a pair's score, so a pair reaching min_score shares a feature in the
/// prefixes of both meetings (AllPairs/PPJoin style): only prefixes are
/// indexed, and the participants present almost everywhere, which come last,
/// are rarely touched. Candidates are bounded per signal from where they first
/// meet; as the walk goes on, what their prefixes share is added up exactly,
/// and only those whose share so far, with what may still be shared after the
/// earlier of the two prefix ends, can reach min_score are scored. Places
/// (areas) that cannot overlap are told apart before any of that. The
/// result equals FindOverlapsNaive(), which scores every pair. See
/// docs/overlap.md.
///
/// ```
///   OverlapResult r = FindOverlaps(reg, {.min_score = 0.4});
///   for (const Overlap& o : r.pairs) { ... o.signals.participants ... }
/// ```
#ifndef GOVGRAPH_OVERLAP_OVERLAP_H_
#define GOVGRAPH_OVERLAP_OVERLAP_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "govgraph/model.h"
#include "govgraph/progress.h"
#include "govgraph/register.h"

namespace govgraph {

/// A meeting or an initiative.
struct Item {
  enum class Kind : uint8_t { kMeeting, kInitiative };
  Kind kind = Kind::kMeeting;
  uint32_t index = 0;
  friend auto operator<=>(const Item&, const Item&) = default;
  template <typename H>
  friend H AbslHashValue(H h, Item item) {
    return H::combine(std::move(h), item.kind, item.index);
  }
};

const std::string& ItemId(const Register& reg, Item item);
const std::string& ItemName(const Register& reg, Item item);

struct SignalWeights {
  double participants = 0.45;
  double topics = 0.35;
  double areas = 0.10;
  double level = 0.05;
  double cadence = 0.05;
};

/// How much each kind of involvement counts in the participant signal.
struct InvolvementWeights {
  double chair = 2.0;
  double lead = 2.0;
  double statutory_member = 1.5;
  double member = 1.0;
  double attendee = 0.75;
  double support = 0.5;
  double observer = 0.5;
};

struct OverlapOptions {
  /// The least score reported. 0.3: related meetings (with the evidence floor
  /// below, level, cadence and area cannot carry a pair there alone); 0.5 and
  /// above: near-duplicates. Unset, it is chosen from the register's size:
  /// kDefaultMinScore up to kAutomaticTopKItems items compared,
  /// kAutomaticMinScore beyond (OverlapResult::rule says which applied).
  std::optional<double> min_score;
  SignalWeights weights;
  InvolvementWeights involvement;
  /// Weigh each participant by how specific it is to the register:
  /// ln(1 + N/df) / ln(1 + N) for a participant in df of N items, so the
  /// force or the OPCC, present almost everywhere, is little evidence that
  /// two meetings overlap, and a body in few meetings is much.
  bool participant_specificity = true;
  /// Added to the union in the participant Jaccard (in involvement-weight
  /// units): two meetings that each list one participant, the same, score
  /// 1 / (1 + prior) rather than 1. 0 gives the plain weighted Jaccard.
  double participant_prior = 1.0;
  /// The evidence floor: a pair is reported only if it shares a participant
  /// at least this specific (ln(1 + N/df) / ln(1 + N): 0.5 is a body in at
  /// most 7 of 40 meetings, not the force in most of them) or has a
  /// topic signal of at least min_topic_evidence. Levels, cadences and
  /// areas alone, or the force and the OPCC alone, are not a finding. Both 0:
  /// no floor.
  double min_shared_specificity = 0.5;
  double min_topic_evidence = 0.1;
  /// Compare roles as well as organisations (the PCC, not only the OPCC).
  bool include_roles = true;
  /// Count lead and supporting organisations as involved.
  bool include_leads = true;
  bool include_initiatives = false;
  bool exclude_to_be_removed = false;
  /// The share of the topic signal that comes from topic tags, the rest from
  /// purpose and focus text (when a meeting has both): tags are curated, text
  /// is noisy. Each part is TF-IDF weighted and normalised on its own.
  double tag_share = 0.6;
  /// Explanations list at most this many shared terms.
  int max_terms_explained = 8;
  /// Build each pair's explanation (shared participants, terms and areas).
  /// Off, pairs carry only their scores: for national registers with millions
  /// of pairs, where explanations cost more than the search.
  bool explain = true;
  /// Keep a pair only if it is among the `top_k` highest-scoring pairs of
  /// one of its two items (ties broken as the result is ordered); 0 keeps
  /// every pair. On a national register, where a low min_score finds
  /// millions of pairs, top_k bounds the result by the register's size:
  /// at most top_k pairs for each item. Unset, it is chosen from the
  /// register's size: every pair up to kAutomaticTopKItems items compared,
  /// kAutomaticTopK beyond (OverlapResult::rule says which applied).
  std::optional<int> top_k;
  /// Worker threads for the search and the explanations, at most
  /// kMaxOverlapThreads; 0: one a core.
  int threads = 0;
  /// Pairs across two sets only: when not empty, a pair is searched for and
  /// reported only if one of its items is in `one_side` and the other is not
  /// (merging two registers: the meetings of one of them). Only the smaller
  /// set is indexed, so a few meetings against a national register cost
  /// about a pass over the register. Scores are those of the whole search:
  /// participant specificity and term weights count every item. Items not
  /// compared (initiatives, unless include_initiatives) are left out;
  /// items outside the register are an InvalidArgumentError.
  std::vector<Item> one_side;
  /// Told how far the search and the explanations have gone (progress.h).
  ProgressCallback progress;
};

/// The most worker threads OverlapOptions::threads may ask for.
inline constexpr int kMaxOverlapThreads = 256;

/// With top_k unset, registers of more items than this compared report
/// each item's kAutomaticTopK best pairs rather than every pair: a county's
/// register gives every pair, a national one at most ten for each meeting,
/// so the result grows with the register and not with its square.
inline constexpr int64_t kAutomaticTopKItems = 1000;
inline constexpr int kAutomaticTopK = 10;

/// With min_score unset: related meetings on a register of up to
/// kAutomaticTopKItems items, near-duplicates beyond. On a national register
/// a pair at 0.3 is most often two meetings of the same force with a body or
/// two in common; there are hundreds of millions of them, and the question
/// asked of a register that size is which meetings duplicate others.
inline constexpr double kDefaultMinScore = 0.3;
inline constexpr double kAutomaticMinScore = 0.5;

/// Checks weights (non-negative, summing to 1 within 1e-6), min_score in
/// (0, 1], the involvement weights, top_k (0 or more when set) and threads (0 to
/// kMaxOverlapThreads);
/// InvalidArgumentError names the field and the range.
absl::Status ValidateOverlapOptions(const OverlapOptions& options);

struct SignalScores {
  double participants = 0;
  double topics = 0;
  double areas = 0;
  double level = 0;
  double cadence = 0;
};

struct SharedParticipant {
  std::string key;    ///< "organisation:cps" or "role:pcc"
  std::string label;  ///< its name
  double weight_a = 0;
  double weight_b = 0;
};

struct SharedTerm {
  std::string term;          ///< the stem, or "#topic-id" for a tag
  double contribution = 0;   ///< its part of the topic cosine
};

struct Overlap {
  Item a;
  Item b;
  double score = 0;
  SignalScores signals;
  std::vector<SharedParticipant> shared_participants;  ///< heaviest first
  std::vector<SharedTerm> shared_terms;                ///< largest contribution first
  std::vector<AreaHandle> shared_areas;
};

/// What the search did, for benchmarks and for judging the pruning.
struct OverlapStats {
  int64_t items = 0;
  /// What shared participants, terms and areas must add to reach min_score
  /// (at most 0: every pair was scored).
  double threshold = 0;
  int64_t indexed_features = 0;  ///< prefix entries in the inverted index
  int64_t postings_scanned = 0;  ///< index entries the probes walked
  /// Distinct pairs whose bound, from where they first meet in the index,
  /// reached min_score (all pairs when every pair was scored).
  int64_t candidates = 0;
  /// Candidates scored in full: the topic cosine is left out when the other
  /// signals, scored exactly, and the topic bound cannot reach min_score.
  int64_t pairs_scored = 0;
};

/// How the pairs reported were chosen, to state beside them.
struct OverlapRule {
  double min_score = 0;
  int top_k = 0;  ///< 0: every pair at or above min_score
  /// top_k was unset and chosen from the register's size.
  bool automatic = false;
  /// min_score was unset and chosen from the register's size.
  bool automatic_min_score = false;
  /// "pairs scoring at least 0.5, each item's 10 highest-scoring (chosen for
  /// a register of more than 1000 items; give min_score and top_k 0 for every pair)".
  std::string Describe() const;
};

struct OverlapResult {
  std::vector<Overlap> pairs;  ///< highest score first, then by item
  OverlapStats stats;
  OverlapRule rule;
};

/// Pairs at or above the rule's min_score. InvalidArgumentError for bad options.
absl::StatusOr<OverlapResult> FindOverlaps(const Register& reg, const OverlapOptions& options = {});

/// The same pairs by scoring every pair (across `one_side` if given): the
/// reference for tests and benchmarks.
absl::StatusOr<OverlapResult> FindOverlapsNaive(const Register& reg, const OverlapOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_OVERLAP_OVERLAP_H_
