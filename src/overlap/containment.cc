// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/containment.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
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

absl::StatusOr<std::vector<Containment>> FindConsumedMeetings(const Register& reg, const ContainmentOptions& options) {
  if (absl::Status s = ValidateContainmentOptions(options); !s.ok()) return s;
  const FeatureSet fs = internal::BuildFeatures(reg, options.overlap);
  const size_t n = fs.items.size();

  // Inverted indexes over participant tokens and terms, leaving out the
  // commonest as proposers of candidates.
  const size_t max_df = std::max<size_t>(50, static_cast<size_t>(options.candidate_max_share * static_cast<double>(n)));
  std::vector<std::vector<uint32_t>> by_participant(fs.participant_keys.size());
  std::vector<std::vector<uint32_t>> by_term(fs.term_names.size());
  for (uint32_t i = 0; i < n; ++i) {
    for (const WeightedToken& t : fs.items[i].participants) by_participant[t.id].push_back(i);
    for (const WeightedToken& t : fs.items[i].terms) by_term[t.id].push_back(i);
  }

  const double wp = options.overlap.weights.participants;
  const double wt = options.overlap.weights.topics;
  const double w_sum = wp + wt > 0 ? wp + wt : 1;
  std::vector<Containment> out;
  std::vector<uint32_t> candidates;
  for (uint32_t a = 0; a < n; ++a) {
    const ItemFeatures& fa = fs.items[a];
    const Meeting* ma = MeetingOf(reg, fa.item);
    if (ma != nullptr && ma->statutory && !options.include_statutory) continue;
    if (fa.terms.empty() || (fa.participants.empty() && !options.allow_no_participants)) continue;

    candidates.clear();
    for (const WeightedToken& t : fa.participants) {
      if (by_participant[t.id].size() <= max_df) candidates.insert(candidates.end(), by_participant[t.id].begin(), by_participant[t.id].end());
    }
    for (const WeightedToken& t : fa.terms) {
      if (by_term[t.id].size() <= max_df) candidates.insert(candidates.end(), by_term[t.id].begin(), by_term[t.id].end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](uint32_t b) {
                                      if (b == a) return true;
                                      const ItemFeatures& fb = fs.items[b];
                                      const Meeting* mb = MeetingOf(reg, fb.item);
                                      if (options.covering_must_be_retained && mb != nullptr &&
                                          mb->status == MeetingStatus::kToBeRemoved) {
                                        return true;
                                      }
                                      if (mb != nullptr && !options.not_covering.empty() &&
                                          absl::c_linear_search(options.not_covering, mb->id)) {
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
    if (p_cov + 1e-12 < options.min_participant_coverage || t_cov + 1e-12 < options.min_topic_coverage) continue;
    c.participant_coverage = std::min(p_cov, 1.0);
    c.topic_coverage = std::min(t_cov, 1.0);
    for (size_t k = 0; k < fa.participants.size(); ++k) {
      (p_covered[k] ? c.covered_participants : c.uncovered_participants)
          .push_back(fs.participant_labels[fa.participants[k].id]);
    }
    for (size_t k = 0; k < fa.terms.size(); ++k) {
      (t_covered[k] ? c.covered_terms : c.uncovered_terms).push_back(fs.term_names[fa.terms[k].id]);
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace govgraph
