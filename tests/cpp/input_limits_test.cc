// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/io/input_limits.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/import/moderngov.h"
#include "govgraph/import/table_import.h"
#include "govgraph/io/csv.h"
#include "govgraph/io/json.h"
#include "govgraph/io/popolo.h"

namespace govgraph {
namespace {

using ::testing::HasSubstr;

// Sets limits for one test and puts the defaults back after it.
class InputLimitsTest : public ::testing::Test {
 protected:
  void TearDown() override { ASSERT_TRUE(SetInputLimits(InputLimits{}).ok()); }
  static void Set(const InputLimits& limits) { ASSERT_TRUE(SetInputLimits(limits).ok()); }
};

std::string RegisterWithMeetings(int n) {
  std::string meetings;
  for (int i = 0; i < n; ++i) absl::StrAppend(&meetings, i ? "," : "", R"({"id":"m)", i, R"(","name":"M)", i, "\"}");
  return absl::StrCat(R"({"schema_version":1,"meetings":[)", meetings, "]}");
}

TEST_F(InputLimitsTest, DefaultsAreFarBeyondARealRegister) {
  const InputLimits limits = GetInputLimits();
  EXPECT_EQ(limits.max_bytes, size_t{2} << 30);
  EXPECT_EQ(limits.max_rows, 10'000'000u);
  EXPECT_EQ(limits.max_depth, 64);
  EXPECT_TRUE(ParseRegisterJson(RegisterWithMeetings(1000)).ok());
}

TEST_F(InputLimitsTest, InvalidLimitsAreRefusedAndChangeNothing) {
  EXPECT_THAT(std::string(SetInputLimits({.max_bytes = 0}).message()), HasSubstr("max_bytes must be at least 1"));
  EXPECT_THAT(std::string(SetInputLimits({.max_rows = 0}).message()), HasSubstr("max_rows must be at least 1"));
  EXPECT_THAT(std::string(SetInputLimits({.max_depth = 0}).message()), HasSubstr("max_depth must be 1 to 1000, not 0"));
  EXPECT_EQ(SetInputLimits({.max_depth = kMaxInputDepthCeiling + 1}).code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(GetInputLimits().max_depth, 64);
}

TEST_F(InputLimitsTest, RowsBoundEveryJsonListWithItsPath) {
  Set({.max_rows = 3});
  EXPECT_TRUE(ParseRegisterJson(RegisterWithMeetings(3)).ok());
  absl::StatusOr<Register> reg = ParseRegisterJson(RegisterWithMeetings(4));
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(reg.status().message()), HasSubstr("meetings: more than 3 entries in one list (limit max_rows)"));
  // A list of lists is refused at the list that is too long, whatever it holds.
  absl::StatusOr<PopoloImport> popolo = ParsePopolo(R"({"organizations":[{},{},{},[]]})");
  ASSERT_FALSE(popolo.ok());
  EXPECT_THAT(std::string(popolo.status().message()), HasSubstr("organizations: more than 3 entries"));
}

TEST_F(InputLimitsTest, DepthBoundsJsonAndXml) {
  Set({.max_depth = 3});
  absl::StatusOr<Register> reg = ParseRegisterJson(R"({"schema_version":1,"info":{"a":{"b":{}}}})");
  ASSERT_FALSE(reg.ok());
  EXPECT_THAT(std::string(reg.status().message()), HasSubstr("nested more than 3 levels deep (limit max_depth"));
  absl::StatusOr<ModernGovDocument> doc = ParseModernGov("<a><b><c><d/></c></b></a>", "deep.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(std::string(doc.status().message()), HasSubstr("nested more than 3 deep (limit max_depth)"));
}

TEST_F(InputLimitsTest, RowsBoundTablesAndXmlElements) {
  Set({.max_rows = 2});
  EXPECT_TRUE(ParseCsv("Meeting\nA\n").ok());
  absl::StatusOr<CsvTable> table = ParseCsv("Meeting\nA\nB\nC\n");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(table.status().message()), HasSubstr("line 3: more than 2 records (limit max_rows)"));
  EXPECT_THAT(std::string(ImportCsv("Meeting\nA\nB\nC\n").status().message()), HasSubstr("limit max_rows"));
  absl::StatusOr<ModernGovDocument> doc = ParseModernGov("<a><b/><c/></a>", "wide.xml");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(std::string(doc.status().message()), HasSubstr("more than 2 elements (limit max_rows)"));
}

TEST_F(InputLimitsTest, BytesBoundFilesAndTextsAndNameTheFile) {
  const std::string text = RegisterWithMeetings(20);
  const std::string path = (std::filesystem::path(::testing::TempDir()) / "limits_register.json").string();
  std::ofstream(path) << text;
  Set({.max_bytes = 100});
  absl::StatusOr<Register> from_file = LoadRegisterJsonFile(path);
  ASSERT_FALSE(from_file.ok());
  EXPECT_EQ(from_file.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(from_file.status().message()),
              HasSubstr(absl::StrCat(path, ": larger than the 100 bytes an input may be (limit max_bytes)")));
  EXPECT_THAT(std::string(ParseRegisterJson(text).status().message()), HasSubstr("limit max_bytes"));
  EXPECT_THAT(std::string(ParseCsv(std::string(200, 'x')).status().message()), HasSubstr("limit max_bytes"));
  Set({.max_bytes = size_t{1} << 20});
  EXPECT_TRUE(LoadRegisterJsonFile(path).ok());
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace govgraph
