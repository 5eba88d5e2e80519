// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// features.h: each meeting (or initiative) as the vectors the overlap engine
// compares, with token ids ranked for prefix filtering.
#ifndef GOVGRAPH_SRC_OVERLAP_FEATURES_H_
#define GOVGRAPH_SRC_OVERLAP_FEATURES_H_

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "govgraph/overlap/overlap.h"
#include "govgraph/register.h"

namespace govgraph::internal {

struct WeightedToken {
  uint32_t id = 0;
  double weight = 0;
};

// One item's features. The vectors live in its FeatureSet, packed item after
// item: the search reads millions of items in no particular order, and packed
// they take fewer cache lines and pages than one allocation each.
struct ItemFeatures {
  Item item;
  // Participant tokens, ids ascending = rarest first; one entry per token.
  std::span<const WeightedToken> participants;
  double participant_total = 0;
  // TF-IDF terms (tags and text normalised apart, then weighted by
  // tag_share), unit length, ids ascending = most common first.
  std::span<const WeightedToken> terms;
  // The smallest areas covered (an area's leaves, or itself), ascending.
  std::span<const uint32_t> areas;
  Level level = Level::kUnknown;
  std::optional<double> per_year;
};

// Moves keep the items' spans valid (the packed storage moves with it);
// copies would not, so there are none.
struct FeatureSet {
  FeatureSet() = default;
  FeatureSet(FeatureSet&&) = default;
  FeatureSet& operator=(FeatureSet&&) = default;
  FeatureSet(const FeatureSet&) = delete;
  FeatureSet& operator=(const FeatureSet&) = delete;

  std::vector<ItemFeatures> items;
  std::vector<std::string> participant_keys;    // by participant token id
  std::vector<std::string> participant_labels;  // by participant token id
  std::vector<std::string> term_names;          // by term id
  std::vector<double> term_max_weight;          // by term id, over all items
  std::vector<float> participant_specificity;   // by participant token id, ln(1 + N/df) / ln(1 + N)
  std::vector<WeightedToken> tokens;            // each item's participants, then its terms
  std::vector<uint32_t> area_leaves;            // each item's areas
};

// Calls fn(x, y) for each element x of `a` and y of `b` with the same key;
// both are sorted by key, with each key at most once.
template <class T, class Key, class Fn>
void ForEachShared(std::span<const T> a, std::span<const T> b, Key key, Fn fn) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (key(a[i]) < key(b[j])) {
      ++i;
    } else if (key(b[j]) < key(a[i])) {
      ++j;
    } else {
      fn(a[i++], b[j++]);
    }
  }
}

inline uint32_t TokenId(const WeightedToken& t) { return t.id; }
inline uint32_t AreaIndex(uint32_t a) { return a; }

// Asks the kernel to back a large array with huge pages, where it can: the
// search reads such arrays at random, and with 4 KiB pages most of those
// reads would also miss the TLB. A hint only; nothing changes elsewhere.
void AdviseHugePages(const void* data, size_t bytes);
template <class T>
void AdviseHugePages(const std::vector<T>& v) {
  AdviseHugePages(v.data(), v.size() * sizeof(T));
}

// Without `with_terms`, items have no terms (tags and text are not read).
// Built by options.threads workers (0: one a core); the result is the same
// for any number.
FeatureSet BuildFeatures(const Register& reg, const OverlapOptions& options, bool with_terms = true);

SignalScores ScoreSignals(const ItemFeatures& a, const ItemFeatures& b, double participant_prior);

// The signals ScoreSignals combines, one at a time, so the search can stop
// scoring a pair once the rest cannot lift it to min_score.
double ParticipantSimilarity(const ItemFeatures& a, const ItemFeatures& b, double prior);
double TopicSimilarity(const ItemFeatures& a, const ItemFeatures& b);
double AreaSimilarity(const ItemFeatures& a, const ItemFeatures& b);

// The evidence floor (OverlapOptions::min_shared_specificity and
// min_topic_evidence): the pair shares a specific participant or a topic.
bool HasEvidence(const FeatureSet& fs, const ItemFeatures& a, const ItemFeatures& b, const SignalScores& s,
                 const OverlapOptions& options);

// One item's terms spread over the whole vocabulary, so its cosine with many
// others reads each other item's terms once, without a merge. Dot(b) is
// bit-identical to TopicSimilarity(b, a): the same products, added in the
// same (ascending term) order.
class SpreadTerms {
 public:
  explicit SpreadTerms(size_t vocabulary) : weight_(vocabulary, 0.0) {}
  void Load(const ItemFeatures& a) {
    Clear();
    loaded_ = &a;
    for (const WeightedToken& t : a.terms) weight_[t.id] = t.weight;
  }
  const ItemFeatures* loaded() const { return loaded_; }
  double Dot(const ItemFeatures& b) const {
    double dot = 0;
    for (const WeightedToken& t : b.terms) {
      // Every term weight is positive, so zero means "not in a".
      if (const double w = weight_[t.id]; w != 0) dot += t.weight * w;
    }
    return std::clamp(dot, 0.0, 1.0);
  }

 private:
  void Clear() {
    if (loaded_ == nullptr) return;
    for (const WeightedToken& t : loaded_->terms) weight_[t.id] = 0;
    loaded_ = nullptr;
  }
  std::vector<double> weight_;
  const ItemFeatures* loaded_ = nullptr;
};

// The level and cadence signals (cheap: the search's bounds use them exactly).
inline double LevelSimilarity(Level a, Level b) {
  if (a == Level::kUnknown || b == Level::kUnknown) return 0.5;
  const int gap = std::abs(static_cast<int>(a) - static_cast<int>(b));
  return gap == 0 ? 1.0 : gap == 1 ? 0.5 : 0.0;
}
inline double CadenceSimilarity(std::optional<double> a, std::optional<double> b) {
  if (!a || !b) return 0.5;
  const double lo = std::min(*a, *b), hi = std::max(*a, *b);
  return hi > 0 ? lo / hi : 1.0;
}
double Combine(const SignalScores& s, const SignalWeights& w);

// The explanation parts of an Overlap for a scored pair.
void Explain(const FeatureSet& features, const ItemFeatures& a, const ItemFeatures& b, int max_terms,
             Overlap& out);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_OVERLAP_FEATURES_H_
