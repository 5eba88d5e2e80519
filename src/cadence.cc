// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// cadence.cc: the Cadence value and ParseCadence().
//
// The parser works in three steps:
//   1. Parenthesised clauses are taken out of the text. Each is either an
//      exception ("except South Glos – three times a year") or a qualifier
//      ("approx", "TBC"). An unbracketed "except ..." clause is an exception
//      too.
//   2. The rest is cut into words: ASCII lower case, hyphens inside words and
//      full stops read as spaces, dashes, colons, commas and semicolons read
//      as segment breaks.
//   3. The words are matched against a small grammar of rate phrases
//      ("quarterly", "six monthly", "6 times a year", "every 2 weeks"), ad hoc
//      phrases and unknown phrases. A segment naming variation ("Varies in
//      each LA area") makes the cadence kVaries, with a typical rate taken
//      from another segment when one reads as a rate.
// Nothing is guessed: a word that fits none of these makes the parse fail.

#include "govgraph/cadence.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "internal/labels.h"
#include "internal/number_words.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using internal::DayText;
using internal::Median;

using Tokens = std::vector<std::string>;

// The token that marks a break between segments ("Varies in each LA area -
// Quarterly"). It cannot come out of the tokeniser as a word.
constexpr absl::string_view kBreak = "|";

// ---------------------------------------------------------------------------
// Characters.

enum class SpecialKind { kNone, kDash, kHyphen, kSpace };

struct Special {
  SpecialKind kind = SpecialKind::kNone;
  size_t length = 0;
};

// Recognises the multi-byte UTF-8 characters the parser treats specially:
// dashes (en, em, figure, horizontal bar, minus), hyphens (U+2010, U+2011),
// and spaces and quotation marks (read as spaces).
Special SpecialAt(absl::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (i + 2 <= s.size() && byte(i) == 0xC2 && byte(i + 1) == 0xA0) {
    return {SpecialKind::kSpace, 2};  // no-break space
  }
  if (i + 3 > s.size()) return {};
  if (byte(i) == 0xE2 && byte(i + 1) == 0x80) {
    const unsigned char c = byte(i + 2);
    if (c == 0x90 || c == 0x91) return {SpecialKind::kHyphen, 3};
    if (c >= 0x92 && c <= 0x95) return {SpecialKind::kDash, 3};
    if (c >= 0x98 && c <= 0x9F) return {SpecialKind::kSpace, 3};  // quotes
    if ((c >= 0x80 && c <= 0x8A) || c == 0xAF) return {SpecialKind::kSpace, 3};
  }
  if (byte(i) == 0xE2 && byte(i + 1) == 0x88 && byte(i + 2) == 0x92) {
    return {SpecialKind::kDash, 3};  // minus sign
  }
  return {};
}

bool SpaceOrEdgeAt(absl::string_view s, size_t i) {
  if (i >= s.size()) return true;
  return absl::ascii_isspace(static_cast<unsigned char>(s[i])) ||
         SpecialAt(s, i).kind == SpecialKind::kSpace;
}

// A hyphen with white space on either side separates ("area - Quarterly");
// one inside a word joins ("bi-monthly" reads as "bi monthly").
bool HyphenSeparates(absl::string_view s, size_t i, size_t length) {
  const bool space_before = i == 0 || absl::ascii_isspace(static_cast<unsigned char>(s[i - 1]));
  return space_before || SpaceOrEdgeAt(s, i + length);
}

// Splits text into segments of lower-case words. See the file comment.
std::vector<Tokens> Tokenise(absl::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  const std::string brk = absl::StrCat(" ", kBreak, " ");
  for (size_t i = 0; i < s.size();) {
    const Special special = SpecialAt(s, i);
    if (special.kind != SpecialKind::kNone) {
      switch (special.kind) {
        case SpecialKind::kDash:
          out += brk;
          break;
        case SpecialKind::kHyphen:
          out += HyphenSeparates(s, i, special.length) ? brk : std::string(" ");
          break;
        case SpecialKind::kSpace:
        case SpecialKind::kNone:
          out += ' ';
          break;
      }
      i += special.length;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (absl::ascii_isalnum(c)) {
      // "6x" and "2weeks" are two words.
      if (!out.empty()) {
        const unsigned char last = static_cast<unsigned char>(out.back());
        if ((absl::ascii_isdigit(last) && absl::ascii_isalpha(c)) ||
            (absl::ascii_isalpha(last) && absl::ascii_isdigit(c))) {
          out += ' ';
        }
      }
      out += absl::ascii_tolower(c);
    } else if (c == '-') {
      const bool minus_sign = (i == 0 || absl::ascii_isspace(static_cast<unsigned char>(s[i - 1]))) &&
                              i + 1 < s.size() &&
                              absl::ascii_isdigit(static_cast<unsigned char>(s[i + 1]));
      if (minus_sign) {
        out += " - ";  // "-3" is a negative number: a word no phrase matches
      } else {
        out += HyphenSeparates(s, i, 1) ? brk : std::string(" ");
      }
    } else if (c == ':' || c == ';' || c == ',' || c == '|') {
      out += brk;
    } else if (c == '/') {
      out += " per ";
    } else if (c == '.') {
      const bool decimal_point = i > 0 && i + 1 < s.size() &&
                                 absl::ascii_isdigit(static_cast<unsigned char>(s[i - 1])) &&
                                 absl::ascii_isdigit(static_cast<unsigned char>(s[i + 1]));
      out += decimal_point ? '.' : ' ';
    } else if (absl::ascii_isspace(c) || c == '\'' || c == '"' || c == '`' || c == '_' ||
               c == '(' || c == ')') {
      out += ' ';
    } else if (c >= 0x80) {
      out += static_cast<char>(c);  // other UTF-8 text: part of a word
    } else {
      // Other punctuation ("6+", "monthly*") is a word of its own, which no
      // phrase matches: the text is not read rather than read wrongly.
      out += ' ';
      out += static_cast<char>(c);
      out += ' ';
    }
    ++i;
  }

  std::vector<Tokens> segments(1);
  for (absl::string_view word : absl::StrSplit(out, ' ', absl::SkipEmpty())) {
    if (word == kBreak) {
      if (!segments.back().empty()) segments.emplace_back();
    } else {
      segments.back().emplace_back(word);
    }
  }
  if (segments.back().empty()) segments.pop_back();
  return segments;
}

Tokens Flatten(const std::vector<Tokens>& segments) {
  Tokens all;
  for (const Tokens& segment : segments) all.insert(all.end(), segment.begin(), segment.end());
  return all;
}

bool Contains(std::initializer_list<absl::string_view> words, absl::string_view word) {
  for (absl::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

void AddNote(std::vector<std::string>* notes, std::string note) {
  for (const std::string& n : *notes) {
    if (n == note) return;
  }
  notes->push_back(std::move(note));
}

bool StartsWithWords(const Tokens& tokens, std::initializer_list<absl::string_view> words) {
  if (tokens.size() < words.size()) return false;
  size_t i = 0;
  for (absl::string_view w : words) {
    if (tokens[i++] != w) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Vocabulary.

// "one" to "twelve", or a positive decimal number written in digits.
std::optional<double> ParseNumber(absl::string_view word) {
  if (std::optional<int> n = internal::NumberWord(word)) return static_cast<double>(*n);
  if (word.empty() || !absl::ascii_isdigit(static_cast<unsigned char>(word.front())) ||
      !absl::ascii_isdigit(static_cast<unsigned char>(word.back()))) {
    return std::nullopt;
  }
  int points = 0;
  for (char c : word) {
    if (c == '.') {
      ++points;
    } else if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) {
      return std::nullopt;
    }
  }
  double value = 0;
  if (points > 1 || !absl::SimpleAtod(word, &value) || !std::isfinite(value) || value <= 0) {
    return std::nullopt;
  }
  return value;
}

// "once", "twice", "thrice".
std::optional<double> CountWord(absl::string_view word) {
  if (word == "once") return 1;
  if (word == "twice") return 2;
  if (word == "thrice") return 3;
  return std::nullopt;
}

// "other" (every other month), "second" to "twelfth".
std::optional<double> Ordinal(absl::string_view word) {
  if (word == "other") return 2;
  std::optional<int> n = internal::OrdinalWord(word);
  if (n && *n >= 2 && !absl::ascii_isdigit(static_cast<unsigned char>(word.front()))) return static_cast<double>(*n);
  return std::nullopt;
}

// Periods as nouns, as occurrences a year: "a month" is 12.
std::optional<double> PeriodNoun(absl::string_view word) {
  if (Contains({"year", "years", "yr", "yrs", "annum"}, word)) return 1;
  if (Contains({"month", "months", "mth", "mths"}, word)) return 12;
  if (Contains({"week", "weeks", "wk", "wks"}, word)) return 52;
  if (Contains({"fortnight", "fortnights"}, word)) return 26;
  if (Contains({"quarter", "quarters"}, word)) return 4;
  return std::nullopt;
}

// Adverbs that take a count ("twice monthly", "6 times annually").
std::optional<double> PeriodAdverb(absl::string_view word) {
  if (word == "weekly") return 52;
  if (word == "fortnightly") return 26;
  if (word == "monthly") return 12;
  if (word == "quarterly") return 4;
  if (word == "yearly" || word == "annually") return 1;
  return std::nullopt;
}

// Adverbs that take a number of periods ("six monthly", "4 weekly").
std::optional<double> IntervalAdverb(absl::string_view word) {
  if (word == "weekly") return 52;
  if (word == "monthly") return 12;
  if (word == "yearly" || word == "annually") return 1;
  return std::nullopt;
}

struct Adverb {
  absl::string_view word;
  double per_year;
  absl::string_view note;
};

constexpr Adverb kAdverbs[] = {
    {"weekly", 52, ""},
    {"fortnightly", 26, ""},
    {"monthly", 12, ""},
    {"bimonthly", 6, "bi-monthly read as every two months (6 a year), not twice a month"},
    {"biweekly", 26, "bi-weekly read as every two weeks (26 a year), not twice a week"},
    {"quarterly", 4, ""},
    {"triannually", 3, ""},
    {"triannual", 3, ""},
    {"halfyearly", 2, ""},
    {"biannually", 2, ""},
    {"biannual", 2, ""},
    {"semiannually", 2, ""},
    {"semiannual", 2, ""},
    {"annually", 1, ""},
    {"annual", 1, ""},
    {"yearly", 1, ""},
    {"biennially", 0.5, ""},
    {"biennial", 0.5, ""},
};

const Adverb* FindAdverb(absl::string_view word) {
  for (const Adverb& a : kAdverbs) {
    if (a.word == word) return &a;
  }
  return nullptr;
}

// Joins prefixes written apart: "bi monthly" (from "Bi monthly" or
// "bi-monthly"), "half yearly", "ad hoc".
Tokens MergeCompounds(const Tokens& tokens) {
  Tokens out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i + 1 < tokens.size()) {
      const std::string joined = tokens[i] + tokens[i + 1];
      const bool prefix = Contains({"bi", "semi", "half", "tri"}, tokens[i]);
      if ((prefix && FindAdverb(joined) != nullptr) || joined == "adhoc") {
        out.push_back(joined);
        ++i;
        continue;
      }
    }
    out.push_back(tokens[i]);
  }
  return out;
}

// Removes words around a phrase that do not change it: "meets", "meetings",
// "on a ... basis", and hedges ("approximately", "usually"), which are noted.
Tokens Simplify(const Tokens& input, std::vector<std::string>* notes) {
  Tokens t = MergeCompounds(input);
  bool changed = true;
  while (changed && !t.empty()) {
    changed = false;
    const std::string& first = t.front();
    size_t drop = 0;
    if (Contains({"meets", "meet", "meeting", "meetings", "met", "held", "currently"}, first)) {
      drop = 1;
    } else if (Contains({"approximately", "approx", "about", "around", "roughly", "circa"},
                        first)) {
      AddNote(notes, "rate is approximate");
      drop = 1;
    } else if (Contains({"usually", "typically", "normally", "generally"}, first)) {
      AddNote(notes, "rate is typical");
      drop = 1;
    } else if (StartsWithWords(t, {"at", "least"})) {
      AddNote(notes, "rate is a minimum");
      drop = 2;
    }
    if (drop > 0) {
      t.erase(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(drop));
      changed = true;
      continue;
    }
    if (t.size() >= 3 && t[0] == "on" && (t[1] == "a" || t[1] == "an") && t.back() == "basis") {
      t.erase(t.begin(), t.begin() + 2);
      t.pop_back();
      changed = true;
      continue;
    }
    if (t.size() > 1 && Contains({"meeting", "meetings", "basis"}, t.back())) {
      t.pop_back();
      changed = true;
    }
  }
  return t;
}

// ---------------------------------------------------------------------------
// Phrases.

// More than this many meetings a year (about three a day) is not a meeting
// cadence but a misreading ("99999 times a year").
constexpr double kMaxPerYear = 1000;

std::optional<double> MatchRateUnchecked(const Tokens& t, std::vector<std::string>* notes);

// A rate phrase, already simplified: meetings a year, or nothing.
std::optional<double> MatchRate(const Tokens& t, std::vector<std::string>* notes) {
  std::vector<std::string> local;
  std::optional<double> rate = MatchRateUnchecked(t, &local);
  if (!rate || !std::isfinite(*rate) || *rate <= 0 || *rate > kMaxPerYear) return std::nullopt;
  for (std::string& n : local) AddNote(notes, std::move(n));
  return rate;
}

std::optional<double> MatchRateUnchecked(const Tokens& t, std::vector<std::string>* notes) {
  if (t.empty()) return std::nullopt;

  // "quarterly", "bimonthly".
  if (t.size() == 1) {
    if (const Adverb* a = FindAdverb(t[0])) {
      if (!a->note.empty()) AddNote(notes, std::string(a->note));
      return a->per_year;
    }
    return std::nullopt;
  }

  // "six monthly" (every six months), "twice monthly", "sixth monthly".
  if (t.size() == 2) {
    if (std::optional<double> count = CountWord(t[0])) {
      if (std::optional<double> base = PeriodAdverb(t[1])) return *count * *base;
    }
    if (std::optional<double> base = IntervalAdverb(t[1])) {
      if (std::optional<double> n = ParseNumber(t[0])) return *base / *n;
      if (t[0] == "sixth" && t[1] == "monthly") {
        AddNote(notes, "\"sixth monthly\" read as six-monthly (2 a year), a common typo");
        return 2;
      }
    }
  }

  // "every 2 weeks", "once every six months", "every other month".
  {
    size_t i = 0;
    if (t[i] == "once") ++i;
    if (i < t.size() && t[i] == "every") {
      ++i;
      double n = 1;
      if (i + 1 < t.size()) {
        std::optional<double> number = ParseNumber(t[i]);
        if (!number) number = Ordinal(t[i]);
        if (!number) return std::nullopt;
        n = *number;
        ++i;
      }
      if (i + 1 != t.size()) return std::nullopt;
      std::optional<double> base = PeriodNoun(t[i]);
      if (!base) return std::nullopt;
      return *base / n;
    }
  }

  // "6 times a year", "twice a month", "4 meetings per annum", "3 x pa",
  // "six times annually", "once in a fortnight".
  std::optional<double> count = CountWord(t[0]);
  const bool count_word = count.has_value();
  if (!count) count = ParseNumber(t[0]);
  if (!count) return std::nullopt;
  size_t i = 1;
  bool times = false;
  if (!count_word && i < t.size() && Contains({"times", "time", "x"}, t[i])) {
    ++i;
    times = true;
  }
  if (i < t.size() && Contains({"meetings", "meeting"}, t[i])) {
    ++i;
    times = true;
  }
  const size_t rest = t.size() - i;
  if (rest == 1 && (times || count_word)) {
    if (std::optional<double> base = PeriodAdverb(t[i])) return *count * *base;
  }
  if (rest == 1 && t[i] == "pa") return *count;
  if (rest == 2 && t[i] == "p" && t[i + 1] == "a") return *count;
  if (rest < 2) return std::nullopt;
  if (Contains({"a", "an", "per", "each", "every"}, t[i])) {
    ++i;
  } else if (t[i] == "in" && Contains({"a", "an", "each", "every", "the"}, t[i + 1])) {
    i += 2;
  } else {
    return std::nullopt;
  }
  if (i < t.size() && Contains({"calendar", "financial"}, t[i])) ++i;
  if (i + 1 != t.size()) return std::nullopt;
  std::optional<double> base = PeriodNoun(t[i]);
  if (!base) return std::nullopt;
  return *count * *base;
}

// A rate phrase in raw text, for exceptions: "three times a year".
std::optional<double> ParseRateText(absl::string_view text, std::vector<std::string>* notes) {
  std::vector<std::string> local;
  std::optional<double> rate = MatchRate(Simplify(Flatten(Tokenise(text)), &local), &local);
  if (rate) {
    for (std::string& n : local) AddNote(notes, std::move(n));
  }
  return rate;
}

struct Reading {
  Cadence::Kind kind = Cadence::Kind::kUnknown;
  std::optional<double> per_year;
};

bool IsAdHoc(const Tokens& t) {
  return StartsWithWords(t, {"adhoc"}) || StartsWithWords(t, {"as", "required"}) ||
         StartsWithWords(t, {"as", "needed"}) || StartsWithWords(t, {"as", "necessary"}) ||
         StartsWithWords(t, {"as", "and", "when"}) || StartsWithWords(t, {"when", "required"}) ||
         StartsWithWords(t, {"when", "needed"}) || StartsWithWords(t, {"when", "necessary"}) ||
         StartsWithWords(t, {"if", "required"}) || StartsWithWords(t, {"if", "needed"}) ||
         StartsWithWords(t, {"on", "demand"});
}

bool IsUnknown(const Tokens& t) {
  if (t.empty()) return false;
  if (Contains({"unknown", "tbc", "tba", "tbd"}, t[0])) return true;
  if (StartsWithWords(t, {"to", "be"}) && t.size() > 2 &&
      Contains({"confirmed", "agreed", "decided", "determined", "arranged", "set"}, t[2])) {
    return true;
  }
  if (StartsWithWords(t, {"not", "yet"}) && t.size() > 2 &&
      Contains({"known", "agreed", "confirmed", "decided", "set"}, t[2])) {
    return true;
  }
  return StartsWithWords(t, {"not", "known"}) || StartsWithWords(t, {"not", "stated"}) ||
         StartsWithWords(t, {"not", "specified"});
}

// A whole (non-varying) cadence phrase: unknown, ad hoc or a rate.
std::optional<Reading> MatchCadence(const Tokens& tokens, std::vector<std::string>* notes) {
  std::vector<std::string> local;
  const Tokens t = Simplify(tokens, &local);
  if (t.empty()) return std::nullopt;
  std::optional<Reading> reading;
  if (IsUnknown(t)) {
    reading = Reading{Cadence::Kind::kUnknown, std::nullopt};
  } else if (IsAdHoc(t)) {
    reading = Reading{Cadence::Kind::kAdHoc, std::nullopt};
  } else if (std::optional<double> rate = MatchRate(t, &local)) {
    reading = Reading{Cadence::Kind::kRegular, rate};
  }
  if (reading) {
    for (std::string& n : local) AddNote(notes, std::move(n));
  }
  return reading;
}

bool NamesVariation(const Tokens& segment) {
  for (const std::string& word : segment) {
    if (Contains({"varies", "vary", "variable", "varied", "varying", "differs", "differ"}, word)) {
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// Exceptions.

struct ExceptionReading {
  std::string area;
  double per_year = 0;
};

// Whether `s` starts with `word` (ASCII case-insensitively) followed by a
// word boundary.
bool StartsWithWord(absl::string_view s, absl::string_view word) {
  if (!absl::StartsWithIgnoreCase(s, word)) return false;
  return s.size() == word.size() ||
         !absl::ascii_isalnum(static_cast<unsigned char>(s[word.size()]));
}

// Strips leading words such as "and", "in", "for" from an exception's text.
absl::string_view StripLeadingWords(absl::string_view s,
                                    std::initializer_list<absl::string_view> words) {
  bool changed = true;
  while (changed) {
    changed = false;
    s = absl::StripAsciiWhitespace(s);
    for (absl::string_view w : words) {
      if (StartsWithWord(s, w)) {
        s.remove_prefix(w.size());
        changed = true;
        break;
      }
    }
  }
  return s;
}

// An area as written must name something: "-" or "" is not an area.
bool PlausibleArea(absl::string_view area) {
  for (char c : area) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// "South Glos – three times a year", "South Glos: 3 a year", "South Glos
// three times a year", "three times a year in South Glos".
std::optional<ExceptionReading> ParseExceptionItem(absl::string_view item,
                                                   std::vector<std::string>* notes) {
  item = StripLeadingWords(item, {"and", "in", "for"});
  if (item.empty()) return std::nullopt;

  // 1. An explicit separator between area and rate; the last one, since
  //    area names may hold hyphens ("North-East Somerset").
  struct Cut {
    size_t pos;
    size_t length;
  };
  std::vector<Cut> cuts;
  for (size_t i = 0; i < item.size();) {
    const Special special = SpecialAt(item, i);
    if (special.kind == SpecialKind::kDash ||
        (special.kind == SpecialKind::kHyphen && HyphenSeparates(item, i, special.length))) {
      cuts.push_back({i, special.length});
    } else if (special.kind == SpecialKind::kNone) {
      const char c = item[i];
      if (c == ':' || c == ',' || (c == '-' && HyphenSeparates(item, i, 1))) cuts.push_back({i, 1});
    }
    i += special.kind == SpecialKind::kNone ? 1 : special.length;
  }
  for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
    absl::string_view area = absl::StripAsciiWhitespace(item.substr(0, it->pos));
    if (!PlausibleArea(area)) continue;
    if (std::optional<double> rate = ParseRateText(item.substr(it->pos + it->length), notes)) {
      return ExceptionReading{std::string(area), *rate};
    }
  }

  // 2. "<rate> in <area>".
  const std::string lower = absl::AsciiStrToLower(item);
  for (size_t pos = lower.find(" in "); pos != std::string::npos;
       pos = lower.find(" in ", pos + 1)) {
    absl::string_view area = absl::StripAsciiWhitespace(item.substr(pos + 4));
    if (!PlausibleArea(area)) continue;
    if (std::optional<double> rate = ParseRateText(item.substr(0, pos), notes)) {
      return ExceptionReading{std::string(area), *rate};
    }
  }

  // 3. "<area> <rate>", taking the longest rate that reads.
  for (size_t pos = 0; pos < item.size(); ++pos) {
    if (!absl::ascii_isspace(static_cast<unsigned char>(item[pos]))) continue;
    absl::string_view area = absl::StripAsciiWhitespace(item.substr(0, pos));
    if (!PlausibleArea(area)) continue;
    if (std::optional<double> rate = ParseRateText(item.substr(pos + 1), notes)) {
      return ExceptionReading{std::string(area), *rate};
    }
  }
  return std::nullopt;
}

constexpr absl::string_view kExceptKeywords[] = {"except", "apart from", "but", "excluding",
                                                 "other than"};

// An exception clause: "except South Glos – three times a year", optionally
// several separated by ';' or ','. Empty when it cannot be read.
std::optional<std::vector<ExceptionReading>> ParseExceptionClause(
    absl::string_view clause, std::vector<std::string>* notes) {
  clause = absl::StripAsciiWhitespace(clause);
  for (absl::string_view keyword : kExceptKeywords) {
    if (StartsWithWord(clause, keyword)) {
      clause.remove_prefix(keyword.size());
      break;
    }
  }
  std::vector<ExceptionReading> out;
  std::vector<std::string> local;
  for (absl::string_view part : absl::StrSplit(clause, ';')) {
    part = absl::StripAsciiWhitespace(part);
    if (part.empty()) continue;
    // Several exceptions separated by commas, if every piece reads as one...
    std::vector<absl::string_view> pieces = absl::StrSplit(part, ',');
    if (pieces.size() > 1) {
      std::vector<ExceptionReading> read;
      std::vector<std::string> piece_notes;
      for (absl::string_view piece : pieces) {
        std::optional<ExceptionReading> e = ParseExceptionItem(piece, &piece_notes);
        if (!e) break;
        read.push_back(std::move(*e));
      }
      if (read.size() == pieces.size()) {
        for (ExceptionReading& e : read) out.push_back(std::move(e));
        for (std::string& n : piece_notes) AddNote(&local, std::move(n));
        continue;
      }
    }
    // ...else one exception, in which a comma may separate area and rate.
    std::optional<ExceptionReading> e = ParseExceptionItem(part, &local);
    if (!e) return std::nullopt;
    out.push_back(std::move(*e));
  }
  if (out.empty()) return std::nullopt;
  for (std::string& n : local) AddNote(notes, std::move(n));
  return out;
}

// The position of an unbracketed "except" / "apart from" clause, or npos.
size_t FindExceptClause(absl::string_view s) {
  const std::string lowered = absl::AsciiStrToLower(s);
  const absl::string_view lower = lowered;
  size_t best = std::string::npos;
  for (absl::string_view keyword : {absl::string_view("except"), absl::string_view("apart from")}) {
    for (size_t pos = lower.find(keyword); pos != absl::string_view::npos;
         pos = lower.find(keyword, pos + 1)) {
      const size_t end = pos + keyword.size();
      const bool start_ok = pos == 0 || !absl::ascii_isalnum(static_cast<unsigned char>(lower[pos - 1]));
      const bool end_ok = end == lower.size() || !absl::ascii_isalnum(static_cast<unsigned char>(lower[end]));
      if (start_ok && end_ok) {
        if (pos < best) best = pos;
        break;
      }
    }
  }
  return best;
}

// A bracketed qualifier such as "(approx)" or "(TBC)": its note, or nothing.
std::optional<std::string> QualifierNote(absl::string_view text) {
  const std::string words = absl::StrJoin(Flatten(Tokenise(text)), " ");
  if (Contains({"approx", "approximately", "roughly", "about", "circa", "ca"}, words)) {
    return "rate is approximate";
  }
  if (Contains({"tbc", "tba", "to be confirmed", "to be agreed", "provisional"}, words)) {
    return "rate is provisional";
  }
  if (Contains({"usually", "typically", "normally", "generally", "on average", "average"},
               words)) {
    return "rate is typical";
  }
  if (Contains({"at least", "minimum", "min"}, words)) return "rate is a minimum";
  return std::nullopt;
}

// Takes bracketed clauses out of `s`. False when brackets are unbalanced or
// nested.
bool SplitParentheses(absl::string_view s, std::string* outside,
                      std::vector<std::string>* inside) {
  bool open = false;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '(') {
      if (open) return false;
      open = true;
      start = i + 1;
      *outside += ' ';
    } else if (c == ')') {
      if (!open) return false;
      open = false;
      inside->emplace_back(s.substr(start, i - start));
      *outside += ' ';
    } else if (!open) {
      *outside += c;
    }
  }
  return !open;
}

absl::Status CannotRead(absl::string_view text) {
  return absl::InvalidArgumentError(absl::StrCat(
      "cannot read cadence \"", text,
      "\": expected e.g. \"monthly\", \"quarterly\", \"6 times a year\", \"every 2 weeks\", "
      "\"ad hoc\" or \"TBC\""));
}

absl::Status CannotRead(absl::string_view text, absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat("cannot read cadence \"", text, "\": ", why));
}

// Formats a rate: "6", "0.667", "8.5".
std::string FormatRate(double v) {
  if (!std::isfinite(v)) return absl::StrCat(v);
  if (v != 0 && std::fabs(v) < 0.001) return absl::StrFormat("%.3g", v);
  std::string s = absl::StrFormat("%.3f", v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

}  // namespace

// ---------------------------------------------------------------------------
// Cadence.

Cadence Cadence::Regular(double per_year, std::string text) {
  Cadence c;
  c.kind_ = Kind::kRegular;
  c.per_year_ = per_year;
  c.text_ = std::move(text);
  return c;
}

Cadence Cadence::Varies(std::optional<double> typical_per_year, std::string text) {
  Cadence c;
  c.kind_ = Kind::kVaries;
  c.per_year_ = typical_per_year;
  c.text_ = std::move(text);
  return c;
}

Cadence Cadence::AdHoc(std::string text) {
  Cadence c;
  c.kind_ = Kind::kAdHoc;
  c.text_ = std::move(text);
  return c;
}

Cadence Cadence::Unknown(std::string text) {
  Cadence c;
  c.kind_ = Kind::kUnknown;
  c.text_ = std::move(text);
  return c;
}

std::optional<double> Cadence::PerYearIn(Handle<Area> area) const {
  if (area.valid()) {
    for (const AreaRate& e : exceptions_) {
      if (e.area_handle == area) return e.per_year;
    }
  }
  return per_year_;
}

Cadence& Cadence::AddException(std::string area, double per_year) {
  AreaRate e;
  e.area = std::move(area);
  e.per_year = per_year;
  exceptions_.push_back(std::move(e));
  return *this;
}

std::string Cadence::Describe() const {
  std::string head = "unknown";
  std::vector<std::string> details;
  switch (kind_) {
    case Kind::kRegular:
      head = per_year_ ? absl::StrCat(FormatRate(*per_year_), " a year") : "regular";
      break;
    case Kind::kVaries:
      head = "varies";
      if (per_year_) details.push_back(absl::StrCat("typically ", FormatRate(*per_year_), " a year"));
      break;
    case Kind::kAdHoc:
      head = "ad hoc";
      break;
    case Kind::kUnknown: {
      head = "unknown";
      absl::string_view shown = absl::StripAsciiWhitespace(text_);
      if (!shown.empty()) details.emplace_back(shown);
      break;
    }
  }
  if (!exceptions_.empty()) {
    std::vector<std::string> parts;
    for (const AreaRate& e : exceptions_) {
      parts.push_back(absl::StrCat(FormatRate(e.per_year), " in ", e.area));
    }
    details.push_back(absl::StrJoin(parts, ", "));
  }
  if (details.empty()) return head;
  return absl::StrCat(head, " (", absl::StrJoin(details, "; "), ")");
}

namespace internal {
template <>
struct EnumNames<Cadence::Kind> {
  static constexpr std::string_view kWhat = "cadence kind";
  static constexpr std::pair<Cadence::Kind, std::string_view> kTable[] = {
      {Cadence::Kind::kRegular, "regular"},
      {Cadence::Kind::kVaries, "varies"},
      {Cadence::Kind::kAdHoc, "ad_hoc"},
      {Cadence::Kind::kUnknown, "unknown"},
  };
};
}  // namespace internal

std::string_view Name(Cadence::Kind kind) { return internal::NameOf(kind, "unknown"); }

absl::StatusOr<Cadence::Kind> ParseCadenceKind(absl::string_view name) {
  std::string key = absl::AsciiStrToLower(absl::StripAsciiWhitespace(name));
  for (char& c : key) {
    if (c == '-' || c == ' ') c = '_';
  }
  if (key == "regular") return Cadence::Kind::kRegular;
  if (key == "varies") return Cadence::Kind::kVaries;
  if (key == "ad_hoc" || key == "adhoc") return Cadence::Kind::kAdHoc;
  if (key == "unknown") return Cadence::Kind::kUnknown;
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown cadence kind \"", name,
      "\": expected \"regular\", \"varies\", \"ad_hoc\" or \"unknown\""));
}

// ---------------------------------------------------------------------------
// ParseCadence.

absl::StatusOr<Cadence> ParseCadence(absl::string_view text) {
  if (absl::StripAsciiWhitespace(text).empty()) return Cadence::Unknown("");

  std::string outside;
  std::vector<std::string> brackets;
  if (!SplitParentheses(text, &outside, &brackets)) {
    return CannotRead(text, "unbalanced or nested parentheses");
  }

  std::vector<std::string> notes;
  std::vector<ExceptionReading> exceptions;
  const auto add_exceptions = [&](absl::string_view clause) -> bool {
    std::optional<std::vector<ExceptionReading>> read = ParseExceptionClause(clause, &notes);
    if (!read) return false;
    for (ExceptionReading& e : *read) exceptions.push_back(std::move(e));
    return true;
  };

  // An unbracketed "Quarterly except South Glos - three times a year".
  if (const size_t pos = FindExceptClause(outside); pos != std::string::npos) {
    const std::string clause = outside.substr(pos);
    outside.resize(pos);
    if (!add_exceptions(clause)) {
      return CannotRead(text, absl::StrCat("cannot read exception \"",
                                           absl::StripAsciiWhitespace(clause),
                                           "\": expected e.g. \"except South Glos – three "
                                           "times a year\""));
    }
  }

  for (const std::string& bracket : brackets) {
    absl::string_view content = absl::StripAsciiWhitespace(bracket);
    if (content.empty()) continue;
    if (std::optional<std::string> note = QualifierNote(content)) {
      AddNote(&notes, std::move(*note));
      continue;
    }
    if (!add_exceptions(content)) {
      return CannotRead(text, absl::StrCat("cannot read \"(", content,
                                           ")\": expected e.g. \"(except South Glos – three "
                                           "times a year)\""));
    }
  }

  const std::vector<Tokens> segments = Tokenise(outside);
  Reading reading;
  bool varies = false;
  for (const Tokens& segment : segments) varies = varies || NamesVariation(segment);
  if (varies) {
    // "Varies in each LA area - Quarterly": the typical rate, if a segment
    // gives one.
    reading.kind = Cadence::Kind::kVaries;
    for (const Tokens& segment : segments) {
      if (NamesVariation(segment)) continue;
      std::vector<std::string> local;
      std::optional<Reading> r = MatchCadence(segment, &local);
      if (r && r->kind == Cadence::Kind::kRegular) {
        reading.per_year = r->per_year;
        for (std::string& n : local) AddNote(&notes, std::move(n));
        break;
      }
    }
  } else {
    std::optional<Reading> r = MatchCadence(Flatten(segments), &notes);
    if (!r) return CannotRead(text);
    reading = *r;
  }

  Cadence cadence;
  std::string verbatim(text);
  switch (reading.kind) {
    case Cadence::Kind::kRegular:
      cadence = Cadence::Regular(reading.per_year.value_or(0), std::move(verbatim));
      break;
    case Cadence::Kind::kVaries:
      cadence = Cadence::Varies(reading.per_year, std::move(verbatim));
      break;
    case Cadence::Kind::kAdHoc:
      cadence = Cadence::AdHoc(std::move(verbatim));
      break;
    case Cadence::Kind::kUnknown:
      cadence = Cadence::Unknown(std::move(verbatim));
      break;
  }
  for (ExceptionReading& e : exceptions) cadence.AddException(std::move(e.area), e.per_year);
  if (!notes.empty()) cadence.set_note(absl::StrJoin(notes, "; "));
  return cadence;
}

// ---------------------------------------------------------------------------
// Cadence from dates.

namespace {

struct NamedRate {
  double gap_days;
  double per_year;
  absl::string_view name;
};

constexpr NamedRate kRates[] = {{7, 52, "weekly"},          {14, 26, "fortnightly"}, {30.44, 12, "monthly"},
                                {60.88, 6, "bimonthly"},    {91.31, 4, "quarterly"}, {121.75, 3, "four-monthly"},
                                {182.62, 2, "six-monthly"}, {365.25, 1, "annual"}};

}  // namespace

CadenceEvidence InferCadence(const std::vector<Sitting>& sittings, absl::string_view source) {
  CadenceEvidence e;
  for (const Sitting& s : sittings) {
    if (s.cancelled) {
      ++e.cancelled;
    } else if (!s.date) {
      ++e.undated;
    } else {
      e.dates.push_back(*s.date);
    }
  }
  std::sort(e.dates.begin(), e.dates.end());
  e.dates.erase(std::unique(e.dates.begin(), e.dates.end()), e.dates.end());
  for (size_t i = 1; i < e.dates.size(); ++i) e.gaps_days.push_back(static_cast<int>(e.dates[i] - e.dates[i - 1]));
  std::string besides;
  if (e.cancelled > 0) absl::StrAppend(&besides, "; ", e.cancelled, " cancelled not counted");
  if (e.undated > 0) absl::StrAppend(&besides, "; ", e.undated, " without a date not counted");
  if (e.dates.size() < 2) {
    e.reason = sittings.empty()
                   ? "no meetings listed: cadence unknown"
                   : absl::StrCat(e.dates.size(), " dated meeting", e.dates.size() == 1 ? "" : "s", " not cancelled",
                                  e.dates.empty() ? "" : absl::StrCat(" (", DayText(e.dates[0]), ")"), besides,
                                  ": too few to infer how often it meets");
    e.cadence = Cadence::Unknown(absl::StrCat(source, ": ", e.dates.size(), " dated meeting(s)"));
    e.cadence.set_note(e.reason);
    return e;
  }
  std::vector<double> gaps(e.gaps_days.begin(), e.gaps_days.end());
  const double median = Median(gaps);
  e.median_gap_days = median;
  // The named rate nearest in ratio; beyond two years, the rate itself.
  const NamedRate* best = nullptr;
  double best_distance = 0;
  for (const NamedRate& r : kRates) {
    const double distance = std::fabs(std::log(median / r.gap_days));
    if (best == nullptr || distance < best_distance) {
      best = &r;
      best_distance = distance;
    }
  }
  double per_year = best->per_year;
  std::string name(best->name);
  if (median > 2 * 365.25) {
    per_year = 365.25 / median;
    name = absl::StrFormat("every %.1f years", median / 365.25);
  }
  // Regular when most gaps are near the median; otherwise it varies, with
  // the median as the typical rate.
  const int near = static_cast<int>(
      std::count_if(gaps.begin(), gaps.end(), [&](double g) { return g >= median / 1.5 && g <= median * 1.5; }));
  const bool regular = gaps.size() < 3 || near * 3 >= static_cast<int>(gaps.size()) * 2;
  const auto [low, high] = std::minmax_element(gaps.begin(), gaps.end());
  e.reason = absl::StrCat(
      regular ? name : absl::StrCat("varies, typically ", name), ": median gap ", absl::StrFormat("%g", median),
      " days between ", e.dates.size(), " dated meetings from ", DayText(e.dates.front()), " to ",
      DayText(e.dates.back()), " (gaps ", absl::StrFormat("%g", *low), " to ", absl::StrFormat("%g", *high), " days",
      regular ? "" : absl::StrCat(", ", near, " of ", gaps.size(), " near the median"), ")", besides);
  const std::string text = absl::StrCat(regular ? name : absl::StrCat("varies, typically ", name), " (inferred from ",
                                        source, " meeting dates)");
  e.cadence = regular ? Cadence::Regular(per_year, text) : Cadence::Varies(per_year, text);
  e.cadence.set_note(e.reason);
  return e;
}

GOVGRAPH_ENUM_VALUES(Cadence::Kind);

}  // namespace govgraph
