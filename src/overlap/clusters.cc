// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/clusters.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace govgraph {

std::vector<OverlapCluster> ClusterOverlaps(const OverlapResult& result, double min_score) {
  // Dense vertex numbers for the items that appear in kept pairs.
  std::map<Item, size_t> vertex_of;
  std::vector<Item> items;
  auto vertex = [&](Item item) {
    auto [it, inserted] = vertex_of.try_emplace(item, items.size());
    if (inserted) items.push_back(item);
    return it->second;
  };
  struct Edge {
    size_t a, b;
    double score;
  };
  std::vector<Edge> edges;
  for (const Overlap& o : result.pairs) {
    if (o.score < min_score) continue;
    edges.push_back({vertex(o.a), vertex(o.b), o.score});
  }
  std::vector<std::vector<std::pair<size_t, double>>> neighbours(items.size());
  std::vector<double> total(items.size(), 0.0);
  for (const Edge& e : edges) {
    neighbours[e.a].push_back({e.b, e.score});
    neighbours[e.b].push_back({e.a, e.score});
    total[e.a] += e.score;
    total[e.b] += e.score;
  }

  // Representatives in order of their total overlap (ties by item): each
  // takes the items not yet in a family that it overlaps directly. A family
  // is a representative and its own neighbours, so A ~ B ~ C never puts A
  // and C together through B alone.
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (total[a] != total[b]) return total[a] > total[b];
    return items[a] < items[b];
  });
  constexpr size_t kNone = ~size_t{0};
  std::vector<size_t> family(items.size(), kNone);
  std::vector<OverlapCluster> clusters;
  for (size_t v : order) {
    if (family[v] != kNone) continue;
    std::vector<size_t> members = {v};
    for (const auto& [u, score] : neighbours[v]) {
      if (family[u] == kNone) members.push_back(u);
    }
    if (members.size() < 2) continue;  // its neighbours are all in families already
    const size_t id = clusters.size();
    for (size_t m : members) family[m] = id;
    OverlapCluster c;
    c.representative = items[v];
    std::sort(members.begin(), members.end(), [&](size_t a, size_t b) { return items[a] < items[b]; });
    for (size_t m : members) c.members.push_back(items[m]);
    clusters.push_back(std::move(c));
  }
  std::vector<double> sum(clusters.size(), 0.0);
  for (const Edge& e : edges) {
    if (family[e.a] != kNone && family[e.a] == family[e.b]) {
      sum[family[e.a]] += e.score;
      ++clusters[family[e.a]].pairs;
    }
  }
  for (size_t c = 0; c < clusters.size(); ++c) {
    clusters[c].mean_score = clusters[c].pairs > 0 ? sum[c] / clusters[c].pairs : 0;
  }
  std::stable_sort(clusters.begin(), clusters.end(), [](const OverlapCluster& a, const OverlapCluster& b) {
    if (a.members.size() != b.members.size()) return a.members.size() > b.members.size();
    return a.members.front() < b.members.front();
  });
  return clusters;
}

}  // namespace govgraph
