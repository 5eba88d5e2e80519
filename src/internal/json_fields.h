// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// json_fields.h: the fields of a parsed JSON document read one at a time,
// each problem kept with its path rather than the first one ending the read,
// so that a plan with five mistakes is told about all five:
//
//   meetings[2].time: expected a string, found number
//
// A reader derives from JsonFieldReader, adds the fields of its own format
// (dates, times, kinds) on top of these, and turns `problems` into a status
// with ProblemsToStatus() at the end.
#ifndef GOVGRAPH_SRC_INTERNAL_JSON_FIELDS_H_
#define GOVGRAPH_SRC_INTERNAL_JSON_FIELDS_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/strings/string_view.h"
#include "govgraph/register_builder.h"

namespace govgraph::internal {

class JsonFieldReader {
 public:
  using Json = nlohmann::json;

  std::vector<Diagnostic> problems;

  void Fail(const std::string& path, std::string message, std::string_view code = {});

  // "meetings[2]" and "time" give "meetings[2].time"; "" and "time", "time".
  static std::string Child(const std::string& path, absl::string_view key);
  // "meetings" and 2 give "meetings[2]".
  static std::string Index(const std::string& path, size_t i);

  // True when `v` is an object; else a problem "expected an object, found X".
  bool IsObject(const Json& v, const std::string& path);
  // The keys of the object `v` that are not in `allowed`, in the object's order.
  static std::vector<std::string> UnknownKeys(const Json& v, std::initializer_list<const char*> allowed);

  // Each of these gives nothing when `key` is absent, and nothing with a
  // problem at "path.key" when its value has another type.
  const Json* Array(const Json& obj, const std::string& path, const char* key);
  std::optional<std::string> String(const Json& obj, const std::string& path, const char* key);
  std::optional<bool> Bool(const Json& obj, const std::string& path, const char* key);
  // A whole number from `lo` to `hi`.
  std::optional<int> Int(const Json& obj, const std::string& path, const char* key, int lo, int hi);

  // The strings of the array at `key`; an element of another type is a
  // problem at its index and left out, and so is a blank one unless
  // `allow_blank`.
  std::vector<std::string> Strings(const Json& obj, const std::string& path, const char* key,
                                   bool allow_blank = true);
};

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_JSON_FIELDS_H_
