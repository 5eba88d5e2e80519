// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/io/input_limits.h.
#include "govgraph/io/input_limits.h"

#include "common.h"

namespace govgraph::python {

void InitIoInputLimits(py::module_& m) {
  py::class_<InputLimits>(m, "InputLimits", R"pbdoc(
How much any reader accepts (docs/reliability.md): ``max_bytes`` of one input
file or text, ``max_rows`` rows of a table or entries of one JSON list or
elements of one XML document, ``max_depth`` levels of JSON or XML nesting.
Change them with :func:`govgraph.set_input_limits`.
)pbdoc")
      .def(py::init([](const py::kwargs& kwargs) {
             py::object self = py::cast(InputLimits{});
             SetFromKwargs(self, kwargs);
             return self.cast<InputLimits>();
           }),
           "InputLimits(**fields): the defaults, with any field given.")
      .def_property("max_bytes", CopyOut(&InputLimits::max_bytes), CopyIn(&InputLimits::max_bytes))
      .def_property("max_rows", CopyOut(&InputLimits::max_rows), CopyIn(&InputLimits::max_rows))
      .def_property("max_depth", CopyOut(&InputLimits::max_depth), CopyIn(&InputLimits::max_depth))
      .def("__eq__",
           [](const InputLimits& a, const InputLimits& b) {
             return a.max_bytes == b.max_bytes && a.max_rows == b.max_rows && a.max_depth == b.max_depth;
           })
      .def("__repr__", [](const InputLimits& l) {
        return "InputLimits(max_bytes=" + std::to_string(l.max_bytes) + ", max_rows=" + std::to_string(l.max_rows) +
               ", max_depth=" + std::to_string(l.max_depth) + ")";
      });
  m.attr("MAX_INPUT_DEPTH_CEILING") = kMaxInputDepthCeiling;
  m.def("get_input_limits", &GetInputLimits,
        "The limits every reader applies now (a copy; change them with :func:`govgraph.set_input_limits`).\n\n"
        ">>> govgraph.get_input_limits().max_depth\n64");
  m.def(
      "_set_input_limits", [](const InputLimits& limits) { ThrowIfError(SetInputLimits(limits)); },
      py::arg("limits"));
}

}  // namespace govgraph::python
