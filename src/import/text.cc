// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "import/text.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace govgraph::import_internal {

absl::string_view Trim(absl::string_view s, bool stops) {
  while (true) {
    const size_t before = s.size();
    s = absl::StripAsciiWhitespace(s);
    if (absl::ConsumePrefix(&s, "\xC2\xA0")) continue;
    if (absl::ConsumeSuffix(&s, "\xC2\xA0")) continue;
    if (stops && !s.empty() && s.back() == '.') s.remove_suffix(1);
    if (s.size() == before) return s;
  }
}

size_t FindOutsideParens(absl::string_view s, absl::string_view sep, size_t from) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && depth > 0) --depth;
    if (i >= from && depth == 0 && s.substr(i, sep.size()) == sep) return i;
  }
  return absl::string_view::npos;
}

std::vector<absl::string_view> SplitOutsideParens(absl::string_view s, absl::string_view sep) {
  std::vector<absl::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t at = FindOutsideParens(s, sep, start);
    absl::string_view piece = Trim(s.substr(start, at == absl::string_view::npos ? absl::string_view::npos : at - start));
    if (!piece.empty()) out.push_back(piece);
    if (at == absl::string_view::npos) break;
    start = at + sep.size();
  }
  return out;
}

std::string WithoutParens(absl::string_view s, std::vector<std::string>* inside) {
  std::string out, current;
  int depth = 0;
  for (char c : s) {
    if (c == '(') {
      if (depth++ == 0) current.clear();
      else current.push_back(c);
      continue;
    }
    if (c == ')' && depth > 0) {
      if (--depth == 0) {
        if (inside) inside->push_back(std::string(Trim(current)));
      } else {
        current.push_back(c);
      }
      continue;
    }
    (depth > 0 ? current : out).push_back(c);
  }
  return absl::StrJoin(Words(out), " ");
}

std::vector<std::string> Words(absl::string_view s) {
  std::vector<std::string> out;
  for (absl::string_view w : absl::StrSplit(s, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty())) {
    out.emplace_back(w);
  }
  return out;
}

std::string JoinWords(const std::vector<std::string>& words, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end && i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i];
  }
  return out;
}

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

bool HasWord(absl::string_view text, absl::string_view word) {
  const std::string t = Lower(text), w = Lower(word);
  size_t pos = 0;
  while ((pos = t.find(w, pos)) != std::string::npos) {
    const bool left = pos == 0 || !absl::ascii_isalnum(static_cast<unsigned char>(t[pos - 1]));
    const size_t end = pos + w.size();
    const bool right = end >= t.size() || !absl::ascii_isalnum(static_cast<unsigned char>(t[end]));
    if (left && right) return true;
    ++pos;
  }
  return false;
}

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

}  // namespace govgraph::import_internal
