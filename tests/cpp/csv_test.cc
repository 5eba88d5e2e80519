// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/io/csv.h"

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::vector<std::vector<std::string>> Rows(const CsvTable& t) {
  std::vector<std::vector<std::string>> out;
  for (const CsvRecord& r : t.records) out.push_back(r.fields);
  return out;
}

TEST(CsvTest, PlainFieldsAndRecords) {
  absl::StatusOr<CsvTable> t = ParseCsv("a,b,c\n1,2,3\n");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_THAT(Rows(*t), ElementsAre(ElementsAre("a", "b", "c"), ElementsAre("1", "2", "3")));
  EXPECT_EQ(t->records[1].line, 2);
  EXPECT_THAT(t->warnings, IsEmpty());
}

TEST(CsvTest, QuotedFieldsHoldCommasNewlinesAndQuotes) {
  absl::StatusOr<CsvTable> t = ParseCsv("name,note\r\n\"A, B\",\"line one\r\nline \"\"two\"\"\"\r\nx,y\r\n");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_THAT(Rows(*t), ElementsAre(ElementsAre("name", "note"), ElementsAre("A, B", "line one\r\nline \"two\""),
                                    ElementsAre("x", "y")));
  EXPECT_EQ(t->records[2].line, 4);  // the quoted line break counts
}

TEST(CsvTest, LineEndingsLfCrlfAndLoneCr) {
  for (const char* text : {"a,b\n1,2", "a,b\r\n1,2\r\n", "a,b\r1,2\r"}) {
    absl::StatusOr<CsvTable> t = ParseCsv(text);
    ASSERT_TRUE(t.ok()) << t.status();
    EXPECT_THAT(Rows(*t), ElementsAre(ElementsAre("a", "b"), ElementsAre("1", "2"))) << text;
  }
}

TEST(CsvTest, EmptyFieldsAndTrailingDelimiter) {
  absl::StatusOr<CsvTable> t = ParseCsv("a,,c,\n,,,\n");
  ASSERT_TRUE(t.ok());
  EXPECT_THAT(Rows(*t), ElementsAre(ElementsAre("a", "", "c", ""), ElementsAre("", "", "", "")));
}

TEST(CsvTest, Utf8ByteOrderMarkIsDropped) {
  absl::StatusOr<CsvTable> t = ParseCsv("\xEF\xBB\xBFMeeting,Lead\nB\xC3\xA1th,OPCC\n");
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE(t->had_bom);
  EXPECT_EQ(t->records[0].fields[0], "Meeting");
  EXPECT_EQ(t->records[1].fields[0], "B\xC3\xA1th");
}

TEST(CsvTest, EmptyTextHasNoRecords) {
  for (const char* text : {"", "\xEF\xBB\xBF"}) {
    absl::StatusOr<CsvTable> t = ParseCsv(text);
    ASSERT_TRUE(t.ok());
    EXPECT_THAT(t->records, IsEmpty());
  }
}

TEST(CsvTest, BlankLineIsABlankRecord) {
  absl::StatusOr<CsvTable> t = ParseCsv("a\n\nb\n");
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->records.size(), 3u);
  EXPECT_TRUE(t->records[1].blank());
  EXPECT_FALSE(t->records[0].blank());
}

TEST(CsvTest, RaggedRowsAreKeptAsTheyAre) {
  absl::StatusOr<CsvTable> t = ParseCsv("a,b,c\n1\n1,2,3,4\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->records[1].fields.size(), 1u);
  EXPECT_EQ(t->records[2].fields.size(), 4u);
}

TEST(CsvTest, UnterminatedQuoteIsALocatedError) {
  absl::StatusOr<CsvTable> t = ParseCsv("a,b\n1,\"never closed\n2,3\n");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(t.status().message(), HasSubstr("line 2, column 3 (record 2, field 2, byte 6)"));
  EXPECT_THAT(t.status().message(), HasSubstr("unterminated quote"));
}

TEST(CsvTest, StrayQuotesAreKeptWithAWarning) {
  absl::StatusOr<CsvTable> t = ParseCsv("a,b\n5\" screen,\"quoted\"tail\n");
  ASSERT_TRUE(t.ok());
  EXPECT_THAT(Rows(*t)[1], ElementsAre("5\" screen", "quotedtail"));
  ASSERT_EQ(t->warnings.size(), 2u);
  EXPECT_EQ(t->warnings[0].line, 2);
  EXPECT_EQ(t->warnings[0].field, 1);
  EXPECT_EQ(t->warnings[1].field, 2);
}

TEST(CsvTest, Utf16ByteOrderMarksAreRejected) {
  absl::StatusOr<CsvTable> le = ParseCsv(std::string("\xFF\xFEM\0e\0", 6));
  ASSERT_FALSE(le.ok());
  EXPECT_THAT(le.status().message(), HasSubstr("UTF-16 (little-endian)"));
  EXPECT_THAT(le.status().message(), HasSubstr("CSV UTF-8"));
  absl::StatusOr<CsvTable> be = ParseCsv(std::string("\xFE\xFF\0M", 4));
  ASSERT_FALSE(be.ok());
  EXPECT_THAT(be.status().message(), HasSubstr("UTF-16 (big-endian)"));
  absl::StatusOr<CsvTable> u32 = ParseCsv(std::string("\xFF\xFE\0\0M\0\0\0", 8));
  ASSERT_FALSE(u32.ok());
  EXPECT_THAT(u32.status().message(), HasSubstr("UTF-32"));
}

TEST(CsvTest, InvalidUtf8NamesLineColumnAndByte) {
  // "Bath" then a Windows-1252 e-acute (0xE9) on line 2, column 3.
  absl::StatusOr<CsvTable> t = ParseCsv("a,b\nx,B\xE9th\n");
  ASSERT_FALSE(t.ok());
  EXPECT_THAT(t.status().message(), HasSubstr("line 2, column 4 (record 2, field 2, byte 7)"));
  EXPECT_THAT(t.status().message(), HasSubstr("invalid UTF-8 (byte 0xE9)"));
  EXPECT_THAT(t.status().message(), HasSubstr("Windows-1252"));
}

TEST(CsvTest, OverlongSurrogateAndTruncatedSequencesAreInvalid) {
  for (std::string bad : {std::string("\xC0\xAF"), std::string("\xED\xA0\x80"), std::string("\xE2\x80"),
                          std::string("\xF4\x90\x80\x80"), std::string("\x80")}) {
    EXPECT_FALSE(ParseCsv("a\n" + bad + "\n").ok()) << bad.size();
  }
  EXPECT_TRUE(ParseCsv("a\n\xE2\x80\x93\xF0\x9F\x98\x80\n").ok());  // en dash, emoji
}

TEST(CsvTest, NulBytesMeanBinaryOrUtf16) {
  absl::StatusOr<CsvTable> t = ParseCsv(std::string("M\0e\0e\0t\0", 8));
  ASSERT_FALSE(t.ok());
  EXPECT_THAT(t.status().message(), HasSubstr("NUL byte"));
}

TEST(CsvTest, BinaryJunkIsAnErrorNotACrash) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919 + 13) % 256));
  absl::StatusOr<CsvTable> t = ParseCsv(junk);
  EXPECT_FALSE(t.ok());
}

TEST(CsvTest, TenMegabyteCellIsRead) {
  const std::string big(10 << 20, 'x');
  absl::StatusOr<CsvTable> t = ParseCsv("a,b\n\"" + big + "\",y\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->records[1].fields[0].size(), big.size());
}

TEST(CsvTest, FieldLongerThanTheLimitIsAnError) {
  CsvOptions options;
  options.max_field_bytes = 10;
  absl::StatusOr<CsvTable> t = ParseCsv("a\n12345678901\n", options);
  ASSERT_FALSE(t.ok());
  EXPECT_THAT(t.status().message(), HasSubstr("longer than 10 bytes"));
}

TEST(CsvTest, OtherDelimiters) {
  CsvOptions options;
  options.delimiter = ';';
  absl::StatusOr<CsvTable> t = ParseCsv("a;b,c\n", options);
  ASSERT_TRUE(t.ok());
  EXPECT_THAT(Rows(*t), ElementsAre(ElementsAre("a", "b,c")));
  options.delimiter = '"';
  EXPECT_FALSE(ParseCsv("a", options).ok());
}

TEST(CsvTest, ReadFileNamesThePath) {
  absl::StatusOr<CsvTable> t = LoadCsvFile("/nonexistent/table.csv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(t.status().message(), HasSubstr("/nonexistent/table.csv"));
  absl::StatusOr<CsvTable> example =
      LoadCsvFile(GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016-appendix-a.csv");
  ASSERT_TRUE(example.ok()) << example.status();
  EXPECT_EQ(example->records.size(), 10u);
  for (const CsvRecord& r : example->records) EXPECT_EQ(r.fields.size(), 6u) << r.line;
}

TEST(CsvTest, CheckUtf8) {
  EXPECT_TRUE(CheckUtf8("plain \xE2\x80\x93 dash").ok());
  absl::Status st = CheckUtf8("ok\nab\xFF");
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(st.message(), HasSubstr("line 2, column 3 (byte 5)"));
}

}  // namespace
}  // namespace govgraph
