// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// overlap/clusters.h: families of overlapping meetings that do not chain.
///
/// Reported overlaps form a graph. Taking its connected components chains:
/// A ~ B and B ~ C put A and C in one family however unlike they are, and on
/// a real register most meetings end in one family. Instead each family is a
/// representative and the meetings it overlaps directly. Representatives are
/// taken in order of their total overlap with the others (ties by item),
/// each with the meetings not yet in a family that it overlaps; a meeting
/// none of whose neighbours is free stays out. So every member is close to
/// its representative, the natural meeting to fold the family into.
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

/// Families of two or more, largest first (ties by first member), each
/// member overlapping the representative directly. Only pairs with score >=
/// min_score are used (0: all reported pairs).
std::vector<OverlapCluster> ClusterOverlaps(const OverlapResult& result, double min_score = 0);

}  // namespace govgraph

#endif  // GOVGRAPH_OVERLAP_CLUSTERS_H_
