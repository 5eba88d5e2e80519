// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// io/popolo.h: read and write a register as Popolo JSON.
///
/// Popolo (http://www.popoloproject.com/specs/) is the open data standard for
/// people, organizations, posts, memberships, areas and events used by
/// parliamentary and civic data projects. The export is a Popolo document:
/// organisations and meeting series become `organizations` (a meeting series
/// with classification "committee"), roles become `posts`, people `persons`,
/// participants and role holders `memberships`, areas `areas`. What Popolo has
/// no field for (purpose, cadence, lead, level, status, topics, initiatives,
/// attributes, ...) travels in a "govgraph" object on each Popolo object and a
/// top-level "govgraph" block, so export -> import gives back the same
/// register. docs/popolo.md has the field-by-field mapping.
///
/// Import also reads plain Popolo: organizations classified as a committee,
/// board, panel, forum, working group or sub-committee become meeting series,
/// their memberships participants; other organizations become organisations,
/// posts roles, persons people. Events of a meeting series are the evidence
/// for its cadence when the document gives none (the rule of
/// InferModernGovCadence: median gap between the dates not cancelled). What
/// cannot be mapped is returned as a diagnostic; malformed input is an error
/// naming the JSON path:
///
/// ```
///   memberships[3].organization_id: no organization with id "x"
/// ```
///
/// ```
///   absl::StatusOr<std::string> text = RegisterToPopolo(reg);
///   absl::StatusOr<PopoloImport> back = ParsePopolo(*text);
///   for (const Diagnostic& d : back->diagnostics) std::cerr << d.ToString() <<
///   "\n";
/// ```
#ifndef GOVGRAPH_IO_POPOLO_H_
#define GOVGRAPH_IO_POPOLO_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/occurrence.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"

namespace govgraph {

/// The key of the extension object on Popolo objects and at the top level.
inline constexpr absl::string_view kPopoloExtensionKey = "govgraph";

struct PopoloWriteOptions {
  /// Spaces per level, 0 to kMaxJsonIndent (16); -1 writes one compact line.
  /// RegisterToPopolo() and SavePopoloFile() reject others (InvalidArgumentError).
  int indent = 2;
  /// Dated sittings to write as Popolo `events` (classification "meeting",
  /// organization_id the meeting series), e.g. ExpandSchedule()'s
  /// occurrences. A register holds meeting series, not sittings, so without
  /// these the document has no events.
  std::vector<Occurrence> events;
};

struct PopoloImport {
  Register reg;
  /// What was in the document but could not be kept, and what was inferred
  /// (e.g. a post made for a membership that names none), each with the JSON
  /// path of the object concerned ("events[0]", "memberships[4].start_date").
  std::vector<Diagnostic> diagnostics;
};

/// The register as a Popolo JSON document (UTF-8).
absl::StatusOr<std::string> RegisterToPopolo(const Register& reg, const PopoloWriteOptions& options = {});

/// Writes RegisterToPopolo() to a file, replacing it.
absl::Status SavePopoloFile(const Register& reg, const std::string& path, const PopoloWriteOptions& options = {});

/// Reads a Popolo document (with or without the govgraph extension).
/// InvalidArgumentError names the JSON path of each problem (or the line and
/// column of a syntax error).
///
/// The document is either a collection (arrays under "organizations",
/// "persons", "posts", "memberships", "areas", "events") or one Popolo
/// object, as the specification's own examples are: an Organization, Person,
/// Post, Membership, Area or Event, told apart by its "@type" or else by which
/// class's schema defines most of its fields (docs/popolo.md has the rules).
/// Posts and memberships embedded in an organization, person or post, and
/// objects given in place of an id ("organization" for "organization_id"),
/// are read as if they stood on their own, with the parent's id filled in. A
/// single object refers to ids outside it: each such id becomes a placeholder
/// of that id (attribute "placeholder"), reported as a diagnostic, where a
/// collection's reference to an id it lacks is an error.
absl::StatusOr<PopoloImport> ParsePopolo(absl::string_view text);

/// Reads and parses a file; error messages start with the file's path.
absl::StatusOr<PopoloImport> LoadPopoloFile(const std::string& path);

/// True when `text` is a JSON object with a top-level "organizations",
/// "memberships", "persons" or "posts" key, or is one Popolo object that
/// ParsePopolo() would read (an organization, person, post, membership, area
/// or event): how the command line tells a Popolo document from a native
/// register or a table. Does not validate.
bool LooksLikePopolo(absl::string_view text);

}  // namespace govgraph

#endif  // GOVGRAPH_IO_POPOLO_H_
