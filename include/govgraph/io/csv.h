// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// io/csv.h: read comma-separated text as registers are exported from Excel
/// and Word.
///
/// RFC 4180: fields separated by commas, records by CRLF (LF and a lone CR are
/// accepted too); a field in double quotes may hold commas, line breaks and
/// doubled quotes (""). The text must be UTF-8, with or without a byte-order
/// mark. Anything else is an InvalidArgumentError that names its place:
///
/// ```
///   line 3, column 14 (record 2, field 3, byte 97): invalid UTF-8 (byte 0xE9); ...
///   line 7, column 1 (record 5, field 2): the quoted field opened here is never closed
///   the file starts with a UTF-16 (little-endian) byte-order mark; save it as UTF-8 ...
/// ```
///
/// The reader is lenient where Excel is: a stray quote inside an unquoted field
/// is kept as text, and text after a closing quote is appended; each is
/// reported in CsvTable::warnings. Records may have different numbers of
/// fields (ragged rows); the caller decides what that means.
///
/// ```
///   absl::StatusOr<CsvTable> t = ParseCsv(text);
///   for (const CsvRecord& r : t->records) { r.line; r.fields[0]; }
/// ```
#ifndef GOVGRAPH_IO_CSV_H_
#define GOVGRAPH_IO_CSV_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace govgraph {

struct CsvOptions {
  char delimiter = ',';  ///< ',', ';' or a tab
  /// A field longer than this is an error (protects against a runaway quote
  /// swallowing a whole file into memory twice). 64 MiB by default.
  size_t max_field_bytes = size_t{64} << 20;
};

struct CsvRecord {
  int line = 0;  ///< the line (1-based) where the record starts
  std::vector<std::string> fields;
  /// True for a record that is one empty field (a blank line).
  bool blank() const { return fields.size() == 1 && fields[0].empty(); }
};

/// Something the reader accepted but that is probably a mistake in the file.
struct CsvWarning {
  int line = 0;
  int record = 0;  ///< 1-based
  int field = 0;   ///< 1-based
  std::string message;
};

struct CsvTable {
  std::vector<CsvRecord> records;
  std::vector<CsvWarning> warnings;
  bool had_bom = false;  ///< the text started with a UTF-8 byte-order mark
};

/// Parses CSV text. Errors (not UTF-8, unterminated quote, field too long) are
/// InvalidArgumentError with the line, column, record, field and byte offset;
/// a text or table beyond the input limits (io/input_limits.h: max_bytes,
/// max_rows records) is ResourceExhaustedError.
absl::StatusOr<CsvTable> ParseCsv(absl::string_view text, const CsvOptions& options = {});

/// Reads and parses a file; messages start with the path.
absl::StatusOr<CsvTable> LoadCsvFile(const std::string& path, const CsvOptions& options = {});
/// The name LoadCsvFile() had before the naming table of docs/architecture.md.
[[deprecated("use LoadCsvFile")]] inline absl::StatusOr<CsvTable> ReadCsvFile(const std::string& path,
                                                                             const CsvOptions& options = {}) {
  return LoadCsvFile(path, options);
}

/// Checks that `text` is valid UTF-8; the error names the byte offset and, for
/// text with lines, the line and column. Used by the CSV reader and for tables
/// that come from elsewhere (Python).
absl::Status CheckUtf8(absl::string_view text);

}  // namespace govgraph

#endif  // GOVGRAPH_IO_CSV_H_
