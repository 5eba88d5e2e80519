// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "internal/json_envelope.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "internal/json_text.h"
#include "internal/labels.h"

namespace govgraph::internal {

absl::StatusOr<JsonEnvelope> ParseJsonEnvelope(absl::string_view text, absl::string_view what,
                                               absl::string_view items_key) {
  absl::StatusOr<nlohmann::json> parsed = ParseJsonObject(text, what);
  if (!parsed.ok()) return parsed.status();
  JsonEnvelope out;
  out.items_key = std::string(items_key);
  for (const auto& [key, value] : parsed->items()) {
    if (key == "title" || key == "source") {
      if (!value.is_string()) return PathError(key, "must be a string");
      (key == "title" ? out.title : out.source) = value.get<std::string>();
    } else if (key != items_key && key != "description" && key != "attributes") {
      return PathError(key, "unknown field");
    }
  }
  const auto items = parsed->find(out.items_key);
  if (items == parsed->end() || !items->is_array()) {
    return PathError(items_key, absl::StrCat("must be an array of ", items_key));
  }
  out.document = *std::move(parsed);
  return out;
}

}  // namespace govgraph::internal
