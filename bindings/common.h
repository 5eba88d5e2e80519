// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// common.h: what every binding source shares.
//
// - Ref<T> crosses into Python as the target's id (str, or None when empty);
//   Handle<T> as an int. Python code names entities by id.
// - A non-OK absl::Status raises govgraph.InvalidInputError (ValueError),
//   govgraph.NotFoundError (LookupError) or govgraph.GovgraphError, with the
//   status message unchanged.
// - Each binding source defines one Init...(py::module_&) called from module.cc.
// - Lifetime: values are copied in and out. A data member is bound as
//   .def_property(name, CopyOut(&T::m), CopyIn(&T::m)) or
//   .def_property_readonly(name, CopyOut(&T::m)) (CopyOut(&T::method) for a
//   const member function), never with def_readwrite or def_readonly, and a
//   getter returns by value, never a reference: pybind11
//   hands out a reference (return_value_policy::reference_internal) into the
//   C++ object for those, and for each element of a bound vector, which
//   dangles once Python assigns, resizes or frees the container it points
//   into. tests/python/test_binding_lifetime.py checks the binding sources.
#ifndef GOVGRAPH_BINDINGS_COMMON_H_
#define GOVGRAPH_BINDINGS_COMMON_H_

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <type_traits>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/strings/ascii.h"
#include "govgraph/enum_values.h"
#include "govgraph/handle.h"

namespace govgraph::python {

// An enumeration argument given as a value or by its JSON name. Implicit
// conversion would turn an unknown name into pybind11's "incompatible
// function arguments"; this raises InvalidInputError listing the names.
template <class E>
struct NamedEnum {
  E value;
};

}  // namespace govgraph::python

namespace pybind11::detail {

template <class E>
struct type_caster<govgraph::python::NamedEnum<E>> {
  PYBIND11_TYPE_CASTER(govgraph::python::NamedEnum<E>, make_caster<E>::name);

  bool load(handle src, bool convert);  // defined below, once ValueOrThrow is declared

  static handle cast(const govgraph::python::NamedEnum<E>& v, return_value_policy policy, handle parent) {
    return make_caster<E>::cast(v.value, policy, parent);
  }
};

template <class Tag>
struct type_caster<govgraph::Ref<Tag>> {
  PYBIND11_TYPE_CASTER(govgraph::Ref<Tag>, const_name("Optional[str]"));

  bool load(handle src, bool) {
    if (src.is_none()) {
      value = govgraph::Ref<Tag>();
      return true;
    }
    if (!PyUnicode_Check(src.ptr())) return false;
    value = govgraph::Ref<Tag>(src.cast<std::string>());
    return true;
  }

  static handle cast(const govgraph::Ref<Tag>& ref, return_value_policy, handle) {
    if (ref.empty()) return none().release();
    return pybind11::str(ref.id).release();
  }
};

template <class Tag>
struct type_caster<govgraph::Handle<Tag>> {
  PYBIND11_TYPE_CASTER(govgraph::Handle<Tag>, const_name("int"));

  bool load(handle src, bool) {
    if (!PyLong_Check(src.ptr())) return false;
    const long long v = PyLong_AsLongLong(src.ptr());
    if (v == -1 && PyErr_Occurred()) {
      PyErr_Clear();
      return false;
    }
    if (v < 0 || v >= static_cast<long long>(govgraph::Handle<Tag>::kInvalidIndex)) return false;
    value = govgraph::Handle<Tag>(static_cast<uint32_t>(v));
    return true;
  }

  static handle cast(govgraph::Handle<Tag> h, return_value_policy, handle) {
    return PyLong_FromUnsignedLong(h.index());
  }
};

}  // namespace pybind11::detail

namespace govgraph::python {

namespace py = pybind11;

// Raises the Python exception matching the status. Call only with a non-OK status.
[[noreturn]] void RaiseStatus(const absl::Status& status);

inline void ThrowIfError(const absl::Status& status) {
  if (!status.ok()) RaiseStatus(status);
}

template <class T>
T ValueOrThrow(absl::StatusOr<T> result) {
  if (!result.ok()) RaiseStatus(result.status());
  return *std::move(result);
}

inline absl::string_view View(const std::string& s) { return absl::string_view(s.data(), s.size()); }

// An enumerator's name (a string_view into static storage) as a Python str.
inline std::string Text(std::string_view s) { return std::string(s); }

// A property getter for a data member: returns a copy, so Python never holds
// a reference into the object (or into a vector of the object's). Its
// argument is named self, as def_readwrite's is, so the signature pybind11
// writes (and scripts/make_stubs.py reads) gives the property's type. For a
// member inherited from a base the class bound is given first:
// CopyOut<Derived>(&Derived::base_member).
template <class Self = void, class C, class D>
py::cpp_function CopyOut(D C::*member) {
  using Owner = std::conditional_t<std::is_void_v<Self>, C, Self>;
  static_assert(std::is_base_of_v<C, Owner>);
  return py::cpp_function([member](const Owner& self) -> std::remove_cv_t<D> { return self.*member; },
                          py::arg("self"));
}

// A property getter for a const member function: returns a copy of what it
// returns, even when that is a reference into the object.
template <class C, class R>
py::cpp_function CopyOut(R (C::*getter)() const) {
  return py::cpp_function([getter](const C& self) -> std::remove_cvref_t<R> { return (self.*getter)(); },
                          py::arg("self"));
}

// The matching property setter: assigns a copy of the value given.
template <class C, class D>
py::cpp_function CopyIn(D C::*member) {
  return py::cpp_function([member](C& self, std::remove_cv_t<D> value) { self.*member = std::move(value); });
}

// Binds an enumeration the one way every enumeration is bound: members in
// UPPER_CASE from the JSON names (AllValues<E>(), Name(E)), `.label` giving
// the JSON name, and construction and implicit conversion from that name, so
// that `rationalise(reg, cost="meeting_hours")` and
// `meeting.status = "to_be_removed"` work and a bad name raises
// InvalidInputError listing the names.
template <class E>
py::enum_<E> BindEnum(py::handle scope, const char* name, const char* doc) {
  py::enum_<E> e(scope, name, doc);
  for (E v : AllValues<E>()) {
    std::string member(Name(v));
    absl::AsciiStrToUpper(&member);
    for (char& c : member) {
      if (c == '-') c = '_';
    }
    e.value(member.c_str(), v);
  }
  e.def(py::init([](const std::string& label) { return ValueOrThrow(ParseEnum<E>(View(label))); }),
        py::arg("label"));
  e.def_property_readonly("label", [](E v) { return std::string(Name(v)); },
                          "The name used in JSON and DataFrames.");
  py::implicitly_convertible<py::str, E>();
  return e;
}

// Sets attributes from keyword arguments, rejecting unknown names, so that
// every model class can be built as Meeting(id="lcjb", name="...").
void SetFromKwargs(py::object self, const py::kwargs& kwargs);

void InitCadence(py::module_& m);
void InitModel(py::module_& m);
void InitRegister(py::module_& m);
void InitPartnershipGraph(py::module_& m);
void InitSummary(py::module_& m);
void InitAnalysisBurden(py::module_& m);
void InitAnalysisReportingLines(py::module_& m);
void InitAnalysisInfluence(py::module_& m);
void InitAnalysisWhatIf(py::module_& m);
void InitAnalysisRoleClarity(py::module_& m);
void InitAnalysisEngagementPlan(py::module_& m);
void InitAnalysisRationalisation(py::module_& m);
void InitAnalysisPortfolio(py::module_& m);
void InitAnalysisPanelComposition(py::module_& m);
void InitAnalysisPillarLeads(py::module_& m);
void InitAnalysisSkillsAudit(py::module_& m);
void InitAnalysisActionPlan(py::module_& m);
void InitIoJson(py::module_& m);
void InitIoInputLimits(py::module_& m);
void InitCalendar(py::module_& m);
void InitCalendarForwardPlan(py::module_& m);
void InitImport(py::module_& m);
void InitOverlap(py::module_& m);
void InitReview(py::module_& m);
void InitGraphExport(py::module_& m);
void InitIoPopolo(py::module_& m);
void InitOcd(py::module_& m);
void InitMerge(py::module_& m);
void InitOrgChange(py::module_& m);
void InitImportModernGov(py::module_& m);

}  // namespace govgraph::python

template <class E>
bool pybind11::detail::type_caster<govgraph::python::NamedEnum<E>>::load(handle src, bool convert) {
  if (isinstance<str>(src)) {
    const std::string name = src.cast<std::string>();
    value.value = govgraph::python::ValueOrThrow(govgraph::ParseEnum<E>(absl::string_view(name)));
    return true;
  }
  make_caster<E> inner;
  if (!inner.load(src, convert)) return false;
  value.value = cast_op<E>(inner);
  return true;
}

#endif  // GOVGRAPH_BINDINGS_COMMON_H_
