// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// import/participants.h: read a "key participants" cell into participants.
///
/// Registers write participants as running text:
///
/// ```
///   "Heads of Criminal Justice partner agencies including CPS, HMCTS, ..."
///   "Chief Executive Officers: Local Authority, Criminal Justice, ... and Health"
///   "Snr Leaders Protective Services & Local Policing / Local Authority Senior Leaders"
///   "Statutory partners are Police, LAs, ... – also includes variety of other
///    non-statutory partners including OPCC"
/// ```
///
/// The cell is cut into segments at dashes and semicolons; in each segment an
/// introduction ("... including", "... are", "... e.g.", "... such as") is set aside (a "statutory"
/// introduction makes the items statutory members), and a heading before a
/// colon ("Chief Executive Officers:") is read with each item. Items are
/// separated by commas; an item that is not a known name as a whole is tried
/// split at "/", "&" and "and", completing a shared word where needed
/// ("Directors of Children and Adult Services" is two roles). Each name is
/// resolved with a Resolver (resolver.h). Every participant keeps the words it
/// came from in `note`. Items that name a support post ("Business manager",
/// "secretariat") are support; "(chair)" makes a chair; "observer", "in
/// attendance" and "by invitation" make observers and attendees. An organisation
/// named in the cell is not repeated by a group that stands for several
/// ("LAs").
///
/// What was not fully understood is reported as findings (Diagnostic, with the
/// text, what was understood and a suggestion; the table import adds the row
/// and column): an introduction set aside or a loose reading is kInfo (code
/// "judged"); a name that could not be read is kError ("not_understood"),
/// with the nearest known name as the suggestion, and becomes a placeholder
/// entity (see Resolver::Placeholder) so nothing is dropped.
#ifndef GOVGRAPH_IMPORT_PARTICIPANTS_H_
#define GOVGRAPH_IMPORT_PARTICIPANTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "govgraph/import/resolver.h"
#include "govgraph/model.h"

namespace govgraph {

struct ParticipantsResult {
  std::vector<Participant> participants;
  std::vector<Diagnostic> findings;
  /// True when some name could not be read (a kError finding).
  bool unresolved = false;
};

struct ParticipantOptions {
  /// The meeting's areas, for groups that expand ("LAs").
  std::vector<std::string> areas;
  /// Where the cell came from, recorded on placeholders ("row 4").
  std::string provenance;
  /// Cells longer than this are not read (kWarning); the text is still kept
  /// by the caller.
  size_t max_cell_bytes = 20000;
};

ParticipantsResult ParseParticipants(absl::string_view cell, Resolver& resolver,
                                     const ParticipantOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_IMPORT_PARTICIPANTS_H_
