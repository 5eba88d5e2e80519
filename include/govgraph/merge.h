// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// merge.h: combine two registers into one, saying how each entity was
/// matched, which fields disagree, and which meetings of the two would become
/// one.
///
/// Areas, organisations, roles, people and topics of register A and register B
/// are matched one to one, by the first of these rules that holds:
///
/// ```
///   same_id            the same id, and names that agree (equal after
///                      AliasKey(), one side's name is the other's alias, or a
///                      name similarity of at least near_miss_threshold); the
///                      same id with names that disagree ("pcc" for Dorset's
///                      PCC and for Devon and Cornwall's) is an id clash
///   shared_identifier  an identifier with the same scheme and value (an OCD
///                      id, a GSS code, a company number)
///   alias              one side's name is an alias of the other
///   normalised_name    the names are equal after AliasKey() (case,
///                      punctuation, "&"/"and" and plurals ignored)
///   confirmed          the user confirmed the pair (MergeOptions::confirmed)
/// ```
///
/// A name that would match several entities matches none of them, and each
/// candidate is reported as a near miss. Pairs left unmatched whose names are
/// similar ("Dorset County Council" and "Dorset Council": name similarity 0.67)
/// are near misses too: reported for the user to confirm, never merged.
///
/// A matched pair becomes one entity: the preferred side's id, name and field
/// values (MergeOptions::prefer, A by default), the union of both sides'
/// aliases (the other side's name among them), identifiers and attributes.
/// Where the two sides' kind, parent, areas, organisation, elected flag, roles,
/// identifiers or attribute values differ, the preferred side's value is kept
/// and a FieldConflict is reported (and recorded in the entity's attributes as
/// "merge_conflict.FIELD" = "LABEL: other value").
///
/// Meetings and initiatives are never merged: both sides' are kept, each with
/// the attribute "merged_from" set to its side's label, so the overlap engine
/// can say which would become one (MergeResult::cross_overlaps). Ids wanted by
/// two different entities of one kind get each side's prefix ("a:pcc",
/// "b:pcc"), and references are rewritten to match.
///
/// ```
///   absl::StatusOr<MergeResult> r = MergeRegisters(dorset, devon_cornwall, {});
///   for (const EntityMatch& m : r->matches) { ... m.rule, m.evidence ... }
///   for (const NearMiss& n : r->near_misses) { ... ask the user ... }
///   MergeOptions again{.confirmed = {{"dorset-county-council",
///   "dorset-council"}}};
/// ```
#ifndef GOVGRAPH_MERGE_H_
#define GOVGRAPH_MERGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/overlap/overlap.h"
#include "govgraph/register.h"

namespace govgraph {

/// The kinds of entity that are matched across registers.
enum class EntityType { kArea, kOrganisation, kRole, kPerson, kTopic };
std::string_view Name(EntityType v);  ///< "area", "organisation", "role", "person", "topic"

enum class MatchRule { kSameId, kSharedIdentifier, kAlias, kNormalisedName, kConfirmed };
/// "same_id", "shared_identifier", "alias", "normalised_name", "confirmed"
std::string_view Name(MatchRule v);

enum class MergeSide { kA, kB };
std::string_view Name(MergeSide v);  ///< "a", "b"

/// A pair of ids, one from each register, that the user has judged.
struct IdPair {
  std::string a;
  std::string b;
  friend bool operator==(const IdPair&, const IdPair&) = default;
};

struct MergeOptions {
  /// Whose values are kept when matched entities disagree; the other side's
  /// value is reported as a FieldConflict.
  MergeSide prefer = MergeSide::kA;
  /// Each side's label: the value of every meeting's and initiative's
  /// "merged_from" attribute, and, followed by ":", the prefix given to ids
  /// that clash. Empty: the slug of the register's title, else "a" / "b".
  std::string label_a = "a";
  std::string label_b = "b";
  /// Pairs to merge although no rule matched them (typically near misses the
  /// user has checked), and pairs never to merge, whatever matched them.
  /// Each pair applies to every kind of entity that has both ids.
  std::vector<IdPair> confirmed;
  std::vector<IdPair> rejected;
  /// Name similarity (0-1) at which an unmatched pair is a near miss: the
  /// token-set similarity of the best pair of their names and aliases, that
  /// is words in common over words in either, after AliasKey() and without
  /// "of", "the", "and" ...; words of five letters or more that start alike
  /// and are within two edits count as the same ("Dorest" and "Dorset").
  double near_miss_threshold = 0.6;
  /// The merged register's title; empty: "TITLE A + TITLE B".
  std::string title;
  /// Compare the meetings of A with those of B after merging: only pairs
  /// across the two are searched for (`overlap.one_side` is set to one
  /// side's items), scored in the merged register.
  bool cross_overlaps = true;
  OverlapOptions overlap;
};

/// Checks the threshold (0-1], the labels (distinct, no spaces) and the
/// overlap options; InvalidArgumentError names the field.
absl::Status ValidateMergeOptions(const MergeOptions& options);

struct EntityMatch {
  EntityType type = EntityType::kOrganisation;
  std::string a_id, a_name;
  std::string b_id, b_name;
  MatchRule rule = MatchRule::kSameId;
  std::string evidence;   ///< what matched: "identifier ocd: ...", "\"DCC\" is an
                          ///< alias of ..."
  std::string merged_id;  ///< the entity's id in the merged register
  friend bool operator==(const EntityMatch&, const EntityMatch&) = default;
};

struct NearMiss {
  EntityType type = EntityType::kOrganisation;
  std::string a_id, a_name;
  std::string b_id, b_name;
  double similarity = 0;  ///< name similarity, 0-1
  std::string reason;     ///< why it was not merged
  friend bool operator==(const NearMiss&, const NearMiss&) = default;
};

struct FieldConflict {
  EntityType type = EntityType::kOrganisation;
  std::string merged_id;
  std::string a_id, b_id;
  std::string field;  ///< "kind", "parent", "areas", "organisation", "elected",
                      ///< "roles", "identifiers.SCHEME", "attributes.KEY"
  std::string a_value, b_value;
  MergeSide kept = MergeSide::kA;
  friend bool operator==(const FieldConflict&, const FieldConflict&) = default;
};

/// An entity whose id was prefixed because another entity wanted the same id.
struct RenamedId {
  std::string type;  ///< "area", ... "topic", "meeting", "initiative"
  MergeSide side = MergeSide::kA;
  std::string original_id;
  std::string merged_id;
  friend bool operator==(const RenamedId&, const RenamedId&) = default;
};

struct MergeResult {
  Register merged;
  std::string label_a, label_b;          ///< the labels used
  std::vector<EntityMatch> matches;      ///< by type, then in B's order
  std::vector<NearMiss> near_misses;     ///< by type, most similar first
  std::vector<FieldConflict> conflicts;  ///< by type, then entity, then field
  std::vector<RenamedId> renamed;        ///< ids that were prefixed
  /// Overlapping pairs with one meeting (or initiative) from each side, `a`
  /// always from A, highest score first: which boards would become one.
  /// Items index `merged`.
  std::vector<Overlap> cross_overlaps;
};

absl::StatusOr<MergeResult> MergeRegisters(const Register& a, const Register& b, const MergeOptions& options = {});

/// The pairs of `overlaps` (found in `merged`) whose items come from
/// different sides, by their "merged_from" attribute, `a` from `label_a`.
std::vector<Overlap> CrossRegisterOverlaps(const Register& merged, const std::vector<Overlap>& overlaps,
                                           absl::string_view label_a, absl::string_view label_b);

/// Name similarity of two texts as MergeOptions::near_miss_threshold describes.
double NameSimilarity(absl::string_view a, absl::string_view b);

/// A readable report for a terminal: matches with their evidence, near
/// misses, conflicts, prefixed ids and cross-register overlaps.
std::string FormatMergeReport(const MergeResult& result);

}  // namespace govgraph

#endif  // GOVGRAPH_MERGE_H_
