// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/partnership_graph.h.
#include "govgraph/partnership_graph.h"

#include <string>
#include <tuple>
#include <vector>

#include "analysis_common.h"

namespace govgraph::python {

void InitPartnershipGraph(py::module_& m) {
  const CoAttendanceOptions d;
  BindEnum<VertexKind>(m, "VertexKind", "What a vertex of the partnership graph stands for.");

  py::class_<Involvement>(m, "Involvement", "How an actor takes part in a meeting or initiative.")
      .def_property_readonly("participates", CopyOut(&Involvement::participates))
      .def_property_readonly("leads", CopyOut(&Involvement::leads))
      .def_property_readonly("supports", CopyOut(&Involvement::supports))
      .def_property_readonly("chairs", CopyOut(&Involvement::chairs))
      .def_property_readonly("strongest", CopyOut(&Involvement::strongest))
      .def_property_readonly("seats", CopyOut(&Involvement::seats));

  py::class_<PartnershipGraph>(m, "PartnershipGraph", R"pbdoc(
The register as a bipartite graph: actors (organisations, and roles that
belong to no organisation) joined to the meetings and initiatives they attend
or lead. Vertex keys are 'organisation:<id>', 'role:<id>', 'meeting:<id>',
'initiative:<id>'. Keeps its register alive.

>>> g = govgraph.PartnershipGraph(reg)
>>> len(govgraph.connected_components(g))
)pbdoc")
      .def(py::init<const Register&>(), py::arg("register"), py::keep_alive<1, 2>())
      .def_property_readonly("num_vertices", [](const PartnershipGraph& g) { return boost::num_vertices(g.graph()); })
      .def_property_readonly("num_edges", [](const PartnershipGraph& g) { return boost::num_edges(g.graph()); })
      .def_property_readonly("num_actors", CopyOut(&PartnershipGraph::num_actors))
      .def(
          "vertices",
          [](const PartnershipGraph& g) {
            std::vector<std::tuple<std::string, VertexKind, std::string>> out;
            for (size_t v = 0; v < boost::num_vertices(g.graph()); ++v) {
              out.emplace_back(g.key(v), g.info(v).kind, g.label(v));
            }
            return out;
          },
          "(key, kind, label) for every vertex, in vertex order.")
      .def(
          "edges",
          [](const PartnershipGraph& g) {
            std::vector<std::tuple<std::string, std::string, Involvement>> out;
            for (auto [e, end] = boost::edges(g.graph()); e != end; ++e) {
              out.emplace_back(g.key(boost::source(*e, g.graph())), g.key(boost::target(*e, g.graph())), g.graph()[*e]);
            }
            return out;
          },
          "(meeting or initiative key, actor key, Involvement) for every edge.");

  py::class_<Component>(m, "Component", "One connected part of the partnership network (handles).")
      .def_property_readonly("organisations", CopyOut(&Component::organisations))
      .def_property_readonly("roles", CopyOut(&Component::roles))
      .def_property_readonly("meetings", CopyOut(&Component::meetings))
      .def_property_readonly("initiatives", CopyOut(&Component::initiatives))
      .def("__len__", &Component::size);

  m.def(
      "connected_components", [](const GraphArg& graph) { return ConnectedComponents(graph.get()); },
      py::arg("graph"),
      "The connected components of the partnership network (of a Register or a PartnershipGraph), largest "
      "first.\n\n>>> parts = govgraph.connected_components(reg)\n>>> len(parts)\n8");

  py::class_<CoAttendance>(m, "CoAttendance", "The tie between two actors who share meetings.")
      .def_property_readonly("shared", CopyOut(&CoAttendance::shared),
                             "Meetings (and initiatives, if asked) both take part in.")
      .def_property_readonly("sittings_per_year", CopyOut(&CoAttendance::sittings_per_year),
                             "Summed over shared meetings with a known cadence.")
      .def_property_readonly("unknown_cadence", CopyOut(&CoAttendance::unknown_cadence))
      .def_property_readonly("meetings", CopyOut(&CoAttendance::meetings), "Handles of the shared meetings.")
      .def_property_readonly("initiatives", CopyOut(&CoAttendance::initiatives));

  m.def(
      "co_attendance",
      [](const GraphArg& graph, bool include_initiatives, bool include_leads, bool exclude_to_be_removed) {
        const PartnershipGraph& g = graph.get();
        CoAttendanceGraph co = ProjectCoAttendance(
            g, {.include_initiatives = include_initiatives,
                .include_leads = include_leads,
                .exclude_to_be_removed = exclude_to_be_removed});
        std::vector<std::tuple<std::string, std::string, CoAttendance>> out;
        for (auto [e, end] = boost::edges(co); e != end; ++e) {
          out.emplace_back(g.key(g.vertex(co[boost::source(*e, co)])),
                           g.key(g.vertex(co[boost::target(*e, co)])), co[*e]);
        }
        return out;
      },
      py::arg("graph"), py::kw_only(), py::arg("include_initiatives") = d.include_initiatives,
      py::arg("include_leads") = d.include_leads, py::arg("exclude_to_be_removed") = d.exclude_to_be_removed, R"pbdoc(
The organisation co-attendance projection: (actor key, actor key, CoAttendance)
for every pair of actors that share at least one meeting.

>>> pairs = govgraph.co_attendance(reg)   # or a PartnershipGraph
>>> a, b, tie = pairs[0]
)pbdoc");
}

}  // namespace govgraph::python
