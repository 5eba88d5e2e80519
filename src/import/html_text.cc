// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "import/html_text.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "import/text.h"

namespace govgraph::import_internal {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// One round of HTML character references: the five XML ones, &nbsp; and
// numeric references. Anything else is left as written.
std::string DecodeOnce(absl::string_view s) {
  static const std::pair<absl::string_view, absl::string_view> kNamed[] = {{"amp", "&"},
                                                                           {"lt", "<"},
                                                                           {"gt", ">"},
                                                                           {"quot", "\""},
                                                                           {"apos", "'"},
                                                                           {"nbsp", " "},
                                                                           {"ndash", "\xE2\x80\x93"},
                                                                           {"mdash", "\xE2\x80\x94"},
                                                                           {"rsquo", "\xE2\x80\x99"},
                                                                           {"lsquo", "\xE2\x80\x98"},
                                                                           {"pound", "\xC2\xA3"}};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    const size_t semi = s.find(';', i + 1);
    if (semi == absl::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    const absl::string_view name = s.substr(i + 1, semi - i - 1);
    bool done = false;
    if (!name.empty() && name[0] == '#') {
      uint32_t cp = 0;
      const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      const absl::string_view digits = name.substr(hex ? 2 : 1);
      if (!digits.empty() && (hex ? absl::SimpleHexAtoi(digits, &cp) : absl::SimpleAtoi(digits, &cp)) && cp != 0 &&
          cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        AppendUtf8(cp == 0xA0 ? ' ' : cp, &out);
        done = true;
      }
    } else {
      for (const auto& [n, v] : kNamed) {
        if (name == n) {
          out.append(v.data(), v.size());
          done = true;
          break;
        }
      }
    }
    if (done) {
      i = semi;
    } else {
      out.push_back('&');
    }
  }
  return out;
}

// Decodes references until none are left (a council that escaped twice gives
// "&amp;amp;"), at most three rounds.
std::string DecodeEntities(absl::string_view s) {
  std::string text(s);
  for (int round = 0; round < 3 && absl::StrContains(text, '&'); ++round) {
    std::string next = DecodeOnce(text);
    if (next == text) break;
    text = std::move(next);
  }
  return text;
}

// Runs of white space (and no-break spaces) as one space, trimmed.
std::string CollapseSpaces(absl::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (absl::ascii_isspace(c)) {
      space = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      space = true;
      ++i;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
  }
  return out;
}

}  // namespace

std::string PlainText(absl::string_view s) { return CollapseSpaces(DecodeEntities(s)); }

// HTML (as agenda text carries it, escaped once by the XML) to plain text:
// tags removed, block ends as line breaks, references decoded.
std::string HtmlToText(absl::string_view html) {
  const std::string decoded = DecodeOnce(html);  // the HTML itself
  std::string stripped;
  for (size_t i = 0; i < decoded.size(); ++i) {
    if (decoded[i] != '<') {
      // Line breaks in HTML source are spaces; only block ends break lines.
      stripped.push_back(decoded[i] == '\n' || decoded[i] == '\r' ? ' ' : decoded[i]);
      continue;
    }
    const size_t close = decoded.find('>', i + 1);
    if (close == std::string::npos) {
      stripped.append(decoded, i, std::string::npos);
      break;
    }
    const std::string tag = Lower(absl::string_view(decoded).substr(i + 1, close - i - 1));
    if (absl::StartsWith(tag, "br") || absl::StartsWith(tag, "/p") || absl::StartsWith(tag, "/div") ||
        absl::StartsWith(tag, "/li") || absl::StartsWith(tag, "/tr") || absl::StartsWith(tag, "/h")) {
      stripped.push_back('\n');
    } else {
      stripped.push_back(' ');
    }
    i = close;
  }
  std::vector<std::string> lines;
  for (absl::string_view line : absl::StrSplit(stripped, '\n')) {
    std::string l = PlainText(line);
    if (!l.empty()) lines.push_back(std::move(l));
  }
  return absl::StrJoin(lines, "\n");
}

}  // namespace govgraph::import_internal
