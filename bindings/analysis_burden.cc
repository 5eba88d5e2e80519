// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/burden.h.
#include "govgraph/analysis/burden.h"

#include "analysis_common.h"

namespace govgraph::python {

void InitAnalysisBurden(py::module_& m) {
  const BurdenOptions d;
  py::class_<MeetingBurden>(m, "MeetingBurden", "One meeting's hours a year; None where the cadence is unknown.")
      .def_property_readonly("meeting", CopyOut(&MeetingBurden::meeting))
      .def_property_readonly("sittings_per_year", CopyOut(&MeetingBurden::sittings_per_year))
      .def_property_readonly("duration_hours", CopyOut(&MeetingBurden::duration_hours))
      .def_property_readonly("default_duration", CopyOut(&MeetingBurden::default_duration))
      .def_property_readonly("seats", CopyOut(&MeetingBurden::seats))
      .def_property_readonly("meeting_hours", CopyOut(&MeetingBurden::meeting_hours))
      .def_property_readonly("seat_hours", CopyOut(&MeetingBurden::seat_hours))
      .def_property_readonly("cost", CopyOut(&MeetingBurden::cost));

  py::class_<OrganisationBurden>(m, "OrganisationBurden", "One organisation's seat-hours a year.")
      .def_property_readonly("organisation", CopyOut(&OrganisationBurden::organisation))
      .def_property_readonly("seat_hours", CopyOut(&OrganisationBurden::seat_hours))
      .def_property_readonly("cost", CopyOut(&OrganisationBurden::cost))
      .def_property_readonly("meetings", CopyOut(&OrganisationBurden::meetings))
      .def_property_readonly("unknown_cadence", CopyOut(&OrganisationBurden::unknown_cadence),
                             "Handles of meetings attended whose frequency is unknown (not counted).");

  py::class_<RoleBurden>(m, "RoleBurden", "One role's seat-hours a year.")
      .def_property_readonly("role", CopyOut(&RoleBurden::role))
      .def_property_readonly("seat_hours", CopyOut(&RoleBurden::seat_hours))
      .def_property_readonly("cost", CopyOut(&RoleBurden::cost))
      .def_property_readonly("meetings", CopyOut(&RoleBurden::meetings))
      .def_property_readonly("unknown_cadence", CopyOut(&RoleBurden::unknown_cadence));

  py::class_<BurdenShare>(m, "BurdenShare", "A share of the burden by level or by lead.")
      .def_property_readonly("label", CopyOut(&BurdenShare::label))
      .def_property_readonly("meetings", CopyOut(&BurdenShare::meetings))
      .def_property_readonly("meeting_hours", CopyOut(&BurdenShare::meeting_hours))
      .def_property_readonly("seat_hours", CopyOut(&BurdenShare::seat_hours))
      .def_property_readonly("share", CopyOut(&BurdenShare::share))
      .def_property_readonly("unknown_cadence", CopyOut(&BurdenShare::unknown_cadence));

  py::class_<BurdenResult>(m, "BurdenResult", py::dynamic_attr(), R"pbdoc(
Hours a year per meeting, organisation and role. Meetings with an unknown
cadence are in ``unknown_cadence`` and left out of every total, never counted
as zero. ``to_pandas(table)`` gives "meetings" (default), "organisations",
"roles", "levels" or "leads" as a DataFrame.
)pbdoc")
      .def_property_readonly("meetings", CopyOut(&BurdenResult::meetings))
      .def_property_readonly("organisations", CopyOut(&BurdenResult::organisations))
      .def_property_readonly("roles", CopyOut(&BurdenResult::roles))
      .def_property_readonly("by_level", CopyOut(&BurdenResult::by_level))
      .def_property_readonly("by_lead", CopyOut(&BurdenResult::by_lead))
      .def_property_readonly("costliest_meetings", CopyOut(&BurdenResult::costliest_meetings))
      .def_property_readonly("most_stretched_roles", CopyOut(&BurdenResult::most_stretched_roles))
      .def_property_readonly("meeting_hours", CopyOut(&BurdenResult::meeting_hours))
      .def_property_readonly("seat_hours", CopyOut(&BurdenResult::seat_hours))
      .def_property_readonly("cost", CopyOut(&BurdenResult::cost))
      .def_property_readonly("uncosted_seat_hours", CopyOut(&BurdenResult::uncosted_seat_hours))
      .def_property_readonly("unknown_cadence", CopyOut(&BurdenResult::unknown_cadence))
      .def_property_readonly("default_duration", CopyOut(&BurdenResult::default_duration));

  m.def(
      "burden",
      [](py::object reg_obj, double preparation_hours_per_sitting,
         std::map<std::string, double> preparation_hours_by_role, std::map<std::string, double> hourly_cost_by_role,
         std::optional<double> default_hourly_cost, bool exclude_to_be_removed, int top) {
        const Register& reg = reg_obj.cast<const Register&>();
        BurdenOptions options;
        options.preparation_hours_per_sitting = preparation_hours_per_sitting;
        options.preparation_hours_by_role = std::move(preparation_hours_by_role);
        options.hourly_cost_by_role = std::move(hourly_cost_by_role);
        options.default_hourly_cost = default_hourly_cost;
        options.exclude_to_be_removed = exclude_to_be_removed;
        options.top = top;
        return WithRegister(ValueOrThrow(Burden(reg, options)), reg_obj);
      },
      py::arg("register"), py::kw_only(), py::arg("preparation_hours_per_sitting") = d.preparation_hours_per_sitting,
      py::arg("preparation_hours_by_role") = std::map<std::string, double>{},
      py::arg("hourly_cost_by_role") = std::map<std::string, double>{},
      py::arg("default_hourly_cost") = std::nullopt, py::arg("exclude_to_be_removed") = d.exclude_to_be_removed,
      py::arg("top") = d.top, R"pbdoc(
Hours a year the register asks of each meeting, organisation and role:
sittings x (duration + preparation) x seats. Unknown role ids or negative
figures raise InvalidInputError naming the option.

>>> b = govgraph.burden(reg, preparation_hours_per_sitting=1, hourly_cost_by_role={"pcc": 60})
>>> b.seat_hours, [reg.meeting(h).name for h in b.unknown_cadence]
>>> b.to_pandas("organisations")
)pbdoc");
}

}  // namespace govgraph::python
