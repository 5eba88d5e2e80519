// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/influence.h.
#include "govgraph/analysis/influence.h"

#include <string>

#include "analysis_common.h"

namespace govgraph::python {
namespace {

// "organisation:opcc", "role:independent-safeguarding-chair", or an
// organisation by id, name or alias, as Register::LookupOrganisation reads it.
Actor ParseActor(const PartnershipGraph& g, const std::string& text) {
  const Register& reg = g.source();
  std::string kind = "organisation", id = text;
  if (const size_t colon = text.find(':'); colon != std::string::npos) {
    kind = text.substr(0, colon);
    id = text.substr(colon + 1);
  }
  if (kind == "organisation") {
    if (absl::StatusOr<OrganisationHandle> h = reg.LookupOrganisation(View(id)); h.ok()) {
      return Actor{VertexKind::kOrganisation, h->index()};
    }
  } else if (kind == "role") {
    if (absl::StatusOr<RoleHandle> h = reg.LookupRole(View(id)); h.ok() && g.vertex(*h)) {
      return Actor{VertexKind::kRole, h->index()};
    }
  }
  RaiseStatus(absl::NotFoundError("actor: unknown actor \"" + text +
                                  "\" (give an organisation by id, name or alias, \"organisation:ID\" or "
                                  "\"role:ID\" for a role with no organisation)"));
}

// The graph's register as a Python object: the graph keeps it alive, and
// pybind11 returns the existing wrapper for it.
py::object SourceOf(const PartnershipGraph& g) {
  return py::cast(&g.source(), py::return_value_policy::reference);
}

}  // namespace

void InitAnalysisInfluence(py::module_& m) {
  const InfluenceOptions d;
  py::class_<ActorInfluence>(m, "ActorInfluence", "One actor's place in the co-attendance network.")
      .def_property_readonly("kind", [](const ActorInfluence& a) { return a.actor.kind; })
      .def_property_readonly("index", [](const ActorInfluence& a) { return a.actor.index; })
      .def_property_readonly("key", CopyOut(&ActorInfluence::key))
      .def_property_readonly("label", CopyOut(&ActorInfluence::label))
      .def_property_readonly("degree", CopyOut(&ActorInfluence::degree))
      .def_property_readonly("strength", CopyOut(&ActorInfluence::strength))
      .def_property_readonly("betweenness", CopyOut(&ActorInfluence::betweenness))
      .def_property_readonly("betweenness_normalised", CopyOut(&ActorInfluence::betweenness_normalised))
      .def_property_readonly("eigenvector", CopyOut(&ActorInfluence::eigenvector))
      .def_property_readonly("meetings", CopyOut(&ActorInfluence::meetings))
      .def_property_readonly("broker", CopyOut(&ActorInfluence::broker))
      .def_property_readonly("groups_if_absent", CopyOut(&ActorInfluence::groups_if_absent));

  py::class_<InfluenceResult>(m, "InfluenceResult", py::dynamic_attr(), R"pbdoc(
Degree, betweenness (Brandes), eigenvector centrality and brokers
(articulation points) of the co-attendance network. ``to_pandas()`` gives one
row per actor.
)pbdoc")
      .def_property_readonly("actors", CopyOut(&InfluenceResult::actors))
      .def_property_readonly(
          "brokers",
          [](const InfluenceResult& r) {
            std::vector<std::string> keys;
            for (const ActorInfluence& a : r.actors) {
              if (a.broker) keys.push_back(a.key);
            }
            return keys;
          },
          "Keys of the brokers, by betweenness.")
      .def_property_readonly("components", CopyOut(&InfluenceResult::components))
      .def_property_readonly("isolated", CopyOut(&InfluenceResult::isolated));

  py::class_<MeetingReach>(m, "MeetingReach", "Partners a meeting reaches that the actor does not otherwise meet.")
      .def_property_readonly("meeting", CopyOut(&MeetingReach::meeting))
      .def_property_readonly("attends", CopyOut(&MeetingReach::attends))
      .def_property_readonly("new_partners", CopyOut(&MeetingReach::new_partner_keys), "Keys of the new partners.")
      .def_property_readonly("sittings_per_year", CopyOut(&MeetingReach::sittings_per_year));

  py::class_<ReachResult>(m, "ReachResult", py::dynamic_attr(),
                          "Meetings ranked by the partners they reach that the actor does not otherwise meet.")
      .def_property_readonly("key", CopyOut(&ReachResult::key))
      .def_property_readonly("partners", CopyOut(&ReachResult::partners))
      .def_property_readonly("meetings", CopyOut(&ReachResult::meetings));

  m.def(
      "influence",
      [](const GraphArg& graph, double unknown_cadence_sittings, bool exclude_to_be_removed, bool include_leads) {
        const PartnershipGraph& g = graph.get();
        InfluenceOptions o{unknown_cadence_sittings, exclude_to_be_removed, include_leads};
        return WithRegister(ValueOrThrow(Influence(g, o)), SourceOf(g));
      },
      py::arg("graph"), py::kw_only(), py::arg("unknown_cadence_sittings") = d.unknown_cadence_sittings,
      py::arg("exclude_to_be_removed") = d.exclude_to_be_removed, py::arg("include_leads") = d.include_leads, R"pbdoc(
Influence in the partnership network: degree, weighted strength (sittings a
year), betweenness, eigenvector centrality and brokers.

>>> r = govgraph.influence(reg)    # or a PartnershipGraph built once
>>> r.brokers[:3]
>>> r.to_pandas().head()
)pbdoc");

  m.def(
      "reach",
      [](const GraphArg& graph, const std::string& actor, double unknown_cadence_sittings, bool exclude_to_be_removed,
         bool include_leads) {
        const PartnershipGraph& g = graph.get();
        InfluenceOptions o{unknown_cadence_sittings, exclude_to_be_removed, include_leads};
        return WithRegister(ValueOrThrow(Reach(g, ParseActor(g, actor), o)), SourceOf(g));
      },
      py::arg("graph"), py::arg("actor"), py::kw_only(), py::arg("unknown_cadence_sittings") = d.unknown_cadence_sittings,
      py::arg("exclude_to_be_removed") = d.exclude_to_be_removed, py::arg("include_leads") = d.include_leads, R"pbdoc(
Which meetings offer the best chance of influence for one actor (an
organisation by id, name or alias, "organisation:ID" or "role:ID"): for each
meeting, the partners there it does not otherwise meet.

>>> govgraph.reach(reg, "OPCC").to_pandas()
)pbdoc");
}

}  // namespace govgraph::python
