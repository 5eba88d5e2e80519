// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/influence.h: who sits where in the partnership network.
///
/// On the co-attendance projection (partnership_graph.h: actors joined when
/// they share a meeting) this computes, for each actor:
///
/// ```
///   - degree: partners met, and strength: the summed weight of its ties;
///   - betweenness: Brandes' algorithm (boost::brandes_betweenness_centrality)
///     on the unweighted projection, each unordered pair counted once, and
///     normalised by (n-1)(n-2)/2 over the actors of the network;
///   - eigenvector centrality: power iteration on the weighted adjacency
///     matrix (Boost 1.74 has none), scaled so the largest is 1; on a
///     disconnected network each component is scaled on its own;
///   - brokers: articulation points of the projection (actors whose absence
///     splits the network), with the number of separate groups left.
/// ```
///
/// A tie's weight is its sittings a year over shared meetings with a known
/// cadence, plus `unknown_cadence_sittings` for each shared meeting whose
/// cadence is unknown (one a year by default: a stated assumption, so that such
/// ties are never weightless).
///
/// Reach(g, actor) answers "which of these meetings offer the best chance of
/// influence": for each meeting, the partners there that the actor does not
/// otherwise meet.
///
/// ```
///   PartnershipGraph g(reg);
///   absl::StatusOr<InfluenceResult> r = Influence(g);
///   absl::StatusOr<ReachResult> reach = Reach(g, Actor{VertexKind::kOrganisation, opcc.index()});
/// ```
#ifndef GOVGRAPH_ANALYSIS_INFLUENCE_H_
#define GOVGRAPH_ANALYSIS_INFLUENCE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "govgraph/partnership_graph.h"

namespace govgraph {

struct InfluenceOptions {
  double unknown_cadence_sittings = 1.0;
  bool exclude_to_be_removed = false;
  bool include_leads = true;  ///< as CoAttendanceOptions::include_leads
};

struct ActorInfluence {
  Actor actor;
  std::string key;    ///< "organisation:opcc", as PartnershipGraph::key
  std::string label;  ///< display name
  int degree = 0;            ///< partners met
  double strength = 0;       ///< summed tie weight
  double betweenness = 0;    ///< pairs of others whose shortest paths pass through it
  double betweenness_normalised = 0;
  double eigenvector = 0;
  int meetings = 0;          ///< meetings it takes part in
  bool broker = false;       ///< an articulation point
  int groups_if_absent = 0;  ///< separate groups among its partners without it (brokers only)
};

struct InfluenceResult {
  std::vector<ActorInfluence> actors;  ///< by betweenness, then degree, then key
  std::vector<Actor> brokers;          ///< articulation points, by betweenness
  int components = 0;                  ///< connected parts of the projection (actors with ties)
  int isolated = 0;                    ///< actors with no partner
};

/// InvalidArgumentError for a negative or non-finite unknown_cadence_sittings.
absl::Status ValidateInfluenceOptions(const InfluenceOptions& options);

/// The influence of every actor, once ValidateInfluenceOptions() has accepted
/// the options.
absl::StatusOr<InfluenceResult> Influence(const PartnershipGraph& g, const InfluenceOptions& options = {});

struct MeetingReach {
  MeetingHandle meeting;
  bool attends = false;  ///< the actor already takes part
  /// Attended: partners met only here. Not attended: partners here that the
  /// actor meets nowhere.
  std::vector<Actor> new_partners;
  std::vector<std::string> new_partner_keys;
  std::optional<double> sittings_per_year;
};

struct ReachResult {
  Actor actor;
  std::string key;
  int partners = 0;  ///< met today
  /// Meetings with at least one new partner, most first, then attended first.
  std::vector<MeetingReach> meetings;
};

/// The reach of `actor`, once ValidateInfluenceOptions() has accepted the
/// options; NotFoundError when the actor is not a vertex of `g` (a role that
/// has an organisation stands as its organisation).
absl::StatusOr<ReachResult> Reach(const PartnershipGraph& g, const Actor& actor,
                                  const InfluenceOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_INFLUENCE_H_
