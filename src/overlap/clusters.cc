// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/clusters.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <map>
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
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  std::vector<std::pair<size_t, size_t>> edges;
  std::vector<double> scores;
  for (const Overlap& o : result.pairs) {
    if (o.score < min_score) continue;
    edges.emplace_back(vertex(o.a), vertex(o.b));
    scores.push_back(o.score);
  }
  Graph g(items.size());
  for (const auto& [a, b] : edges) boost::add_edge(a, b, g);
  std::vector<int> component(items.size());
  const int count = items.empty() ? 0 : boost::connected_components(g, component.data());

  std::vector<OverlapCluster> clusters(static_cast<size_t>(count));
  std::vector<double> total(items.size(), 0.0);
  std::vector<double> sum(static_cast<size_t>(count), 0.0);
  for (size_t e = 0; e < edges.size(); ++e) {
    total[edges[e].first] += scores[e];
    total[edges[e].second] += scores[e];
    const size_t c = static_cast<size_t>(component[edges[e].first]);
    sum[c] += scores[e];
    ++clusters[c].pairs;
  }
  std::vector<double> best(static_cast<size_t>(count), -1.0);
  // Visit items in item order so members are sorted and ties go to the first.
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return items[a] < items[b]; });
  for (size_t v : order) {
    const size_t c = static_cast<size_t>(component[v]);
    clusters[c].members.push_back(items[v]);
    if (total[v] > best[c]) {
      best[c] = total[v];
      clusters[c].representative = items[v];
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
