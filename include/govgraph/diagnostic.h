// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// diagnostic.h: one thing a reader, an importer or a check has to say about
/// its input, with where it is, how serious, and what was made of it.
///
/// Every part of govgraph that reads or checks reports with this one type:
/// the register's checks (RegisterBuilder::Check()), the JSON, Popolo and OCD
/// readers, the table and ModernGov importers and the parsers of participant
/// and lead text. Where a diagnostic points is structured data, filled as far
/// as the reader knows it:
///
/// ```
///   path         steps into a JSON-style document: meetings[3].participants[2].organisation
///   file, line, column, element    a place in a text file (an XML element's path)
///   row, column, column_name, field    a cell of a table (rows numbered as a spreadsheet does)
///   scope        what was read as a whole ("table", "import"), for a diagnostic with no finer place
/// ```
///
/// A caller that read a part of a larger document re-roots the diagnostics
/// of the part by prepending steps to their paths (DiagnosticPath::Prepend),
/// never by matching text. ToString() gives the one line every message is
/// shown as:
///
/// ```
///   meetings[3].participants[2].organisation: unknown organisation "hmcts" (meeting "lcjb")
///   row 3, column 4 (Key participants): error: participant "Legal Aid for ASC" not recognised
///   meetings.xml:14:9: <getmeetings>/.../<meetingdate>: error: impossible date: there is no day 31 of month 2 in 2024 ...
///   table: info: 2 meetings name no area and were placed in "Avon and Somerset"
/// ```
///
/// `code` tells kinds of diagnostic apart without reading the message (the
/// codes below; empty where none fits).
#ifndef GOVGRAPH_DIAGNOSTIC_H_
#define GOVGRAPH_DIAGNOSTIC_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/string_view.h"

namespace govgraph {

/// How serious a diagnostic is. kInfo: understood, with a reading worth
/// checking. kWarning: partly understood, or something assumed. kError: not
/// understood, or wrong.
enum class Severity { kInfo, kWarning, kError };
std::string_view Name(Severity v);  ///< "info", "warning", "error"

/// The codes diagnostics carry: short, stable, for a caller to tell kinds
/// apart (docs/architecture.md, "Diagnostics").
namespace diagnostic_code {
inline constexpr std::string_view kUnknownReference = "unknown_reference";  ///< an id that names nothing
inline constexpr std::string_view kDuplicateId = "duplicate_id";
inline constexpr std::string_view kMissing = "missing";           ///< a required value not given, or empty
inline constexpr std::string_view kBadType = "bad_type";          ///< a JSON value of the wrong type
inline constexpr std::string_view kBadValue = "bad_value";        ///< a value out of range or not one of those allowed
inline constexpr std::string_view kUnknownField = "unknown_field";  ///< a key, column or XML element not read
inline constexpr std::string_view kCycle = "cycle";               ///< reporting or parent cycles
inline constexpr std::string_view kConflict = "conflict";         ///< values that contradict each other
inline constexpr std::string_view kNotUnderstood = "not_understood";  ///< text that could not be read
inline constexpr std::string_view kJudged = "judged";             ///< text read with a judgement worth checking
inline constexpr std::string_view kNotImported = "not_imported";  ///< read, but left out of the register
}  // namespace diagnostic_code

/// A path into a JSON-style document: keys and indexes, rendered as
/// "meetings[3].participants[2].organisation".
class DiagnosticPath {
 public:
  struct Step {
    std::string key;     ///< when not an index
    size_t index = 0;    ///< when is_index
    bool is_index = false;
    friend bool operator==(const Step&, const Step&) = default;
  };

  DiagnosticPath() = default;
  /// Reads a rendered path: "a.b[2]" is the key a, the key b and the index 2.
  /// ToString() gives the same text back.
  DiagnosticPath(absl::string_view rendered);  // NOLINT(runtime/explicit): paths are written as text
  DiagnosticPath(const std::string& rendered) : DiagnosticPath(absl::string_view(rendered)) {}  // NOLINT
  DiagnosticPath(const char* rendered) : DiagnosticPath(absl::string_view(rendered)) {}  // NOLINT

  DiagnosticPath& Key(std::string key);
  DiagnosticPath& Index(size_t index);
  /// This path with a key or an index added at the end.
  DiagnosticPath Child(absl::string_view key) const;
  DiagnosticPath Item(size_t index) const;
  /// Re-roots the path under `root`: "participants[2]" under "meetings[3]"
  /// is "meetings[3].participants[2]".
  DiagnosticPath& Prepend(const DiagnosticPath& root);
  /// The steps from `from` on (none when `from` is past the end).
  DiagnosticPath Tail(size_t from) const;

  const std::vector<Step>& steps() const { return steps_; }
  bool empty() const { return steps_.empty(); }
  size_t size() const { return steps_.size(); }
  /// The key of step `i`, or "" when it is an index or past the end.
  std::string_view KeyAt(size_t i) const;
  /// True when step `i` is an index; `index` is set to it.
  bool IndexAt(size_t i, size_t& index) const;

  std::string ToString() const;

  friend bool operator==(const DiagnosticPath&, const DiagnosticPath&) = default;
  friend bool operator==(const DiagnosticPath& a, absl::string_view b) { return a.ToString() == b; }
  friend bool operator==(const DiagnosticPath& a, const std::string& b) { return a.ToString() == b; }
  friend bool operator==(const DiagnosticPath& a, const char* b) { return a.ToString() == b; }
  friend std::ostream& operator<<(std::ostream& os, const DiagnosticPath& p);

 private:
  std::vector<Step> steps_;
};

/// One thing a reader, importer or check noticed.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string code;  ///< one of diagnostic_code, or "" where none fits
  // Where: each reader fills what it has.
  DiagnosticPath path;      ///< in a JSON-style document (a register, a Popolo document)
  std::string file;         ///< the file read, when known
  int row = 0;              ///< a table's row as a spreadsheet numbers it (header = 1); 0 for none
  int line = 0;             ///< 1-based line in the file (for a table row, where the row starts); 0 unknown
  int column = 0;           ///< 1-based: the character on `line`, or the table's column; 0 for none
  std::string column_name;  ///< the table column's heading
  std::string field;        ///< the model field a table column fills ("participants", "lead", ...)
  std::string element;      ///< an XML element's path ("<getmeetings>/<committee>/<meetingdate>")
  std::string scope;        ///< what was read as a whole ("table", "import"): shown with no finer place
  // What.
  std::string message;
  std::string text;        ///< the text concerned, as written (long text clipped)
  std::string understood;  ///< what was read from it ("" when nothing)
  std::string suggestion;  ///< e.g. the nearest known name

  /// An error at `path`, as a register's checks and the JSON readers report.
  static Diagnostic AtPath(DiagnosticPath path, std::string message, std::string_view code = {});

  /// The place as shown, "" when there is none: "row 3, column 4 (Key
  /// participants)" in a table (row set, or a column without a line), else
  /// "file:line:column: element"; the path is not part of it.
  std::string Place() const;
  /// "path: message" (or the message alone) for a diagnostic located by its
  /// path only, as a register's problems have always read; else "place:
  /// severity: message", the place being the scope when there is no finer
  /// one, and followed by the path when there is both.
  std::string ToString() const;
  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// Re-roots every diagnostic's path under `root` (DiagnosticPath::Prepend).
void PrependPath(std::vector<Diagnostic>& diagnostics, const DiagnosticPath& root);

/// The names the diagnostic types had before there was one, kept for callers
/// written against them.
using Problem [[deprecated("use Diagnostic")]] = Diagnostic;
using Finding [[deprecated("use Diagnostic")]] = Diagnostic;
using ModernGovDiagnostic [[deprecated("use Diagnostic")]] = Diagnostic;

}  // namespace govgraph

#endif  // GOVGRAPH_DIAGNOSTIC_H_
