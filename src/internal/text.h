// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// text.h (private): text helpers every layer uses.
#ifndef GOVGRAPH_SRC_INTERNAL_TEXT_H_
#define GOVGRAPH_SRC_INTERNAL_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/strings/string_view.h"

namespace govgraph::internal {

// A std::string_view as an absl::string_view (they differ in Debian's Abseil).
inline absl::string_view AV(std::string_view s) { return absl::string_view(s.data(), s.size()); }

// Edit distance, giving up (returning limit + 1) once it exceeds `limit`.
size_t EditDistance(absl::string_view a, absl::string_view b, size_t limit);

// At most `max` bytes of `s` (cut at a UTF-8 boundary), with "..." when cut.
std::string Clip(absl::string_view s, size_t max = 200);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_TEXT_H_
