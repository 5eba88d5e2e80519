// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Checks one meeting or organisation as RegisterBuilder::Build() checks each
// of them, without building the whole register: for edits that add entities
// to a register one at a time (change sets, organisation changes), at a cost
// that depends on the entity alone.
#ifndef GOVGRAPH_SRC_INTERNAL_ENTITY_CHECK_H_
#define GOVGRAPH_SRC_INTERNAL_ENTITY_CHECK_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"

namespace govgraph::internal {

// What a new entity's references are resolved against: the entities of
// `base`, except the meetings and organisations an edit changes, which are
// given by id (to their position in the edited register) when not null.
struct EditContext {
  const Register* base = nullptr;
  const absl::flat_hash_map<std::string, uint32_t>* meetings = nullptr;
  const absl::flat_hash_map<std::string, uint32_t>* organisations = nullptr;
};

// The problems Build() would report for `meeting` (or `organisation`) were it
// added to the register `context` describes: an empty or duplicate id, an
// empty name, unknown references, bad durations, rates, seats and
// identifiers. Paths start at `path` ("changes[3].meeting") where Build()'s
// start at "meetings[N]"; the messages are Build()'s. Cycles cannot pass
// through an entity nothing refers to yet, so none is looked for.
std::vector<Diagnostic> CheckNewMeeting(const Meeting& meeting, const std::string& path, const EditContext& context);
std::vector<Diagnostic> CheckNewOrganisation(const Organisation& organisation, const std::string& path,
                                          const EditContext& context);

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_ENTITY_CHECK_H_
