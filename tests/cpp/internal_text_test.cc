// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// The library's private text helpers (src/internal/text.h).

#include "internal/text.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace govgraph::internal {
namespace {

// Levenshtein distance, the whole table, for comparison.
size_t FullDistance(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

TEST(EditDistanceTest, Examples) {
  EXPECT_EQ(EditDistance("kitten", "sitting", 5), 3u);
  EXPECT_EQ(EditDistance("", "abc", 5), 3u);
  EXPECT_EQ(EditDistance("same", "same", 0), 0u);
  // Beyond the limit, limit + 1 whatever the distance.
  EXPECT_EQ(EditDistance("kitten", "sitting", 2), 3u);
  EXPECT_EQ(EditDistance("abcdef", "uvwxyz", 1), 2u);
  // Anagrams pass the character-count bound and are measured in full.
  EXPECT_EQ(EditDistance("listen", "silent", 6), 4u);
}

TEST(EditDistanceTest, BoundedDistanceAgreesWithTheFullTable) {
  uint32_t state = 20261207;
  auto next = [&](uint32_t n) {
    state = state * 1103515245u + 12345u;
    return (state >> 16) % n;
  };
  auto word = [&] {
    std::string w;
    // A small alphabet, so that near and far pairs both occur.
    for (uint32_t i = 0, n = next(9); i < n; ++i) w += "abcd\xC3\xA9"[next(6)];
    return w;
  };
  for (int trial = 0; trial < 5000; ++trial) {
    const std::string a = word(), b = word();
    const size_t limit = next(6);
    const size_t full = FullDistance(a, b);
    EXPECT_EQ(EditDistance(a, b, limit), std::min(full, limit + 1)) << '"' << a << "\" \"" << b << "\" " << limit;
  }
}

}  // namespace
}  // namespace govgraph::internal
