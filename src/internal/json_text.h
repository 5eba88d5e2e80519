// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// json_text.h: JSON text to nlohmann::json with failures as absl::Status, the
// one way every reader of JSON documents parses its text.
//
// Stricter than nlohmann's own parser, because a lenient parse loses data
// without a word:
// - a key given twice in one object is an error naming its path
//   ("meetings[2]: duplicate key \"name\""), not "the last one wins";
// - nesting deeper than InputLimits::max_depth is an error (no register, plan
//   or Popolo document nests more than a dozen levels; a hostile file nested
//   a hundred thousand deep would otherwise cost time and stack further on),
//   and so are a list longer than max_rows and a text longer than max_bytes
//   (ResourceExhaustedError, io/input_limits.h);
// - a syntax error, and a number too large for a double, give the line and
//   column and, where known, the JSON path;
// - every message is valid UTF-8: bytes that are not are shown as \xNN.
#ifndef GOVGRAPH_SRC_INTERNAL_JSON_TEXT_H_
#define GOVGRAPH_SRC_INTERNAL_JSON_TEXT_H_

#include <nlohmann/json.hpp>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace govgraph::internal {

// nlohmann's message without its "[json.exception.parse_error.101] " prefix.
std::string StripJsonExceptionPrefix(absl::string_view what);

// The parsed document, or InvalidArgumentError: "line 3, column 14
// (meetings[0]): syntax error ..." or "meetings[2]: duplicate key \"name\"".
// Instantiated for nlohmann::json and nlohmann::ordered_json.
template <class Json = nlohmann::json>
absl::StatusOr<Json> ParseJsonText(absl::string_view text);

// A small JSON input that must be an object (rules, change sets), or
// InvalidArgumentError "<what>: <the parse error>" / "<what>: must be a JSON
// object, found array".
absl::StatusOr<nlohmann::json> ParseJsonObject(absl::string_view text, absl::string_view what);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_JSON_TEXT_H_
