// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// calendar_common.h: what the calendar bindings share: dates cross as
// datetime.date, and a "YYYY-MM-DD" string is accepted too.
#ifndef GOVGRAPH_BINDINGS_CALENDAR_COMMON_H_
#define GOVGRAPH_BINDINGS_CALENDAR_COMMON_H_

#include <string>

#include "absl/status/status.h"
#include "absl/time/civil_time.h"
#include "common.h"

namespace pybind11::detail {

template <>
struct type_caster<absl::CivilDay> {
  PYBIND11_TYPE_CASTER(absl::CivilDay, const_name("datetime.date"));

  bool load(handle src, bool) {
    if (src.is_none()) return false;
    if (PyUnicode_Check(src.ptr())) {
      const std::string text = src.cast<std::string>();
      absl::CivilDay day;
      if (text.size() != 10 || !absl::ParseCivilTime(text, &day) || absl::FormatCivilTime(day) != text) {
        govgraph::python::RaiseStatus(
            absl::InvalidArgumentError("expected a date as YYYY-MM-DD, found \"" + text + "\""));
      }
      value = day;
      return true;
    }
    if (!hasattr(src, "year") || !hasattr(src, "month") || !hasattr(src, "day")) return false;
    value = absl::CivilDay(src.attr("year").cast<int>(), src.attr("month").cast<int>(), src.attr("day").cast<int>());
    return true;
  }

  static handle cast(absl::CivilDay d, return_value_policy, handle) {
    return module_::import("datetime").attr("date")(d.year(), d.month(), d.day()).release();
  }
};

}  // namespace pybind11::detail

#endif  // GOVGRAPH_BINDINGS_CALENDAR_COMMON_H_
