// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "govgraph/import/topic_glossary.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

std::vector<std::string> Ids(const std::vector<InferredTopic>& topics) {
  std::vector<std::string> out;
  for (const InferredTopic& t : topics) out.push_back(t.id);
  return out;
}

TEST(TopicGlossaryTest, ShippedGlossaryLoadsWithSourcesAndParents) {
  const TopicGlossary& g = TopicGlossary::Builtin();
  ASSERT_GE(g.entries().size(), 25u);
  for (const TopicGlossaryEntry& e : g.entries()) {
    EXPECT_FALSE(e.patterns.empty()) << e.id;
    if (!e.parent.empty()) {
      EXPECT_NE(g.Find(e.parent), nullptr) << e.id;
    }
  }
  EXPECT_THAT(g.Find("safeguarding-children")->source, HasSubstr("Children Act 2004"));
}

TEST(TopicGlossaryTest, AbbreviationsAndPhrasesGiveTopicsWithTheirWords) {
  const TopicGlossary& g = TopicGlossary::Builtin();
  const std::vector<InferredTopic> t = g.Infer({{"name", "Bridgend LSCB"}});
  ASSERT_THAT(Ids(t), ElementsAre("safeguarding-children"));  // not safeguarding as well: its parent
  EXPECT_EQ(t[0].evidence, "\"lscb\" in the name");
  EXPECT_THAT(Ids(g.Infer({{"purpose",
                            "A statutory multi-agency board to tackle crime, disorder and antisocial "
                            "behaviour and reduce reoffending."}})),
              UnorderedElementsAre("antisocial-behaviour", "reoffending"));
}

TEST(TopicGlossaryTest, WholeWordsOnly) {
  // "commissioner" is not "commission", "safer" is not inside "unsafer".
  EXPECT_THAT(Ids(TopicGlossary::Builtin().Infer({{"name", "Police and Crime Commissioner's unsaferoom"}})),
              ElementsAre());
}

TEST(TopicGlossaryTest, TopicsForGivesAncestorsWithSource) {
  const std::vector<Topic> t = TopicGlossary::Builtin().TopicsFor("safeguarding-children");
  EXPECT_THAT(t, ElementsAre(Field(&Topic::id, "safeguarding-children"), Field(&Topic::id, "safeguarding")));
  EXPECT_EQ(t[0].parent.id, "safeguarding");
}

TEST(TopicGlossaryTest, ErrorsNameTheLine) {
  EXPECT_THAT(TopicGlossary::FromCsv("id,name,parent,patterns\nx,X,,\n").status().message(), HasSubstr("line 2"));
  EXPECT_THAT(TopicGlossary::FromCsv("id,name,parent,patterns\nx,X,nope,a|b\n").status().message(),
              HasSubstr("parent \"nope\""));
  EXPECT_THAT(TopicGlossary::FromCsv("nope\n").status().message(), HasSubstr("header"));
}

}  // namespace
}  // namespace govgraph
