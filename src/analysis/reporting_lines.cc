// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/reporting_lines.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace govgraph {

ReportingLinesResult ReportingLines(const Register& reg) {
  ReportingLinesResult out;
  const size_t n = reg.meetings().size();
  out.nodes.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Meeting& m = reg.meetings()[i];
    ReportingNode& node = out.nodes[i];
    node.meeting = MeetingHandle(static_cast<uint32_t>(i));
    node.root = node.meeting;
    node.parent = reg.Resolve(m.reports_to);
  }
  for (size_t i = 0; i < n; ++i) {
    if (out.nodes[i].parent) out.nodes[out.nodes[i].parent->index()].children.push_back(out.nodes[i].meeting);
  }

  // Cycles: follow each line with colours (0 unvisited, 1 on the current walk, 2 done).
  std::vector<int> colour(n, 0);
  for (size_t start = 0; start < n; ++start) {
    std::vector<size_t> walk;
    size_t v = start;
    bool ended = false;  // reached a meeting that reports to nothing
    while (colour[v] == 0) {
      colour[v] = 1;
      walk.push_back(v);
      if (!out.nodes[v].parent) {
        ended = true;
        break;
      }
      v = out.nodes[v].parent->index();
    }
    if (!ended && colour[v] == 1) {
      // Back at a meeting of this walk: a cycle from v.
      std::vector<MeetingHandle> cycle;
      for (auto it = std::find(walk.begin(), walk.end(), v); it != walk.end(); ++it) {
        cycle.push_back(out.nodes[*it].meeting);
        out.nodes[*it].in_cycle = true;
      }
      std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
      out.cycles.push_back(std::move(cycle));
    }
    for (size_t w : walk) colour[w] = 2;
  }

  for (size_t i = 0; i < n; ++i) {
    ReportingNode& node = out.nodes[i];
    const Meeting& m = reg.meetings()[i];
    node.reaches_strategic = m.level == Level::kStrategic;
    if (node.in_cycle) continue;
    std::optional<MeetingHandle> up = node.parent;
    // Bounded by n in case the path runs into a cycle.
    while (up && node.escalation_path.size() <= n) {
      node.escalation_path.push_back(*up);
      node.reaches_strategic = node.reaches_strategic || reg.meeting(*up).level == Level::kStrategic;
      if (out.nodes[up->index()].in_cycle) break;
      up = out.nodes[up->index()].parent;
    }
    node.depth = static_cast<int>(node.escalation_path.size());
    if (!node.escalation_path.empty()) node.root = node.escalation_path.back();
    out.max_depth = std::max(out.max_depth, node.depth);
    if (!node.parent) (node.children.empty() ? out.standalone : out.roots).push_back(node.meeting);
    if ((m.level == Level::kTactical || m.level == Level::kOperational) && !node.reaches_strategic) {
      out.orphans.push_back(node.meeting);
    }
    if (node.parent && reg.meeting(*node.parent).status == MeetingStatus::kToBeRemoved) {
      out.reports_to_removed.push_back(node.meeting);
    }
  }
  return out;
}

}  // namespace govgraph
