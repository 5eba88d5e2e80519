// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// org_change.h: organisations that merge, split, are renamed or dissolved,
/// recorded as dated data and applied to a register.
///
/// Councils are reorganised and forces merge; a register written before the
/// change names bodies that no longer exist. A list of organisation changes
/// (JSON, see docs/merging.md) says what happened:
///
/// ```
///   {"title": "Dorset local government reorganisation, 1 April 2019",
///    "source": "The Bournemouth, Dorset and Poole (Structural Changes) Order
///    2018", "changes": [
///      {"kind": "merger",
///       "organisations": ["dorset-county-council",
///       "east-dorset-district-council", ...], "into": {"id": "dorset-council",
///       "name": "Dorset Council", "kind": "local_authority"}, "date":
///       "2019-04-01", "note": "..."},
///      {"kind": "rename", "organisation": "x", "into": {"name": "New name"},
///      "date": "..."},
///      {"kind": "split", "organisation": "x", "into": [{"id": "y", ...}, {"id":
///      "z", ...}]},
///      {"kind": "dissolution", "organisation": "x", "date": "..."}]}
/// ```
///
/// `into` is an existing organisation's id (a string, or an object with only
/// "id"), or a new organisation as in the register format; a new one takes
/// the originals' kind and areas unless it gives its own. Errors name the item
/// and field: `changes[1].organisations[2]: unknown organisation "xyz"`.
///
/// ApplyOrganisationChanges() moves every membership of an original to its
/// successor: meeting and initiative participants, leads and supporting
/// organisations, chairs, roles' organisation and organisations' parent. Where
/// a meeting then lists the successor twice (a district and the county both
/// sat on the panel), it keeps one participant with the strongest
/// participation type and the seats of both: seats move with their members
/// (a co-opted participant stays apart from an appointed one). A split gives each successor the
/// original's memberships (to be divided by hand); a dissolution removes them.
/// Originals are kept, with attributes "status" = "dissolved", "dissolved" =
/// the date and "succeeded_by"; a renamed organisation keeps its id and its
/// old name as an alias. Each change is recorded in the register's
/// attributes ("organisation_changes[N]"), and every move is reported.
///
/// ```
///   absl::StatusOr<OrganisationChanges> changes =
///   LoadOrganisationChangesJsonFile(path);
///   absl::StatusOr<OrganisationChangeResult> r = ApplyOrganisationChanges(reg,
///   *changes); r->register_after ... r->moves
/// ```
#ifndef GOVGRAPH_ORG_CHANGE_H_
#define GOVGRAPH_ORG_CHANGE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/register.h"

namespace govgraph {

enum class OrganisationChangeKind { kMerger, kSplit, kRename, kDissolution };
/// "merger", "split", "rename", "dissolution"
std::string_view Name(OrganisationChangeKind v);

/// The organisation a change results in: an existing id, or a new
/// organisation as a JSON object in the register format.
struct ResultingOrganisation {
  std::string id;
  std::string name;         ///< for a new organisation or a rename
  std::string object_json;  ///< the whole object as given (empty for a bare id)
  friend bool operator==(const ResultingOrganisation&, const ResultingOrganisation&) = default;
};

struct OrganisationChange {
  OrganisationChangeKind kind = OrganisationChangeKind::kMerger;
  std::vector<std::string> organisations;   ///< the originals' ids
  std::vector<ResultingOrganisation> into;  ///< one; several for a split; none for a dissolution
  std::optional<absl::CivilDay> date;       ///< when it takes effect
  std::string note;
  std::string source;
  friend bool operator==(const OrganisationChange&, const OrganisationChange&) = default;
};

struct OrganisationChanges {
  std::string title;
  std::string source;
  std::vector<OrganisationChange> changes;
};

absl::StatusOr<OrganisationChanges> ParseOrganisationChangesJson(absl::string_view text);
/// Error messages start with the file's path.
absl::StatusOr<OrganisationChanges> LoadOrganisationChangesJsonFile(const std::string& path);

struct OrganisationChangeOptions {
  /// Apply only changes effective on or before this day (undated changes
  /// always apply); the rest are listed in `not_yet`.
  std::optional<absl::CivilDay> as_of;
};

/// One membership that moved (or went, for a dissolution).
struct MovedMembership {
  int change = 0;           ///< index into the change list
  std::string from;         ///< the original organisation's id
  std::string to;           ///< its successor's id; empty when removed
  /// "meeting", "initiative", "role", "organisation" or "membership"
  std::string holder_type;
  std::string holder;  ///< the holder's id; a membership's is "PERSON@MEETING"
  std::string holder_name;
  std::string field;  ///< "participants", "lead", "supporting", "chair",
                      ///< "organisation", "parent", "council"
  /// "moved"; "merged with an existing participant (kept TYPE)"; "removed"...
  std::string outcome;
  friend bool operator==(const MovedMembership&, const MovedMembership&) = default;
};

struct OrganisationChangeResult {
  std::string title;
  Register register_after;
  std::vector<MovedMembership> moves;
  std::vector<std::string> created;    ///< new organisations' ids
  std::vector<std::string> dissolved;  ///< originals marked dissolved
  std::vector<std::string> renamed;
  std::vector<int> not_yet;  ///< changes after options.as_of
};

absl::StatusOr<OrganisationChangeResult> ApplyOrganisationChanges(const Register& reg,
                                                                  const OrganisationChanges& changes,
                                                                  const OrganisationChangeOptions& options = {});

/// A readable report for a terminal.
std::string FormatOrganisationChanges(const OrganisationChangeResult& result);

}  // namespace govgraph

#endif  // GOVGRAPH_ORG_CHANGE_H_
