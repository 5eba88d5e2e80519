// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/influence.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

namespace govgraph {
namespace {

CoAttendanceOptions ProjectionOptions(const InfluenceOptions& options) {
  CoAttendanceOptions co;
  co.include_leads = options.include_leads;
  co.exclude_to_be_removed = options.exclude_to_be_removed;
  return co;
}

double Weight(const CoAttendance& c, const InfluenceOptions& options) {
  return c.sittings_per_year + c.unknown_cadence * options.unknown_cadence_sittings;
}

// The actors counted as taking part in a meeting hub, as ProjectCoAttendance counts them.
std::vector<size_t> ActorsAt(const PartnershipGraph& g, PartnershipVertex hub, const InfluenceOptions& options) {
  std::vector<size_t> out;
  const PartnershipAdjacency& graph = g.graph();
  for (auto [e, end] = boost::out_edges(hub, graph); e != end; ++e) {
    const Involvement& inv = graph[*e];
    if (inv.participates || inv.chairs || (options.include_leads && (inv.leads || inv.supports))) {
      out.push_back(boost::target(*e, graph));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool Counted(const PartnershipGraph& g, size_t hub, const InfluenceOptions& options) {
  const VertexInfo& info = g.info(hub);
  if (info.kind != VertexKind::kMeeting) return false;
  return !(options.exclude_to_be_removed &&
           g.source().meetings()[info.index].status == MeetingStatus::kToBeRemoved);
}

}  // namespace

absl::Status ValidateInfluenceOptions(const InfluenceOptions& options) {
  if (!std::isfinite(options.unknown_cadence_sittings) || options.unknown_cadence_sittings < 0) {
    return absl::InvalidArgumentError(absl::StrCat("unknown_cadence_sittings: must be a number of 0 or more, got ",
                                                   options.unknown_cadence_sittings));
  }
  return absl::OkStatus();
}

absl::StatusOr<InfluenceResult> Influence(const PartnershipGraph& g, const InfluenceOptions& options) {
  if (absl::Status s = ValidateInfluenceOptions(options); !s.ok()) return s;
  const CoAttendanceGraph co = ProjectCoAttendance(g, ProjectionOptions(options));
  const size_t n = boost::num_vertices(co);
  InfluenceResult out;
  out.actors.resize(n);
  for (size_t v = 0; v < n; ++v) {
    ActorInfluence& a = out.actors[v];
    a.actor = co[v];
    a.key = g.key(v);
    a.label = g.label(v);
    a.degree = static_cast<int>(boost::degree(v, co));
    for (auto [e, end] = boost::out_edges(v, co); e != end; ++e) a.strength += Weight(co[*e], options);
  }
  for (size_t hub = g.num_actors(); hub < boost::num_vertices(g.graph()); ++hub) {
    if (!Counted(g, hub, options)) continue;
    for (size_t a : ActorsAt(g, hub, options)) ++out.actors[a].meetings;
  }

  // Betweenness (Boost halves it for undirected graphs: each pair once).
  std::vector<double> between(n, 0.0);
  boost::brandes_betweenness_centrality(
      co, boost::centrality_map(boost::make_iterator_property_map(between.begin(), boost::get(boost::vertex_index, co))));

  // Components of the projection.
  std::vector<int> comp(n, 0);
  const int ncomp = n > 0 ? boost::connected_components(co, comp.data()) : 0;
  std::vector<int> comp_size(static_cast<size_t>(ncomp), 0);
  for (size_t v = 0; v < n; ++v) ++comp_size[static_cast<size_t>(comp[v])];
  int connected = 0;
  for (int s : comp_size) connected += s > 1 ? 1 : 0;
  out.components = connected;
  for (size_t v = 0; v < n; ++v) out.isolated += out.actors[v].degree == 0 ? 1 : 0;

  // Normalise betweenness over the whole network of actors that have ties.
  const double m = static_cast<double>(n - static_cast<size_t>(out.isolated));
  const double pairs = m > 2 ? (m - 1) * (m - 2) / 2 : 0;
  for (size_t v = 0; v < n; ++v) {
    out.actors[v].betweenness = between[v];
    out.actors[v].betweenness_normalised = pairs > 0 ? between[v] / pairs : 0;
  }

  // Eigenvector centrality: power iteration on (A + I), one component at a time.
  std::vector<double> x(n, 0.0), next(n, 0.0);
  for (int c = 0; c < ncomp; ++c) {
    if (comp_size[static_cast<size_t>(c)] < 2) continue;
    for (size_t v = 0; v < n; ++v) x[v] = comp[v] == c ? 1.0 : 0.0;
    for (int iter = 0; iter < 1000; ++iter) {
      double norm = 0;
      for (size_t v = 0; v < n; ++v) {
        if (comp[v] != c) continue;
        double s = x[v];
        for (auto [e, end] = boost::out_edges(v, co); e != end; ++e) {
          s += Weight(co[*e], options) * x[boost::target(*e, co)];
        }
        next[v] = s;
        norm = std::max(norm, s);
      }
      double change = 0;
      for (size_t v = 0; v < n; ++v) {
        if (comp[v] != c) continue;
        const double y = norm > 0 ? next[v] / norm : 0;
        change = std::max(change, std::fabs(y - x[v]));
        x[v] = y;
      }
      if (change < 1e-12) break;
    }
    for (size_t v = 0; v < n; ++v) {
      if (comp[v] == c) out.actors[v].eigenvector = x[v];
    }
  }

  // Brokers: articulation points, and how many groups their partners fall into without them.
  std::vector<size_t> points;
  boost::articulation_points(co, std::back_inserter(points));
  for (size_t p : points) {
    ActorInfluence& a = out.actors[p];
    a.broker = true;
    std::vector<int> seen(n, -1);
    int groups = 0;
    for (auto [e, end] = boost::out_edges(p, co); e != end; ++e) {
      const size_t start = boost::target(*e, co);
      if (seen[start] >= 0) continue;
      ++groups;
      std::vector<size_t> stack{start};
      seen[start] = groups;
      while (!stack.empty()) {
        const size_t u = stack.back();
        stack.pop_back();
        for (auto [f, fend] = boost::out_edges(u, co); f != fend; ++f) {
          const size_t w = boost::target(*f, co);
          if (w != p && seen[w] < 0) {
            seen[w] = groups;
            stack.push_back(w);
          }
        }
      }
    }
    a.groups_if_absent = groups;
  }

  std::stable_sort(out.actors.begin(), out.actors.end(), [](const ActorInfluence& a, const ActorInfluence& b) {
    if (a.betweenness != b.betweenness) return a.betweenness > b.betweenness;
    if (a.degree != b.degree) return a.degree > b.degree;
    return a.key < b.key;
  });
  for (const ActorInfluence& a : out.actors) {
    if (a.broker) out.brokers.push_back(a.actor);
  }
  return out;
}

absl::StatusOr<ReachResult> Reach(const PartnershipGraph& g, const Actor& actor, const InfluenceOptions& options) {
  if (absl::Status s = ValidateInfluenceOptions(options); !s.ok()) return s;
  const Register& source = g.source();
  const bool known = actor.kind == VertexKind::kOrganisation
                         ? actor.index < source.organisations().size()
                         : actor.kind == VertexKind::kRole && actor.index < source.roles().size() &&
                               g.vertex(RoleHandle(actor.index)).has_value();
  if (!known) {
    return absl::NotFoundError(absl::StrCat("actor: no ", std::string(Name(actor.kind)), " ", actor.index,
                                            " in the graph (a role with an organisation stands as its organisation)"));
  }
  const CoAttendanceGraph co = ProjectCoAttendance(g, ProjectionOptions(options));
  const size_t va = g.vertex(actor);
  ReachResult out;
  out.actor = actor;
  out.key = g.key(va);
  std::vector<int> shared(boost::num_vertices(co), 0);  // meetings shared with each actor
  for (auto [e, end] = boost::out_edges(va, co); e != end; ++e) {
    shared[boost::target(*e, co)] = co[*e].shared;
    ++out.partners;
  }
  const Register& reg = g.source();
  for (size_t hub = g.num_actors(); hub < boost::num_vertices(g.graph()); ++hub) {
    if (!Counted(g, hub, options)) continue;
    const std::vector<size_t> at = ActorsAt(g, hub, options);
    MeetingReach r;
    r.meeting = MeetingHandle(g.info(hub).index);
    r.attends = std::binary_search(at.begin(), at.end(), va);
    r.sittings_per_year = reg.SittingsPerYear(reg.meeting(r.meeting));
    for (size_t w : at) {
      if (w == va) continue;
      if ((r.attends && shared[w] == 1) || (!r.attends && shared[w] == 0)) {
        r.new_partners.push_back(g.info(w).kind == VertexKind::kOrganisation
                                     ? Actor{VertexKind::kOrganisation, g.info(w).index}
                                     : Actor{VertexKind::kRole, g.info(w).index});
        r.new_partner_keys.push_back(g.key(w));
      }
    }
    if (!r.new_partners.empty()) out.meetings.push_back(std::move(r));
  }
  std::stable_sort(out.meetings.begin(), out.meetings.end(), [](const MeetingReach& a, const MeetingReach& b) {
    if (a.new_partners.size() != b.new_partners.size()) return a.new_partners.size() > b.new_partners.size();
    return a.attends && !b.attends;
  });
  return out;
}

}  // namespace govgraph
