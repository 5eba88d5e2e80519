// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/overlap.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "internal/progress.h"
#include "overlap/features.h"

namespace govgraph {
namespace {

using internal::FeatureSet;
using internal::ItemFeatures;
using internal::WeightedToken;

// Bounds are relaxed by this much so rounding never loses a pair that the
// exact score would keep.
constexpr double kSlack = 1e-9;

// A pair found by the search, by position in the FeatureSet (lower first).
// Kept small: a national register yields millions, and they are sorted
// before they become Overlaps with their explanations.
struct ScoredPair {
  uint32_t x = 0;
  uint32_t y = 0;
  double score = 0;
  SignalScores signals;
};

// The result's order: highest score first, then by item (positions follow item order).
bool RanksBefore(const ScoredPair& a, const ScoredPair& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.x != b.x) return a.x < b.x;
  return a.y < b.y;
}

// Each item's `k` best pairs so far, in the result's order. Walking the pairs
// best first and keeping one while either item has fewer than k kept (the
// top_k rule) keeps exactly the pairs among the k best of one of their items:
// a pair below the k-th of both has, at its turn, k kept on both sides. So the
// search can keep only these, n k pairs at most, and never hold the millions a
// low min_score finds on a national register. Safe to add to from several
// workers: items are locked in stripes.
class BestPairs {
 public:
  BestPairs(size_t items, int k)
      : k_(static_cast<size_t>(k)),
        best_(items),
        floors_(std::make_unique<std::atomic<double>[]>(items)),
        locks_(kStripes) {
    for (size_t i = 0; i < items; ++i) floors_[i].store(kNoFloor, std::memory_order_relaxed);
  }

  // The score a pair of `item` must beat to be kept for it: its k-th best so
  // far once it has k, else below any score. It only rises, so a pair whose
  // bound is under the floors of both its items can never be kept, and the
  // search need not score it.
  double Floor(uint32_t item) const { return floors_[item].load(std::memory_order_relaxed); }

  void Add(const ScoredPair& p) {
    Offer(p.x, p);
    Offer(p.y, p);
  }

  // Every pair kept for either item, once each, in the result's order.
  std::vector<ScoredPair> Take() {
    std::vector<ScoredPair> out;
    for (std::vector<ScoredPair>& kept : best_) {
      out.insert(out.end(), kept.begin(), kept.end());
      kept = {};
    }
    std::sort(out.begin(), out.end(), RanksBefore);
    out.erase(std::unique(out.begin(), out.end(),
                          [](const ScoredPair& a, const ScoredPair& b) { return a.x == b.x && a.y == b.y; }),
              out.end());
    return out;
  }

 private:
  static constexpr size_t kStripes = 1024;
  static constexpr double kNoFloor = -std::numeric_limits<double>::infinity();

  // A heap whose front is the item's worst kept pair.
  void Offer(uint32_t item, const ScoredPair& p) {
    std::lock_guard<std::mutex> lock(locks_[item % kStripes]);
    std::vector<ScoredPair>& kept = best_[item];
    if (kept.size() < k_) {
      kept.push_back(p);
      std::push_heap(kept.begin(), kept.end(), RanksBefore);
    } else if (RanksBefore(p, kept.front())) {
      std::pop_heap(kept.begin(), kept.end(), RanksBefore);
      kept.back() = p;
      std::push_heap(kept.begin(), kept.end(), RanksBefore);
    }
    if (kept.size() == k_) floors_[item].store(kept.front().score, std::memory_order_relaxed);
  }

  size_t k_;
  std::vector<std::vector<ScoredPair>> best_;
  std::unique_ptr<std::atomic<double>[]> floors_;
  std::vector<std::mutex> locks_;
};

// Where a search puts the pairs it finds: all of them, or only each item's
// best (`best` set, for top_k).
struct PairSink {
  std::vector<ScoredPair>* all = nullptr;
  BestPairs* best = nullptr;

  void Put(const ScoredPair& p) const {
    if (best != nullptr) {
      best->Add(p);
    } else {
      all->push_back(p);
    }
  }
};

absl::Status CheckWeight(double v, absl::string_view field) {
  if (!std::isfinite(v) || v < 0) {
    return absl::InvalidArgumentError(absl::StrCat(field, ": must be a finite number, zero or more"));
  }
  return absl::OkStatus();
}

// The combined prefix join.
//
// Participants, terms and areas share one feature space, ordered rarest
// first. From any position in an item's features, what the features from
// there on can add to a pair's score is bounded from that item alone:
//
//   participants  w_p x (their weight / (the item's total + the prior)):
//                 the weighted Jaccard is at most the shared weight over
//                 either total with the prior
//   terms         w_t x min(sum of weight x the term's largest weight
//                 anywhere, their L2 norm): the cosine of unit vectors is at
//                 most the norm of either side's shared part
//   areas         w_a x (their number / the item's areas)
//
// A pair's score is at most level + cadence + (half the areas weight when a
// side has no areas) + what its shared features add. All its shared features
// lie at or after the rarest one, t, in both items, so the pair can reach
// min_score only if the bound from t onwards reaches `threshold` in both
// items: t lies in both prefixes (the positions from which the rest still
// reaches the threshold). Only prefixes are indexed and probed, so the
// participants and terms found almost everywhere, which come last, are rarely
// touched. A pair first met at t (positions i and j) becomes a candidate only
// if a tighter bound from i and j, per signal and with level and cadence
// exact, still reaches min_score; the walk then adds up exactly what each
// later shared prefix feature gives it, and it is scored only if that and
// what may be shared after the prefixes (SharedBound) can reach min_score.
//
// Searching across two sets (`side`, one flag an item), only the smaller set
// is indexed and only the other probes it: every pair across the sets is
// met once, from its item that is not indexed.
class CombinedJoin {
 public:
  CombinedJoin(const FeatureSet& fs, const OverlapOptions& options, double threshold,
               const std::vector<uint8_t>* side)
      : fs_(fs),
        options_(options),
        min_score_(*options.min_score),
        prior_(options.participant_prior),
        threshold_(threshold),
        side_(side) {
    if (side_ != nullptr) {
      const auto ones = static_cast<size_t>(std::count(side_->begin(), side_->end(), uint8_t{1}));
      indexed_side_ = ones <= side_->size() - ones ? 1 : 0;
    }
    BuildFeatures();
    BuildIndex();
  }

  // Scores the pairs that may reach min_score, split over `threads` workers.
  void Run(int threads, PairSink sink, OverlapStats& stats, internal::StageProgress& progress) const {
    const uint32_t n = static_cast<uint32_t>(fs_.items.size());
    std::atomic<uint32_t> next{0};
    std::vector<std::vector<ScoredPair>> found(static_cast<size_t>(threads));
    std::vector<OverlapStats> counts(static_cast<size_t>(threads));
    auto work = [&](int w) {
      Scratch scratch(n, fs_.term_names.size());
      for (;;) {
        const uint32_t begin = next.fetch_add(kChunk);
        if (begin >= n) break;
        // Each worker's pairs apart, merged at the end; under top_k straight
        // into the shared best pairs, so memory stays at n k pairs and the
        // floors rise as pairs are found.
        const PairSink mine =
            sink.best != nullptr ? sink : PairSink{.all = &found[static_cast<size_t>(w)]};
        for (uint32_t x = begin; x < std::min(n, begin + kChunk); ++x) {
          if (side_ != nullptr && Indexed(x)) continue;
          Probe(x, mine, scratch, counts[static_cast<size_t>(w)]);
        }
        progress.Add(std::min(n, begin + kChunk) - begin);
      }
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < threads; ++w) pool.emplace_back(work, w);
    work(0);
    for (std::thread& t : pool) t.join();
    size_t total = 0;
    for (const auto& f : found) total += f.size();
    if (sink.all != nullptr) sink.all->reserve(sink.all->size() + total);
    for (size_t w = 0; w < found.size(); ++w) {
      if (sink.all != nullptr) sink.all->insert(sink.all->end(), found[w].begin(), found[w].end());
      found[w] = {};
      stats.postings_scanned += counts[w].postings_scanned;
      stats.candidates += counts[w].candidates;
      stats.pairs_scored += counts[w].pairs_scored;
    }
    stats.indexed_features = static_cast<int64_t>(postings_.size());
  }

 private:
  static constexpr uint32_t kChunk = 256;

  // Whether item x is in the inverted index (every item, unless across sets).
  bool Indexed(uint32_t x) const { return side_ == nullptr || (*side_)[x] == indexed_side_; }
  // Bounds are kept as floats; this covers their rounding many times over.
  static constexpr double kFloatSlack = 1e-5;
  // Added to a norm's square when a square is taken from it (After()).
  static constexpr double kNormSlack = 1e-6;

  enum class Signal : uint8_t { kParticipants, kTopics, kAreas };
  struct Feature {
    uint32_t id = 0;   // rank in the shared feature space, rarest first
    float weight = 0;  // participant weight, term weight, or 1 for an area
    float reach = 0;   // terms: weight x the term's largest weight anywhere
    Signal signal = Signal::kParticipants;
  };
  // What the features from a prefix position onwards hold.
  struct Suffix {
    float participant_weight = 0;
    float term_reach = 0;
    float term_norm = 0;
    float areas = 0;
  };
  // What the bound needs of an item, kept together (the candidates are
  // scattered; their full features are not touched unless scored).
  struct Summary {
    float participant_total = 0;
    float areas = 0;
    float per_year = -1;  // below 0: unknown
    // One bit for each of the item's areas, by the area's index mod 32: two
    // items with none in common share no area, whatever their suffixes hold
    // (meetings of different places met through a body or a word common in
    // each place's own meetings).
    uint32_t area_bits = 0;
    Level level = Level::kUnknown;
  };
  // Where an item's prefix ends (the rank of its first feature outside it, or
  // past every rank) and what lies after it.
  struct Tail {
    Suffix after_prefix;
    uint32_t end_rank = 0;
  };
  // An index entry carries what the bound needs of its item, so walking a
  // posting list reads memory in order rather than jumping to each item.
  struct Posting {
    uint32_t item = 0;
    float weight = 0;  // the item's weight for the feature
    Suffix suffix;
    Summary summary;
  };

  void BuildFeatures() {
    const size_t people = fs_.participant_keys.size(), terms = fs_.term_names.size();
    size_t areas = 0;
    for (const ItemFeatures& f : fs_.items) {
      if (!f.areas.empty()) areas = std::max<size_t>(areas, f.areas.back() + 1);
    }
    // Document frequency over the whole space: participants, then terms, then areas.
    std::vector<uint32_t> df(people + terms + areas, 0);
    for (const ItemFeatures& f : fs_.items) {
      for (const WeightedToken& t : f.participants) ++df[t.id];
      for (const WeightedToken& t : f.terms) ++df[people + t.id];
      for (uint32_t a : f.areas) ++df[people + terms + a];
    }
    std::vector<uint32_t> order(df.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return df[a] < df[b]; });
    std::vector<uint32_t> rank(df.size());
    for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;

    item_begin_.reserve(fs_.items.size() + 1);
    item_begin_.push_back(0);
    summaries_.reserve(fs_.items.size());
    for (const ItemFeatures& f : fs_.items) {
      uint32_t area_bits = 0;
      for (uint32_t a : f.areas) area_bits |= uint32_t{1} << (a % 32);
      summaries_.push_back({static_cast<float>(f.participant_total), static_cast<float>(f.areas.size()),
                            f.per_year ? static_cast<float>(*f.per_year) : -1.0f, area_bits, f.level});
      const size_t begin = features_.size();
      for (const WeightedToken& t : f.participants) {
        features_.push_back({rank[t.id], static_cast<float>(t.weight), 0, Signal::kParticipants});
      }
      for (const WeightedToken& t : f.terms) {
        features_.push_back({rank[people + t.id], static_cast<float>(t.weight),
                             static_cast<float>(t.weight * fs_.term_max_weight[t.id]), Signal::kTopics});
      }
      for (uint32_t a : f.areas) features_.push_back({rank[people + terms + a], 1, 0, Signal::kAreas});
      std::sort(features_.begin() + static_cast<std::ptrdiff_t>(begin), features_.end(),
                [](const Feature& a, const Feature& b) { return a.id < b.id; });
      item_begin_.push_back(static_cast<uint32_t>(features_.size()));
    }
    feature_space_ = df.size();
  }

  // What the suffix can add to any pair's score, from this item alone.
  double Reach(const ItemFeatures& f, double participant_weight, double term_reach, double term_norm,
               double areas) const {
    const SignalWeights& w = options_.weights;
    double reach = w.topics * std::min(term_reach, term_norm);
    if (f.participant_total > 0) {
      reach += w.participants * participant_weight / (f.participant_total + options_.participant_prior);
    }
    if (!f.areas.empty()) reach += w.areas * areas / static_cast<double>(f.areas.size());
    return reach;
  }

  // Prefixes (and their suffixes) and the inverted index over them, in item order.
  void BuildIndex() {
    const size_t n = fs_.items.size();
    prefix_end_.resize(n);
    tails_.resize(n);
    suffix_begin_.reserve(n + 1);
    std::vector<uint32_t> counts(feature_space_ + 1, 0);
    for (size_t x = 0; x < n; ++x) {
      suffix_begin_.push_back(static_cast<uint32_t>(suffixes_.size()));
      const ItemFeatures& f = fs_.items[x];
      const uint32_t begin = item_begin_[x], end = item_begin_[x + 1];
      double people = 0, reach = 0, squares = 0, areas = 0;
      for (uint32_t k = begin; k < end; ++k) {
        const Feature& e = features_[k];
        if (e.signal == Signal::kParticipants) people += e.weight;
        if (e.signal == Signal::kTopics) reach += e.reach, squares += static_cast<double>(e.weight) * e.weight;
        if (e.signal == Signal::kAreas) areas += 1;
      }
      uint32_t k = begin;
      for (; k < end; ++k) {
        const double norm = std::sqrt(std::max(squares, 0.0));
        if (Reach(f, people, reach, norm, areas) < threshold_ - kFloatSlack) break;
        suffixes_.push_back({static_cast<float>(people), static_cast<float>(reach), static_cast<float>(norm),
                             static_cast<float>(areas)});
        const Feature& e = features_[k];
        if (e.signal == Signal::kParticipants) people -= e.weight;
        if (e.signal == Signal::kTopics) reach -= e.reach, squares -= static_cast<double>(e.weight) * e.weight;
        if (e.signal == Signal::kAreas) areas -= 1;
      }
      // And what lies after the prefix (SharedBound).
      suffixes_.push_back({static_cast<float>(people), static_cast<float>(reach),
                           static_cast<float>(std::sqrt(std::max(squares, 0.0))), static_cast<float>(areas)});
      prefix_end_[x] = k;
      tails_[x] = {suffixes_.back(), k < end ? features_[k].id : std::numeric_limits<uint32_t>::max()};
      if (Indexed(static_cast<uint32_t>(x))) {
        for (uint32_t j = begin; j < k; ++j) ++counts[features_[j].id + 1];
      }
    }
    suffix_begin_.push_back(static_cast<uint32_t>(suffixes_.size()));
    for (size_t f = 1; f < counts.size(); ++f) counts[f] += counts[f - 1];
    posting_begin_ = counts;
    postings_.reserve(counts.back());
    internal::AdviseHugePages(postings_.data(), counts.back() * sizeof(Posting));
    postings_.resize(counts.back());
    for (uint32_t x = 0; x < n; ++x) {
      if (!Indexed(x)) continue;
      for (uint32_t k = item_begin_[x]; k < prefix_end_[x]; ++k) {
        postings_[counts[features_[k].id]++] = {x, features_[k].weight,
                                                suffixes_[suffix_begin_[x] + (k - item_begin_[x])], summaries_[x]};
      }
    }
  }

  // A worker's reusable state.
  struct Candidate {
    uint32_t y = 0;
    float bound = 0;        // the pair's score bound
    float topic_bound = 0;  // what the terms may add
  };
  // A candidate while the probe walks its prefix: what the features met so
  // far share exactly, and what lies after the last one met in each item.
  // Sums in double: a meeting may have hundreds of participants, and float
  // sums of that many would stray further than the bounds' slack.
  struct Partial {
    uint32_t y = 0;
    uint32_t x_position = 0;  // of the last feature met, in x's features
    double participants = 0;  // sum of the smaller weights
    double dot = 0;           // sum of the term weights' products
    float areas = 0;          // areas in common
    Suffix y_after;           // what lies after it in y
    Summary summary;          // y's
  };
  struct Scratch {
    Scratch(uint32_t items, size_t vocabulary) : seen((items + 63) / 64, 0), slot(items), terms(vocabulary) {}
    // The candidates of the current probe, one bit an item: small enough to
    // stay in cache, cleared from `met` after each probe.
    std::vector<uint64_t> seen;
    std::vector<uint32_t> slot;  // a candidate's place in `met`; read only when its bit is set
    std::vector<Partial> met;
    std::vector<Candidate> candidates;
    internal::SpreadTerms terms;
  };

  // Finds the earlier items y (across sets: the indexed items) that may reach
  // min_score with x, scores them and puts those that reach it in `sink`.
  // Under a top_k rule (`sink.best` set), a candidate is also passed over when
  // its bound is below the floors of both x and y.
  void Probe(uint32_t x, const PairSink& sink, Scratch& scratch, OverlapStats& stats) const {
    const BestPairs* best = sink.best;
    const uint32_t begin = item_begin_[x];
    const Summary& sx = summaries_[x];
    const uint32_t suffix_base = suffix_begin_[x];
    scratch.met.clear();
    for (uint32_t k = begin; k < prefix_end_[x]; ++k) {
      const Suffix& suffix = suffixes_[suffix_base + (k - begin)];
      const Feature& feature = features_[k];
      const uint32_t id = feature.id;
      for (uint32_t p = posting_begin_[id]; p < posting_begin_[id + 1]; ++p) {
        const Posting& posting = postings_[p];
        const uint32_t y = posting.item;
        // Postings are in item order: each pair once, lower first. Across
        // sets, x is never indexed, so each pair is met once anyway.
        if (y >= x && side_ == nullptr) break;
        ++stats.postings_scanned;
        uint64_t& word = scratch.seen[y / 64];
        const uint64_t bit = uint64_t{1} << (y % 64);
        if (word & bit) {
          // Met before: this feature is shared, and what is shared from here
          // on lies after it in both items.
          Partial& m = scratch.met[scratch.slot[y]];
          Share(feature, posting.weight, m);
          m.x_position = k;
          m.y_after = After(posting.suffix, feature, posting.weight);
          continue;
        }
        // The bound where the pair first meets (its rarest shared feature)
        // is the loosest: from any later position it can only be lower, so
        // a pair that fails here fails everywhere and need not be remembered.
        float topic_bound = 0;
        const double bound = UpperBound(sx, posting.summary, suffix, posting.suffix, topic_bound);
        if (bound < min_score_) continue;
        word |= bit;
        scratch.slot[y] = static_cast<uint32_t>(scratch.met.size());
        Partial& m = scratch.met.emplace_back();
        m.y = y;
        m.summary = posting.summary;
        Share(feature, posting.weight, m);
        m.x_position = k;
        m.y_after = After(posting.suffix, feature, posting.weight);
      }
    }
    stats.candidates += static_cast<int64_t>(scratch.met.size());
    if (scratch.met.empty()) return;
    // Each candidate's bound from what its prefixes share exactly and what
    // may be shared after the last feature met (SharedBound).
    scratch.candidates.clear();
    for (const Partial& m : scratch.met) {
      scratch.seen[m.y / 64] = 0;
      float topic_bound = 0;
      const double bound = SharedBound(x, m, topic_bound);
      if (bound >= min_score_) scratch.candidates.push_back({m.y, static_cast<float>(bound), topic_bound});
    }
    if (scratch.candidates.empty()) return;
    if (best != nullptr) {
      // Most promising first, so that x's own floor rises as early as it can.
      std::sort(scratch.candidates.begin(), scratch.candidates.end(),
                [](const Candidate& a, const Candidate& b) { return a.bound > b.bound || (a.bound == b.bound && a.y < b.y); });
    }

    // Score them in order, fetching each one's features a few ahead: they are
    // scattered over the register. Cheap signals first; the topic cosine only
    // if it can still lift the pair to min_score.
    const ItemFeatures& probe = fs_.items[x];
    const SignalWeights& w = options_.weights;
    const std::vector<Candidate>& c = scratch.candidates;
    for (size_t i = 0; i < c.size(); ++i) {
      if (i + 16 < c.size()) {
        const char* ahead = reinterpret_cast<const char*>(&fs_.items[c[i + 16].y]);
        __builtin_prefetch(ahead);
        __builtin_prefetch(ahead + sizeof(ItemFeatures) - 1);
      }
      if (i + 8 < c.size()) {
        const ItemFeatures& ahead = fs_.items[c[i + 8].y];
        __builtin_prefetch(ahead.participants.data());
        __builtin_prefetch(ahead.terms.data());
        __builtin_prefetch(ahead.areas.data());
      }
      // Under top_k, the score this pair must beat for either of its items.
      double floor = min_score_;
      if (best != nullptr) {
        floor = std::max(floor, std::min(best->Floor(x), best->Floor(c[i].y)));
        if (static_cast<double>(c[i].bound) + kFloatSlack < floor) continue;
      }
      // The lower item first, as FindOverlapsNaive scores it.
      const uint32_t lower = std::min(x, c[i].y), higher = std::max(x, c[i].y);
      const ItemFeatures& b = fs_.items[lower];
      const ItemFeatures& a = fs_.items[higher];
      SignalScores s;
      s.participants = internal::ParticipantSimilarity(b, a, options_.participant_prior);
      s.areas = internal::AreaSimilarity(b, a);
      s.level = internal::LevelSimilarity(b.level, a.level);
      s.cadence = internal::CadenceSimilarity(b.per_year, a.per_year);
      const double without_topics =
          w.participants * s.participants + w.areas * s.areas + w.level * s.level + w.cadence * s.cadence;
      if (without_topics + w.topics * c[i].topic_bound + kFloatSlack < floor) continue;
      ++stats.pairs_scored;
      // The probe's terms are spread once; the cosine is symmetric.
      if (scratch.terms.loaded() != &probe) scratch.terms.Load(probe);
      s.topics = scratch.terms.Dot(&probe == &a ? b : a);
      const double score = internal::Combine(s, w);
      if (score < min_score_) continue;
      // The evidence floor here rather than after the search: on a national register most
      // pairs reaching a low min_score on level, cadence and common bodies fail it, and
      // keeping them until the end costs gigabytes.
      if (!internal::HasEvidence(fs_, b, a, s, options_)) continue;
      sink.Put({lower, higher, score, s});
    }
  }

  // Adds what a feature both items hold (with weights `feature.weight` and
  // `weight`) gives the pair's signals.
  static void Share(const Feature& feature, float weight, Partial& m) {
    switch (feature.signal) {
      case Signal::kParticipants:
        m.participants += static_cast<double>(std::min(feature.weight, weight));
        break;
      case Signal::kTopics:
        m.dot += static_cast<double>(feature.weight) * weight;
        break;
      case Signal::kAreas:
        m.areas += 1;
        break;
    }
  }

  // What lies after a position, from what lies from it and its feature. The
  // norm is taken back up a little: a difference of squares loses the small
  // ones to rounding, and a bound must not come out low.
  static Suffix After(const Suffix& from, const Feature& feature, float weight) {
    Suffix after = from;
    switch (feature.signal) {
      case Signal::kParticipants:
        after.participant_weight = std::max(0.0f, from.participant_weight - weight);
        break;
      case Signal::kTopics: {
        const double squares = static_cast<double>(from.term_norm) * from.term_norm -
                               static_cast<double>(weight) * weight;
        after.term_norm = static_cast<float>(std::sqrt(std::max(squares, 0.0) + kNormSlack));
        // The term's reach in this item: its weight x the term's largest weight anywhere.
        const double reach = static_cast<double>(weight) * feature.reach / feature.weight;
        after.term_reach = static_cast<float>(std::max(0.0, from.term_reach - reach * (1 - 1e-6)));
        break;
      }
      case Signal::kAreas:
        after.areas = std::max(0.0f, from.areas - 1);
        break;
    }
    return after;
  }

  // The bound on a candidate's score once x's prefix is walked. Every shared
  // feature rarer than the last one met lies in both prefixes, so the walk
  // met it and it counts exactly. A shared feature not met comes after that
  // one in both items and is outside the prefix of one of them, so it ranks
  // at or after the earlier of the two prefix ends, r: what either item
  // holds from r on (from the last one met on, if later) bounds the rest.
  double SharedBound(uint32_t x, const Partial& m, float& topic_bound) const {
    const Summary& a = summaries_[x];
    const Summary& b = m.summary;
    const Tail& y_tail = tails_[m.y];
    const uint32_t x_begin = item_begin_[x], x_end = prefix_end_[x];
    // What lies from x's feature k on (k up to x_end: after the prefix).
    auto x_from = [&](uint32_t k) -> const Suffix& { return suffixes_[suffix_begin_[x] + (k - x_begin)]; };
    Suffix rest_x, rest_y;
    if (y_tail.end_rank >= tails_[x].end_rank) {
      rest_x = x_from(x_end);  // x's features after its prefix
      rest_y = m.y_after;
    } else {
      rest_y = y_tail.after_prefix;
      // x's features from rank y_tail.end_rank on, after the last one met.
      uint32_t lo = m.x_position + 1, hi = x_end;
      while (lo < hi) {
        const uint32_t mid = lo + (hi - lo) / 2;
        if (features_[mid].id < y_tail.end_rank) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      rest_x = x_from(lo);
    }
    const SignalWeights& w = options_.weights;
    double bound = w.level * internal::LevelSimilarity(a.level, b.level) +
                   w.cadence * internal::CadenceSimilarity(a.per_year < 0 ? std::nullopt : std::optional<double>(a.per_year),
                                                           b.per_year < 0 ? std::nullopt : std::optional<double>(b.per_year));
    const double participants = m.participants + std::min(rest_x.participant_weight, rest_y.participant_weight);
    bound += w.participants * SharedOverUnion(participants, a.participant_total, b.participant_total, prior_);
    const double rest = std::min(static_cast<double>(std::min(rest_x.term_reach, rest_y.term_reach)),
                                 static_cast<double>(rest_x.term_norm) * rest_y.term_norm);
    const double topics = std::min(1.0, m.dot + rest);
    topic_bound = static_cast<float>(topics) + static_cast<float>(kFloatSlack);
    bound += w.topics * topics;
    if (a.areas == 0 || b.areas == 0) {
      bound += 0.5 * w.areas;
    } else if ((a.area_bits & b.area_bits) != 0) {
      bound += w.areas * SharedOverUnion(static_cast<double>(m.areas) + std::min(rest_x.areas, rest_y.areas),
                                         a.areas, b.areas);
    }
    return bound + kFloatSlack;
  }

  // Jaccard-style bound: `shared` of totals `a` and `b` is at most shared / (a + b - shared),
  // with the participant prior in the union (ParticipantSimilarity).
  static double SharedOverUnion(double shared, double a, double b, double prior = 0) {
    const double denominator = a + b - shared + prior;
    return denominator > 0 ? std::min(1.0, shared / denominator) : 0.0;
  }

  // Sets `topic_bound` to the bound on the topic signal alone.
  double UpperBound(const Summary& a, const Summary& b, const Suffix& sa, const Suffix& sb,
                    float& topic_bound) const {
    const SignalWeights& w = options_.weights;
    double bound = w.level * internal::LevelSimilarity(a.level, b.level) +
                   w.cadence * internal::CadenceSimilarity(a.per_year < 0 ? std::nullopt : std::optional<double>(a.per_year),
                                                           b.per_year < 0 ? std::nullopt : std::optional<double>(b.per_year));
    bound += w.participants * SharedOverUnion(std::min(sa.participant_weight, sb.participant_weight),
                                              a.participant_total, b.participant_total, prior_);
    const double topics = std::min({static_cast<double>(std::min(sa.term_reach, sb.term_reach)),
                                    static_cast<double>(sa.term_norm) * sb.term_norm, 1.0});
    topic_bound = static_cast<float>(topics) + static_cast<float>(kFloatSlack);
    bound += w.topics * topics;
    if (a.areas == 0 || b.areas == 0) {
      bound += 0.5 * w.areas;
    } else if ((a.area_bits & b.area_bits) != 0) {
      bound += w.areas * SharedOverUnion(std::min(sa.areas, sb.areas), a.areas, b.areas);
    }
    return bound + kFloatSlack;
  }

  const FeatureSet& fs_;
  const OverlapOptions& options_;  // min_score set: the rule's
  const double min_score_;
  const double prior_;  // in the participant Jaccard's union
  const double threshold_;
  const std::vector<uint8_t>* side_;  // across sets: 1 for the items of one_side
  uint8_t indexed_side_ = 0;
  size_t feature_space_ = 0;
  std::vector<Feature> features_;        // every item's features, rarest first within an item
  std::vector<uint32_t> item_begin_;     // item -> first feature
  std::vector<uint32_t> prefix_end_;     // item -> end of its indexed prefix
  std::vector<Suffix> suffixes_;         // per prefix position
  std::vector<uint32_t> suffix_begin_;   // item -> first suffix
  std::vector<Posting> postings_;        // feature -> items whose prefix holds it
  std::vector<uint32_t> posting_begin_;  // feature -> first posting (feature_space + 1 entries)
  std::vector<Summary> summaries_;       // by item
  std::vector<Tail> tails_;              // by item
};

// Every pair (across sets: every pair across), the lower item first.
void ScoreAllPairs(const FeatureSet& fs, const OverlapOptions& options, const std::vector<uint8_t>* side,
                   PairSink sink, OverlapStats& stats, internal::StageProgress& progress) {
  auto score_pair = [&](uint32_t x, uint32_t y) {
    ++stats.pairs_scored;
    const SignalScores s = internal::ScoreSignals(fs.items[x], fs.items[y], options.participant_prior);
    const double score = internal::Combine(s, options.weights);
    if (score < *options.min_score || !internal::HasEvidence(fs, fs.items[x], fs.items[y], s, options)) return;
    sink.Put({x, y, score, s});
  };
  const auto n = static_cast<uint32_t>(fs.items.size());
  if (side == nullptr) {
    for (uint32_t x = 0; x < n; ++x) {
      for (uint32_t y = x + 1; y < n; ++y) score_pair(x, y);
      progress.Add(1);
    }
  } else {
    std::vector<uint32_t> ones, others;
    for (uint32_t x = 0; x < n; ++x) ((*side)[x] != 0 ? ones : others).push_back(x);
    for (uint32_t x : ones) {
      for (uint32_t y : others) score_pair(std::min(x, y), std::max(x, y));
      progress.Add(1);
    }
  }
  stats.candidates = stats.pairs_scored;
}

int WorkerCount(int requested) {
  if (requested > 0) return requested;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// The sorted pairs as Overlaps, with their explanations if asked, shared out
// between workers: for large results explanations cost more than the search.
// The pairs a search found (past min_score, the evidence floor and the rule's
// top_k) as Overlaps in the result's order.
std::vector<Overlap> MakeOverlaps(const FeatureSet& fs, const OverlapOptions& options,
                                  std::vector<ScoredPair> pairs) {
  std::sort(pairs.begin(), pairs.end(), RanksBefore);
  std::vector<Overlap> out(pairs.size());
  internal::StageProgress progress(options.explain ? options.progress : ProgressCallback(), "explanations",
                                   static_cast<int64_t>(pairs.size()));
  const int threads = std::min<int>(WorkerCount(options.threads), static_cast<int>(pairs.size() / 4096 + 1));
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (;;) {
      const size_t begin = next.fetch_add(1024);
      if (begin >= pairs.size()) break;
      for (size_t i = begin; i < std::min(pairs.size(), begin + 1024); ++i) {
        const ItemFeatures& a = fs.items[pairs[i].x];
        const ItemFeatures& b = fs.items[pairs[i].y];
        Overlap& o = out[i];
        o.a = a.item;
        o.b = b.item;
        o.score = pairs[i].score;
        o.signals = pairs[i].signals;
        if (options.explain) internal::Explain(fs, a, b, options.max_terms_explained, o);
      }
      progress.Add(static_cast<int64_t>(std::min(pairs.size(), begin + 1024) - begin));
    }
  };
  std::vector<std::thread> pool;
  for (int w = 1; w < threads; ++w) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return out;
}

// One flag an item of `fs`: 1 for those in options.one_side. Null when
// every pair is searched.
absl::StatusOr<std::optional<std::vector<uint8_t>>> Sides(const Register& reg, const FeatureSet& fs,
                                                         const OverlapOptions& options) {
  if (options.one_side.empty()) return std::nullopt;
  absl::flat_hash_set<Item> one_side;
  for (size_t k = 0; k < options.one_side.size(); ++k) {
    const Item item = options.one_side[k];
    const bool meeting = item.kind == Item::Kind::kMeeting;
    const size_t count = meeting ? reg.meetings().size() : reg.initiatives().size();
    if (item.index >= count) {
      return absl::InvalidArgumentError(absl::StrCat("one_side[", k, "]: no ", meeting ? "meeting" : "initiative", " ",
                                                     item.index, " in the register (it has ", count, ")"));
    }
    one_side.insert(item);
  }
  std::vector<uint8_t> side(fs.items.size(), 0);
  for (size_t i = 0; i < fs.items.size(); ++i) side[i] = one_side.contains(fs.items[i].item) ? 1 : 0;
  return side;
}

// The rule options give for a search over `items` items.
OverlapRule RuleFor(const OverlapOptions& options, int64_t items) {
  const bool national = items > kAutomaticTopKItems;
  OverlapRule rule;
  if (options.min_score) {
    rule.min_score = *options.min_score;
  } else {
    rule.min_score = national ? kAutomaticMinScore : kDefaultMinScore;
    rule.automatic_min_score = national;
  }
  if (options.top_k) {
    rule.top_k = *options.top_k;
  } else if (national) {
    rule.top_k = kAutomaticTopK;
    rule.automatic = true;
  }
  return rule;
}

// `options` with the rule's min_score, which the search reads.
OverlapOptions Resolved(const OverlapOptions& options, const OverlapRule& rule) {
  OverlapOptions resolved = options;
  resolved.min_score = rule.min_score;
  return resolved;
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
  if (o.min_score && (!std::isfinite(*o.min_score) || *o.min_score <= 0 || *o.min_score > 1)) {
    return absl::InvalidArgumentError("min_score: must be more than 0 and at most 1");
  }
  if (!std::isfinite(o.min_shared_specificity) || o.min_shared_specificity < 0 || o.min_shared_specificity > 1) {
    return absl::InvalidArgumentError("min_shared_specificity: must be between 0 and 1");
  }
  if (!std::isfinite(o.min_topic_evidence) || o.min_topic_evidence < 0 || o.min_topic_evidence > 1) {
    return absl::InvalidArgumentError("min_topic_evidence: must be between 0 and 1");
  }
  if (!std::isfinite(o.participant_prior) || o.participant_prior < 0 || o.participant_prior > 1000) {
    return absl::InvalidArgumentError("participant_prior: must be between 0 and 1000");
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
  if (o.top_k && *o.top_k < 0) {
    return absl::InvalidArgumentError(absl::StrCat("top_k: must be 0 (every pair) or more, got ", *o.top_k));
  }
  if (o.threads < 0 || o.threads > kMaxOverlapThreads) {
    return absl::InvalidArgumentError(
        absl::StrCat("threads: must be from 0 (one a core) to ", kMaxOverlapThreads, ", got ", o.threads));
  }
  return absl::OkStatus();
}

std::string OverlapRule::Describe() const {
  std::string out = top_k == 0 ? absl::StrCat("every pair scoring at least ", absl::SixDigits(min_score))
                               : absl::StrCat("pairs scoring at least ", absl::SixDigits(min_score), ", each item's ",
                                              top_k, " highest-scoring");
  if (!automatic && !automatic_min_score) return out;
  const char* chosen = automatic ? "" : "min_score ";
  const char* instead = automatic && automatic_min_score ? "give min_score, or top_k 0 for every pair"
                        : automatic                      ? "give top_k 0 for every pair"
                                                         : "give min_score for another";
  absl::StrAppend(&out, " (", chosen, "chosen for a register of more than ", kAutomaticTopKItems, " items; ",
                  instead, ")");
  return out;
}

absl::StatusOr<OverlapResult> FindOverlaps(const Register& reg, const OverlapOptions& given) {
  if (absl::Status s = ValidateOverlapOptions(given); !s.ok()) return s;
  // With no weight on topics, terms change no score: skip the text work.
  const FeatureSet fs = internal::BuildFeatures(reg, given, /*with_terms=*/given.weights.topics > 0);
  absl::StatusOr<std::optional<std::vector<uint8_t>>> sides = Sides(reg, fs, given);
  if (!sides.ok()) return sides.status();
  const std::vector<uint8_t>* side = sides->has_value() ? &**sides : nullptr;
  OverlapResult result;
  result.stats.items = static_cast<int64_t>(fs.items.size());
  result.rule = RuleFor(given, result.stats.items);
  const OverlapOptions options = Resolved(given, result.rule);

  // What shared participants, terms and areas must add for a pair to reach
  // min_score when level and cadence give their most (and areas give their
  // half when a side has none).
  const SignalWeights& w = options.weights;
  const bool any_without_areas =
      std::any_of(fs.items.begin(), fs.items.end(), [](const ItemFeatures& f) { return f.areas.empty(); });
  const double threshold = result.rule.min_score - w.level - w.cadence - (any_without_areas ? 0.5 * w.areas : 0.0);
  result.stats.threshold = threshold;
  std::vector<ScoredPair> pairs;
  std::optional<BestPairs> best;
  if (result.rule.top_k > 0) best.emplace(fs.items.size(), result.rule.top_k);
  const PairSink sink{.all = &pairs, .best = best ? &*best : nullptr};
  {
    internal::StageProgress progress(options.progress, "search", result.stats.items);
    if (threshold <= kSlack) {
      // Level, cadence and unknown areas alone can reach min_score: every pair is a candidate.
      ScoreAllPairs(fs, options, side, sink, result.stats, progress);
    } else {
      CombinedJoin(fs, options, threshold, side).Run(WorkerCount(options.threads), sink, result.stats, progress);
    }
  }
  if (best) pairs = best->Take();
  result.pairs = MakeOverlaps(fs, options, std::move(pairs));
  return result;
}

absl::StatusOr<OverlapResult> FindOverlapsNaive(const Register& reg, const OverlapOptions& given) {
  if (absl::Status s = ValidateOverlapOptions(given); !s.ok()) return s;
  const FeatureSet fs = internal::BuildFeatures(reg, given, /*with_terms=*/given.weights.topics > 0);
  absl::StatusOr<std::optional<std::vector<uint8_t>>> sides = Sides(reg, fs, given);
  if (!sides.ok()) return sides.status();
  OverlapResult result;
  result.stats.items = static_cast<int64_t>(fs.items.size());
  result.rule = RuleFor(given, result.stats.items);
  const OverlapOptions options = Resolved(given, result.rule);
  std::vector<ScoredPair> pairs;
  std::optional<BestPairs> best;
  if (result.rule.top_k > 0) best.emplace(fs.items.size(), result.rule.top_k);
  {
    internal::StageProgress progress(options.progress, "search", result.stats.items);
    ScoreAllPairs(fs, options, sides->has_value() ? &**sides : nullptr,
                  PairSink{.all = &pairs, .best = best ? &*best : nullptr}, result.stats, progress);
  }
  if (best) pairs = best->Take();
  result.pairs = MakeOverlaps(fs, options, std::move(pairs));
  return result;
}

}  // namespace govgraph
