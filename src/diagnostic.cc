// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/diagnostic.h"

#include <ostream>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "internal/enum_names.h"
#include "internal/text.h"

namespace govgraph {

namespace internal {
template <>
struct EnumNames<Severity> {
  static constexpr std::string_view kWhat = "severity";
  static constexpr std::pair<Severity, std::string_view> kTable[] = {
      {Severity::kInfo, "info"},
      {Severity::kWarning, "warning"},
      {Severity::kError, "error"},
  };
};
}  // namespace internal

std::string_view Name(Severity v) { return internal::NameOf(v, "error"); }
GOVGRAPH_ENUM_VALUES(Severity);

namespace {

// "[12]" at the start of `s`: 12 and the length read.
bool ReadIndex(absl::string_view s, size_t& index, size_t& length) {
  if (s.size() < 3 || s[0] != '[') return false;
  size_t close = 1;
  while (close < s.size() && absl::ascii_isdigit(static_cast<unsigned char>(s[close]))) ++close;
  if (close == 1 || close >= s.size() || s[close] != ']') return false;
  if (!absl::SimpleAtoi(s.substr(1, close - 1), &index)) return false;
  length = close + 1;
  return true;
}

}  // namespace

// Keys run to the next "." or to an index "[N]"; a "[" not opening an index
// is part of the key, so that every text reads back as itself.
DiagnosticPath::DiagnosticPath(absl::string_view rendered) {
  size_t i = 0;
  bool key_due = true;  // at the start, or after a "."
  // After a step: a "." means a key is due next; the end of the text ends the path.
  const auto step_ends_path = [&] {
    key_due = i < rendered.size() && rendered[i] == '.';
    if (key_due) ++i;
    return !key_due && i == rendered.size();
  };
  while (i <= rendered.size()) {
    size_t index = 0;
    size_t length = 0;
    if (i < rendered.size() && ReadIndex(rendered.substr(i), index, length)) {
      if (key_due && i > 0) Key("");  // "a.[1]"
      Index(index);
      i += length;
      if (step_ends_path()) break;
      continue;
    }
    if (i == rendered.size()) {
      if (key_due && !rendered.empty()) Key("");  // "a." ends with an empty key
      break;
    }
    size_t end = i;
    while (end < rendered.size() && rendered[end] != '.') {
      size_t unused_index = 0;
      size_t unused_length = 0;
      if (ReadIndex(rendered.substr(end), unused_index, unused_length)) break;
      ++end;
    }
    Key(std::string(rendered.substr(i, end - i)));
    i = end;
    if (step_ends_path()) break;
  }
}

DiagnosticPath& DiagnosticPath::Key(std::string key) {
  steps_.push_back({.key = std::move(key)});
  return *this;
}

DiagnosticPath& DiagnosticPath::Index(size_t index) {
  steps_.push_back({.index = index, .is_index = true});
  return *this;
}

DiagnosticPath DiagnosticPath::Child(absl::string_view key) const {
  DiagnosticPath out = *this;
  out.Key(std::string(key));
  return out;
}

DiagnosticPath DiagnosticPath::Item(size_t index) const {
  DiagnosticPath out = *this;
  out.Index(index);
  return out;
}

DiagnosticPath& DiagnosticPath::Prepend(const DiagnosticPath& root) {
  steps_.insert(steps_.begin(), root.steps_.begin(), root.steps_.end());
  return *this;
}

DiagnosticPath DiagnosticPath::Tail(size_t from) const {
  DiagnosticPath out;
  if (from < steps_.size()) out.steps_.assign(steps_.begin() + static_cast<std::ptrdiff_t>(from), steps_.end());
  return out;
}

std::string_view DiagnosticPath::KeyAt(size_t i) const {
  return i < steps_.size() && !steps_[i].is_index ? std::string_view(steps_[i].key) : std::string_view();
}

bool DiagnosticPath::IndexAt(size_t i, size_t& index) const {
  if (i >= steps_.size() || !steps_[i].is_index) return false;
  index = steps_[i].index;
  return true;
}

std::string DiagnosticPath::ToString() const {
  std::string out;
  for (size_t i = 0; i < steps_.size(); ++i) {
    const Step& s = steps_[i];
    if (s.is_index) {
      absl::StrAppend(&out, "[", s.index, "]");
    } else {
      absl::StrAppend(&out, i == 0 ? "" : ".", s.key);
    }
  }
  return out;
}

std::ostream& operator<<(std::ostream& os, const DiagnosticPath& p) { return os << p.ToString(); }

Diagnostic Diagnostic::AtPath(DiagnosticPath path, std::string message, std::string_view code) {
  Diagnostic d;
  d.code = std::string(code);
  d.path = std::move(path);
  d.message = std::move(message);
  return d;
}

std::string Diagnostic::Place() const {
  std::string where;
  if (row > 0 || (column > 0 && line == 0)) {
    // A table's cell: a CSV row's line is kept, not shown.
    if (!file.empty()) where = file;
    if (row > 0) absl::StrAppend(&where, where.empty() ? "" : ", ", "row ", row);
    if (column > 0) {
      absl::StrAppend(&where, where.empty() ? "" : ", ", "column ", column);
      if (!column_name.empty()) absl::StrAppend(&where, " (", internal::Clip(column_name, 60), ")");
    }
    return where;
  }
  where = file;
  if (line > 0) absl::StrAppend(&where, where.empty() ? "" : ":", line, ":", column);
  if (!element.empty()) absl::StrAppend(&where, where.empty() ? "" : ": ", element);
  return where;
}

std::string Diagnostic::ToString() const {
  std::string where = Place();
  if (where.empty() && path.empty()) where = scope;
  if (where.empty()) return path.empty() ? message : absl::StrCat(path.ToString(), ": ", message);
  if (!path.empty()) absl::StrAppend(&where, ": ", path.ToString());
  return absl::StrCat(where, ": ", internal::AV(Name(severity)), ": ", message);
}

void PrependPath(std::vector<Diagnostic>& diagnostics, const DiagnosticPath& root) {
  for (Diagnostic& d : diagnostics) d.path.Prepend(root);
}

}  // namespace govgraph
