// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// import/entity_resolution.h: one body written several ways is one body.
///
/// Registers name the same organisation differently from row to row:
/// "Constabulary", "the force" and "Avon and Somerset Constabulary"; "Cwm Taf
/// University Health Board", "Cwm Taf University Local Health Board" and
/// "CTUHB". Each name is first read on its own (resolver.h); this step then
/// looks across every organisation the import created and proposes merges,
/// each with its evidence:
///
/// ```
///   home body   a generic name from the glossary ("Constabulary", "the
///               OPCC") and the one body of that kind the register names
///               ("Avon and Somerset Constabulary"): forces, PCC offices, fire
///               and rescue services and panels are one to an area
///   same name   the names agree once case, punctuation, "&"/"and", filler
///               words ("the", "local") and abbreviations of kinds of body
///               ("UHB" = University Health Board, "CBC" = County Borough
///               Council) are set aside
///   initials    one name is the other's initials ("ASC", "BCUHB")
///   near name   the same kind of body, names of 12 letters or more that
///               differ by a typing slip: one letter (two for names of 24 or
///               more) once set aside as above ("Avon and Somerset
///               Constabluary")
/// ```
///
/// A merge keeps the more specific name, with the other as an alias. The
/// analyst overrides with `keep_apart`: names or ids that are never merged.
///
/// ```
///   std::vector<EntityMerge> merges = FindOrganisationMerges(orgs, {});
/// ```
#ifndef GOVGRAPH_IMPORT_ENTITY_RESOLUTION_H_
#define GOVGRAPH_IMPORT_ENTITY_RESOLUTION_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "govgraph/model.h"
#include "govgraph/names.h"  // BodyKey

namespace govgraph {

struct EntityMerge {
  std::string from;       ///< the id merged away
  std::string into;       ///< the id kept
  std::string from_name;  ///< as written
  std::string into_name;
  std::string rule;      ///< "home_body", "same_name", "initials" or "near_name"
  std::string evidence;  ///< why, in words
  friend bool operator==(const EntityMerge&, const EntityMerge&) = default;
};

struct EntityResolutionOptions {
  /// Names (as written, compared by AliasKey()) or ids never merged.
  std::vector<std::string> keep_apart;
};

/// Merges among `organisations` (typically those an import created; each id
/// once). `generic` says which of them were made from a glossary entry alone,
/// by id, for the home-body rule. Merges are given in a form that can be
/// applied in order; chains are followed, so every `into` is kept.
std::vector<EntityMerge> FindOrganisationMerges(const std::vector<Organisation>& organisations,
                                                const std::vector<std::string>& generic,
                                                const EntityResolutionOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_IMPORT_ENTITY_RESOLUTION_H_
