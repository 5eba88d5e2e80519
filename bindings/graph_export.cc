// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/io/graph_export.h.
#include "govgraph/io/graph_export.h"

#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <string>

#include "common.h"

namespace govgraph::python {

void InitGraphExport(py::module_& m) {
  m.def("to_graphml", [](const Register& reg) { return ValueOrThrow(RegisterToGraphml(reg)); }, py::arg("register"),
        R"pbdoc(
The partnership graph as GraphML text, for Gephi, yEd or Cytoscape.

Nodes carry key ('meeting:lcjb'), id, name, label, kind (organisation, role,
meeting, initiative), type, level, status and lead; edges carry participation
(the strongest type, or 'lead' / 'supporting'), weight (seats), leads,
supports and chairs.

>>> xml = govgraph.to_graphml(reg)
>>> networkx.read_graphml(io.StringIO(xml)).number_of_nodes()

:raises InvalidInputError: a name holds text XML cannot carry; the message names the entity.
)pbdoc");
  m.def("to_graphml", [](const PartnershipGraph& g) { return ValueOrThrow(GraphToGraphml(g)); }, py::arg("graph"),
        "The partnership graph as GraphML text.\n\n>>> govgraph.to_graphml(govgraph.PartnershipGraph(reg))");
  m.def("to_dot", [](const Register& reg) { return ValueOrThrow(RegisterToDot(reg)); }, py::arg("register"), R"pbdoc(
The partnership graph as Graphviz DOT text: node ids are keys such as
"meeting:lcjb", meetings are boxes and organisations ellipses; attributes as
for to_graphml.

>>> open("register.dot", "w").write(govgraph.to_dot(reg))   # then: dot -Tsvg register.dot
)pbdoc");
  m.def("to_dot", [](const PartnershipGraph& g) { return ValueOrThrow(GraphToDot(g)); }, py::arg("graph"),
        "The partnership graph as Graphviz DOT text.\n\n>>> govgraph.to_dot(govgraph.PartnershipGraph(reg))");
  m.def(
      "save_graphml",
      [](const Register& reg, const std::filesystem::path& path) { ThrowIfError(SaveGraphmlFile(reg, path.string())); },
      py::arg("register"), py::arg("path"),
      "Write to_graphml(register) to a file.\n\n>>> govgraph.save_graphml(reg, \"register.graphml\")");
  m.def(
      "save_dot",
      [](const Register& reg, const std::filesystem::path& path) { ThrowIfError(SaveDotFile(reg, path.string())); },
      py::arg("register"), py::arg("path"),
      "Write to_dot(register) to a file.\n\n>>> govgraph.save_dot(reg, \"register.dot\")");
}

}  // namespace govgraph::python
