// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/containment.h"

#include <algorithm>
#include <optional>
#include <cmath>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "overlap/features.h"

namespace govgraph {
namespace {

using internal::FeatureSet;
using internal::ItemFeatures;
using internal::WeightedToken;

bool LevelsCompatible(Level a, Level b) {
  if (a == Level::kUnknown || b == Level::kUnknown) return true;
  return std::abs(static_cast<int>(a) - static_cast<int>(b)) <= 1;
}

bool AreasCompatible(const ItemFeatures& a, const ItemFeatures& b) {
  if (a.areas.empty() || b.areas.empty()) return true;
  bool shared = false;
  internal::ForEachShared(a.areas, b.areas, internal::AreaIndex, [&](uint32_t, uint32_t) { shared = true; });
  return shared;
}

bool Contains(std::span<const WeightedToken> tokens, uint32_t id) {
  auto it = std::lower_bound(tokens.begin(), tokens.end(), id,
                             [](const WeightedToken& t, uint32_t v) { return t.id < v; });
  return it != tokens.end() && it->id == id;
}

const Meeting* MeetingOf(const Register& reg, Item item) {
  return item.kind == Item::Kind::kMeeting ? &reg.meetings()[item.index] : nullptr;
}

}  // namespace

absl::Status ValidateContainmentOptions(const ContainmentOptions& o) {
  if (absl::Status s = ValidateOverlapOptions(o.overlap); !s.ok()) return s;
  for (const auto& [v, name] : {std::pair{o.min_participant_coverage, "min_participant_coverage"},
                                {o.min_topic_coverage, "min_topic_coverage"},
                                {o.candidate_max_share, "candidate_max_share"}}) {
    if (!std::isfinite(v) || v < 0 || v > 1) {
      return absl::InvalidArgumentError(std::string(name) + ": must be between 0 and 1");
    }
  }
  if (o.max_covering < 1) return absl::InvalidArgumentError("max_covering: must be at least 1");
  return absl::OkStatus();
}

namespace {

// The features and candidate indexes, built once; each meeting is then tested
// against whichever meetings may cover it.
class Coverer {
 public:
  Coverer(const Register& reg, const ContainmentOptions& options)
      : reg_(reg), options_(options), fs_(internal::BuildFeatures(reg, options.overlap)) {
    const size_t n = fs_.items.size();
    // Inverted indexes over participant tokens and terms, leaving out the
    // commonest as proposers of candidates.
    max_df_ = std::max<size_t>(50, static_cast<size_t>(options.candidate_max_share * static_cast<double>(n)));
    by_participant_.resize(fs_.participant_keys.size());
    by_term_.resize(fs_.term_names.size());
    for (uint32_t i = 0; i < n; ++i) {
      for (const WeightedToken& t : fs_.items[i].participants) by_participant_[t.id].push_back(i);
      for (const WeightedToken& t : fs_.items[i].terms) by_term_[t.id].push_back(i);
      if (fs_.items[i].item.kind == Item::Kind::kMeeting) feature_of_meeting_[fs_.items[i].item.index] = i;
    }
  }

  size_t size() const { return fs_.items.size(); }
  const ItemFeatures& features(uint32_t i) const { return fs_.items[i]; }
  std::optional<uint32_t> FeatureOfMeeting(uint32_t meeting) const {
    const auto it = feature_of_meeting_.find(meeting);
    return it == feature_of_meeting_.end() ? std::nullopt : std::optional<uint32_t>(it->second);
  }

  // Whether item a is consumed by others, none of them in `not_covering`
  // (item indexes).
  std::optional<Containment> Test(uint32_t a, const absl::flat_hash_set<uint32_t>& not_covering) {
    const FeatureSet& fs = fs_;
    const ContainmentOptions& options = options_;
    const double wp = options.overlap.weights.participants;
    const double wt = options.overlap.weights.topics;
    const double w_sum = wp + wt > 0 ? wp + wt : 1;
    const ItemFeatures& fa = fs.items[a];
    const Meeting* ma = MeetingOf(reg_, fa.item);
    if (ma != nullptr && ma->statutory && !options.include_statutory) return std::nullopt;
    if (fa.terms.empty() || (fa.participants.empty() && !options.allow_no_participants)) return std::nullopt;

    std::vector<uint32_t>& candidates = candidates_;
    candidates.clear();
    for (const WeightedToken& t : fa.participants) {
      if (by_participant_[t.id].size() <= max_df_) {
        candidates.insert(candidates.end(), by_participant_[t.id].begin(), by_participant_[t.id].end());
      }
    }
    for (const WeightedToken& t : fa.terms) {
      if (by_term_[t.id].size() <= max_df_) candidates.insert(candidates.end(), by_term_[t.id].begin(), by_term_[t.id].end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](uint32_t b) {
                                      if (b == a || not_covering.contains(b)) return true;
                                      const ItemFeatures& fb = fs.items[b];
                                      const Meeting* mb = MeetingOf(reg_, fb.item);
                                      if (options.covering_must_be_retained && mb != nullptr &&
                                          mb->status == MeetingStatus::kToBeRemoved) {
                                        return true;
                                      }
                                      return !LevelsCompatible(fa.level, fb.level) || !AreasCompatible(fa, fb);
                                    }),
                     candidates.end());
    double p_total = 0, t_total = 0;
    for (const WeightedToken& t : fa.participants) p_total += t.weight;
    for (const WeightedToken& t : fa.terms) t_total += t.weight;
    std::vector<bool> p_covered(fa.participants.size(), false), t_covered(fa.terms.size(), false);
    // Nothing recorded to cover: the participants are not what decides.
    double p_cov = fa.participants.empty() ? 1.0 : 0.0, t_cov = 0;
    Containment c;
    c.consumed = fa.item;
    for (int step = 0; step < options.max_covering; ++step) {
      if (p_cov >= options.min_participant_coverage && t_cov >= options.min_topic_coverage) break;
      double best_gain = 0;
      uint32_t best = 0;
      for (uint32_t b : candidates) {
        const ItemFeatures& fb = fs.items[b];
        double gp = 0, gt = 0;
        for (size_t k = 0; k < fa.participants.size(); ++k) {
          if (!p_covered[k] && Contains(fb.participants, fa.participants[k].id)) gp += fa.participants[k].weight;
        }
        for (size_t k = 0; k < fa.terms.size(); ++k) {
          if (!t_covered[k] && Contains(fb.terms, fa.terms[k].id)) gt += fa.terms[k].weight;
        }
        const double gain = (wp * (p_total > 0 ? gp / p_total : 0.0) + wt * gt / t_total) / w_sum;
        if (gain > best_gain + 1e-12) {
          best_gain = gain;
          best = b;
        }
      }
      if (best_gain <= 0) break;
      const ItemFeatures& fb = fs.items[best];
      for (size_t k = 0; k < fa.participants.size(); ++k) {
        if (!p_covered[k] && Contains(fb.participants, fa.participants[k].id)) {
          p_covered[k] = true;
          p_cov += fa.participants[k].weight / p_total;
        }
      }
      for (size_t k = 0; k < fa.terms.size(); ++k) {
        if (!t_covered[k] && Contains(fb.terms, fa.terms[k].id)) {
          t_covered[k] = true;
          t_cov += fa.terms[k].weight / t_total;
        }
      }
      c.covering.push_back(fb.item);
    }
    if (p_cov + 1e-12 < options.min_participant_coverage || t_cov + 1e-12 < options.min_topic_coverage) {
      return std::nullopt;
    }
    c.participant_coverage = std::min(p_cov, 1.0);
    c.topic_coverage = std::min(t_cov, 1.0);
    for (size_t k = 0; k < fa.participants.size(); ++k) {
      (p_covered[k] ? c.covered_participants : c.uncovered_participants)
          .push_back(fs.participant_labels[fa.participants[k].id]);
    }
    for (size_t k = 0; k < fa.terms.size(); ++k) {
      (t_covered[k] ? c.covered_terms : c.uncovered_terms).push_back(fs.term_names[fa.terms[k].id]);
    }
    return c;
  }

 private:
  const Register& reg_;
  const ContainmentOptions& options_;
  const FeatureSet fs_;
  size_t max_df_ = 0;
  std::vector<std::vector<uint32_t>> by_participant_;
  std::vector<std::vector<uint32_t>> by_term_;
  absl::flat_hash_map<uint32_t, uint32_t> feature_of_meeting_;
  std::vector<uint32_t> candidates_;
};

// Item indexes of the meetings named by id.
absl::flat_hash_set<uint32_t> ItemsOf(const Register& reg, const Coverer& coverer, const std::vector<std::string>& ids) {
  absl::flat_hash_set<uint32_t> out;
  for (const std::string& id : ids) {
    if (std::optional<MeetingHandle> h = reg.FindMeeting(id)) {
      if (std::optional<uint32_t> i = coverer.FeatureOfMeeting(h->index())) out.insert(*i);
    }
  }
  return out;
}

}  // namespace

absl::StatusOr<std::vector<Containment>> FindConsumedMeetings(const Register& reg, const ContainmentOptions& options) {
  if (absl::Status s = ValidateContainmentOptions(options); !s.ok()) return s;
  Coverer coverer(reg, options);
  const absl::flat_hash_set<uint32_t> not_covering = ItemsOf(reg, coverer, options.not_covering);
  const absl::flat_hash_set<std::string> only(options.only.begin(), options.only.end());
  std::vector<Containment> out;
  for (uint32_t a = 0; a < coverer.size(); ++a) {
    const Meeting* ma = MeetingOf(reg, coverer.features(a).item);
    if (!only.empty() && (ma == nullptr || !only.contains(ma->id))) continue;
    if (std::optional<Containment> c = coverer.Test(a, not_covering)) out.push_back(*std::move(c));
  }
  return out;
}

absl::StatusOr<std::vector<Containment>> FindConsumedMeetingsJointly(const Register& reg,
                                                                     const std::vector<MeetingHandle>& order,
                                                                     const ContainmentOptions& options) {
  if (absl::Status s = ValidateContainmentOptions(options); !s.ok()) return s;
  Coverer coverer(reg, options);
  absl::flat_hash_set<uint32_t> stopped = ItemsOf(reg, coverer, options.not_covering);
  std::vector<std::vector<uint32_t>> relatives(reg.meetings().size());  // board and sub-groups
  for (uint32_t j = 0; j < reg.meetings().size(); ++j) {
    if (std::optional<MeetingHandle> parent = reg.Resolve(reg.meetings()[j].reports_to)) {
      relatives[j].push_back(parent->index());
      relatives[parent->index()].push_back(j);
    }
  }
  std::vector<Containment> out;
  for (MeetingHandle h : order) {
    if (h.index() >= reg.meetings().size()) return absl::InvalidArgumentError("order: no such meeting");
    const std::optional<uint32_t> a = coverer.FeatureOfMeeting(h.index());
    if (!a) continue;
    // Neither what already stops nor the meeting's own board or sub-groups.
    absl::flat_hash_set<uint32_t> excluded = stopped;
    for (uint32_t j : relatives[h.index()]) {
      if (std::optional<uint32_t> i = coverer.FeatureOfMeeting(j)) excluded.insert(*i);
    }
    if (std::optional<Containment> c = coverer.Test(*a, excluded)) {
      stopped.insert(*a);
      out.push_back(*std::move(c));
    }
  }
  return out;
}

}  // namespace govgraph
