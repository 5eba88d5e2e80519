// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/io/graph_export.h"

#include <fstream>
#include <sstream>
#include <string>

#include "absl/algorithm/container.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/io/json.h"
#include "govgraph/partnership_graph.h"

namespace govgraph {
namespace {

using ::testing::HasSubstr;

// Two organisations and a role with no organisation; one board led by the
// OPCC (not listed) and supported by the council, chaired by the independent
// chair, with the police holding two seats.
constexpr char kRegister[] = R"json({
  "schema_version": 1,
  "organisations": [
    {"id": "opcc", "name": "Office of the PCC", "kind": "police_and_crime_commissioner"},
    {"id": "police", "name": "Police & \"Crime\" <Force>", "kind": "police"},
    {"id": "council", "name": "Back\\slash Council", "kind": "local_authority"}
  ],
  "roles": [{"id": "indep", "name": "Independent chair"}],
  "meetings": [
    {"id": "board", "name": "Safety Board", "kind": "board", "level": "strategic",
     "lead": {"organisations": ["opcc"], "supporting": ["council"]},
     "participants": [{"role": "indep", "type": "chair"}, {"organisation": "police", "seats": 2}]}
  ]
})json";

Register Small() {
  absl::StatusOr<Register> reg = ParseRegisterJson(kRegister);
  EXPECT_TRUE(reg.ok()) << reg.status();
  return *std::move(reg);
}

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

TEST(GraphExportTest, GraphmlHasEveryNodeEdgeAndAttribute) {
  const Register reg = Small();
  absl::StatusOr<std::string> xml = RegisterToGraphml(reg);
  ASSERT_TRUE(xml.ok()) << xml.status();
  EXPECT_EQ(Count(*xml, "<node id="), 5);  // 3 organisations, 1 role, 1 meeting
  EXPECT_EQ(Count(*xml, "<edge id="), 4);  // opcc (lead), council (supporting), indep, police
  EXPECT_THAT(*xml, HasSubstr("edgedefault=\"undirected\""));
  for (const char* name : {"key", "id", "name", "label", "kind", "type", "level", "status", "lead"}) {
    EXPECT_THAT(*xml, HasSubstr(absl::StrCat("for=\"node\" attr.name=\"", name, "\" attr.type=\"string\"")));
  }
  EXPECT_THAT(*xml, HasSubstr("for=\"edge\" attr.name=\"weight\" attr.type=\"int\""));
  for (const char* flag : {"leads", "supports", "chairs"}) {
    EXPECT_THAT(*xml, HasSubstr(absl::StrCat("for=\"edge\" attr.name=\"", flag, "\" attr.type=\"boolean\"")));
  }
  EXPECT_EQ(Count(*xml, ">true<") + Count(*xml, ">false<"), 3 * 4);
  // Names are escaped for XML.
  EXPECT_THAT(*xml, HasSubstr("Police &amp; &quot;Crime&quot; &lt;Force&gt;"));
  EXPECT_THAT(*xml, HasSubstr(">meeting:board<"));
  EXPECT_THAT(*xml, HasSubstr(">supporting<"));
  EXPECT_THAT(*xml, HasSubstr(">lead<"));
  EXPECT_THAT(*xml, HasSubstr(">chair<"));
}

TEST(GraphExportTest, DotUsesKeysAsNodeIdsAndEscapesText) {
  const Register reg = Small();
  absl::StatusOr<std::string> dot = GraphToDot(PartnershipGraph(reg));
  ASSERT_TRUE(dot.ok()) << dot.status();
  EXPECT_TRUE(absl::StartsWith(*dot, "graph G {")) << *dot;
  EXPECT_EQ(Count(*dot, "\"--\""), 4);
  EXPECT_THAT(*dot, HasSubstr("\"meeting:board\" [id=board, kind=meeting"));
  EXPECT_THAT(*dot, HasSubstr("shape=box"));
  EXPECT_THAT(*dot, HasSubstr("label=\"Police & \\\"Crime\\\" <Force>\""));
  EXPECT_THAT(*dot, HasSubstr("label=\"Back\\\\slash Council\""));
  EXPECT_THAT(*dot, HasSubstr("participation=supporting"));
  EXPECT_THAT(*dot, HasSubstr("weight=2"));
}

TEST(GraphExportTest, ExampleRegisterMatchesItsGraph) {
  absl::StatusOr<Register> reg =
      LoadRegisterJsonFile(GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016.json");
  ASSERT_TRUE(reg.ok()) << reg.status();
  PartnershipGraph graph(*reg);
  absl::StatusOr<std::string> xml = GraphToGraphml(graph);
  absl::StatusOr<std::string> dot = GraphToDot(graph);
  ASSERT_TRUE(xml.ok() && dot.ok());
  EXPECT_EQ(Count(*xml, "<node id="), static_cast<int>(boost::num_vertices(graph.graph())));
  const int lines = static_cast<int>(absl::c_count_if(reg->meetings(), [](const Meeting& m) {
    return !m.reports_to.empty();
  }));
  const int participation = static_cast<int>(boost::num_edges(graph.graph()));
  EXPECT_EQ(Count(*xml, "<edge id="), participation + lines);
  EXPECT_EQ(Count(*xml, ">participation</data>"), participation);
  EXPECT_EQ(Count(*xml, ">reports_to</data>"), lines);
  EXPECT_EQ(Count(*dot, "\"--\""), participation + lines);
  EXPECT_EQ(Count(*dot, "relation=reports_to"), lines);
  EXPECT_THAT(*xml, HasSubstr(">Avon and Somerset Local Criminal Justice Board<"));
}

TEST(GraphExportTest, ReportingLinesRunFromTheSubGroupToItsBoard) {
  absl::StatusOr<Register> reg = ParseRegisterJson(R"({
    "schema_version": 1,
    "organisations": [{"id": "opcc", "name": "OPCC", "kind": "police_and_crime_commissioner"}],
    "meetings": [
      {"id": "board", "name": "Board", "participants": [{"organisation": "opcc"}]},
      {"id": "sub", "name": "Sub-group", "reports_to": "board", "participants": [{"organisation": "opcc"}]}]})");
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<std::string> dot = RegisterToDot(*reg);
  ASSERT_TRUE(dot.ok()) << dot.status();
  EXPECT_THAT(*dot, HasSubstr("\"meeting:sub\"--\"meeting:board\"  [chairs=false, dir=forward"));
  EXPECT_THAT(*dot, HasSubstr("relation=reports_to, style=dashed"));
  absl::StatusOr<std::string> xml = RegisterToGraphml(*reg);
  ASSERT_TRUE(xml.ok()) << xml.status();
  EXPECT_THAT(*xml, HasSubstr("<edge id=\"e2\" source=\"n2\" target=\"n1\">"));
  EXPECT_EQ(Count(*xml, ">reports_to</data>"), 1);
  EXPECT_EQ(Count(*dot, "dir=none"), 2);
}

TEST(GraphExportTest, TextXmlCannotHoldIsAnErrorNamingTheEntity) {
  std::string text = kRegister;
  const std::string from = "Safety Board";
  text.replace(text.find(from), from.size(), "Safety\\u0007Board");
  absl::StatusOr<Register> reg = ParseRegisterJson(text);
  ASSERT_TRUE(reg.ok()) << reg.status();
  absl::StatusOr<std::string> xml = RegisterToGraphml(*reg);
  EXPECT_EQ(xml.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(xml.status().message(), HasSubstr("meeting:board: the name holds control character 7"));
  absl::Status saved = SaveDotFile(*reg, ::testing::TempDir() + "/govgraph_bad.dot");
  EXPECT_THAT(saved.message(), HasSubstr("govgraph_bad.dot"));
}

TEST(GraphExportTest, SaveWritesTheFileAndNamesABadPath) {
  const Register reg = Small();
  const std::string path = ::testing::TempDir() + "/govgraph_graph_export_test.graphml";
  ASSERT_TRUE(SaveGraphmlFile(reg, path).ok());
  std::ifstream in(path);
  std::stringstream read;
  read << in.rdbuf();
  EXPECT_EQ(read.str(), *RegisterToGraphml(reg));
  absl::Status bad = SaveDotFile(reg, "/nonexistent-directory/x.dot");
  EXPECT_FALSE(bad.ok());
  EXPECT_THAT(bad.message(), HasSubstr("/nonexistent-directory/x.dot"));
}

// The names before docs/architecture.md's naming table still compile (with a
// deprecation warning) and give the same text.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
TEST(GraphExportTest, TheOldNamesForwardToTheNewOnes) {
  const Register reg = Small();
  EXPECT_EQ(*ToGraphml(reg), *RegisterToGraphml(reg));
  EXPECT_EQ(*ToDot(PartnershipGraph(reg)), *GraphToDot(PartnershipGraph(reg)));
}
#pragma GCC diagnostic pop

}  // namespace
}  // namespace govgraph
