// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// overlap/text.h: purpose and focus text as terms.
///
/// Meetings say what they are for in free text ("To discuss emerging issues in
/// relation to Criminal Justice and new initiatives and escalations"). The
/// overlap engine compares texts by their terms: words lower-cased, common
/// English stop words and register boilerplate removed, and each word reduced
/// to its Snowball (Porter 2) English stem, so "safeguard", "safeguarding" and
/// "safeguarded" are one term.
///
/// ```
///   TermAnalyzer analyzer;
///   analyzer.Terms("Protect and safeguard children");  // {"protect", "safeguard", "children"}
/// ```
#ifndef GOVGRAPH_OVERLAP_TEXT_H_
#define GOVGRAPH_OVERLAP_TEXT_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/node_hash_map.h"
#include "absl/strings/string_view.h"

struct sb_stemmer;

namespace govgraph {

class TermAnalyzer {
 public:
  TermAnalyzer();
  ~TermAnalyzer();
  TermAnalyzer(const TermAnalyzer&) = delete;
  TermAnalyzer& operator=(const TermAnalyzer&) = delete;

  /// The terms of a text, in order, repeats kept (for term frequencies).
  /// Words are runs of ASCII letters and digits (other UTF-8 letters are kept
  /// inside words); words of one character, numbers and stop words are dropped.
  std::vector<std::string> Terms(absl::string_view text);

  /// The stem of one lower-case word (cached; the reference lives as long as
  /// the analyzer).
  const std::string& Stem(absl::string_view word);

  static bool IsStopWord(absl::string_view word);

 private:
  sb_stemmer* stemmer_;
  /// Node-based so a returned reference stays valid as the cache grows.
  absl::node_hash_map<std::string, std::string> cache_;
};

}  // namespace govgraph

#endif  // GOVGRAPH_OVERLAP_TEXT_H_
