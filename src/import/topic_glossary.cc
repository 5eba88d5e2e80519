// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/import/topic_glossary.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "govgraph/import/aliases.h"
#include "govgraph/io/csv.h"

namespace govgraph {
namespace internal {
extern const absl::string_view kBuiltinTopicsCsv;
}  // namespace internal

namespace {

std::vector<std::string> KeyWords(absl::string_view text) {
  return absl::StrSplit(AliasKey(text), ' ', absl::SkipEmpty());
}

}  // namespace

const TopicGlossary& TopicGlossary::Builtin() {
  static const TopicGlossary* glossary = [] {
    absl::StatusOr<TopicGlossary> g = FromCsv(internal::kBuiltinTopicsCsv);
    // The shipped file is checked by the tests; an unreadable one gives an empty glossary.
    return new TopicGlossary(g.ok() ? *std::move(g) : TopicGlossary());
  }();
  return *glossary;
}

absl::StatusOr<TopicGlossary> TopicGlossary::FromCsv(absl::string_view text) {
  absl::StatusOr<CsvTable> csv = ParseCsv(text);
  if (!csv.ok()) return csv.status();
  TopicGlossary g;
  bool header = true;
  for (const CsvRecord& r : csv->records) {
    if (r.blank()) continue;
    if (header) {
      if (r.fields.size() < 4 || absl::AsciiStrToLower(r.fields[0]) != "id") {
        return absl::InvalidArgumentError(
            absl::StrCat("line ", r.line, ": the header must be \"id,name,parent,patterns,source\""));
      }
      header = false;
      continue;
    }
    if (r.fields.size() < 4 || r.fields[0].empty() || r.fields[3].empty()) {
      return absl::InvalidArgumentError(absl::StrCat("line ", r.line, ": a topic needs an id and patterns"));
    }
    TopicGlossaryEntry e;
    e.id = r.fields[0];
    e.name = r.fields[1].empty() ? e.id : r.fields[1];
    e.parent = r.fields[2];
    e.patterns = absl::StrSplit(r.fields[3], '|', absl::SkipEmpty());
    if (r.fields.size() > 4) e.source = r.fields[4];
    if (g.Find(e.id) != nullptr)
      return absl::InvalidArgumentError(absl::StrCat("line ", r.line, ": topic \"", e.id, "\" is given twice"));
    for (const std::string& p : e.patterns) {
      std::vector<std::string> words = KeyWords(p);
      if (!words.empty()) g.patterns_.emplace_back(std::move(words), g.entries_.size());
    }
    g.entries_.push_back(std::move(e));
  }
  for (const TopicGlossaryEntry& e : g.entries_) {
    if (!e.parent.empty() && g.Find(e.parent) == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat("topic \"", e.id, "\": parent \"", e.parent, "\" is not in the glossary"));
    }
  }
  // Longest patterns first, so evidence quotes the fullest phrase.
  absl::c_stable_sort(g.patterns_, [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return g;
}

const TopicGlossaryEntry* TopicGlossary::Find(absl::string_view id) const {
  for (const TopicGlossaryEntry& e : entries_) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

std::vector<InferredTopic> TopicGlossary::Infer(const std::vector<std::pair<std::string, std::string>>& texts) const {
  std::vector<InferredTopic> out;
  std::vector<bool> seen(entries_.size());
  for (const auto& [field, text] : texts) {
    const std::vector<std::string> words = KeyWords(text);
    for (const auto& [pattern, entry] : patterns_) {
      if (seen[entry] || pattern.size() > words.size()) continue;
      for (size_t i = 0; i + pattern.size() <= words.size(); ++i) {
        if (!std::equal(pattern.begin(), pattern.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) continue;
        seen[entry] = true;
        std::string phrase;
        for (size_t k = 0; k < pattern.size(); ++k) absl::StrAppend(&phrase, k ? " " : "", words[i + k]);
        out.push_back({entries_[entry].id, absl::StrCat("\"", phrase, "\" in the ", field)});
        break;
      }
    }
  }
  // A topic whose child was also read says nothing more ("mental health"
  // gives mental-health, not health as well): the overlap engine counts a
  // topic for its parents.
  auto is_ancestor_of_another = [&](const InferredTopic& t) {
    for (const InferredTopic& other : out) {
      for (const TopicGlossaryEntry* e = Find(other.id); e != nullptr && !e->parent.empty(); e = Find(e->parent)) {
        if (e->parent == t.id) return true;
      }
    }
    return false;
  };
  std::vector<InferredTopic> kept;
  for (const InferredTopic& t : out) {
    if (!is_ancestor_of_another(t)) kept.push_back(t);
  }
  return kept;
}

std::vector<Topic> TopicGlossary::TopicsFor(const std::string& id) const {
  std::vector<Topic> out;
  for (const TopicGlossaryEntry* e = Find(id); e != nullptr && out.size() < 16; e = Find(e->parent)) {
    Topic t;
    t.id = e->id;
    t.name = e->name;
    if (!e->parent.empty()) t.parent = e->parent;
    if (!e->source.empty()) t.attributes["source"] = e->source;
    t.attributes["import"] = "topic glossary";
    out.push_back(std::move(t));
    if (e->parent.empty()) break;
  }
  return out;
}

}  // namespace govgraph
