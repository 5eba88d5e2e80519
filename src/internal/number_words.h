// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// number_words.h: the small numbers registers and plans write as words
// ("four times a year", "the third Tuesday"), for every reader of such text.
#ifndef GOVGRAPH_SRC_INTERNAL_NUMBER_WORDS_H_
#define GOVGRAPH_SRC_INTERNAL_NUMBER_WORDS_H_

#include <cstddef>
#include <iterator>
#include <optional>

#include "absl/strings/string_view.h"

namespace govgraph::internal {

// "one" to "twelve" (lower case), or nothing.
inline std::optional<int> NumberWord(absl::string_view word) {
  static constexpr absl::string_view kWords[] = {"one", "two", "three", "four",   "five",  "six",
                                                 "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (size_t i = 0; i < std::size(kWords); ++i) {
    if (word == kWords[i]) return static_cast<int>(i + 1);
  }
  return std::nullopt;
}

// "first" to "twelfth" and "1st" to "12th" (lower case), or nothing.
inline std::optional<int> OrdinalWord(absl::string_view word) {
  static constexpr absl::string_view kWords[] = {"first",   "second", "third",  "fourth",   "fifth",  "sixth",
                                                 "seventh", "eighth", "ninth",  "tenth", "eleventh", "twelfth"};
  static constexpr absl::string_view kShort[] = {"1st", "2nd", "3rd", "4th",  "5th",  "6th",
                                                 "7th", "8th", "9th", "10th", "11th", "12th"};
  for (size_t i = 0; i < std::size(kWords); ++i) {
    if (word == kWords[i] || word == kShort[i]) return static_cast<int>(i + 1);
  }
  return std::nullopt;
}

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_NUMBER_WORDS_H_
