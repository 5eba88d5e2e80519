// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// import/lead.h: read a "lead" cell into a Lead, a chair and a note.
///
/// Registers write leads as:
///
/// ```
///   "OPCC"                                 the OPCC leads
///   "PCC"                                  the PCC's organisation (the OPCC) leads
///   "Avon and Somerset Constabulary led"   the Constabulary leads
///   "OPCC with Constabulary support"       OPCC leads, Constabulary supports
///   "Joint attendance (Chair agreed by vote of participants – currently Constabulary)"
///                                          a joint lead of the partners that "Joint"
///                                          stands for (the column heading's options:
///                                          "Lead (OPCC, Constabulary or Joint)");
///                                          the Constabulary chairs, with the
///                                          parenthesis as the chair note
///   "Constabulary and OPCC attendance"     no lead: attendance is recorded (the
///                                          organisations are returned in
///                                          `attending`)
/// ```
/// Lead::text keeps the cell as written. Names resolve through a Resolver;
/// a role leads through its organisation (reported as kInfo). A name that
/// cannot be read is a kError finding with a suggestion.
#ifndef GOVGRAPH_IMPORT_LEAD_H_
#define GOVGRAPH_IMPORT_LEAD_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "govgraph/import/resolver.h"
#include "govgraph/model.h"

namespace govgraph {

struct LeadOptions {
  /// Organisation ids that "Joint" stands for, in order.
  std::vector<std::string> joint;
};

struct LeadResult {
  Lead lead;
  Party chair;             ///< when the cell names one
  std::string chair_note;  ///< e.g. "agreed by vote of participants – currently Constabulary"
  std::vector<Party> attending;  ///< "X and Y attendance": who attends
  std::vector<Diagnostic> findings;
  bool unresolved = false;
};

LeadResult ParseLead(absl::string_view text, Resolver& resolver, const LeadOptions& options = {});

/// The organisations a lead column's heading offers: "Lead (OPCC, Constabulary
/// or Joint)" gives the ids of the OPCC and the Constabulary ("Joint" and other
/// words that name no organisation are left out).
std::vector<std::string> LeadOptionsFromHeading(absl::string_view heading, Resolver& resolver);

}  // namespace govgraph

#endif  // GOVGRAPH_IMPORT_LEAD_H_
