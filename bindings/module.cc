// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// module.cc: the govgraph._core extension module. The public package is
// python/govgraph, which re-exports from here.
#include <Python.h>

#include "common.h"
#include "govgraph/version.h"

namespace govgraph::python {
namespace {

PyObject* g_govgraph_error = nullptr;
PyObject* g_invalid_input_error = nullptr;
PyObject* g_not_found_error = nullptr;

PyObject* NewError(py::module_& m, const char* name, const char* doc, PyObject* bases) {
  std::string qualified = std::string("govgraph.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases, nullptr);
  if (type == nullptr) throw py::error_already_set();
  m.add_object(name, py::handle(type));
  return type;
}

}  // namespace

void RaiseStatus(const absl::Status& status) {
  PyObject* type = g_govgraph_error;
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kOutOfRange:
      type = g_invalid_input_error;
      break;
    case absl::StatusCode::kNotFound:
      type = g_not_found_error;
      break;
    default:
      break;
  }
  // A message quotes what the user gave, which may not be UTF-8: such bytes
  // are shown as \xNN rather than losing the whole message.
  const absl::string_view message = status.message();
  PyObject* text = PyUnicode_DecodeUTF8(message.data(), static_cast<Py_ssize_t>(message.size()), "backslashreplace");
  if (text == nullptr) throw py::error_already_set();
  PyErr_SetObject(type, text);
  Py_DECREF(text);
  throw py::error_already_set();
}

void SetFromKwargs(py::object self, const py::kwargs& kwargs) {
  py::object type = py::type::of(self);
  for (const auto& [key, value] : kwargs) {
    const std::string name = py::str(key);
    if (name.empty() || name[0] == '_' || !py::hasattr(type, key)) {
      throw py::type_error(std::string(py::str(type.attr("__name__"))) +
                           "() got an unexpected keyword argument '" + name + "'");
    }
    py::setattr(self, key, value);
  }
}

}  // namespace govgraph::python

PYBIND11_MODULE(_core, m) {
  namespace py = pybind11;
  using namespace govgraph::python;
  m.doc() = "govgraph's compiled core; import the govgraph package instead.";
  m.attr("__version__") = GOVGRAPH_VERSION_STRING;

  g_govgraph_error = NewError(m, "GovgraphError", "Base class of the errors govgraph raises.",
                              PyExc_Exception);
  {
    py::tuple bases = py::make_tuple(py::handle(g_govgraph_error), py::handle(PyExc_ValueError));
    g_invalid_input_error = NewError(
        m, "InvalidInputError",
        "Bad input: a register, file or value that cannot be read. The message names the place "
        "(file, JSON path, row and column).",
        bases.ptr());
  }
  {
    py::tuple bases = py::make_tuple(py::handle(g_govgraph_error), py::handle(PyExc_LookupError));
    g_not_found_error = NewError(m, "NotFoundError",
                                 "Something named does not exist: an id, a name or a file.",
                                 bases.ptr());
  }

  InitCadence(m);
  InitModel(m);
  InitRegister(m);
  InitPartnershipGraph(m);
  InitSummary(m);
  InitAnalysisBurden(m);
  InitAnalysisReportingLines(m);
  InitAnalysisInfluence(m);
  InitAnalysisWhatIf(m);
  InitAnalysisRoleClarity(m);
  InitAnalysisEngagementPlan(m);
  InitAnalysisRationalisation(m);
  InitAnalysisPortfolio(m);
  InitAnalysisPanelComposition(m);
  InitAnalysisPillarLeads(m);
  InitAnalysisSkillsAudit(m);
  InitAnalysisActionPlan(m);
  InitIoJson(m);
  InitIoInputLimits(m);
  InitCalendar(m);
  InitCalendarForwardPlan(m);
  InitImport(m);
  InitOverlap(m);
  InitReview(m);
  InitGraphExport(m);
  InitIoPopolo(m);
  InitOcd(m);
  InitMerge(m);
  InitOrgChange(m);
  InitImportModernGov(m);
}
