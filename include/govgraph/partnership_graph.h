// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// partnership_graph.h: the register as a Boost.Graph, and its projections.
///
/// The partnership graph is bipartite: on one side the actors (organisations,
/// and roles that belong to no organisation, such as an independent
/// safeguarding chair), on the other the meetings and initiatives. An edge
/// joins a meeting to each actor that attends or leads it. Participants that
/// resolve to the same actor (the PCC and the OPCC both resolve to the OPCC)
/// share one edge that keeps the strongest participation and the total seats.
///
/// ```
///   PartnershipGraph g(reg);
///   std::vector<Component> parts = ConnectedComponents(g);
///   CoAttendanceGraph co = ProjectCoAttendance(g);
/// ```
///
/// The graph refers to the register it was built from: keep the register alive
/// and unchanged while the graph is in use. Analyses are free functions over a
/// const graph; boost algorithms run directly on graph().
#ifndef GOVGRAPH_PARTNERSHIP_GRAPH_H_
#define GOVGRAPH_PARTNERSHIP_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

enum class VertexKind { kOrganisation, kRole, kMeeting, kInitiative };
std::string_view Name(VertexKind kind);

/// A vertex: which entity it stands for (the index is a handle's index).
struct VertexInfo {
  VertexKind kind = VertexKind::kOrganisation;
  uint32_t index = 0;
};

/// How an actor takes part in a meeting or initiative.
struct Involvement {
  bool participates = false;  ///< listed among the participants
  bool leads = false;         ///< among the lead organisations
  bool supports = false;      ///< among the supporting organisations
  bool chairs = false;        ///< the chair, or a participant of type chair
  /// The strongest participation type among the participants that resolve to
  /// this actor (chair > statutory member > member > attendee > support >
  /// observer); meaningful when `participates`.
  ParticipationType strongest = ParticipationType::kMember;
  int seats = 0;  ///< total seats of those participants
};

using PartnershipAdjacency =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, VertexInfo, Involvement>;
using PartnershipVertex = boost::graph_traits<PartnershipAdjacency>::vertex_descriptor;

/// The actor a party stands for: its organisation when it has one (see
/// Register::OrganisationOf), else its role. Empty only for a party that names
/// a person holding no role, which the builder rejects.
struct Actor {
  VertexKind kind = VertexKind::kOrganisation;  ///< kOrganisation or kRole
  uint32_t index = 0;
  friend bool operator==(const Actor&, const Actor&) = default;
};
std::optional<Actor> ActorOf(const Register& reg, const Party& party);

class PartnershipGraph {
 public:
  explicit PartnershipGraph(const Register& reg);

  const Register& source() const { return *reg_; }
  const PartnershipAdjacency& graph() const { return graph_; }

  PartnershipVertex vertex(OrganisationHandle h) const { return h.index(); }
  /// Only roles with no organisation are vertices.
  std::optional<PartnershipVertex> vertex(RoleHandle h) const;
  PartnershipVertex vertex(MeetingHandle h) const { return meeting_base_ + h.index(); }
  PartnershipVertex vertex(InitiativeHandle h) const { return initiative_base_ + h.index(); }
  PartnershipVertex vertex(const Actor& a) const;

  const VertexInfo& info(PartnershipVertex v) const { return graph_[v]; }
  bool is_actor(PartnershipVertex v) const {
    return graph_[v].kind == VertexKind::kOrganisation || graph_[v].kind == VertexKind::kRole;
  }
  /// "organisation:cps", "meeting:lcjb": unique across kinds.
  std::string key(PartnershipVertex v) const;
  /// The entity's display name.
  const std::string& label(PartnershipVertex v) const;

  size_t num_actors() const { return meeting_base_; }

 private:
  const Register* reg_;
  PartnershipAdjacency graph_;
  std::vector<uint32_t> role_vertex_;  ///< role index -> vertex, or kNoVertex
  size_t meeting_base_ = 0;
  size_t initiative_base_ = 0;
};

/// One connected part of the partnership network.
struct Component {
  std::vector<OrganisationHandle> organisations;
  std::vector<RoleHandle> roles;  ///< roles with no organisation
  std::vector<MeetingHandle> meetings;
  std::vector<InitiativeHandle> initiatives;
  size_t size() const {
    return organisations.size() + roles.size() + meetings.size() + initiatives.size();
  }
};

/// The connected components, largest first (ties by first vertex). An
/// organisation with no meetings is a component of its own.
std::vector<Component> ConnectedComponents(const PartnershipGraph& g);

/// Weight of the tie between two actors in the co-attendance projection.
struct CoAttendance {
  int shared = 0;                 ///< meetings (and initiatives, if asked) both take part in
  double sittings_per_year = 0;   ///< summed over shared meetings whose cadence is known
  int unknown_cadence = 0;        ///< shared meetings whose cadence is not known
  std::vector<MeetingHandle> meetings;        ///< the shared meetings
  std::vector<InitiativeHandle> initiatives;  ///< the shared initiatives
};

using CoAttendanceGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, Actor, CoAttendance>;

struct CoAttendanceOptions {
  bool include_initiatives = false;
  /// Count an organisation that leads or supports a meeting without being
  /// listed among its participants.
  bool include_leads = true;
  /// Leave out meetings marked to be removed.
  bool exclude_to_be_removed = false;
};

/// Actors joined when they share a meeting. Vertex i of the result is vertex i
/// of the partnership graph (every actor, connected or not).
CoAttendanceGraph ProjectCoAttendance(const PartnershipGraph& g, const CoAttendanceOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_PARTNERSHIP_GRAPH_H_
