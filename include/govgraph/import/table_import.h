// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// import/table_import.h: turn a register table, as analysts write them in
/// Word and Excel, into a Register, saying what was and was not understood.
///
/// One row is one meeting. Columns are matched by their headings, ignoring
/// case, punctuation, plurals and anything in parentheses, against common
/// names:
///
/// ```
///   name          Meeting, Name, Board, Forum, Partnership, Title
///   lead          Lead, Lead (OPCC, Constabulary or Joint), Led by, Owner
///   chair         Chair, Chaired by
///   purpose       Purpose, Remit, Description, Aims, Terms of reference
///   participants  Key participants, Participants, Members, Membership, Attendees
///   frequency     Frequency, How often, Cadence, Meets
///   current_focus Current focus, Focus, Priorities, Key issues
///   level, areas, kind, status, duration_hours, reports_to, statutory, id,
///   topics        Topics, Themes, Tags (else topics are read from the
///                 name, purpose and focus; topic_glossary.h)
/// ```
///
/// A heading one or two letters from one of these is matched with a warning;
/// any other column is kept, cell by cell, in each meeting's attributes (key:
/// the heading as a slug, "lead_officer"). ImportOptions::columns maps
/// headings explicitly.
///
/// Each cell is read by the parser for its field: participants
/// (participants.h), lead (lead.h), frequency (ParseCadence), and names of
/// areas in the meeting's name and purpose ("Locality based meetings x 5:
/// Bristol, South Glos, ..." is one meeting held separately in five areas;
/// "Varies in each LA area" makes a meeting held in each local authority area).
/// "NEW" in a meeting's name makes it status new. Nothing is lost: the
/// participants cell is kept in attributes["key_participants"], the lead in
/// Lead::text, the frequency in Cadence::text, each participant's words in
/// Participant::note, a changed name in attributes["name_as_printed"].
///
/// Every cell that is not fully understood gives a Diagnostic (diagnostic.h,
/// scope "table") naming its row (as a spreadsheet numbers them: the header is
/// row 1), column, the text, what was understood and, for a name, the nearest
/// known one: "row 3, column 4 (Key participants): error: ...". In strict mode any
/// kError diagnostic (an unrecognised participant or lead, an unreadable
/// frequency, a row without a name) makes the import fail.
///
/// ```
///   ImportOptions options;
///   options.base = &areas_and_bodies;    // resolve names to the user's ids
///   absl::StatusOr<ImportResult> result = ImportCsvFile("appendix-a.csv", options);
///   for (const Diagnostic& d : result->diagnostics) std::cerr << d.ToString() << "\n";
///   SaveRegisterJsonFile(result->reg, "register.json");
/// ```
#ifndef GOVGRAPH_IMPORT_TABLE_IMPORT_H_
#define GOVGRAPH_IMPORT_TABLE_IMPORT_H_

#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/diagnostic.h"
#include "govgraph/import/aliases.h"
#include "govgraph/import/resolver.h"
#include "govgraph/io/csv.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

/// The model field a column fills.
enum class ImportField {
  kId,
  kName,
  kLead,
  kChair,
  kPurpose,
  kParticipants,
  kFrequency,
  kCurrentFocus,
  kLevel,
  kAreas,
  kKind,
  kStatus,
  kDurationHours,
  kReportsTo,
  kStatutory,
  kTopics,     ///< themes, read with the topic glossary
  kAttribute,  ///< kept in attributes
  kIgnore,
};
std::string_view Name(ImportField v);  ///< "name", "current_focus", "attribute", ...
absl::StatusOr<ImportField> ParseImportField(absl::string_view name);

struct ImportOptions {
  /// Areas, organisations, roles, people (and meetings) the import starts
  /// from; names resolve to these ids first. Null: start empty. Must outlive
  /// the call.
  const Register* base = nullptr;
  /// Null: AliasTable::Builtin().
  const AliasTable* aliases = nullptr;
  /// Heading (as written, or matched after normalisation) -> field name
  /// ("name", "participants", ..., "ignore", "attribute" or "attribute:KEY").
  std::map<std::string, std::string> columns;
  /// Fail (InvalidArgumentError listing them) when anything is not understood.
  bool strict = false;
  /// The level of meetings whose row does not say ("tactical" in the purpose).
  Level default_level = Level::kUnknown;
  /// Areas of meetings that name none; empty: the base register's force area
  /// when it has exactly one.
  std::vector<std::string> default_areas;
  /// Organisation ids "Joint" stands for; empty: the lead column heading's
  /// options ("Lead (OPCC, Constabulary or Joint)"), else the base register's
  /// PCC office and police force.
  std::vector<std::string> joint_lead;
  /// Read each meeting's topics from its name, purpose and current focus with
  /// the topic glossary (topic_glossary.h), the evidence kept in
  /// attributes["topics_inferred"].
  bool infer_topics = true;
  /// Organisations (names as written, or ids) never merged with another when
  /// mentions are resolved across the table (entity_resolution.h).
  std::vector<std::string> keep_apart;
  /// Recorded as attributes["source"] on each meeting when not empty.
  std::string source;
  /// The register's info; when the title is empty the base register's is kept.
  RegisterInfo info;
  CsvOptions csv;
};

struct ImportResult {
  Register reg;  ///< the base register's contents plus what was imported
  std::vector<Diagnostic> diagnostics;
  /// True when a diagnostic is an error (something not understood).
  bool has_errors() const;
};

/// A table of text: a header row and data rows. `lines` (optional, same
/// length as rows) gives each row's line in its file; `first_row` is the
/// spreadsheet number of the header row.
struct TextTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;
  int first_row = 1;
};

/// Errors: InvalidArgumentError for no header, no meeting-name column, a bad
/// column mapping, text that is not UTF-8, or (strict) anything not understood.
absl::StatusOr<ImportResult> ImportTable(const TextTable& table, const ImportOptions& options = {});
absl::StatusOr<ImportResult> ImportCsv(absl::string_view text, const ImportOptions& options = {});
/// As ImportCsv; messages start with the path.
absl::StatusOr<ImportResult> ImportCsvFile(const std::string& path, const ImportOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_IMPORT_TABLE_IMPORT_H_
