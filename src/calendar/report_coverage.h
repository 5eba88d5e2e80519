// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// report_coverage.h: the cycle check's coverage rule, shared with the forward
// plan check: each report published in the period is scrutinised by exactly
// one sitting of each meeting that scrutinises it, within its window.
#ifndef GOVGRAPH_SRC_CALENDAR_REPORT_COVERAGE_H_
#define GOVGRAPH_SRC_CALENDAR_REPORT_COVERAGE_H_

#include <vector>

#include "govgraph/calendar/cycle_check.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/calendar/schedule.h"
#include "govgraph/occurrence.h"
#include "govgraph/register.h"

namespace govgraph::internal {

// Appends to out.coverage, out.problems (unscrutinised, scrutinised twice)
// and out.notes (a report due after the period). `schedule` gives the period
// and the publication dates; `sittings` are the sittings judged, each
// scrutinising the publication in its `scrutinises`. A meeting is held to a
// publication when any occurrence of the schedule or any of `sittings`
// scrutinises it: the cycle check passes the schedule's occurrences as
// `sittings`; the forward plan check passes the sittings whose agenda items
// scrutinise a report, so that a report the cycle plan scrutinises but no
// agenda item does is found.
void CheckReportCoverage(const Register& reg, const CyclePlan& plan, const Schedule& schedule,
                         const std::vector<Occurrence>& sittings, CycleCheckResult& out);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_CALENDAR_REPORT_COVERAGE_H_
