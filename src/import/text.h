// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// text.h: small text helpers shared by the import parsers (internal).
#ifndef GOVGRAPH_SRC_IMPORT_TEXT_H_
#define GOVGRAPH_SRC_IMPORT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "govgraph/diagnostic.h"
#include "internal/text.h"

namespace govgraph::import_internal {

using internal::AV;
using internal::Clip;
using internal::EditDistance;

// Trims ASCII white space, no-break spaces and (with `stops`) trailing full
// stops.
absl::string_view Trim(absl::string_view s, bool stops = false);

// Splits on `sep` where it is not inside parentheses. Pieces are trimmed;
// empty pieces are dropped.
std::vector<absl::string_view> SplitOutsideParens(absl::string_view s, absl::string_view sep);

// Position of `sep` outside parentheses at or after `from`, or npos.
size_t FindOutsideParens(absl::string_view s, absl::string_view sep, size_t from = 0);

// The text with every parenthesised part removed (trimmed, spaces collapsed),
// and the parenthesised parts themselves.
std::string WithoutParens(absl::string_view s, std::vector<std::string>* inside = nullptr);

// White-space separated words.
std::vector<std::string> Words(absl::string_view s);
std::string JoinWords(const std::vector<std::string>& words, size_t begin, size_t end);

std::string Lower(absl::string_view s);

// What a parser found in a piece of text: not understood (kError), or read
// with a judgement worth checking (kInfo, kWarning).
inline Diagnostic Found(Severity severity, std::string text, std::string understood, std::string suggestion,
                        std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.code = severity == Severity::kError ? diagnostic_code::kNotUnderstood : diagnostic_code::kJudged;
  d.text = std::move(text);
  d.understood = std::move(understood);
  d.suggestion = std::move(suggestion);
  d.message = std::move(message);
  return d;
}

// The error of a strict import: how many diagnostics are errors, the first
// ten of them, and how many more.
inline absl::Status StrictImportError(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> errors;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kError) errors.push_back(d.ToString());
  }
  const size_t n = errors.size();
  if (errors.size() > 10) errors.resize(10);
  return absl::InvalidArgumentError(absl::StrCat("strict import: ", n, " thing", n == 1 ? "" : "s",
                                                 " not understood: ", absl::StrJoin(errors, "; "),
                                                 n > 10 ? absl::StrCat("; and ", n - 10, " more") : ""));
}

// True when `word` occurs in `text` as a whole word (ASCII, case-insensitive).
bool HasWord(absl::string_view text, absl::string_view word);

}  // namespace govgraph::import_internal

#endif  // GOVGRAPH_SRC_IMPORT_TEXT_H_
