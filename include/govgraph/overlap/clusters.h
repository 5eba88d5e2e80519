// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// overlap/clusters.h: families of mutually overlapping meetings.
///
/// Meetings joined by reported overlaps form families (the connected
/// components of the overlap graph, via Boost.Graph). Each family has a
/// representative: the member with the highest total overlap with the others,
/// the natural place to fold the family into.
///
/// ```
///   OverlapResult r = *FindOverlaps(reg);
///   for (const OverlapCluster& c : ClusterOverlaps(r)) { ... }
/// ```
#ifndef GOVGRAPH_OVERLAP_CLUSTERS_H_
#define GOVGRAPH_OVERLAP_CLUSTERS_H_

#include <vector>

#include "govgraph/overlap/overlap.h"

namespace govgraph {

struct OverlapCluster {
  std::vector<Item> members;  ///< in item order
  Item representative;
  double mean_score = 0;  ///< over the family's reported pairs
  int pairs = 0;          ///< reported pairs within the family
};

/// Families of two or more, largest first (ties by first member). Only pairs
/// with score >= min_score are used (0: all reported pairs).
std::vector<OverlapCluster> ClusterOverlaps(const OverlapResult& result, double min_score = 0);

}  // namespace govgraph

#endif  // GOVGRAPH_OVERLAP_CLUSTERS_H_
