// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/text.h"

#include <libstemmer.h>

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"

namespace govgraph {
namespace {

// English function words, and words that appear in almost every register
// entry and so say nothing about what a meeting is for.
const absl::flat_hash_set<absl::string_view>& StopWords() {
  static const auto* words = new absl::flat_hash_set<absl::string_view>{
      "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and",
      "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "e", "eg",
      "etc", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
      "hers", "him", "his", "how", "i", "ie", "if", "in", "including", "into", "is", "it", "its",
      "itself", "just", "may", "me", "more", "most", "must", "my", "no", "nor", "not", "now", "of",
      "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "per", "same",
      "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
      "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up",
      "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "which", "while",
      "who", "whom", "why", "will", "with", "within", "would", "you", "your",
      // Register boilerplate.
      "meeting", "meetings", "currently", "current", "focus", "agenda", "item", "items", "set",
      "new", "key", "issues", "issue", "discuss", "support", "ensure", "order", "wide",
  };
  return *words;
}

}  // namespace

TermAnalyzer::TermAnalyzer() : stemmer_(sb_stemmer_new("english", nullptr)) {}

TermAnalyzer::~TermAnalyzer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

bool TermAnalyzer::IsStopWord(absl::string_view word) { return StopWords().contains(word); }

const std::string& TermAnalyzer::Stem(absl::string_view word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  std::string stem(word);
  if (stemmer_ != nullptr) {
    const sb_symbol* out =
        sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (out != nullptr) stem.assign(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer_)));
  }
  return cache_.emplace(std::string(word), std::move(stem)).first->second;
}

std::vector<std::string> TermAnalyzer::Terms(absl::string_view text) {
  std::vector<std::string> terms;
  std::string word;
  auto flush = [&] {
    if (word.size() < 2 || IsStopWord(word)) {
      word.clear();
      return;
    }
    bool all_digits = true;
    for (char c : word) all_digits = all_digits && absl::ascii_isdigit(static_cast<unsigned char>(c));
    if (!all_digits) terms.push_back(Stem(word));
    word.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (absl::ascii_isalnum(c)) {
      word.push_back(absl::ascii_tolower(c));
    } else if (c >= 0x80 && !word.empty()) {
      // Keep accented letters inside a word; Unicode dashes and quotes
      // (which start with 0xE2) end it.
      if (c == 0xE2) {
        flush();
        i += 2;
      } else {
        word.push_back(static_cast<char>(c));
      }
    } else if (c == '\'' && !word.empty()) {
      // "children's" -> "children"
      while (i + 1 < text.size() && absl::ascii_isalpha(static_cast<unsigned char>(text[i + 1]))) ++i;
      flush();
    } else {
      flush();
    }
  }
  flush();
  return terms;
}

}  // namespace govgraph
