// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// calendar_text.cc: dates, times and publication names as the calendar's
// files and rules write them.
#include "calendar/calendar_text.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "govgraph/calendar/cycle_plan.h"

namespace govgraph {
namespace internal {

using absl::CivilDay;

std::optional<CivilDay> ParseIsoDay(absl::string_view text) {
  CivilDay day;
  if (text.size() != 10 || !absl::ParseCivilTime(text, &day)) return std::nullopt;
  if (absl::FormatCivilTime(day) != text) return std::nullopt;  // 2018-02-30 and the like
  return day;
}

std::string NormalisePublicationName(absl::string_view name) {
  std::string s = absl::AsciiStrToLower(name);
  for (char& c : s) {
    if (c == '-' || c == '_' || c == '\'' || c == '.') c = ' ';
  }
  std::vector<std::string> words = absl::StrSplit(s, ' ', absl::SkipEmpty());
  if (!words.empty() && words.front() == "the") words.erase(words.begin());
  while (!words.empty() && (words.back() == "publication" || words.back() == "published" ||
                            words.back() == "publications" || words.back() == "is")) {
    words.pop_back();
  }
  if (!words.empty() && words.back() == "s") words.pop_back();
  return absl::StrJoin(words, " ");
}

std::string FormatDay(CivilDay d) { return absl::FormatCivilTime(d); }

}  // namespace internal

absl::StatusOr<int> ParseTimeOfDay(absl::string_view text) {
  std::vector<std::string> parts = absl::StrSplit(text, ':');
  int h = 0, m = 0;
  if (parts.size() != 2 || parts[0].empty() || parts[0].size() > 2 || parts[1].size() != 2 ||
      !absl::SimpleAtoi(parts[0], &h) || !absl::SimpleAtoi(parts[1], &m) || h < 0 || h > 23 || m < 0 || m > 59) {
    return absl::InvalidArgumentError(absl::StrCat("expected a time as HH:MM (24-hour), found \"", text, "\""));
  }
  return h * 60 + m;
}

}  // namespace govgraph
