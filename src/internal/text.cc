// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "internal/text.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

namespace govgraph::internal {

size_t EditDistance(absl::string_view a, absl::string_view b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > limit) return limit + 1;
  // A cheap lower bound first: each edit changes the count of at most one
  // character in each string, so the larger of the counts only one string has
  // cannot exceed the distance. Most names compared are nowhere near.
  {
    std::array<int, 256> count{};
    for (unsigned char c : a) ++count[c];
    for (unsigned char c : b) --count[c];
    size_t only_a = 0, only_b = 0;
    auto take = [&](unsigned char c) {
      (count[c] > 0 ? only_a : only_b) += static_cast<size_t>(std::abs(count[c]));
      count[c] = 0;
    };
    for (unsigned char c : a) take(c);
    for (unsigned char c : b) take(c);
    if (std::max(only_a, only_b) > limit) return limit + 1;
  }
  // Called for every known name against every name not understood: the rows
  // are kept between calls rather than allocated each time.
  thread_local std::vector<size_t> prev, cur;
  prev.assign(a.size() + 1, 0);
  cur.assign(a.size() + 1, 0);
  for (size_t i = 0; i <= a.size(); ++i) prev[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    cur[0] = j;
    size_t best = cur[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      const size_t sub = prev[i - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[i] = std::min({sub, prev[i] + 1, cur[i - 1] + 1});
      best = std::min(best, cur[i]);
    }
    if (best > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[a.size()], limit + 1);
}

std::string Clip(absl::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

}  // namespace govgraph::internal
