// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/partnership_graph.h"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

constexpr uint32_t kNoVertex = std::numeric_limits<uint32_t>::max();

}  // namespace

namespace internal {
template <>
struct EnumNames<VertexKind> {
  static constexpr std::string_view kWhat = "vertex kind";
  static constexpr std::pair<VertexKind, std::string_view> kTable[] = {
      {VertexKind::kOrganisation, "organisation"},
      {VertexKind::kRole, "role"},
      {VertexKind::kMeeting, "meeting"},
      {VertexKind::kInitiative, "initiative"},
  };
};
}  // namespace internal

std::string_view Name(VertexKind kind) { return internal::NameOf(kind); }

std::optional<Actor> ActorOf(const Register& reg, const Party& party) {
  if (std::optional<OrganisationHandle> org = reg.OrganisationOf(party)) {
    return Actor{VertexKind::kOrganisation, org->index()};
  }
  if (std::optional<RoleHandle> role = reg.Resolve(party.role)) {
    return Actor{VertexKind::kRole, role->index()};
  }
  if (std::optional<PersonHandle> person = reg.Resolve(party.person)) {
    const Person& p = reg.person(*person);
    if (!p.roles.empty()) {
      if (std::optional<RoleHandle> role = reg.Resolve(p.roles.front())) {
        return Actor{VertexKind::kRole, role->index()};
      }
    }
  }
  return std::nullopt;
}

PartnershipGraph::PartnershipGraph(const Register& reg) : reg_(&reg) {
  for (size_t i = 0; i < reg.organisations().size(); ++i) {
    boost::add_vertex(VertexInfo{VertexKind::kOrganisation, static_cast<uint32_t>(i)}, graph_);
  }
  role_vertex_.assign(reg.roles().size(), kNoVertex);
  for (size_t i = 0; i < reg.roles().size(); ++i) {
    if (reg.roles()[i].organisation.empty()) {
      role_vertex_[i] = static_cast<uint32_t>(
          boost::add_vertex(VertexInfo{VertexKind::kRole, static_cast<uint32_t>(i)}, graph_));
    }
  }
  meeting_base_ = boost::num_vertices(graph_);
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    boost::add_vertex(VertexInfo{VertexKind::kMeeting, static_cast<uint32_t>(i)}, graph_);
  }
  initiative_base_ = boost::num_vertices(graph_);
  for (size_t i = 0; i < reg.initiatives().size(); ++i) {
    boost::add_vertex(VertexInfo{VertexKind::kInitiative, static_cast<uint32_t>(i)}, graph_);
  }

  // Gathers the involvement of each actor in one meeting or initiative, in
  // first-seen order so edge order is deterministic.
  auto connect = [&](PartnershipVertex hub, const Lead& lead, const Party* chair,
                     const std::vector<Participant>& participants) {
    std::vector<std::pair<PartnershipVertex, Involvement>> involved;
    absl::flat_hash_map<PartnershipVertex, size_t> slot;
    auto at = [&](PartnershipVertex v) -> Involvement& {
      auto [it, inserted] = slot.try_emplace(v, involved.size());
      if (inserted) involved.emplace_back(v, Involvement{});
      return involved[it->second].second;
    };
    for (const Participant& p : participants) {
      std::optional<Actor> a = ActorOf(reg, p.party);
      if (!a) continue;  // the builder rejects such participants
      Involvement& inv = at(vertex(*a));
      if (!inv.participates || ParticipationStrength(p.type) > ParticipationStrength(inv.strongest)) {
        inv.strongest = p.type;
      }
      inv.participates = true;
      inv.seats += p.seats;
      if (p.type == ParticipationType::kChair) inv.chairs = true;
    }
    for (const Ref<Organisation>& o : lead.organisations) at(vertex(o.handle)).leads = true;
    for (const Ref<Organisation>& o : lead.supporting) at(vertex(o.handle)).supports = true;
    if (chair != nullptr && !chair->empty()) {
      if (std::optional<Actor> a = ActorOf(reg, *chair)) at(vertex(*a)).chairs = true;
    }
    for (auto& [v, inv] : involved) boost::add_edge(hub, v, inv, graph_);
  };
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    const Meeting& m = reg.meetings()[i];
    connect(vertex(MeetingHandle(static_cast<uint32_t>(i))), m.lead, &m.chair, m.participants);
  }
  for (size_t i = 0; i < reg.initiatives().size(); ++i) {
    const Initiative& in = reg.initiatives()[i];
    connect(vertex(InitiativeHandle(static_cast<uint32_t>(i))), in.lead, nullptr, in.participants);
  }
}

std::optional<PartnershipVertex> PartnershipGraph::vertex(RoleHandle h) const {
  uint32_t v = role_vertex_[h.index()];
  if (v == kNoVertex) return std::nullopt;
  return v;
}

PartnershipVertex PartnershipGraph::vertex(const Actor& a) const {
  if (a.kind == VertexKind::kOrganisation) return a.index;
  return role_vertex_[a.index];
}

std::string PartnershipGraph::key(PartnershipVertex v) const {
  const VertexInfo& i = graph_[v];
  return absl::StrCat(std::string(Name(i.kind)), ":", [&]() -> const std::string& {
    switch (i.kind) {
      case VertexKind::kOrganisation:
        return reg_->organisations()[i.index].id;
      case VertexKind::kRole:
        return reg_->roles()[i.index].id;
      case VertexKind::kMeeting:
        return reg_->meetings()[i.index].id;
      case VertexKind::kInitiative:
        break;
    }
    return reg_->initiatives()[i.index].id;
  }());
}

const std::string& PartnershipGraph::label(PartnershipVertex v) const {
  const VertexInfo& i = graph_[v];
  switch (i.kind) {
    case VertexKind::kOrganisation:
      return reg_->organisations()[i.index].name;
    case VertexKind::kRole:
      return reg_->roles()[i.index].name;
    case VertexKind::kMeeting:
      return reg_->meetings()[i.index].name;
    case VertexKind::kInitiative:
      break;
  }
  return reg_->initiatives()[i.index].name;
}

std::vector<Component> ConnectedComponents(const PartnershipGraph& g) {
  const PartnershipAdjacency& graph = g.graph();
  std::vector<int> component(boost::num_vertices(graph));
  const int count = boost::connected_components(graph, component.data());
  std::vector<Component> out(static_cast<size_t>(count));
  for (size_t v = 0; v < component.size(); ++v) {
    Component& c = out[static_cast<size_t>(component[v])];
    const VertexInfo& i = graph[v];
    switch (i.kind) {
      case VertexKind::kOrganisation:
        c.organisations.emplace_back(i.index);
        break;
      case VertexKind::kRole:
        c.roles.emplace_back(i.index);
        break;
      case VertexKind::kMeeting:
        c.meetings.emplace_back(i.index);
        break;
      case VertexKind::kInitiative:
        c.initiatives.emplace_back(i.index);
        break;
    }
  }
  // Boost numbers components by first vertex; a stable sort keeps that order among equals.
  std::stable_sort(out.begin(), out.end(),
                   [](const Component& a, const Component& b) { return a.size() > b.size(); });
  return out;
}

CoAttendanceGraph ProjectCoAttendance(const PartnershipGraph& g, const CoAttendanceOptions& options) {
  const PartnershipAdjacency& graph = g.graph();
  const Register& reg = g.source();
  CoAttendanceGraph out;
  for (size_t v = 0; v < g.num_actors(); ++v) {
    boost::add_vertex(Actor{graph[v].kind, graph[v].index}, out);
  }
  // Pair index -> edge, to accumulate into one edge per pair of actors.
  absl::flat_hash_map<std::pair<size_t, size_t>, CoAttendanceGraph::edge_descriptor> edge_of;
  std::vector<size_t> actors;
  for (size_t hub = g.num_actors(); hub < boost::num_vertices(graph); ++hub) {
    const VertexInfo& info = graph[hub];
    const bool is_meeting = info.kind == VertexKind::kMeeting;
    if (!is_meeting && !options.include_initiatives) continue;
    std::optional<double> sittings;
    if (is_meeting) {
      const Meeting& m = reg.meetings()[info.index];
      if (options.exclude_to_be_removed && m.status == MeetingStatus::kToBeRemoved) continue;
      sittings = reg.SittingsPerYear(m);
    }
    actors.clear();
    for (auto [e, end] = boost::out_edges(hub, graph); e != end; ++e) {
      const Involvement& inv = graph[*e];
      if (inv.participates || inv.chairs || (options.include_leads && (inv.leads || inv.supports))) {
        actors.push_back(boost::target(*e, graph));
      }
    }
    std::sort(actors.begin(), actors.end());
    for (size_t a = 0; a < actors.size(); ++a) {
      for (size_t b = a + 1; b < actors.size(); ++b) {
        auto key = std::make_pair(actors[a], actors[b]);
        auto it = edge_of.find(key);
        if (it == edge_of.end()) {
          it = edge_of.emplace(key, boost::add_edge(actors[a], actors[b], out).first).first;
        }
        CoAttendance& w = out[it->second];
        ++w.shared;
        if (is_meeting) {
          w.meetings.emplace_back(info.index);
          if (sittings) {
            w.sittings_per_year += *sittings;
          } else {
            ++w.unknown_cadence;
          }
        } else {
          w.initiatives.emplace_back(info.index);
        }
      }
    }
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(VertexKind);

}  // namespace govgraph
