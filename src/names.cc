// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/names.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"

namespace govgraph {
namespace {

// UTF-8 punctuation that Word and PDFs put in registers: dashes, curly quotes,
// non-breaking space, ellipsis. Each is read as a separator.
constexpr absl::string_view kUnicodeSeparators[] = {
    "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2018",
    "\u2019", "\u201C", "\u201D", "\u00A0", "\u2026", "\u2022",
};

}  // namespace

std::string NormaliseName(absl::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  auto emit = [&](absl::string_view piece) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(piece.data(), piece.size());
  };
  for (size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80) {
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

}  // namespace govgraph
