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

}  // namespace govgraph::python

#endif  // GOVGRAPH_BINDINGS_ANALYSIS_COMMON_H_
