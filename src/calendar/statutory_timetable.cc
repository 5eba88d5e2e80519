// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// statutory_timetable.cc: the statutory timetables built in, as data with
// the law they come from.
#include "absl/strings/string_view.h"
#include "govgraph/calendar/cycle_plan.h"

namespace govgraph {

const StatutoryStep* StatutoryTimetable::Step(absl::string_view step_id) const {
  for (const StatutoryStep& s : steps) {
    if (s.id == step_id) return &s;
  }
  return nullptr;
}

StatutoryTimetable PreceptTimetable() {
  StatutoryTimetable t;
  t.id = "precept";
  t.name = "Police precept";
  t.basis =
      "Police Reform and Social Responsibility Act 2011, Schedule 5; Police and Crime Panels (Precepts and Chief "
      "Constable Appointments) Regulations 2012";
  t.opens_month = 1;
  t.opens_day = 1;
  t.steps = {
      {"notify", "the PCC notifies the panel of the proposed precept", 2, 1, "", false, false},
      {"review", "the panel reviews the proposed precept and reports", 2, 8, "notify", true, false},
      {"revise", "after a veto, the PCC gives the panel a revised precept", 2, 15, "review", false, true},
      {"respond", "the panel reviews the revised precept and reports", 2, 22, "revise", true, true},
      {"issue", "the PCC issues the precept", 3, 1, "review", false, false},
  };
  return t;
}

}  // namespace govgraph
