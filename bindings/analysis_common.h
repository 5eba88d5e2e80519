// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// analysis_common.h: what the analysis bindings share. Analysis results refer
// to entities by handle; each result returned to Python carries the register
// it was computed from as `result.register`, so that `.to_pandas()` (in
// python/govgraph/analysis.py) can show ids and names.
#ifndef GOVGRAPH_BINDINGS_ANALYSIS_COMMON_H_
#define GOVGRAPH_BINDINGS_ANALYSIS_COMMON_H_

#include <utility>

#include "common.h"
#include "govgraph/partnership_graph.h"
#include "govgraph/register.h"

namespace govgraph::python {

// The result as a Python object with `register` set. The result class must be
// bound with py::dynamic_attr().
template <class R>
py::object WithRegister(R result, py::object reg) {
  py::object out = py::cast(std::move(result));
  out.attr("register") = std::move(reg);
  return out;
}

// The partnership graph an analysis walks, given as a PartnershipGraph or as
// the Register to build it from: every analysis accepts a register.
struct GraphArg {
  py::object graph;  // a PartnershipGraph, which keeps its register alive
  const PartnershipGraph& get() const { return graph.cast<const PartnershipGraph&>(); }
};

}  // namespace govgraph::python

namespace pybind11::detail {

template <>
struct type_caster<govgraph::python::GraphArg> {
  PYBIND11_TYPE_CASTER(govgraph::python::GraphArg, const_name("Union[Register, PartnershipGraph]"));

  bool load(handle src, bool) {
    if (isinstance<govgraph::PartnershipGraph>(src)) {
      value.graph = reinterpret_borrow<object>(src);
      return true;
    }
    if (isinstance<govgraph::Register>(src)) {
      value.graph = type::of<govgraph::PartnershipGraph>()(src);
      return true;
    }
    return false;
  }
};

}  // namespace pybind11::detail

#endif  // GOVGRAPH_BINDINGS_ANALYSIS_COMMON_H_
