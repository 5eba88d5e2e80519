// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/names.h"

#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"

namespace govgraph {
namespace {

// UTF-8 punctuation that Word and PDFs put in registers: dashes, curly quotes,
// non-breaking space, ellipsis. Each is read as a separator.
constexpr absl::string_view kUnicodeSeparators[] = {
    "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2018",
    "\u2019", "\u201C", "\u201D", "\u00A0", "\u2026", "\u2022",
};

// Characters that look like nothing (zero-width space, joiners, word joiner,
// byte-order mark, soft hyphen): pasted from web pages, they would make two
// names that look the same compare different.
constexpr absl::string_view kInvisible[] = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"};

// `name` without invisible characters and with fullwidth forms (U+FF01 to
// U+FF5E, typed by East Asian input methods) as the ASCII they look like.
std::string FoldLookalikes(absl::string_view name) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c < 0x80) {
      out.push_back(name[i++]);
      continue;
    }
    bool dropped = false;
    for (absl::string_view invisible : kInvisible) {
      if (name.substr(i, invisible.size()) == invisible) {
        i += invisible.size();
        dropped = true;
        break;
      }
    }
    if (dropped) continue;
    // U+FF01..U+FF5E is EF BC 81..EF BC BF, EF BD 80..EF BD 9E.
    if (c == 0xEF && i + 2 < name.size()) {
      const auto b1 = static_cast<unsigned char>(name[i + 1]);
      const auto b2 = static_cast<unsigned char>(name[i + 2]);
      const int code = b1 == 0xBC ? b2 - 0x80 + 0xFF00 : b1 == 0xBD ? b2 - 0x80 + 0xFF40 : 0;
      if (code >= 0xFF01 && code <= 0xFF5E && b2 >= 0x80 && b2 <= 0xBF) {
        out.push_back(static_cast<char>(code - 0xFF01 + 0x21));
        i += 3;
        continue;
      }
    }
    out.push_back(name[i++]);
  }
  return out;
}

}  // namespace

std::string NormaliseName(absl::string_view raw) {
  // Most names are ASCII, with nothing to fold.
  const bool ascii = absl::c_none_of(raw, [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  const std::string folded = ascii ? std::string() : FoldLookalikes(raw);
  const absl::string_view name = ascii ? raw : absl::string_view(folded);
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  size_t run = 0;  // letters and digits since the last separator or full stop
  auto emit = [&](absl::string_view piece) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(piece.data(), piece.size());
  };
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80) {
      // A typographic apostrophe (U+2019, which Word types for "'") between
      // letters joins them as "'" does: "Children\u2019s" reads as "childrens".
      // Elsewhere it is a closing quote, and separates.
      if (name.substr(i, 3) == "\u2019" && !pending_space && !out.empty() &&
          (absl::ascii_isalnum(static_cast<unsigned char>(out.back())) ||
           static_cast<unsigned char>(out.back()) >= 0x80) &&
          i + 3 < name.size() && absl::ascii_isalnum(static_cast<unsigned char>(name[i + 3]))) {
        run = 0;
        i += 3;
        continue;
      }
      bool separator = false;
      for (absl::string_view sep : kUnicodeSeparators) {
        if (name.substr(i, sep.size()) == sep) {
          pending_space = true;
          i += sep.size();
          separator = true;
          break;
        }
      }
      if (!separator) {
        emit(name.substr(i, 1));
        ++i;
      }
      continue;
    }
    if (absl::ascii_isalnum(c)) {
      const char lower = absl::ascii_tolower(c);
      emit(absl::string_view(&lower, 1));
      ++run;
      ++i;
      continue;
    }
    const size_t letters = run;
    run = 0;
    if (c == '.' && letters == 1 && i + 1 < name.size() &&
        absl::ascii_isalnum(static_cast<unsigned char>(name[i + 1]))) {
      // A full stop inside an initialism joins: "O.P.C.C." reads as "opcc".
    } else if (c == '&' || c == '+') {
      pending_space = true;
      emit("and");
      pending_space = true;
    } else {
      // Apostrophes join ("children's" -> "childrens"); everything else separates.
      if (c != '\'') pending_space = true;
    }
    ++i;
  }
  return out;
}

std::string Slugify(absl::string_view name) {
  std::string out;
  for (char c : NormaliseName(name)) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      out.push_back(c);
    } else if (c == ' ' && !out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

namespace {

// Abbreviations of kinds of body, as AliasKey() leaves them. Ambiguous ones
// ("CC": county council or chief constable) are left alone.
const absl::flat_hash_map<std::string, std::string>& BodyAbbreviations() {
  static const auto* table = new absl::flat_hash_map<std::string, std::string>{
      {"uhb", "university health board"},
      {"ulhb", "university local health board"},
      {"lhb", "local health board"},
      {"cbc", "county borough council"},
      {"bc", "borough council"},
      {"dc", "district council"},
      {"mbc", "metropolitan borough council"},
      {"ccg", "clinical commissioning group"},
      {"icb", "integrated care board"},
      {"frs", "fire and rescue service"},
      {"fra", "fire and rescue authority"},
      {"nhsft", "nhs foundation trust"},
      {"ft", "foundation trust"},
      {"cvs", "council for voluntary service"},
      // Boards and partnerships.
      {"psb", "public service board"},
      {"lsb", "local service board"},
      {"csp", "community safety partnership"},
      {"lscb", "safeguarding children board"},
      {"lscp", "safeguarding children partnership"},
      {"lsab", "safeguarding adult board"},
      {"sab", "safeguarding adult board"},
      {"hwb", "health and wellbeing board"},
      {"lcjb", "criminal justice board"},
      {"cjb", "criminal justice board"},
      {"rpb", "regional partnership board"},
      {"lsp", "strategic partnership"},
      {"yot", "youth offending team"},
      {"yos", "youth offending service"},
  };
  return *table;
}

bool IsFiller(absl::string_view w) { return w == "the" || w == "local" || w == "and" || w == "of" || w == "&"; }

}  // namespace

std::string FoldedName(absl::string_view text) {
  const std::string norm = NormaliseName(text);
  std::string out;
  out.reserve(norm.size());
  for (absl::string_view word : absl::StrSplit(norm, ' ', absl::SkipEmpty())) {
    std::string w(word);
    const bool alpha = absl::c_all_of(w, [](char c) { return absl::ascii_isalpha(static_cast<unsigned char>(c)); });
    if (alpha && w.size() >= 4 && w.back() == 's' && !absl::EndsWith(w, "ss") && !absl::EndsWith(w, "us")) {
      if (w.size() >= 5 && absl::EndsWith(w, "ies")) {
        w.resize(w.size() - 3);
        w += "y";
      } else {
        w.pop_back();
      }
    }
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

std::string BodyKey(absl::string_view name) {
  std::vector<std::string> out;
  for (absl::string_view w : absl::StrSplit(FoldedName(name), ' ', absl::SkipEmpty())) {
    const auto it = BodyAbbreviations().find(std::string(w));
    const std::string expanded = it != BodyAbbreviations().end() ? it->second : std::string(w);
    for (absl::string_view x : absl::StrSplit(expanded, ' ')) {
      if (!IsFiller(x)) out.emplace_back(x);
    }
  }
  return absl::StrJoin(out, " ");
}

std::string FunctionKey(absl::string_view name, absl::FunctionRef<bool(absl::string_view)> is_place) {
  std::string plain;
  int depth = 0;
  for (char c : name) {
    if (c == '(') ++depth;
    if (depth == 0) plain.push_back(c);
    if (c == ')' && depth > 0) --depth;
  }
  std::vector<absl::string_view> kept;
  const std::string norm = NormaliseName(plain);
  for (absl::string_view w : absl::StrSplit(norm, ' ', absl::SkipEmpty())) {
    if (!is_place(w)) kept.push_back(w);
  }
  return BodyKey(absl::StrJoin(kept, " "));
}

}  // namespace govgraph
