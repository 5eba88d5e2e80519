// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// io/graph_export.h: the partnership graph as GraphML and Graphviz DOT, for
/// Gephi, yEd, Cytoscape and Graphviz.
///
/// One node per organisation, role (with no organisation), meeting and
/// initiative; one undirected edge per actor and meeting (or initiative) it
/// attends, leads or supports (see partnership_graph.h), then one edge per
/// reporting line, from the meeting that reports (the edge's source) to the
/// meeting it reports to. Attributes:
///
/// ```
///   node  key         "meeting:lcjb" (unique across kinds; the DOT node id)
///         id          the entity's id in the register ("lcjb")
///         name, label the entity's display name
///         kind        organisation | role | meeting | initiative
///         type        the entity's own kind ("board", "police", ...; "" for roles)
///         level, status   meetings only ("" otherwise); status also for initiatives
///         lead        ids of the lead organisations, separated by "; "
///   edge  relation    "participation", or "reports_to" for a reporting line
///         participation  the strongest participation type ("chair", "member",
///                        ...), or "lead" / "supporting" for an organisation
///                        that leads or supports without being listed; ""
///                        for a reporting line
///         weight      seats (at least 1), for edge thickness
///         leads, supports, chairs   booleans
///   DOT only: dir and style draw a reporting line as a dashed arrow
///   ("forward", "dashed"; "none", "solid" for participation).
/// ```
///
/// ```
///   absl::StatusOr<std::string> xml = GraphToGraphml(PartnershipGraph(reg));
///   absl::Status saved = SaveDotFile(reg, "register.dot");
/// ```
///
/// Text that XML 1.0 cannot hold (control characters, invalid UTF-8) is an
/// InvalidArgumentError naming the entity, not a silently altered file.
#ifndef GOVGRAPH_IO_GRAPH_EXPORT_H_
#define GOVGRAPH_IO_GRAPH_EXPORT_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "govgraph/partnership_graph.h"
#include "govgraph/register.h"

namespace govgraph {

/// GraphML (http://graphml.graphdrawing.org/), written by boost::write_graphml.
absl::StatusOr<std::string> GraphToGraphml(const PartnershipGraph& graph);
/// GraphToGraphml() of the register's partnership graph.
absl::StatusOr<std::string> RegisterToGraphml(const Register& reg);

/// Graphviz DOT (an undirected `graph`), written by boost::write_graphviz_dp.
/// Meetings and initiatives are boxes, actors ellipses.
absl::StatusOr<std::string> GraphToDot(const PartnershipGraph& graph);
/// GraphToDot() of the register's partnership graph.
absl::StatusOr<std::string> RegisterToDot(const Register& reg);

/// Write RegisterToGraphml() / RegisterToDot() to a file, replacing it.
/// Errors name the path.
absl::Status SaveGraphmlFile(const Register& reg, const std::string& path);
absl::Status SaveDotFile(const Register& reg, const std::string& path);

// The names these had before the naming table of docs/architecture.md.
[[deprecated("use GraphToGraphml")]] inline absl::StatusOr<std::string> ToGraphml(const PartnershipGraph& graph) {
  return GraphToGraphml(graph);
}
[[deprecated("use RegisterToGraphml")]] inline absl::StatusOr<std::string> ToGraphml(const Register& reg) {
  return RegisterToGraphml(reg);
}
[[deprecated("use GraphToDot")]] inline absl::StatusOr<std::string> ToDot(const PartnershipGraph& graph) {
  return GraphToDot(graph);
}
[[deprecated("use RegisterToDot")]] inline absl::StatusOr<std::string> ToDot(const Register& reg) {
  return RegisterToDot(reg);
}
[[deprecated("use SaveGraphmlFile")]] inline absl::Status SaveGraphml(const Register& reg, const std::string& path) {
  return SaveGraphmlFile(reg, path);
}
[[deprecated("use SaveDotFile")]] inline absl::Status SaveDot(const Register& reg, const std::string& path) {
  return SaveDotFile(reg, path);
}

}  // namespace govgraph

#endif  // GOVGRAPH_IO_GRAPH_EXPORT_H_
