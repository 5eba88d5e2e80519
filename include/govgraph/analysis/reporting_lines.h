// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/reporting_lines.h: sub-groups to boards.
///
/// Meetings point at the meeting they report to (Meeting::reports_to). This
/// analysis reads those lines as a forest: its roots (meetings that report to
/// nothing and have sub-groups), the depth of each meeting, each meeting's
/// escalation path up to its root, orphans (tactical and operational meetings
/// whose path reaches no strategic meeting: they feed nothing strategic) and
/// lines that lead into a meeting marked to be removed. Cycles are an error:
/// RegisterBuilder rejects them, and the analysis reports any it finds rather
/// than loop.
///
/// ```
///   ReportingLinesResult r = ReportingLines(reg);
///   for (MeetingHandle h : r.orphans) ...
///   r.nodes[h.index()].escalation_path;   // parent, grandparent, ..., root
/// ```
#ifndef GOVGRAPH_ANALYSIS_REPORTING_LINES_H_
#define GOVGRAPH_ANALYSIS_REPORTING_LINES_H_

#include <optional>
#include <vector>

#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

struct ReportingNode {
  MeetingHandle meeting;
  std::optional<MeetingHandle> parent;   ///< the meeting it reports to
  std::vector<MeetingHandle> children;   ///< meetings that report to it, register order
  int depth = 0;                         ///< 0 for a meeting that reports to nothing
  MeetingHandle root;                    ///< the top of its line (itself at depth 0)
  /// Where an issue goes from here: parent, grandparent, ..., root. Empty at a root.
  std::vector<MeetingHandle> escalation_path;
  bool reaches_strategic = false;  ///< it, or a meeting on its path, is strategic
  bool in_cycle = false;
};

struct ReportingLinesResult {
  std::vector<ReportingNode> nodes;         ///< one per meeting, indexed by handle
  std::vector<MeetingHandle> roots;         ///< report to nothing, have sub-groups
  std::vector<MeetingHandle> standalone;    ///< report to nothing, no sub-groups
  /// Tactical or operational meetings whose escalation path reaches no
  /// strategic meeting (including those that report to nothing).
  std::vector<MeetingHandle> orphans;
  /// Meetings that report to a meeting marked to be removed.
  std::vector<MeetingHandle> reports_to_removed;
  /// Each cycle once, from its lowest handle, in reporting order. Empty for any
  /// register RegisterBuilder built.
  std::vector<std::vector<MeetingHandle>> cycles;
  int max_depth = 0;
  bool is_forest() const { return cycles.empty(); }
};

ReportingLinesResult ReportingLines(const Register& reg);

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_REPORTING_LINES_H_
