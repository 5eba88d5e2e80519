// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/portfolio.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "internal/labels.h"

namespace govgraph {
namespace {

using internal::PathError;

bool Active(const Initiative& in) {
  return in.status != InitiativeStatus::kCompleted && in.status != InitiativeStatus::kStopped;
}

// Whether `t` is `ancestor` or sits under it.
bool Under(const Register& reg, TopicHandle t, TopicHandle ancestor) {
  for (int guard = 0; guard < 64; ++guard) {
    if (t == ancestor) return true;
    std::optional<TopicHandle> parent = reg.Resolve(reg.topic(t).parent);
    if (!parent) return false;
    t = *parent;
  }
  return false;
}

}  // namespace

int PortfolioResult::missing_lead() const {
  int n = 0;
  for (const InitiativeGap& g : gaps) n += g.no_lead;
  return n;
}

int PortfolioResult::missing_dates() const {
  int n = 0;
  for (const InitiativeGap& g : gaps) n += g.no_start || g.no_end;
  return n;
}

absl::StatusOr<PortfolioResult> Portfolio(const Register& reg, const PortfolioOptions& options) {
  std::vector<TopicHandle> priorities;
  for (size_t k = 0; k < options.priorities.size(); ++k) {
    std::optional<TopicHandle> t = reg.FindTopic(options.priorities[k]);
    if (!t) return PathError(absl::StrCat("priorities[", k, "]"), absl::StrCat("unknown topic \"", options.priorities[k], "\""));
    priorities.push_back(*t);
  }
  if (priorities.empty()) {
    std::vector<std::pair<double, uint32_t>> numbered;
    for (size_t i = 0; i < reg.topics().size(); ++i) {
      const Topic& t = reg.topics()[i];
      auto it = t.attributes.find("priority");
      if (it == t.attributes.end()) continue;
      double rank = 0;
      if (!absl::SimpleAtod(it->second, &rank)) rank = 1e9;
      numbered.emplace_back(rank, static_cast<uint32_t>(i));
    }
    std::stable_sort(numbered.begin(), numbered.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [rank, i] : numbered) priorities.push_back(TopicHandle(i));
  }
  if (priorities.empty()) {
    for (size_t i = 0; i < reg.topics().size(); ++i) {
      if (reg.topics()[i].parent.empty()) priorities.push_back(TopicHandle(static_cast<uint32_t>(i)));
    }
  }

  PortfolioResult out;
  for (TopicHandle p : priorities) out.priorities.push_back({p, {}});
  for (size_t i = 0; i < reg.initiatives().size(); ++i) {
    const Initiative& in = reg.initiatives()[i];
    if (options.only_active && !Active(in)) continue;
    ++out.initiatives;
    const InitiativeHandle h(static_cast<uint32_t>(i));
    bool serves = false;
    for (PriorityCoverage& pc : out.priorities) {
      bool hit = false;
      for (const Ref<Topic>& t : in.priorities) {
        std::optional<TopicHandle> th = reg.Resolve(t);
        hit = hit || (th && Under(reg, *th, pc.topic));
      }
      if (hit) pc.initiatives.push_back(h);
      serves = serves || hit;
    }
    InitiativeGap g;
    g.initiative = h;
    g.no_lead = in.lead.none();
    g.no_start = !in.start_date.has_value();
    g.no_end = !in.end_date.has_value();
    g.no_priority = !serves;
    std::vector<std::string> parts;
    if (g.no_lead) parts.push_back("no lead");
    if (g.no_start) parts.push_back("no start date");
    if (g.no_end) parts.push_back("no end date");
    if (g.no_priority) parts.push_back("serves no priority");
    g.detail = absl::StrJoin(parts, ", ");
    if (!parts.empty()) out.gaps.push_back(std::move(g));
  }
  for (const PriorityCoverage& pc : out.priorities) {
    if (pc.initiatives.empty()) out.uncovered.push_back(pc.topic);
  }

  OverlapOptions overlap;
  overlap.include_initiatives = true;
  overlap.min_score = options.min_score;
  absl::StatusOr<OverlapResult> pairs = FindOverlaps(reg, overlap);
  if (!pairs.ok()) return PathError("min_score", pairs.status().message());
  for (const Overlap& o : pairs->pairs) {
    if (o.a.kind != Item::Kind::kInitiative || o.b.kind != Item::Kind::kInitiative) continue;
    const Initiative& a = reg.initiatives()[o.a.index];
    const Initiative& b = reg.initiatives()[o.b.index];
    if (options.only_active && (!Active(a) || !Active(b))) continue;
    InitiativeOverlap io;
    io.a = InitiativeHandle(o.a.index);
    io.b = InitiativeHandle(o.b.index);
    io.score = o.score;
    io.signals = o.signals;
    for (const SharedParticipant& p : o.shared_participants) io.shared.push_back(p.label);
    for (const SharedTerm& t : o.shared_terms) io.shared.push_back(t.term);
    out.overlaps.push_back(std::move(io));
  }
  return out;
}

std::string FormatPortfolio(const Register& reg, const PortfolioResult& r) {
  std::string out = absl::StrCat("Collaboration portfolio: ", r.initiatives, " initiatives, ", r.priorities.size(),
                                 " priorities\n");
  for (const PriorityCoverage& pc : r.priorities) {
    std::vector<std::string> ids;
    for (InitiativeHandle h : pc.initiatives) ids.push_back(reg.initiative(h).id);
    absl::StrAppend(&out, "  ", reg.topic(pc.topic).name, ": ",
                    ids.empty() ? "NO INITIATIVE" : absl::StrJoin(ids, ", "), "\n");
  }
  if (!r.overlaps.empty()) absl::StrAppend(&out, "Overlapping initiatives\n");
  for (const InitiativeOverlap& o : r.overlaps) {
    absl::StrAppend(&out, "  ", reg.initiative(o.a).name, " / ", reg.initiative(o.b).name,
                    absl::StrFormat(": %.2f", o.score), " (", absl::StrJoin(o.shared, ", "), ")\n");
  }
  if (!r.gaps.empty()) absl::StrAppend(&out, "Gaps\n");
  for (const InitiativeGap& g : r.gaps) {
    absl::StrAppend(&out, "  ", reg.initiative(g.initiative).name, ": ", g.detail, "\n");
  }
  return out;
}

}  // namespace govgraph
