// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/io/graph_export.h"

// Only the header-only writers are used: no link to Boost's compiled graph library.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "internal/files.h"

namespace govgraph {
namespace {

using Vertex = PartnershipVertex;

// An edge of the exported graph: a participation edge of the partnership
// graph, or a reporting line from a meeting to the meeting it reports to.
// The partnership graph itself stays bipartite (its analyses rely on that),
// so the reporting lines join it only here.
struct ExportEdge {
  Involvement involvement;
  bool reports_to = false;
};
using ExportGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, ExportEdge>;
using Edge = boost::graph_traits<ExportGraph>::edge_descriptor;

// The partnership graph's vertices and edges, in order, then one edge per
// reporting line, from the reporting meeting (the edge's source) to its parent.
ExportGraph WithReportingLines(const PartnershipGraph& g) {
  const PartnershipAdjacency& from = g.graph();
  ExportGraph out(boost::num_vertices(from));
  for (auto [e, end] = boost::edges(from); e != end; ++e) {
    boost::add_edge(boost::source(*e, from), boost::target(*e, from), ExportEdge{.involvement = from[*e]}, out);
  }
  const Register& reg = g.source();
  for (uint32_t i = 0; i < reg.meetings().size(); ++i) {
    const std::optional<MeetingHandle> parent = reg.Resolve(reg.meetings()[i].reports_to);
    if (!parent) continue;
    boost::add_edge(g.vertex(MeetingHandle(i)), g.vertex(*parent), ExportEdge{.reports_to = true}, out);
  }
  return out;
}

// What one node carries, worked out once per vertex.
struct NodeText {
  std::string key, id, name, kind, type, level, status, lead, shape;
};

std::string LeadIds(const Lead& lead) {
  std::vector<std::string> ids;
  for (const Ref<Organisation>& o : lead.organisations) ids.push_back(o.id);
  return absl::StrJoin(ids, "; ");
}

NodeText Describe(const PartnershipGraph& g, Vertex v) {
  const Register& reg = g.source();
  const VertexInfo& info = g.info(v);
  NodeText t{.key = g.key(v), .name = g.label(v), .kind = std::string(Name(info.kind)), .shape = "ellipse"};
  switch (info.kind) {
    case VertexKind::kOrganisation: {
      const Organisation& o = reg.organisations()[info.index];
      t.id = o.id;
      t.type = std::string(Name(o.kind));
      break;
    }
    case VertexKind::kRole:
      t.id = reg.roles()[info.index].id;
      break;
    case VertexKind::kMeeting: {
      const Meeting& m = reg.meetings()[info.index];
      t.id = m.id;
      t.type = std::string(Name(m.kind));
      t.level = std::string(Name(m.level));
      t.status = std::string(Name(m.status));
      t.lead = LeadIds(m.lead);
      t.shape = "box";
      break;
    }
    case VertexKind::kInitiative: {
      const Initiative& in = reg.initiatives()[info.index];
      t.id = in.id;
      t.status = std::string(Name(in.status));
      t.lead = LeadIds(in.lead);
      t.shape = "box";
      break;
    }
  }
  return t;
}

// Length of a valid UTF-8 sequence at s[i] (s[i] >= 0x80), or 0.
size_t Utf8Length(const std::string& s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return n;
}

// Text a GraphML (XML 1.0) or DOT file can hold: valid UTF-8 with no control
// characters other than tab, newline and carriage return.
absl::Status CheckText(const std::string& text, const NodeText& node, absl::string_view field) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return absl::InvalidArgumentError(absl::StrCat(node.key, ": the ", field, " holds control character ",
                                                       static_cast<int>(c), ", which GraphML cannot hold"));
      }
      ++i;
      continue;
    }
    const size_t n = Utf8Length(text, i);
    if (n == 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(node.key, ": the ", field, " is not valid UTF-8 at byte ", i));
    }
    i += n;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<NodeText>> DescribeAll(const PartnershipGraph& g) {
  std::vector<NodeText> nodes;
  nodes.reserve(boost::num_vertices(g.graph()));
  for (Vertex v = 0; v < boost::num_vertices(g.graph()); ++v) {
    NodeText t = Describe(g, v);
    for (auto [field, text] : {std::pair<absl::string_view, const std::string*>{"id", &t.id}, {"name", &t.name},
                               {"lead", &t.lead}}) {
      absl::Status ok = CheckText(*text, t, field);
      if (!ok.ok()) return ok;
    }
    nodes.push_back(std::move(t));
  }
  return nodes;
}

std::string Participation(const ExportEdge& edge) {
  if (edge.reports_to) return "";
  const Involvement& inv = edge.involvement;
  if (inv.participates) return std::string(Name(inv.strongest));
  if (inv.chairs) return "chair";
  if (inv.leads) return "lead";
  return "supporting";
}

// The edge's yes/no attributes. They are written as "true" / "false" (which
// every reader takes) rather than the writer's "1" / "0", so they go through
// string maps and GraphML declares them boolean afterwards.
constexpr std::pair<absl::string_view, bool Involvement::*> kFlags[] = {
    {"leads", &Involvement::leads}, {"supports", &Involvement::supports}, {"chairs", &Involvement::chairs}};

// The properties both writers share. The maps read from `nodes` and the
// graph, which outlive the returned object.
boost::dynamic_properties Properties(const ExportGraph& graph, const std::vector<NodeText>& nodes) {
  boost::dynamic_properties dp;
  auto node_field = [&nodes](std::string NodeText::*field) {
    return boost::make_function_property_map<Vertex, std::string>(
        [&nodes, field](Vertex v) { return nodes[v].*field; });
  };
  dp.property("key", node_field(&NodeText::key));
  dp.property("id", node_field(&NodeText::id));
  dp.property("name", node_field(&NodeText::name));
  dp.property("label", node_field(&NodeText::name));
  dp.property("kind", node_field(&NodeText::kind));
  dp.property("type", node_field(&NodeText::type));
  dp.property("level", node_field(&NodeText::level));
  dp.property("status", node_field(&NodeText::status));
  dp.property("lead", node_field(&NodeText::lead));
  dp.property("relation", boost::make_function_property_map<Edge, std::string>([&graph](Edge e) {
                return std::string(graph[e].reports_to ? "reports_to" : "participation");
              }));
  dp.property("participation", boost::make_function_property_map<Edge, std::string>(
                                   [&graph](Edge e) { return Participation(graph[e]); }));
  dp.property("weight", boost::make_function_property_map<Edge, int>(
                            [&graph](Edge e) { return std::max(graph[e].involvement.seats, 1); }));
  for (const auto& entry : kFlags) {
    const auto flag = entry.second;  // a plain variable: clang 14 cannot capture structured bindings
    dp.property(std::string(entry.first), boost::make_function_property_map<Edge, std::string>([&graph, flag](Edge e) {
                  return std::string(graph[e].involvement.*flag ? "true" : "false");
                }));
  }
  return dp;
}

// DOT quoted strings end at an unescaped quote; the writer escapes quotes but
// not backslashes, so double those first.
std::string DotText(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

absl::StatusOr<std::string> GraphToGraphml(const PartnershipGraph& graph) {
  absl::StatusOr<std::vector<NodeText>> nodes = DescribeAll(graph);
  if (!nodes.ok()) return nodes.status();
  const ExportGraph exported = WithReportingLines(graph);
  boost::dynamic_properties dp = Properties(exported, *nodes);
  std::ostringstream out;
  boost::write_graphml(out, exported, dp, /*ordered_vertices=*/true);
  std::string xml = out.str();
  for (auto [name, flag] : kFlags) {
    const std::string declared = absl::StrCat("attr.name=\"", name, "\" attr.type=\"");
    const size_t at = xml.find(absl::StrCat(declared, "string\""));
    if (at != std::string::npos) xml.replace(at + declared.size(), 6, "boolean");
  }
  return xml;
}

absl::StatusOr<std::string> RegisterToGraphml(const Register& reg) { return GraphToGraphml(PartnershipGraph(reg)); }

absl::StatusOr<std::string> GraphToDot(const PartnershipGraph& graph) {
  absl::StatusOr<std::vector<NodeText>> described = DescribeAll(graph);
  if (!described.ok()) return described.status();
  std::vector<NodeText> nodes = *std::move(described);
  for (NodeText& t : nodes) {
    for (std::string* text : {&t.key, &t.id, &t.name, &t.lead}) *text = DotText(*text);
  }
  const ExportGraph exported = WithReportingLines(graph);
  boost::dynamic_properties dp = Properties(exported, nodes);
  dp.property("shape", boost::make_function_property_map<Vertex, std::string>(
                           [&nodes](Vertex v) { return nodes[v].shape; }));
  // A reporting line is drawn as a dashed arrow up to the parent meeting.
  dp.property("dir", boost::make_function_property_map<Edge, std::string>(
                         [&exported](Edge e) { return std::string(exported[e].reports_to ? "forward" : "none"); }));
  dp.property("style", boost::make_function_property_map<Edge, std::string>(
                           [&exported](Edge e) { return std::string(exported[e].reports_to ? "dashed" : "solid"); }));
  // The DOT node id is the key; "key" is not repeated as an attribute.
  std::ostringstream out;
  boost::write_graphviz_dp(out, exported, dp, "key");
  return out.str();
}

absl::StatusOr<std::string> RegisterToDot(const Register& reg) { return GraphToDot(PartnershipGraph(reg)); }

namespace {

absl::Status Save(const absl::StatusOr<std::string>& text, const std::string& path) {
  if (!text.ok()) return internal::Annotate(text.status(), path);
  return internal::WriteStringToFile(path, *text);
}

}  // namespace

absl::Status SaveGraphmlFile(const Register& reg, const std::string& path) { return Save(RegisterToGraphml(reg), path); }

absl::Status SaveDotFile(const Register& reg, const std::string& path) { return Save(RegisterToDot(reg), path); }

}  // namespace govgraph
