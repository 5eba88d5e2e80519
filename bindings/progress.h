// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/progress.h: a Python `progress` argument (True, False,
// or None: when standard error is a terminal) as a ProgressCallback that draws
// govgraph._progress.ProgressBar.
#ifndef GOVGRAPH_BINDINGS_PROGRESS_H_
#define GOVGRAPH_BINDINGS_PROGRESS_H_

#include <cstdint>
#include <string_view>

#include "common.h"
#include "govgraph/progress.h"

namespace govgraph::python {

// The bar to draw for `progress`, or None. The caller holds it for as long
// as the callback made from it may run.
inline py::object ProgressBar(const py::object& progress) {
  return py::module_::import("govgraph._progress").attr("bar_for")(progress);
}

// Calls `bar` (from any thread, taking the GIL) unless it is None. A failing
// bar is not the operation's failure: its error is dropped.
inline ProgressCallback ToProgressCallback(const py::object& bar) {
  if (bar.is_none()) return {};
  PyObject* callable = bar.ptr();  // borrowed: the caller keeps `bar` alive
  return [callable](std::string_view stage, int64_t done, int64_t total) {
    py::gil_scoped_acquire gil;
    try {
      const py::handle bar_callable{callable};
      bar_callable(py::str(stage.data(), stage.size()), done, total);
    } catch (py::error_already_set&) {  // cleared as it goes
    }
  };
}

}  // namespace govgraph::python

#endif  // GOVGRAPH_BINDINGS_PROGRESS_H_
