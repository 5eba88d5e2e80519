// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// import/topic_glossary.h: the themes a meeting is about, read from its own
/// words.
///
/// Registers typed from papers rarely tag topics; the name, purpose and
/// current focus say them ("Local Safeguarding Children Board", "to tackle
/// crime, disorder and antisocial behaviour"). The glossary maps phrases and
/// abbreviations to topics, each topic with its parent and the public source
/// that makes it a theme of partnership governance:
///
/// ```
///   id,name,parent,patterns,source
///   safeguarding-children,Safeguarding children,safeguarding,LSCB|child protection|...,Children Act 2004 s.13-16
/// ```
///
/// Patterns match whole words after AliasKey() (case, punctuation and plurals
/// ignored). The shipped glossary is data/topics.csv, compiled in.
///
/// ```
///   for (const InferredTopic& t : TopicGlossary::Builtin().Infer({{"name", m.name}, {"purpose", m.purpose}})) ...
/// ```
#ifndef GOVGRAPH_IMPORT_TOPIC_GLOSSARY_H_
#define GOVGRAPH_IMPORT_TOPIC_GLOSSARY_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/model.h"

namespace govgraph {

struct TopicGlossaryEntry {
  std::string id;
  std::string name;
  std::string parent;  ///< a topic id, or ""
  std::vector<std::string> patterns;
  std::string source;
};

/// A topic read from a meeting's text, with the words that gave it.
struct InferredTopic {
  std::string id;
  std::string evidence;  ///< e.g. "\"LSCBs\" in the purpose"
};

class TopicGlossary {
 public:
  /// data/topics.csv, compiled in.
  static const TopicGlossary& Builtin();
  /// Reads "id,name,parent,patterns,source"; errors name the line.
  static absl::StatusOr<TopicGlossary> FromCsv(absl::string_view text);

  const std::vector<TopicGlossaryEntry>& entries() const { return entries_; }
  const TopicGlossaryEntry* Find(absl::string_view id) const;

  /// Topics named in the texts, each (field, text) pair read in turn; a topic
  /// is given once, with the first words that gave it. A topic is left out
  /// when one of its descendants is read too (the overlap engine counts a
  /// tag for its parents).
  std::vector<InferredTopic> Infer(const std::vector<std::pair<std::string, std::string>>& texts) const;

  /// The topic and its ancestors as Topic entities, for a register.
  std::vector<Topic> TopicsFor(const std::string& id) const;

 private:
  std::vector<TopicGlossaryEntry> entries_;
  /// Each pattern's AliasKey() words, with its entry.
  std::vector<std::pair<std::vector<std::string>, size_t>> patterns_;
};

}  // namespace govgraph

#endif  // GOVGRAPH_IMPORT_TOPIC_GLOSSARY_H_
