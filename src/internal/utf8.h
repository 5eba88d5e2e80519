// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// utf8.h: checking UTF-8, for readers that must say where text is not UTF-8
// and for messages that quote what a user gave (a message must itself be
// valid UTF-8, or Python cannot show it).
#ifndef GOVGRAPH_SRC_INTERNAL_UTF8_H_
#define GOVGRAPH_SRC_INTERNAL_UTF8_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace govgraph::internal {

// Length of the valid UTF-8 sequence starting at s[i] (s[i] >= 0x80), or 0
// (no overlongs, no surrogates, nothing above U+10FFFF).
size_t Utf8SequenceLength(absl::string_view s, size_t i);

// `s` with every byte that is not part of a valid UTF-8 sequence written as
// the four characters \xNN; valid text is returned unchanged.
std::string EscapeInvalidUtf8(absl::string_view s);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_UTF8_H_
