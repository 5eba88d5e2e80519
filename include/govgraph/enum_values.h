// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// enum_values.h: every public enumeration's values and JSON names, one way.
///
/// Each enumeration E in the public headers has `Name(E)`, its JSON name
/// ("board", "meeting_hours"), and these two templates, read from the same
/// name table, so that a reader, a binding or a validation message never
/// writes the list again:
///
/// ```
///   AllValues<RationalisationCost>()             // every value, in declaration order
///   ParseEnum<RationalisationCost>("seat_hours") // RationalisationCost::kSeatHours
///   ParseEnum<Level>("tactcal")  // InvalidArgumentError: unknown level "tactcal";
///                                // expected one of: strategic, tactical, operational, ...
/// ```
#ifndef GOVGRAPH_ENUM_VALUES_H_
#define GOVGRAPH_ENUM_VALUES_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace govgraph {

/// All values of an enumeration, in declaration order (for docs, bindings and
/// validation messages).
template <class E>
std::vector<E> AllValues();

/// The value whose JSON name is `name`; InvalidArgumentError naming the
/// enumeration and listing its names otherwise.
template <class E>
absl::StatusOr<E> ParseEnum(absl::string_view name);

}  // namespace govgraph

#endif  // GOVGRAPH_ENUM_VALUES_H_
