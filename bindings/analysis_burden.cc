// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/analysis/burden.h.
#include "govgraph/analysis/burden.h"

#include "analysis_common.h"

namespace govgraph::python {

void InitAnalysisBurden(py::module_& m) {
  py::class_<MeetingBurden>(m, "MeetingBurden", "One meeting's hours a year; None where the cadence is unknown.")
      .def_readonly("meeting", &MeetingBurden::meeting)
      .def_readonly("sittings_per_year", &MeetingBurden::sittings_per_year)
      .def_readonly("duration_hours", &MeetingBurden::duration_hours)
      .def_readonly("default_duration", &MeetingBurden::default_duration)
      .def_readonly("seats", &MeetingBurden::seats)
      .def_readonly("meeting_hours", &MeetingBurden::meeting_hours)
      .def_readonly("seat_hours", &MeetingBurden::seat_hours)
      .def_readonly("cost", &MeetingBurden::cost);

  py::class_<OrganisationBurden>(m, "OrganisationBurden", "One organisation's seat-hours a year.")
      .def_readonly("organisation", &OrganisationBurden::organisation)
      .def_readonly("seat_hours", &OrganisationBurden::seat_hours)
      .def_readonly("cost", &OrganisationBurden::cost)
      .def_readonly("meetings", &OrganisationBurden::meetings)
      .def_readonly("unknown_cadence", &OrganisationBurden::unknown_cadence,
                    "Handles of meetings attended whose frequency is unknown (not counted).");

  py::class_<RoleBurden>(m, "RoleBurden", "One role's seat-hours a year.")
      .def_readonly("role", &RoleBurden::role)
      .def_readonly("seat_hours", &RoleBurden::seat_hours)
      .def_readonly("cost", &RoleBurden::cost)
      .def_readonly("meetings", &RoleBurden::meetings)
      .def_readonly("unknown_cadence", &RoleBurden::unknown_cadence);

  py::class_<BurdenShare>(m, "BurdenShare", "A share of the burden by level or by lead.")
      .def_readonly("label", &BurdenShare::label)
      .def_readonly("meetings", &BurdenShare::meetings)
      .def_readonly("meeting_hours", &BurdenShare::meeting_hours)
      .def_readonly("seat_hours", &BurdenShare::seat_hours)
      .def_readonly("share", &BurdenShare::share)
      .def_readonly("unknown_cadence", &BurdenShare::unknown_cadence);

  py::class_<BurdenResult>(m, "BurdenResult", py::dynamic_attr(), R"pbdoc(
Hours a year per meeting, organisation and role. Meetings with an unknown
cadence are in ``unknown_cadence`` and left out of every total, never counted
as zero. ``to_pandas(table)`` gives "meetings" (default), "organisations",
"roles", "levels" or "leads" as a DataFrame.
)pbdoc")
      .def_readonly("meetings", &BurdenResult::meetings)
      .def_readonly("organisations", &BurdenResult::organisations)
      .def_readonly("roles", &BurdenResult::roles)
      .def_readonly("by_level", &BurdenResult::by_level)
      .def_readonly("by_lead", &BurdenResult::by_lead)
      .def_readonly("costliest_meetings", &BurdenResult::costliest_meetings)
      .def_readonly("most_stretched_roles", &BurdenResult::most_stretched_roles)
      .def_readonly("meeting_hours", &BurdenResult::meeting_hours)
      .def_readonly("seat_hours", &BurdenResult::seat_hours)
      .def_readonly("cost", &BurdenResult::cost)
      .def_readonly("uncosted_seat_hours", &BurdenResult::uncosted_seat_hours)
      .def_readonly("unknown_cadence", &BurdenResult::unknown_cadence)
      .def_readonly("default_duration", &BurdenResult::default_duration);

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
        ThrowIfError(CheckBurdenOptions(reg, options));
        return WithRegister(Burden(reg, options), reg_obj);
      },
      py::arg("register"), py::kw_only(), py::arg("preparation_hours_per_sitting") = 0.0,
      py::arg("preparation_hours_by_role") = std::map<std::string, double>{},
      py::arg("hourly_cost_by_role") = std::map<std::string, double>{},
      py::arg("default_hourly_cost") = std::nullopt, py::arg("exclude_to_be_removed") = false,
      py::arg("top") = 5, R"pbdoc(
Hours a year the register asks of each meeting, organisation and role:
sittings x (duration + preparation) x seats. Unknown role ids or negative
figures raise InvalidInputError naming the option.

>>> b = govgraph.burden(reg, preparation_hours_per_sitting=1, hourly_cost_by_role={"pcc": 60})
>>> b.seat_hours, [reg.meeting(h).name for h in b.unknown_cadence]
>>> b.to_pandas("organisations")
)pbdoc");
}

}  // namespace govgraph::python
