// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// csv.cc: an RFC 4180 reader that checks UTF-8 as it goes, so every error can
// name the line, column, record, field and byte where it happened.
#include "govgraph/io/csv.h"

#include <cstddef>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "govgraph/io/input_limits.h"
#include "internal/files.h"
#include "internal/utf8.h"

namespace govgraph {
namespace {

using internal::Utf8SequenceLength;

constexpr absl::string_view kSaveAsUtf8 =
    "save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8 (Comma delimited)\")";

// The byte-order marks of encodings the reader does not read.
absl::Status CheckForeignBom(absl::string_view text) {
  struct Bom {
    absl::string_view bytes;
    const char* name;
  };
  // UTF-32 first: its little-endian mark starts with UTF-16's.
  static constexpr Bom kBoms[] = {
      {absl::string_view("\xFF\xFE\x00\x00", 4), "UTF-32 (little-endian)"},
      {absl::string_view("\x00\x00\xFE\xFF", 4), "UTF-32 (big-endian)"},
      {absl::string_view("\xFF\xFE", 2), "UTF-16 (little-endian)"},
      {absl::string_view("\xFE\xFF", 2), "UTF-16 (big-endian)"},
  };
  for (const Bom& bom : kBoms) {
    if (text.substr(0, bom.bytes.size()) == bom.bytes) {
      return absl::InvalidArgumentError(absl::StrCat("the text starts with a ", bom.name,
                                                     " byte-order mark: this reader takes UTF-8; ",
                                                     kSaveAsUtf8));
    }
  }
  return absl::OkStatus();
}

class Parser {
 public:
  Parser(absl::string_view text, const CsvOptions& options) : s_(text), options_(options) {}

  absl::StatusOr<CsvTable> Run() {
    if (absl::Status bom = CheckForeignBom(s_); !bom.ok()) return bom;
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") {
      table_.had_bom = true;
      i_ = 3;
    }
    if (options_.delimiter == '"' || options_.delimiter == '\n' || options_.delimiter == '\r') {
      return absl::InvalidArgumentError("the CSV delimiter cannot be a quote or a line break");
    }
    if (i_ >= s_.size()) return std::move(table_);  // empty text: no records
    StartRecord();
    while (i_ < s_.size()) {
      absl::Status st = Field();
      if (!st.ok()) return st;
    }
    return std::move(table_);
  }

 private:
  absl::Status Error(absl::string_view what, int line, int column, size_t byte) const {
    return absl::InvalidArgumentError(absl::StrCat("line ", line, ", column ", column, " (record ",
                                                   record_, ", field ", field_no_, ", byte ", byte,
                                                   "): ", what));
  }

  void Warn(std::string message) {
    table_.warnings.push_back({record_line_, record_, field_no_, std::move(message)});
  }

  void StartRecord() {
    table_.records.emplace_back();
    ++record_;
    record_line_ = line_;
    table_.records.back().line = line_;
    field_no_ = 0;
  }

  // Appends one character (validated) at i_ to `out`, advancing line/column.
  absl::Status Take(std::string& out) {
    const unsigned char c = static_cast<unsigned char>(s_[i_]);
    if (c == 0) {
      return Error(
          "NUL byte: this looks like a binary file, or UTF-16 text without a byte-order mark; " +
              std::string(kSaveAsUtf8),
          line_, column_, i_);
    }
    size_t n = 1;
    if (c >= 0x80) {
      n = Utf8SequenceLength(s_, i_);
      if (n == 0) {
        return Error(absl::StrFormat("invalid UTF-8 (byte 0x%02X); the file may be in Windows-1252 "
                                     "or Latin-1: %s",
                                     c, kSaveAsUtf8),
                     line_, column_, i_);
      }
    }
    if (out.size() + n > options_.max_field_bytes) {
      return Error(absl::StrCat("field longer than ", options_.max_field_bytes, " bytes"), line_, column_,
                   i_);
    }
    if (c == '\n' || (c == '\r' && (i_ + 1 >= s_.size() || s_[i_ + 1] != '\n'))) {
      ++line_;
      column_ = 1;
    } else if (c != '\r') {
      ++column_;
    }
    out.append(s_.data() + i_, n);
    i_ += n;
    return absl::OkStatus();
  }

  // Consumes a line break at i_ if there is one; true if it did.
  bool LineBreak() {
    if (i_ >= s_.size()) return false;
    if (s_[i_] == '\r') {
      ++i_;
      if (i_ < s_.size() && s_[i_] == '\n') ++i_;
    } else if (s_[i_] == '\n') {
      ++i_;
    } else {
      return false;
    }
    ++line_;
    column_ = 1;
    return true;
  }

  // Reads one field and the delimiter or line break after it.
  absl::Status Field() {
    ++field_no_;
    std::string value;
    if (s_[i_] == '"') {
      const int open_line = line_, open_column = column_;
      const size_t open_byte = i_;
      ++i_;
      ++column_;
      bool closed = false;
      while (i_ < s_.size()) {
        if (s_[i_] == '"') {
          if (i_ + 1 < s_.size() && s_[i_ + 1] == '"') {
            value.push_back('"');
            i_ += 2;
            column_ += 2;
            continue;
          }
          ++i_;
          ++column_;
          closed = true;
          break;
        }
        absl::Status st = Take(value);
        if (!st.ok()) return st;
      }
      if (!closed) {
        return Error("the quoted field opened here is never closed (unterminated quote)", open_line,
                     open_column, open_byte);
      }
      // Text after the closing quote: keep it, as Excel does, and say so.
      if (i_ < s_.size() && s_[i_] != options_.delimiter && s_[i_] != '\r' && s_[i_] != '\n') {
        Warn("text after the closing quote of a quoted field was kept as part of the field");
        while (i_ < s_.size() && s_[i_] != options_.delimiter && s_[i_] != '\r' && s_[i_] != '\n') {
          absl::Status st = Take(value);
          if (!st.ok()) return st;
        }
      }
    } else {
      bool stray_quote = false;
      while (i_ < s_.size() && s_[i_] != options_.delimiter && s_[i_] != '\r' && s_[i_] != '\n') {
        stray_quote = stray_quote || s_[i_] == '"';
        absl::Status st = Take(value);
        if (!st.ok()) return st;
      }
      if (stray_quote) Warn("a double quote inside an unquoted field was kept as text");
    }
    table_.records.back().fields.push_back(std::move(value));
    if (i_ >= s_.size()) return absl::OkStatus();
    if (s_[i_] == options_.delimiter) {
      ++i_;
      ++column_;
      if (i_ >= s_.size()) {
        ++field_no_;
        table_.records.back().fields.emplace_back();  // "a,b," ends with an empty field
      }
      return absl::OkStatus();
    }
    LineBreak();
    if (i_ >= s_.size()) return absl::OkStatus();
    if (table_.records.size() >= max_rows_) {
      return absl::ResourceExhaustedError(absl::StrCat("line ", line_, ": more than ", max_rows_,
                                                       " records (limit max_rows)"));
    }
    StartRecord();
    return absl::OkStatus();
  }

  absl::string_view s_;
  const CsvOptions& options_;
  const size_t max_rows_ = GetInputLimits().max_rows;
  CsvTable table_;
  size_t i_ = 0;
  int line_ = 1;
  int column_ = 1;
  int record_ = 0;
  int record_line_ = 1;
  int field_no_ = 0;
};

}  // namespace

absl::Status CheckUtf8(absl::string_view text) {
  int line = 1, column = 1;
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t n = 1;
    if (c >= 0x80) {
      n = Utf8SequenceLength(text, i);
      if (n == 0) {
        return absl::InvalidArgumentError(
            absl::StrFormat("line %d, column %d (byte %d): invalid UTF-8 (byte 0x%02X)", line, column, i, c));
      }
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += n;
  }
  return absl::OkStatus();
}

absl::StatusOr<CsvTable> ParseCsv(absl::string_view text, const CsvOptions& options) {
  if (absl::Status size = internal::CheckInputSize(text); !size.ok()) return size;
  return Parser(text, options).Run();
}

absl::StatusOr<CsvTable> LoadCsvFile(const std::string& path, const CsvOptions& options) {
  return internal::LoadFile(path, [&](absl::string_view text) { return ParseCsv(text, options); });
}

}  // namespace govgraph
