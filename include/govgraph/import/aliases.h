// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// import/aliases.h: the table of abbreviations and names that registers use
/// for UK public-sector bodies and posts.
///
/// Each entry maps one or more patterns ("PCC", "Police and Crime
/// Commissioner") to an organisation or a role, with the id and name to give
/// it when the register being built has no such entity yet, its kind, and for
/// a role the organisation it belongs to:
///
/// ```
///   patterns,target,id,name,kind,organisation,elected,expand,note,source
///   PCC|Police and Crime Commissioner,role,pcc,Police and Crime Commissioner,,opcc,true,,,Police Reform and Social Responsibility Act 2011
/// ```
///
/// Patterns match after AliasKey(): NormaliseName() with simple plurals folded
/// ("CSPs" matches "CSP", "Directors" matches "Director"). Several entries may
/// share a pattern: "Probation" stands for both the National Probation Service
/// and the Community Rehabilitation Companies of 2014-2021. An `expand` entry
/// ("LAs") stands for each organisation of its kind that serves the meeting's
/// areas, when the base register has them.
///
/// The shipped table is data/aliases.csv (installed to share/govgraph and
/// beside the Python package); it is compiled into the library, so
/// AliasTable::Builtin() needs no file. Users extend or override it:
///
/// ```
///   AliasTable table = AliasTable::Builtin();
///   absl::StatusOr<AliasTable> mine = AliasTable::LoadFile("my-aliases.csv");
///   table.Override(*mine);   // my patterns replace the shipped ones
/// ```
#ifndef GOVGRAPH_IMPORT_ALIASES_H_
#define GOVGRAPH_IMPORT_ALIASES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/model.h"

namespace govgraph {

enum class AliasTarget { kOrganisation, kRole };

std::string_view Name(AliasTarget v);  ///< "organisation", "role"

struct AliasEntry {
  std::vector<std::string> patterns;  ///< as written; matched by AliasKey()
  AliasTarget target = AliasTarget::kOrganisation;
  std::string id;    ///< id to give a new entity (and to find one in a base register)
  std::string name;  ///< display name of a new entity
  OrganisationKind kind = OrganisationKind::kOther;  ///< for an organisation
  std::string organisation;  ///< for a role: the id of the organisation it belongs to
  bool elected = false;      ///< for a role
  bool expand = false;       ///< an organisation that stands for each body of its kind
  std::string note;
  std::string source;  ///< where the name or abbreviation is documented
  friend bool operator==(const AliasEntry&, const AliasEntry&) = default;
};

/// The form patterns are compared in: NormaliseName(), then each word of four
/// or more letters loses a plural "s" ("ies" becomes "y"): "LSCBs" -> "lscb",
/// "Directors of Children's Services" -> "director of children service".
std::string AliasKey(absl::string_view text);

class AliasTable {
 public:
  AliasTable() = default;

  /// The shipped table (data/aliases.csv, compiled in).
  static const AliasTable& Builtin();

  /// Reads a table from CSV text with the header
  /// "patterns,target,id,name,kind,organisation,elected,expand,note,source" (columns
  /// after `name` optional). Errors name the row and column.
  static absl::StatusOr<AliasTable> FromCsv(absl::string_view text);
  /// Reads a JSON array of objects with the same member names; "patterns" may
  /// be a string (split on "|") or an array of strings.
  static absl::StatusOr<AliasTable> FromJson(absl::string_view text);
  /// Reads a .json or .csv file (by extension; CSV otherwise).
  static absl::StatusOr<AliasTable> LoadFile(const std::string& path);

  /// Adds an entry. With `replace`, existing entries stop matching the new
  /// entry's patterns first (so the new one overrides them); otherwise it is
  /// added beside them. Returns InvalidArgumentError for an entry with no
  /// pattern, id or name, or a role whose organisation is itself.
  absl::Status Add(AliasEntry entry, bool replace = false);

  /// Adds every entry of `other`, each of its patterns replacing this table's
  /// entries for that pattern.
  void Override(const AliasTable& other);

  /// The entries matching `text` (after AliasKey()), in table order.
  std::vector<const AliasEntry*> Find(absl::string_view text) const;
  /// The first entry with this id and target, or null.
  const AliasEntry* FindId(AliasTarget target, absl::string_view id) const;

  const std::vector<AliasEntry>& entries() const { return entries_; }
  size_t size() const { return entries_.size(); }
  /// Every pattern that still matches, as written (for suggestions).
  std::vector<std::string> Patterns() const;

  /// The table as CSV text in the format FromCsv() reads.
  std::string ToCsv() const;

 private:
  std::vector<AliasEntry> entries_;
  absl::flat_hash_map<std::string, std::vector<size_t>> by_key_;
};

}  // namespace govgraph

#endif  // GOVGRAPH_IMPORT_ALIASES_H_
