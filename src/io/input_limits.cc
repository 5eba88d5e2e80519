// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/io/input_limits.h"

#include <atomic>

#include "absl/strings/str_cat.h"

namespace govgraph {
namespace {

// Each limit is read on its own by the readers, so three atomics suffice: a
// reader that starts while the limits change sees each one old or new.
std::atomic<size_t> max_bytes{InputLimits{}.max_bytes};
std::atomic<size_t> max_rows{InputLimits{}.max_rows};
std::atomic<int> max_depth{InputLimits{}.max_depth};

}  // namespace

absl::Status ValidateInputLimits(const InputLimits& limits) {
  if (limits.max_bytes < 1) return absl::InvalidArgumentError("input limits: max_bytes must be at least 1");
  if (limits.max_rows < 1) return absl::InvalidArgumentError("input limits: max_rows must be at least 1");
  if (limits.max_depth < 1 || limits.max_depth > kMaxInputDepthCeiling) {
    return absl::InvalidArgumentError(absl::StrCat("input limits: max_depth must be 1 to ", kMaxInputDepthCeiling,
                                                   ", not ", limits.max_depth));
  }
  return absl::OkStatus();
}

InputLimits GetInputLimits() {
  return InputLimits{.max_bytes = max_bytes.load(), .max_rows = max_rows.load(), .max_depth = max_depth.load()};
}

absl::Status SetInputLimits(const InputLimits& limits) {
  if (absl::Status s = ValidateInputLimits(limits); !s.ok()) return s;
  max_bytes.store(limits.max_bytes);
  max_rows.store(limits.max_rows);
  max_depth.store(limits.max_depth);
  return absl::OkStatus();
}

}  // namespace govgraph
