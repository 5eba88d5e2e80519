// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Table import: headings, cells, areas, frequencies, diagnostics and hostile
// input.
#include "govgraph/import/table_import.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/io/json.h"
#include "import_test_util.h"

namespace govgraph {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing_import::ExampleBase;

const char kAppendixA[] = GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016-appendix-a.csv";

std::vector<std::string> Messages(const ImportResult& r, Severity s) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) {
    if (d.severity == s) out.push_back(d.ToString());
  }
  return out;
}

const Meeting& Only(const ImportResult& r) { return r.reg.meetings()[0]; }

absl::StatusOr<ImportResult> WithBase(const std::string& csv, ImportOptions options = {}) {
  options.base = &ExampleBase();
  return ImportCsv(csv, options);
}

TEST(ImportTableTest, HeadingSynonymsAndExtraColumns) {
  absl::StatusOr<ImportResult> r = WithBase(
      "Board,Led by,Remit,Members,How often,Priorities,Lead officer\n"
      "Test Board,OPCC,To test,\"CPS, HMCTS\",Quarterly,Testing,Jane Smith\n");
  ASSERT_TRUE(r.ok()) << r.status();
  const Meeting& m = Only(*r);
  EXPECT_EQ(m.name, "Test Board");
  EXPECT_EQ(m.kind, MeetingKind::kBoard);
  EXPECT_EQ(m.lead.organisations[0].id, "opcc");
  EXPECT_EQ(m.purpose, "To test");
  EXPECT_EQ(m.participants.size(), 2u);
  EXPECT_EQ(m.cadence.per_year(), 4.0);
  EXPECT_EQ(m.current_focus, "Testing");
  EXPECT_EQ(m.attributes.at("lead_officer"), "Jane Smith");
  EXPECT_EQ(m.attributes.at("key_participants"), "CPS, HMCTS");
  EXPECT_THAT(Messages(*r, Severity::kInfo), Contains(HasSubstr("column \"Lead officer\" is not a field")));
}

TEST(ImportTableTest, MisspeltHeadingIsMatchedWithAWarning) {
  absl::StatusOr<ImportResult> r = WithBase("Meeting,Frequncy\nX,Monthly\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Only(*r).cadence.per_year(), 12.0);
  EXPECT_THAT(Messages(*r, Severity::kWarning), ElementsAre(HasSubstr("read as \"frequency\"")));
}

TEST(ImportTableTest, ExplicitColumnMapping) {
  ImportOptions options;
  options.columns = {{"Body", "name"}, {"Who", "participants"}, {"Notes", "attribute:remarks"}, {"Junk", "ignore"}};
  absl::StatusOr<ImportResult> r = WithBase("Body,Who,Notes,Junk\nX,PCC,hello,zzz\n", options);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Only(*r).name, "X");
  EXPECT_EQ(Only(*r).participants[0].party.role.id, "pcc");
  EXPECT_EQ(Only(*r).attributes.at("remarks"), "hello");
  EXPECT_FALSE(Only(*r).attributes.count("junk"));
  options.columns = {{"Nope", "name"}};
  absl::StatusOr<ImportResult> bad = WithBase("Body\nX\n", options);
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.status().message(), HasSubstr("no column headed \"Nope\""));
  options.columns = {{"Body", "colour"}};
  EXPECT_THAT(WithBase("Body\nX\n", options).status().message(), HasSubstr("unknown field \"colour\""));
}

TEST(ImportTableTest, NoNameColumnIsAnError) {
  absl::StatusOr<ImportResult> r = WithBase("Purpose,Frequency\nx,Monthly\n");
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("no column for the meeting name"));
}

TEST(ImportTableTest, EveryAppendixAFrequency) {
  struct Case {
    const char* text;
    double per_year;
  };
  for (const Case& c : {Case{"Bi monthly", 6}, Case{"Six monthly", 2}, Case{"Sixth monthly", 2},
                        Case{"Three monthly", 4}, Case{"Quarterly", 4}}) {
    absl::StatusOr<ImportResult> r = WithBase(absl::StrCat("Meeting,Frequency\nX,", c.text, "\n"));
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_EQ(Only(*r).cadence.per_year(), c.per_year) << c.text;
    EXPECT_EQ(Only(*r).cadence.text(), c.text);
  }
  absl::StatusOr<ImportResult> tbc = WithBase("Meeting,Frequency\nX,TBC after stakeholder engagement\n");
  ASSERT_TRUE(tbc.ok());
  EXPECT_FALSE(Only(*tbc).cadence.is_known());
  absl::StatusOr<ImportResult> sixth = WithBase("Meeting,Frequency\nX,Sixth monthly\n");
  EXPECT_THAT(Messages(*sixth, Severity::kInfo), Contains(HasSubstr("six-monthly")));
}

TEST(ImportTableTest, UnreadableFrequencyIsKeptAsUnknownWithAnError) {
  absl::StatusOr<ImportResult> r = WithBase("Meeting,Frequency\nX,whenever the moon is blue\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Only(*r).cadence.text(), "whenever the moon is blue");
  EXPECT_FALSE(Only(*r).cadence.is_known());
  EXPECT_THAT(Messages(*r, Severity::kError), ElementsAre(HasSubstr("row 2, column 2 (Frequency): error: frequency")));
}

TEST(ImportTableTest, LocalityTextMakesOneMeetingHeldInFiveAreas) {
  absl::StatusOr<ImportResult> r = WithBase(
      "Meeting,Purpose\nLocal Meetings,\"Locality based meetings x 5: Bristol, South Glos, BANES, North Somerset, "
      "Somerset County\"\n");
  ASSERT_TRUE(r.ok());
  const Meeting& m = Only(*r);
  EXPECT_TRUE(m.per_area);
  std::vector<std::string> areas;
  for (const auto& a : m.areas) areas.push_back(a.id);
  EXPECT_THAT(areas, ElementsAre("bristol", "south-gloucestershire", "bath-and-north-east-somerset", "north-somerset",
                                 "somerset"));
  EXPECT_THAT(Messages(*r, Severity::kWarning), IsEmpty());
}

TEST(ImportTableTest, LocalityTextWithoutABaseAddsLocalities) {
  absl::StatusOr<ImportResult> r = ImportCsv(
      "Meeting,Purpose\nLocal Meetings,\"Locality based meetings x 3: Northtown, Southville and Westham\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(Only(*r).per_area);
  EXPECT_EQ(Only(*r).areas.size(), 3u);
  EXPECT_EQ(r->reg.areas().size(), 3u);
  EXPECT_EQ(r->reg.SittingsPerYear(Only(*r)), std::nullopt);
}

TEST(ImportTableTest, CountThatDisagreesWithThePlacesIsAWarning) {
  absl::StatusOr<ImportResult> r = WithBase("Meeting,Purpose\nX,\"Meetings x 4: Bristol, North Somerset\"\n");
  ASSERT_TRUE(r.ok());
  EXPECT_THAT(Messages(*r, Severity::kWarning), ElementsAre(HasSubstr("says x 4 but names 2 areas")));
}

TEST(ImportTableTest, NewInTheNameIsStatusNew) {
  absl::StatusOr<ImportResult> r = WithBase("Meeting\nReducing Reoffending Board NEW\nNew Forest Partnership\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->reg.meetings()[0].name, "Reducing Reoffending Board");
  EXPECT_EQ(r->reg.meetings()[0].status, MeetingStatus::kNew);
  EXPECT_EQ(r->reg.meetings()[0].attributes.at("name_as_printed"), "Reducing Reoffending Board NEW");
  EXPECT_EQ(r->reg.meetings()[1].name, "New Forest Partnership");
  EXPECT_EQ(r->reg.meetings()[1].status, MeetingStatus::kExisting);
}

TEST(ImportTableTest, DuplicateMeetingNamesAreKeptApartWithAWarning) {
  absl::StatusOr<ImportResult> r = WithBase("Meeting,Frequency\nBoard A,Monthly\nboard a,Quarterly\n");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->reg.meetings().size(), 2u);
  EXPECT_EQ(r->reg.meetings()[0].id, "board-a");
  EXPECT_EQ(r->reg.meetings()[1].id, "board-a-2");
  EXPECT_THAT(Messages(*r, Severity::kWarning), ElementsAre(HasSubstr("row 3, column 1 (Meeting): warning: meeting \"board a\" is also row 2")));
}

TEST(ImportTableTest, EmptyFileAndHeaderOnly) {
  for (const char* text : {"", "\n\n", "\xEF\xBB\xBF", ",,\n"}) {
    absl::StatusOr<ImportResult> r = ImportCsv(text);
    ASSERT_FALSE(r.ok()) << text;
    EXPECT_THAT(r.status().message(), HasSubstr("empty"));
  }
  absl::StatusOr<ImportResult> header_only = ImportCsv("Meeting,Lead\n");
  ASSERT_TRUE(header_only.ok());
  EXPECT_TRUE(header_only->reg.meetings().empty());
  EXPECT_THAT(Messages(*header_only, Severity::kWarning), ElementsAre(HasSubstr("header but no rows")));
}

TEST(ImportTableTest, RaggedRows) {
  absl::StatusOr<ImportResult> r = WithBase("Meeting,Lead,Frequency\nShort,OPCC\nLong,OPCC,Monthly,surplus\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(Messages(*r, Severity::kWarning),
              ElementsAre(HasSubstr("row 2: warning: the row has 2 cells but the header has 3"),
                          HasSubstr("row 3: warning: the row has 4 cells but the header has 3")));
  EXPECT_EQ(r->reg.meetings()[1].attributes.at("column_4"), "surplus");
}

TEST(ImportTableTest, RowWithoutANameIsAnError) {
  absl::StatusOr<ImportResult> r = WithBase("Meeting,Lead\n,OPCC\n\n,\n");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->reg.meetings().empty());
  EXPECT_THAT(Messages(*r, Severity::kError), ElementsAre(HasSubstr("row 2, column 1 (Meeting): error: the row has no meeting name")));
}

TEST(ImportTableTest, CsvErrorsComeThrough) {
  EXPECT_THAT(ImportCsv("Meeting\n\"open\n").status().message(), HasSubstr("unterminated quote"));
  EXPECT_THAT(ImportCsv(std::string("\xFF\xFEM\0", 4)).status().message(), HasSubstr("UTF-16"));
  EXPECT_THAT(ImportCsv("Meeting\nB\xE9th\n").status().message(), HasSubstr("invalid UTF-8"));
  std::string junk;
  for (int i = 0; i < 65536; ++i) junk.push_back(static_cast<char>((i * 2654435761u) >> 24));
  EXPECT_FALSE(ImportCsv(junk).ok());
  EXPECT_THAT(ImportCsvFile("/nonexistent.csv").status().message(), HasSubstr("/nonexistent.csv"));
}

TEST(ImportTableTest, TableWithInvalidUtf8FromElsewhereIsAnError) {
  TextTable t;
  t.header = {"Meeting"};
  t.rows = {{"ok"}, {"bad \xC3"}};
  absl::StatusOr<ImportResult> r = ImportTable(t);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("row 3, column 1"));
}

TEST(ImportTableTest, CellsFarBeyondTheParseLimitAreKeptButNotParsed) {
  const std::string big(1 << 20, 'y');  // fifty times ParticipantsOptions::max_cell_bytes
  absl::StatusOr<ImportResult> r =
      WithBase(absl::StrCat("Meeting,Key participants,Purpose,Lead\nX,\"", big, "\",\"", big, "\",\"", big, "\"\n"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Only(*r).attributes.at("key_participants").size(), big.size());
  EXPECT_EQ(Only(*r).purpose.size(), big.size());
  EXPECT_EQ(Only(*r).lead.text.size(), big.size());
  for (const Diagnostic& d : r->diagnostics) EXPECT_LE(d.text.size(), 210u);
  absl::StatusOr<ImportResult> name = ImportCsv(absl::StrCat("Meeting\n", big, "\n"));
  ASSERT_TRUE(name.ok());
  EXPECT_LE(Only(*name).name.size(), 310u);
  EXPECT_EQ(Only(*name).attributes.at("name_as_printed").size(), big.size());
}

TEST(ImportTableTest, StrictModeFailsOnAnythingNotUnderstood) {
  ImportOptions options;
  options.strict = true;
  absl::StatusOr<ImportResult> r = WithBase("Meeting,Key participants\nX,\"PCC, Wizards\"\n", options);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("strict import: 1 thing not understood"));
  EXPECT_THAT(r.status().message(), HasSubstr("\"Wizards\""));
  EXPECT_TRUE(WithBase("Meeting,Key participants\nX,\"PCC, CPS\"\n", options).ok());
}

TEST(ImportTableTest, OtherColumns) {
  absl::StatusOr<ImportResult> r = WithBase(
      "Meeting,Chair,Level,Type,Status,Duration,Reports to,Statutory\n"
      "Sub,PCC,Operational,Working group,Proposed,90 minutes,Main,no\n"
      "Main,Constabulary,strategic,Board,existing,2 hours,,yes\n");
  ASSERT_TRUE(r.ok()) << r.status();
  const Meeting& sub = r->reg.meetings()[0];
  EXPECT_EQ(sub.chair.role.id, "pcc");
  EXPECT_EQ(sub.level, Level::kOperational);
  EXPECT_EQ(sub.kind, MeetingKind::kWorkingGroup);
  EXPECT_EQ(sub.status, MeetingStatus::kProposed);
  EXPECT_EQ(sub.duration_hours, 1.5);
  EXPECT_EQ(sub.reports_to.id, "main");
  EXPECT_FALSE(sub.statutory);
  EXPECT_TRUE(r->reg.meetings()[1].statutory);
  EXPECT_THAT(Messages(*r, Severity::kWarning), IsEmpty());
}

TEST(ImportTableTest, AppendixAWithoutABaseUsesTheAliasTable) {
  absl::StatusOr<ImportResult> r = ImportCsvFile(kAppendixA);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->reg.meetings().size(), 9u);
  // The alias table gives the bodies the example's ids; "Constabulary" is the one force the table names.
  for (const char* id : {"opcc", "avon-and-somerset-constabulary", "cps", "hmcts", "nps", "yot", "legal-aid-agency", "ccgs"}) {
    EXPECT_TRUE(r->reg.FindOrganisation(id).has_value()) << id;
  }
  EXPECT_TRUE(r->reg.FindRole("pcc").has_value());
  EXPECT_TRUE(r->reg.FindPerson("watson").has_value());
  // It round-trips through JSON.
  absl::StatusOr<std::string> json = RegisterToJson(r->reg);
  ASSERT_TRUE(json.ok());
  absl::StatusOr<Register> back = ParseRegisterJson(*json);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, r->reg);
}

// A register imported from a table is a base like any other: importing the
// table again on top of it (as a second sheet or a later edition would be)
// builds. Before, "each area" found no areas in a base whose areas were the
// localities a table named, and the frequency's exception for "South Glos"
// named none of the meeting's areas.
TEST(ImportTableTest, AnImportedRegisterServesAsTheBaseOfTheNextImport) {
  absl::StatusOr<ImportResult> first = ImportCsvFile(kAppendixA);
  ASSERT_TRUE(first.ok()) << first.status();
  ImportOptions options;
  options.base = &first->reg;
  absl::StatusOr<ImportResult> second = ImportCsvFile(kAppendixA, options);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->reg.meetings().size(), 2 * first->reg.meetings().size());
  for (const Meeting& m : second->reg.meetings()) {
    for (const auto& e : m.cadence.exceptions()) {
      EXPECT_TRUE(e.area_handle.valid()) << m.id << ": " << e.area;
    }
  }
}

TEST(ImportTableTest, DiagnosticToString) {
  Diagnostic d{.severity = Severity::kError, .row = 3, .column = 4, .column_name = "Key participants",
               .message = "participant \"X\" not recognised"};
  EXPECT_EQ(d.ToString(), "row 3, column 4 (Key participants): error: participant \"X\" not recognised");
  EXPECT_EQ((Diagnostic{.severity = Severity::kInfo, .scope = "table", .message = "m"}).ToString(), "table: info: m");
}

}  // namespace
}  // namespace govgraph
