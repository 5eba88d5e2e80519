// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// json_text.h: JSON text to nlohmann::json with failures as absl::Status, for
// every reader of JSON documents.
#ifndef GOVGRAPH_SRC_INTERNAL_JSON_TEXT_H_
#define GOVGRAPH_SRC_INTERNAL_JSON_TEXT_H_

#include <nlohmann/json.hpp>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace govgraph::internal {

// nlohmann's message without its "[json.exception.parse_error.101] " prefix.
inline std::string StripJsonExceptionPrefix(absl::string_view what) {
  if (!what.empty() && what.front() == '[') {
    const size_t close = what.find("] ");
    if (close != absl::string_view::npos) what.remove_prefix(close + 2);
  }
  return std::string(what);
}

// The parsed document, or InvalidArgumentError for a syntax error and for a
// number too large for a double (which nlohmann reports as out_of_range, not
// as a parse error).
template <class Json = nlohmann::json>
absl::StatusOr<Json> ParseJsonText(absl::string_view text) {
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const typename Json::exception& e) {
    return absl::InvalidArgumentError(StripJsonExceptionPrefix(e.what()));
  }
}

// A small JSON input that must be an object (rules, change sets), or
// InvalidArgumentError "<what>: not valid JSON" / "<what>: must be a JSON object".
inline absl::StatusOr<nlohmann::json> ParseJsonObject(absl::string_view text, absl::string_view what) {
  nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return absl::InvalidArgumentError(std::string(what) + ": not valid JSON");
  if (!j.is_object()) return absl::InvalidArgumentError(std::string(what) + ": must be a JSON object");
  return j;
}

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_JSON_TEXT_H_
