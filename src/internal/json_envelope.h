// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// json_envelope.h: the envelope the small edit files share (engagement
// rules, change sets, organisation changes): a title, a source, free text
// and attributes around one list of items.
//
//   {"title": "Options for the board", "source": "paper 7",
//    "description": "...", "attributes": {...},
//    "changes": [{...}, {...}]}
//
// The envelope and the shape of the list are checked here, once, with the
// same messages for all three ("changes: must be an array of changes",
// "changes[2]: must be an object"); each reader reads its own items.
#ifndef GOVGRAPH_SRC_INTERNAL_JSON_ENVELOPE_H_
#define GOVGRAPH_SRC_INTERNAL_JSON_ENVELOPE_H_

#include <cstddef>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "internal/labels.h"

namespace govgraph::internal {

struct JsonEnvelope {
  nlohmann::json document;  // the whole file, an object
  std::string title;
  std::string source;
  std::string items_key;
  // The list under the items key, an array.
  const nlohmann::json& items() const { return document.at(items_key); }

  // Calls `read(item, path)` on each item in turn, path "changes[3]", and
  // stops at the first error; an item that is not an object is the error
  // "changes[3]: must be an object", in its turn.
  template <class Read>
  absl::Status ForEachItem(Read read) const {
    const nlohmann::json& list = items();
    for (size_t i = 0; i < list.size(); ++i) {
      const std::string at = absl::StrCat(items_key, "[", i, "]");
      if (!list[i].is_object()) return PathError(at, "must be an object");
      if (absl::Status s = read(list[i], at); !s.ok()) return s;
    }
    return absl::OkStatus();
  }
};

// Parses `text` as a JSON object (errors start "<what>: ", as
// ParseJsonObject's do) and reads its envelope: "title" and "source" must be
// strings, "description" and "attributes" are let through, `items_key` must
// hold an array ("<items_key>: must be an array of <items_key>") and any
// other key is an "unknown field".
absl::StatusOr<JsonEnvelope> ParseJsonEnvelope(absl::string_view text, absl::string_view what,
                                               absl::string_view items_key);

// The whole read of an edit file `out` (EngagementRules, ChangeSet,
// OrganisationChanges): its envelope as ParseJsonEnvelope reads it, the
// title and source into `out`, then each item through `read` as
// ForEachItem gives them.
template <class File, class Read>
absl::Status ReadJsonEnvelope(absl::string_view text, absl::string_view what, absl::string_view items_key, File& out,
                              Read read) {
  absl::StatusOr<JsonEnvelope> envelope = ParseJsonEnvelope(text, what, items_key);
  if (!envelope.ok()) return envelope.status();
  out.title = std::move(envelope->title);
  out.source = std::move(envelope->source);
  return envelope->ForEachItem(read);
}

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_JSON_ENVELOPE_H_
