// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// ocd.h: Open Civic Data division ids for police force areas.
///
/// The Open Civic Data registry gives every police force area of England and
/// Wales a stable id ("ocd-division/country:gb/part:eng/pfa:dorset") alongside
/// its GSS code ("E23000039"). The table is compiled in from
/// data/ocd/police_force_areas.csv (CC0, see data/ocd/README.md), so no file is
/// needed at run time. A register names a force area's OCD id as an Area
/// identifier with scheme "ocd"; the Popolo export uses it as the area's id.
///
/// ```
///   absl::StatusOr<OcdDivision> d = FindPoliceForceArea("Avon & Somerset");
///   // d->id == "ocd-division/country:gb/part:eng/pfa:avon_and_somerset"
///   absl::StatusOr<Register> with_ids = AttachOcdIds(reg);
/// ```
#ifndef GOVGRAPH_OCD_H_
#define GOVGRAPH_OCD_H_

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"

namespace govgraph {

/// The identifier scheme of OCD division ids in Area::identifiers.
inline constexpr absl::string_view kOcdScheme = "ocd";

/// One division: its OCD id, its name as the registry writes it, and its GSS
/// code.
struct OcdDivision {
  std::string id;
  std::string name;
  std::string gss_code;
  friend bool operator==(const OcdDivision&, const OcdDivision&) = default;
};

/// The police force areas of England and Wales in the registry's order (40;
/// London's two forces are not in the registry's list).
std::span<const OcdDivision> PoliceForceAreas();

/// The force area whose OCD id or GSS code is `text` (either case), or whose
/// name matches after NormaliseName(), ignoring a trailing "police force area",
/// "police area", "police" or "constabulary" ("Dorset Police" finds Dorset).
/// NotFoundError naming the text when none does.
absl::StatusOr<OcdDivision> FindPoliceForceArea(absl::string_view text);

/// The area's OCD id (its first identifier with scheme "ocd"), if any.
std::optional<std::string> OcdIdOf(const Area& area);

/// An OCD id for an area of the register that has none.
struct OcdSuggestion {
  std::string area;      ///< the area's id
  OcdDivision division;  ///< the force area its name or an alias matches
  friend bool operator==(const OcdSuggestion&, const OcdSuggestion&) = default;
};

/// For each force area (kind force_area) without an OCD id whose name or an
/// alias names a police force area, that division. Other areas are not
/// suggested: a county of the same name is not the force area.
std::vector<OcdSuggestion> SuggestOcdIds(const Register& reg);

/// The register with each suggestion's OCD id added as an identifier (and its
/// GSS code, when the area has no "gss" identifier).
absl::StatusOr<Register> AttachOcdIds(const Register& reg);

/// Problems with the register's police-force-area OCD ids: an "ocd" identifier
/// that looks like a force-area id ("/pfa:") but is not in the registry, or an
/// area whose OCD id is another force area's than its name says. Paths are
/// "areas[i].identifiers[j]".
std::vector<Diagnostic> CheckOcdIds(const Register& reg);

}  // namespace govgraph

#endif  // GOVGRAPH_OCD_H_
