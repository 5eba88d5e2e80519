// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/diagnostic.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/import/moderngov.h"
#include "govgraph/register_builder.h"

namespace govgraph {
namespace {

using ::testing::UnorderedElementsAre;

TEST(DiagnosticPathTest, ReadsKeysAndIndexes) {
  const DiagnosticPath p("meetings[3].participants[2].organisation");
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p.KeyAt(0), "meetings");
  size_t index = 0;
  EXPECT_TRUE(p.IndexAt(1, index));
  EXPECT_EQ(index, 3u);
  EXPECT_EQ(p.KeyAt(2), "participants");
  EXPECT_TRUE(p.IndexAt(3, index));
  EXPECT_EQ(index, 2u);
  EXPECT_EQ(p.KeyAt(4), "organisation");
  EXPECT_FALSE(p.IndexAt(4, index));
  EXPECT_EQ(p.ToString(), "meetings[3].participants[2].organisation");
}

TEST(DiagnosticPathTest, EveryTextReadsBackAsItself) {
  for (const char* text : {"", "a", "a.b", "[3]", "[3].x", "a[1][2]", "a..b", ".a", "a.", "a.[1]", "a[x]", "a[", "[",
                           "a[-1]", "govgraph.initiatives[0].lead", "attributes.lead officer"}) {
    EXPECT_EQ(DiagnosticPath(text).ToString(), text);
  }
}

TEST(DiagnosticPathTest, BuildsStepByStep) {
  DiagnosticPath p;
  p.Key("meetings").Index(3);
  EXPECT_EQ(p.Child("participants").Item(2).ToString(), "meetings[3].participants[2]");
  EXPECT_EQ(p, "meetings[3]");
  EXPECT_EQ(p, DiagnosticPath("meetings[3]"));
  EXPECT_TRUE(DiagnosticPath().empty());
  EXPECT_EQ(DiagnosticPath("a.b[1].c").Tail(2).ToString(), "[1].c");
  EXPECT_TRUE(DiagnosticPath("a").Tail(5).empty());
}

TEST(DiagnosticPathTest, ReRootsByPrependingSteps) {
  DiagnosticPath p("participants[2].organisation");
  p.Prepend("meetings[3]");
  EXPECT_EQ(p.ToString(), "meetings[3].participants[2].organisation");
  // An index under an index, and a path under the document's own object.
  EXPECT_EQ(DiagnosticPath("[1]").Prepend("items").ToString(), "items[1]");
  EXPECT_EQ(DiagnosticPath("x").Prepend(DiagnosticPath()).ToString(), "x");
  // A key holding a dot stays one step when re-rooted.
  DiagnosticPath dotted;
  dotted.Key("a.b");
  EXPECT_EQ(dotted.Prepend("root").size(), 2u);
  EXPECT_EQ(dotted.ToString(), "root.a.b");

  std::vector<Diagnostic> ds = {Diagnostic::AtPath("name", "empty"), Diagnostic::AtPath("", "whole")};
  PrependPath(ds, "meetings[0]");
  EXPECT_EQ(ds[0].ToString(), "meetings[0].name: empty");
  EXPECT_EQ(ds[1].ToString(), "meetings[0]: whole");
}

TEST(DiagnosticTest, AtAPathIsThePathAndTheMessage) {
  const Diagnostic d = Diagnostic::AtPath("meetings[3].participants[2].organisation",
                                          "unknown organisation \"hmcts\" (meeting \"lcjb\")",
                                          diagnostic_code::kUnknownReference);
  EXPECT_EQ(d.severity, Severity::kError);
  EXPECT_EQ(d.code, "unknown_reference");
  EXPECT_EQ(d.ToString(), "meetings[3].participants[2].organisation: unknown organisation \"hmcts\" (meeting \"lcjb\")");
  EXPECT_EQ(Diagnostic::AtPath("", "msg").ToString(), "msg");
  Diagnostic warning = Diagnostic::AtPath("events[0]", "not imported");
  warning.severity = Severity::kWarning;
  EXPECT_EQ(warning.ToString(), "events[0]: not imported");  // as a Popolo note was
}

TEST(DiagnosticTest, InATableIsRowColumnAndSeverity) {
  Diagnostic d{.severity = Severity::kError, .row = 3, .line = 7, .column = 4, .column_name = "Key participants",
               .field = "participants", .scope = "table", .message = "participant \"X\" not recognised"};
  EXPECT_EQ(d.ToString(), "row 3, column 4 (Key participants): error: participant \"X\" not recognised");
  EXPECT_EQ(d.Place(), "row 3, column 4 (Key participants)");
  d.column = 0;
  EXPECT_EQ(d.ToString(), "row 3: error: participant \"X\" not recognised");
  EXPECT_EQ((Diagnostic{.severity = Severity::kWarning, .column = 2, .column_name = "Chiar", .scope = "table",
                        .message = "read as chair"})
                .ToString(),
            "column 2 (Chiar): warning: read as chair");
  EXPECT_EQ((Diagnostic{.severity = Severity::kInfo, .scope = "table", .message = "m"}).ToString(), "table: info: m");
  // A long heading is clipped, as the table import always showed it.
  EXPECT_EQ((Diagnostic{.severity = Severity::kInfo, .row = 2, .column = 1, .column_name = std::string(100, 'h'),
                        .scope = "table", .message = "m"})
                .ToString(),
            absl::StrCat("row 2, column 1 (", std::string(60, 'h'), "...): info: m"));
}

TEST(DiagnosticTest, InATextFileIsFileLineColumnAndElement) {
  const ModernGovPlace place{"meetings.xml", 14, 9, "<getmeetings>/<committee>/<meetingdate>"};
  const Diagnostic d = place.Diagnose(Severity::kError, "31/02/2024", "impossible date");
  EXPECT_EQ(d.file, "meetings.xml");
  EXPECT_EQ(d.line, 14);
  EXPECT_EQ(d.column, 9);
  EXPECT_EQ(d.element, "<getmeetings>/<committee>/<meetingdate>");
  EXPECT_EQ(d.code, "not_understood");
  EXPECT_EQ(d.ToString(), absl::StrCat(place.ToString(), ": error: impossible date"));
  EXPECT_EQ(d.ToString(), "meetings.xml:14:9: <getmeetings>/<committee>/<meetingdate>: error: impossible date");
  EXPECT_EQ(ModernGovPlace{"meetings.xml"}.Diagnose(Severity::kWarning, "", "m").ToString(),
            "meetings.xml: warning: m");
  EXPECT_EQ(ModernGovPlace{}.Diagnose(Severity::kWarning, "", "council not named").ToString(),
            "import: warning: council not named");
  const ModernGovPlace no_file{"", 3, 1, ""};
  EXPECT_EQ(no_file.Diagnose(Severity::kInfo, "", "m").ToString(), "3:1: info: m");
  EXPECT_EQ(ModernGovPlace{"a.xml"}.Diagnose(Severity::kInfo, "", "m").code, "judged");
}

TEST(DiagnosticTest, AFileAndAPathShowBoth) {
  Diagnostic d = Diagnostic::AtPath("meetings[0].name", "is empty");
  d.file = "register.json";
  EXPECT_EQ(d.Place(), "register.json");
  EXPECT_EQ(d.ToString(), "register.json: meetings[0].name: error: is empty");
}

TEST(DiagnosticTest, ModernGovSaysWhatWasNotRead) {
  absl::StatusOr<ModernGovDocument> doc = ParseModernGov(
      "<committees>\n<committee><committeeid>1</committeeid><committeetitle>Panel</committeetitle>"
      "<colour>red</colour></committee></committees>",
      "c.xml");
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->diagnostics.size(), 1u);
  const Diagnostic& d = doc->diagnostics[0];
  EXPECT_EQ(d.code, "unknown_field");
  EXPECT_EQ(d.text, "red");
  EXPECT_EQ(d.ToString(), "c.xml:2:" + std::to_string(d.column) + ": " + d.element + ": info: " + d.message);
}

TEST(DiagnosticTest, RegisterChecksCarryCodes) {
  RegisterBuilder b;
  Meeting m;
  m.id = "board";
  m.name = "Board";
  m.lead.organisations = {"nobody"};
  b.AddMeeting(m);
  b.AddMeeting(m);
  std::vector<std::string> codes;
  for (const Diagnostic& d : b.Check()) codes.push_back(d.code);
  EXPECT_THAT(codes, UnorderedElementsAre("duplicate_id", "unknown_reference", "unknown_reference"));
}

TEST(DiagnosticTest, SeverityNames) {
  EXPECT_EQ(Name(Severity::kInfo), "info");
  EXPECT_EQ(Name(Severity::kWarning), "warning");
  EXPECT_EQ(Name(Severity::kError), "error");
}

}  // namespace
}  // namespace govgraph
