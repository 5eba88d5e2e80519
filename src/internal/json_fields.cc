// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "internal/json_fields.h"

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace govgraph::internal {

void JsonFieldReader::Fail(const std::string& path, std::string message, std::string_view code) {
  problems.push_back(Diagnostic::AtPath(path, std::move(message), code));
}

std::string JsonFieldReader::Child(const std::string& path, absl::string_view key) {
  return path.empty() ? std::string(key) : absl::StrCat(path, ".", key);
}

std::string JsonFieldReader::Index(const std::string& path, size_t i) { return absl::StrCat(path, "[", i, "]"); }

bool JsonFieldReader::IsObject(const Json& v, const std::string& path) {
  if (v.is_object()) return true;
  Fail(path, absl::StrCat("expected an object, found ", v.type_name()), diagnostic_code::kBadType);
  return false;
}

std::vector<std::string> JsonFieldReader::UnknownKeys(const Json& v, std::initializer_list<const char*> allowed) {
  std::vector<std::string> unknown;
  for (const auto& [key, unused] : v.items()) {
    bool known = false;
    for (const char* a : allowed) known = known || key == a;
    if (!known) unknown.push_back(key);
  }
  return unknown;
}

const JsonFieldReader::Json* JsonFieldReader::Array(const Json& obj, const std::string& path, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return nullptr;
  if (!it->is_array()) {
    Fail(Child(path, key), absl::StrCat("expected an array, found ", it->type_name()), diagnostic_code::kBadType);
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> JsonFieldReader::String(const Json& obj, const std::string& path, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return std::nullopt;
  if (!it->is_string()) {
    Fail(Child(path, key), absl::StrCat("expected a string, found ", it->type_name()), diagnostic_code::kBadType);
    return std::nullopt;
  }
  return it->get<std::string>();
}

std::optional<bool> JsonFieldReader::Bool(const Json& obj, const std::string& path, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return std::nullopt;
  if (!it->is_boolean()) {
    Fail(Child(path, key), absl::StrCat("expected true or false, found ", it->type_name()), diagnostic_code::kBadType);
    return std::nullopt;
  }
  return it->get<bool>();
}

std::optional<int> JsonFieldReader::Int(const Json& obj, const std::string& path, const char* key, int lo, int hi) {
  auto it = obj.find(key);
  if (it == obj.end()) return std::nullopt;
  if (!it->is_number_integer()) {
    Fail(Child(path, key), absl::StrCat("expected a whole number, found ", it->type_name()), diagnostic_code::kBadType);
    return std::nullopt;
  }
  const long long v = it->get<long long>();
  if (v < lo || v > hi) {
    Fail(Child(path, key), absl::StrCat("expected a number from ", lo, " to ", hi, ", found ", v), diagnostic_code::kBadValue);
    return std::nullopt;
  }
  return static_cast<int>(v);
}

std::vector<std::string> JsonFieldReader::Strings(const Json& obj, const std::string& path, const char* key,
                                                  bool allow_blank) {
  std::vector<std::string> out;
  const Json* a = Array(obj, path, key);
  if (a == nullptr) return out;
  for (size_t i = 0; i < a->size(); ++i) {
    const std::string at = Index(Child(path, key), i);
    if (!(*a)[i].is_string()) {
      Fail(at, absl::StrCat("expected a string, found ", (*a)[i].type_name()), diagnostic_code::kBadType);
      continue;
    }
    std::string s = (*a)[i].get<std::string>();
    if (!allow_blank && absl::StripAsciiWhitespace(s).empty()) {
      Fail(at, "empty", diagnostic_code::kMissing);
      continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace govgraph::internal
