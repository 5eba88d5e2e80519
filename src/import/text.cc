// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "import/text.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

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

}  // namespace govgraph::import_internal
