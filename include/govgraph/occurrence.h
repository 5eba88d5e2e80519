// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// occurrence.h: one dated sitting of a meeting series.
///
/// A register holds meeting series ("quarterly"); the calendar expands them
/// into dated occurrences (calendar/schedule.h), which the iCalendar and
/// Popolo writers and the cycle check read.
#ifndef GOVGRAPH_OCCURRENCE_H_
#define GOVGRAPH_OCCURRENCE_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/time/civil_time.h"
#include "govgraph/model.h"

namespace govgraph {

/// Where an occurrence came from.
enum class OccurrenceSource { kPlanned, kRule, kCadence };
std::string_view Name(OccurrenceSource source);  ///< "planned", "rule", "cadence"

struct Occurrence {
  MeetingHandle meeting;
  absl::CivilDay date;
  std::optional<int> start_minutes;  ///< local time; empty: all day / time not planned
  double duration_hours = 0;         ///< the meeting's, or the register default
  AreaHandle area;                   ///< valid for a per-area meeting's series
  OccurrenceSource source = OccurrenceSource::kCadence;
  std::optional<absl::CivilDay> moved_from;  ///< nominal date, when moved off a non-working day
  /// Stepped from the cadence with no anchor given: the phase is arbitrary (the
  /// period's first day), so the cycle check does not report clashes on it.
  bool estimated = false;
  std::string label;
  std::string step;         ///< statutory step: "precept:review"
  std::string scrutinises;  ///< publication id
  std::string note;
};

}  // namespace govgraph

#endif  // GOVGRAPH_OCCURRENCE_H_
