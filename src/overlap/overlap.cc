// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/overlap.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "overlap/features.h"

namespace govgraph {
namespace {

using internal::FeatureSet;
using internal::ItemFeatures;
using internal::WeightedToken;

// Bounds are relaxed by this much so rounding never loses a pair that the
// exact score would keep.
constexpr double kSlack = 1e-9;

absl::Status CheckWeight(double v, absl::string_view field) {
  if (!std::isfinite(v) || v < 0) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": must be a finite number, zero or more"));
  }
  return absl::OkStatus();
}

// Collects candidate pairs (lower position first) without duplicates.
class Candidates {
 public:
  bool Add(uint32_t a, uint32_t b) { return seen_.insert(Key(a, b)).second; }
  const absl::flat_hash_set<uint64_t>& pairs() const { return seen_; }
  static uint64_t Key(uint32_t a, uint32_t b) {
    if (a > b) std::swap(a, b);
    return (static_cast<uint64_t>(a) << 32) | b;
  }

 private:
  absl::flat_hash_set<uint64_t> seen_;
};

// Weighted-Jaccard join: every pair whose participant similarity may reach
// `bound`. The prefix of an item is its rarest tokens up to the point where
// the rest weighs less than bound x its total; two items that reach the
// bound share their first common token, which lies in both prefixes.
void ParticipantJoin(const FeatureSet& fs, double bound, Candidates& out, OverlapStats& stats) {
  std::vector<std::vector<uint32_t>> index;  // token -> items whose prefix holds it
  for (uint32_t x = 0; x < fs.items.size(); ++x) {
    const ItemFeatures& f = fs.items[x];
    if (f.participants.empty()) continue;
    const double needed = bound * f.participant_total;
    double rest = f.participant_total;
    for (const WeightedToken& t : f.participants) {
      if (rest < needed - kSlack * f.participant_total) break;  // the suffix cannot reach the bound alone
      if (t.id >= index.size()) index.resize(t.id + 1);
      for (uint32_t y : index[t.id]) {
        const double other = fs.items[y].participant_total;
        // Size filter: Jaccard <= smaller total / larger total.
        if (std::min(other, f.participant_total) < (bound - kSlack) * std::max(other, f.participant_total)) continue;
        ++stats.participant_candidates;
        out.Add(y, x);
      }
      index[t.id].push_back(x);
      rest -= t.weight;
    }
  }
}

// Cosine join on unit TF-IDF vectors: each item indexes only its terms after
// the point where the common terms before it could contribute at least
// `bound` (by each term's largest weight anywhere); a pair reaching the bound
// must share an indexed term of one of them.
void TopicJoin(const FeatureSet& fs, double bound, Candidates& out, OverlapStats& stats) {
  std::vector<std::vector<uint32_t>> index;
  for (uint32_t y = 0; y < fs.items.size(); ++y) {
    double reach = 0;
    for (const WeightedToken& t : fs.items[y].terms) {
      reach += t.weight * fs.term_max_weight[t.id];
      if (reach >= bound - kSlack) {
        if (t.id >= index.size()) index.resize(t.id + 1);
        index[t.id].push_back(y);
      }
    }
  }
  for (uint32_t x = 0; x < fs.items.size(); ++x) {
    for (const WeightedToken& t : fs.items[x].terms) {
      if (t.id >= index.size()) continue;
      for (uint32_t y : index[t.id]) {
        if (y >= x) break;  // posting lists are in item order: pairs once, lower first
        ++stats.topic_candidates;
        out.Add(y, x);
      }
    }
  }
}

// Highest score first, then by item.
void SortPairs(OverlapResult& result) {
  std::sort(result.pairs.begin(), result.pairs.end(), [](const Overlap& a, const Overlap& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.a != b.a) return a.a < b.a;
    return a.b < b.b;
  });
}

void ScorePair(const FeatureSet& fs, const OverlapOptions& options, uint32_t x, uint32_t y,
               OverlapResult& result) {
  const ItemFeatures& a = fs.items[x];
  const ItemFeatures& b = fs.items[y];
  ++result.stats.pairs_scored;
  SignalScores s = internal::ScoreSignals(a, b);
  const double score = internal::Combine(s, options.weights);
  if (score < options.min_score) return;
  Overlap o;
  o.a = a.item;
  o.b = b.item;
  o.score = score;
  o.signals = s;
  internal::Explain(fs, a, b, options.max_terms_explained, o);
  result.pairs.push_back(std::move(o));
}

void ScoreAllPairs(const FeatureSet& fs, const OverlapOptions& options, OverlapResult& result) {
  for (uint32_t x = 0; x < fs.items.size(); ++x) {
    for (uint32_t y = x + 1; y < fs.items.size(); ++y) ScorePair(fs, options, x, y, result);
  }
  SortPairs(result);
}

}  // namespace

const std::string& ItemId(const Register& reg, Item item) {
  return item.kind == Item::Kind::kMeeting ? reg.meetings()[item.index].id : reg.initiatives()[item.index].id;
}

const std::string& ItemName(const Register& reg, Item item) {
  return item.kind == Item::Kind::kMeeting ? reg.meetings()[item.index].name
                                           : reg.initiatives()[item.index].name;
}

absl::Status ValidateOverlapOptions(const OverlapOptions& o) {
  if (!std::isfinite(o.min_score) || o.min_score <= 0 || o.min_score > 1) {
    return absl::InvalidArgumentError("min_score: must be more than 0 and at most 1");
  }
  const SignalWeights& w = o.weights;
  for (const auto& [v, name] : {std::pair{w.participants, "weights.participants"}, {w.topics, "weights.topics"},
                                {w.areas, "weights.areas"}, {w.level, "weights.level"},
                                {w.cadence, "weights.cadence"}}) {
    if (absl::Status s = CheckWeight(v, name); !s.ok()) return s;
  }
  const double total = w.participants + w.topics + w.areas + w.level + w.cadence;
  if (std::fabs(total - 1.0) > 1e-6) {
    return absl::InvalidArgumentError(absl::StrCat("weights: must sum to 1, they sum to ", total));
  }
  const InvolvementWeights& i = o.involvement;
  for (const auto& [v, name] :
       {std::pair{i.chair, "involvement.chair"}, {i.lead, "involvement.lead"},
        {i.statutory_member, "involvement.statutory_member"}, {i.member, "involvement.member"},
        {i.attendee, "involvement.attendee"}, {i.support, "involvement.support"},
        {i.observer, "involvement.observer"}}) {
    if (absl::Status s = CheckWeight(v, name); !s.ok()) return s;
  }
  if (!std::isfinite(o.tag_share) || o.tag_share < 0 || o.tag_share > 1) {
    return absl::InvalidArgumentError("tag_share: must be between 0 and 1");
  }
  return absl::OkStatus();
}

absl::StatusOr<OverlapResult> FindOverlaps(const Register& reg, const OverlapOptions& options) {
  if (absl::Status s = ValidateOverlapOptions(options); !s.ok()) return s;
  // With no weight on topics, terms change no score: skip the text work.
  const FeatureSet fs = internal::BuildFeatures(reg, options, /*with_terms=*/options.weights.topics > 0);
  OverlapResult result;
  result.stats.items = static_cast<int64_t>(fs.items.size());

  // A pair reaches min_score only if w_p s_p + w_t s_t >= R, the score left
  // once areas, level and cadence give their most. Since each similarity is
  // at most 1, that needs s_p >= (R - w_t) / w_p and s_t >= (R - w_p) / w_t;
  // when either bound is positive, one join at that bound finds every
  // candidate. Otherwise s_p or s_t must reach R / (w_p + w_t): the union of
  // both joins at that bound does.
  const SignalWeights& w = options.weights;
  const double rest = options.min_score - (w.areas + w.level + w.cadence);
  const double text_and_people = w.participants + w.topics;
  if (rest <= 0 || text_and_people <= 0) {
    // The other signals alone can reach min_score: every pair is a candidate.
    ScoreAllPairs(fs, options, result);
    return result;
  }
  if (rest > text_and_people + kSlack) return result;  // even identical meetings fall short
  const double people_alone = w.participants > 0 ? (rest - w.topics) / w.participants : 0;
  const double text_alone = w.topics > 0 ? (rest - w.participants) / w.topics : 0;
  bool people_join = false, text_join = false;
  if (people_alone > 0 && people_alone >= text_alone) {
    people_join = true;
    result.stats.participant_bound = people_alone;
  } else if (text_alone > 0) {
    text_join = true;
    result.stats.topic_bound = text_alone;
  } else {
    people_join = w.participants > 0;
    text_join = w.topics > 0;
    result.stats.participant_bound = people_join ? rest / text_and_people : 0;
    result.stats.topic_bound = text_join ? rest / text_and_people : 0;
  }

  Candidates candidates;
  if (people_join) ParticipantJoin(fs, result.stats.participant_bound, candidates, result.stats);
  if (text_join) TopicJoin(fs, result.stats.topic_bound, candidates, result.stats);
  std::vector<uint64_t> pairs(candidates.pairs().begin(), candidates.pairs().end());
  std::sort(pairs.begin(), pairs.end());
  for (uint64_t key : pairs) {
    ScorePair(fs, options, static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key & 0xffffffffu), result);
  }
  SortPairs(result);
  return result;
}

absl::StatusOr<OverlapResult> FindOverlapsNaive(const Register& reg, const OverlapOptions& options) {
  if (absl::Status s = ValidateOverlapOptions(options); !s.ok()) return s;
  // With no weight on topics, terms change no score: skip the text work.
  const FeatureSet fs = internal::BuildFeatures(reg, options, /*with_terms=*/options.weights.topics > 0);
  OverlapResult result;
  result.stats.items = static_cast<int64_t>(fs.items.size());
  ScoreAllPairs(fs, options, result);
  return result;
}

}  // namespace govgraph
