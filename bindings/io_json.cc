// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/io/json.h.
#include "govgraph/io/json.h"

#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <string>
#include <utility>

#include "common.h"
#include "progress.h"

namespace govgraph::python {

void InitIoJson(py::module_& m) {
  const JsonWriteOptions d;
  m.attr("REGISTER_SCHEMA_VERSION") = kRegisterSchemaVersion;
  m.def(
      "load_json",
      [](const std::filesystem::path& path, const py::object& progress) {
        const py::object bar = ProgressBar(progress);
        const JsonReadOptions options{.progress = ToProgressCallback(bar)};
        absl::StatusOr<Register> reg;
        {
          py::gil_scoped_release release;
          reg = LoadRegisterJsonFile(path.string(), options);
        }
        return ValueOrThrow(std::move(reg));
      },
      py::arg("path"), py::kw_only(), py::arg("progress") = py::none(), R"pbdoc(
Load a register from a JSON file (docs/json-schema.md). ``progress``: True
draws a bar on standard error as the file is read and the register built,
False never does, None (the default) does when standard error is a terminal
and loading takes more than half a second (a national register).

:raises InvalidInputError: the file is not a valid register; the message names
    the file and the JSON path of each problem.
:raises NotFoundError: the file does not exist.

>>> reg = govgraph.load_json("examples/registers/avon-and-somerset-2016.json")
)pbdoc");
  m.def(
      "loads_json",
      [](const std::string& text, const py::object& progress) {
        const py::object bar = ProgressBar(progress);
        const JsonReadOptions options{.progress = ToProgressCallback(bar)};
        absl::StatusOr<Register> reg;
        {
          py::gil_scoped_release release;
          reg = ParseRegisterJson(View(text), options);
        }
        return ValueOrThrow(std::move(reg));
      },
      py::arg("text"), py::kw_only(), py::arg("progress") = py::none(),
      "Parse a register from JSON text (``progress`` as for load_json).\n\n:raises InvalidInputError: naming each "
      "problem's JSON path.\n\n>>> with open(\"register.json\", encoding=\"utf-8\") as f:\n... reg = "
      "govgraph.loads_json(f.read())");
  m.def(
      "dumps_json",
      [](const Register& reg, int indent) {
        absl::StatusOr<std::string> text;
        {
          py::gil_scoped_release release;
          text = RegisterToJson(reg, {.indent = indent});
        }
        return ValueOrThrow(std::move(text));
      },
      py::arg("register"), py::arg("indent") = d.indent,
      "The register as JSON text (canonical form), ``indent`` spaces a level (0 to 16; -1: one line).\n\n"
      ":raises InvalidInputError: for another indent.\n\n>>> text = govgraph.dumps_json(reg, indent=0)\n>>> "
      "govgraph.loads_json(text).meetings[0].id == reg.meetings[0].id\nTrue");
  m.def(
      "save_json",
      [](const Register& reg, const std::filesystem::path& path, int indent) {
        absl::Status saved;
        {
          py::gil_scoped_release release;
          saved = SaveRegisterJsonFile(reg, path.string(), {.indent = indent});
        }
        ThrowIfError(saved);
      },
      py::arg("register"), py::arg("path"), py::arg("indent") = d.indent,
      "Write the register to a JSON file, ``indent`` spaces a level (0 to 16; -1: one line).\n\n"
      ":raises InvalidInputError: for another indent (and nothing is written).\n\n>>> govgraph.save_json(reg, "
      "\"register.json\")");
}

}  // namespace govgraph::python
