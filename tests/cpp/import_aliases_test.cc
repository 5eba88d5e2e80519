// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/import/aliases.h"

#include <fstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;

std::vector<std::string> IdsFor(const AliasTable& t, const std::string& text) {
  std::vector<std::string> ids;
  for (const AliasEntry* e : t.Find(text)) ids.push_back(e->id);
  return ids;
}

TEST(AliasKeyTest, FoldsCasePunctuationAndPlurals) {
  EXPECT_EQ(AliasKey("LSCBs"), "lscb");
  EXPECT_EQ(AliasKey("Directors of Children's Services"), "director of children service");
  EXPECT_EQ(AliasKey("Local Authorities"), "local authority");
  EXPECT_EQ(AliasKey("Fire & Rescue"), "fire and rescue");
  EXPECT_EQ(AliasKey("NHS"), "nhs");
}

TEST(BuiltinAliasesTest, TheShippedTableIsCompiledIn) {
  const AliasTable& t = AliasTable::Builtin();
  EXPECT_GT(t.size(), 50u);
  // Every abbreviation the issue names.
  for (const char* abbr : {"PCC", "OPCC", "CC", "DCC", "ACC", "COG", "CPS", "HMCTS", "CRC", "NPS",
                           "National Probation Service", "YOT", "LSCB", "LSAB", "LASB", "CSP", "HWB", "CCG",
                           "ICB", "NHS", "VCS", "LA", "CJB", "LCJB", "Fire & Rescue", "Ambulance", "Legal Aid",
                           "HMP", "prison"}) {
    EXPECT_THAT(t.Find(abbr), SizeIs(::testing::Ge(1u))) << abbr;
  }
  EXPECT_THAT(IdsFor(t, "LASBs"), ElementsAre("lsabs"));
  EXPECT_THAT(IdsFor(t, "Probation"), ElementsAre("nps", "crc"));
  const AliasEntry* pcc = t.Find("Police and Crime Commissioner")[0];
  EXPECT_EQ(pcc->target, AliasTarget::kRole);
  EXPECT_EQ(pcc->organisation, "opcc");
  EXPECT_TRUE(pcc->elected);
  EXPECT_TRUE(t.Find("LAs")[0]->expand);
}

TEST(BuiltinAliasesTest, MatchesTheDataFileOnDisk) {
  std::ifstream in(GOVGRAPH_SOURCE_DIR "/data/aliases.csv", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  absl::StatusOr<AliasTable> t = AliasTable::FromCsv(text);
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(t->entries(), AliasTable::Builtin().entries());
  // ToCsv writes what FromCsv reads.
  absl::StatusOr<AliasTable> again = AliasTable::FromCsv(t->ToCsv());
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->entries(), t->entries());
}

TEST(AliasTableTest, OverrideReplacesPatterns) {
  AliasTable t = AliasTable::Builtin();
  absl::StatusOr<AliasTable> mine = AliasTable::FromCsv(
      "patterns,target,id,name,kind\nProbation,organisation,probation-service,The Probation Service,criminal_justice\n");
  ASSERT_TRUE(mine.ok()) << mine.status();
  t.Override(*mine);
  EXPECT_THAT(IdsFor(t, "Probation"), ElementsAre("probation-service"));
  EXPECT_THAT(IdsFor(t, "NPS"), ElementsAre("nps"));  // untouched
}

TEST(AliasTableTest, AddBesideOrReplacing) {
  AliasTable t;
  ASSERT_TRUE(t.Add({.patterns = {"Force"}, .id = "a", .name = "A"}).ok());
  ASSERT_TRUE(t.Add({.patterns = {"Force"}, .id = "b", .name = "B"}).ok());
  EXPECT_THAT(IdsFor(t, "force"), ElementsAre("a", "b"));
  ASSERT_TRUE(t.Add({.patterns = {"Force"}, .id = "c", .name = "C"}, /*replace=*/true).ok());
  EXPECT_THAT(IdsFor(t, "force"), ElementsAre("c"));
  EXPECT_FALSE(t.Add({.patterns = {}, .id = "x"}).ok());
  EXPECT_FALSE(t.Add({.patterns = {"x"}, .id = ""}).ok());
  EXPECT_FALSE(t.Add({.patterns = {"..."}, .id = "x"}).ok());
  EXPECT_FALSE(t.Add({.patterns = {"r"}, .target = AliasTarget::kRole, .id = "r", .organisation = "r"}).ok());
}

TEST(AliasTableTest, CsvErrorsNameTheLineAndColumn) {
  absl::StatusOr<AliasTable> bad_kind =
      AliasTable::FromCsv("patterns,target,id,name,kind\nX,organisation,x,X,constabulary\n");
  ASSERT_FALSE(bad_kind.ok());
  EXPECT_THAT(bad_kind.status().message(), HasSubstr("line 2, column 5 (kind)"));
  absl::StatusOr<AliasTable> bad_target = AliasTable::FromCsv("patterns,target,id\nX,person,x\n");
  ASSERT_FALSE(bad_target.ok());
  EXPECT_THAT(bad_target.status().message(), HasSubstr("expected \"organisation\" or \"role\""));
  EXPECT_FALSE(AliasTable::FromCsv("").ok());
  EXPECT_FALSE(AliasTable::FromCsv("name,id\n").ok());
  EXPECT_FALSE(AliasTable::FromCsv("patterns,id\nX,x,extra\n").ok());
}

TEST(AliasTableTest, JsonFormat) {
  absl::StatusOr<AliasTable> t = AliasTable::FromJson(
      R"([{"patterns": ["Bobbies", "Old Bill"], "target": "organisation", "id": "constabulary", "name": "Police",
           "kind": "police"},
          {"patterns": "Top Cop|Chief", "target": "role", "id": "cc", "name": "Chief Constable",
           "organisation": "constabulary", "elected": false}])");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_THAT(IdsFor(*t, "old bill"), ElementsAre("constabulary"));
  EXPECT_THAT(IdsFor(*t, "Top Cop"), ElementsAre("cc"));
  EXPECT_FALSE(AliasTable::FromJson("{}").ok());
  absl::StatusOr<AliasTable> overflow = AliasTable::FromJson("[1e999]");
  ASSERT_FALSE(overflow.ok());
  EXPECT_THAT(overflow.status().message(), HasSubstr("number overflow"));
  EXPECT_FALSE(AliasTable::FromJson("[{\"patterns\": 3, \"id\": \"x\"}]").ok());
  EXPECT_FALSE(AliasTable::FromJson("not json").ok());
}

TEST(AliasTableTest, LoadFileNamesThePath) {
  absl::StatusOr<AliasTable> t = AliasTable::LoadFile("/nonexistent/aliases.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_THAT(t.status().message(), HasSubstr("/nonexistent/aliases.csv"));
}

}  // namespace
}  // namespace govgraph
