// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// io/input_limits.h: how much any reader accepts, the same for every format.
///
/// Every reader (register JSON, Popolo, change sets, rules, cycle plans,
/// CSV tables, ModernGov XML, alias files) refuses an input beyond these
/// limits with an error that names the limit, so a hostile or mistaken file
/// (a device, a nesting bomb, a runaway export) costs bounded time and
/// memory. The defaults are far beyond any real register; a national
/// register larger still can raise them for the whole process:
///
/// ```
///   InputLimits limits = GetInputLimits();
///   limits.max_bytes = size_t{8} << 30;
///   absl::Status s = SetInputLimits(limits);   // checked; see ValidateInputLimits
/// ```
///
/// Python: `govgraph.set_input_limits(max_bytes=...)`; the command line:
/// `govgraph --max-bytes N ...`. The limits are process-wide (as Python's
/// `csv.field_size_limit`) and safe to read and set from any thread.
#ifndef GOVGRAPH_IO_INPUT_LIMITS_H_
#define GOVGRAPH_IO_INPUT_LIMITS_H_

#include <cstddef>

#include "absl/status/status.h"

namespace govgraph {

struct InputLimits {
  /// Bytes of one input file or text (a register of a million meetings is
  /// about 800 MB of JSON). Past it: ResourceExhaustedError.
  size_t max_bytes = size_t{2} << 30;
  /// Rows of one table, entries of one JSON array (meetings, memberships,
  /// changes) and elements of one XML document. Past it: ResourceExhaustedError.
  size_t max_rows = 10'000'000;
  /// Nesting of JSON objects and arrays, and of XML elements (registers nest
  /// at most 6 levels, Popolo about 10). Past it: InvalidArgumentError.
  int max_depth = 64;
};

/// The largest `max_depth` that may be set: deeper documents would cost
/// stack in the code that walks them.
inline constexpr int kMaxInputDepthCeiling = 1000;

/// OK, or InvalidArgumentError naming the field: every limit at least 1,
/// `max_depth` at most kMaxInputDepthCeiling.
absl::Status ValidateInputLimits(const InputLimits& limits);

/// The limits every reader applies now.
InputLimits GetInputLimits();

/// Replaces the limits for the whole process after ValidateInputLimits
/// (nothing changes when it fails).
absl::Status SetInputLimits(const InputLimits& limits);

}  // namespace govgraph

#endif  // GOVGRAPH_IO_INPUT_LIMITS_H_
