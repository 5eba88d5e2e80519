// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the "key participants" parser (import/participants.h) with the
// bundled example as the base register (and the example's local authority
// areas, so groups such as "LAs" expand), and with no base at all.
#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/import/aliases.h"
#include "govgraph/import/participants.h"
#include "govgraph/import/resolver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view cell(reinterpret_cast<const char*>(data), size);
  {
    govgraph::Resolver resolver(&govgraph::fuzz::ExampleBase(), govgraph::AliasTable::Builtin());
    govgraph::ParticipantOptions options;
    options.areas = govgraph::fuzz::ExampleLocalAreas();
    options.provenance = "row 2";
    govgraph::ParticipantsResult r = govgraph::ParseParticipants(cell, resolver, options);
    for (const govgraph::Participant& p : r.participants) (void)resolver.Describe(p.party);
  }
  {
    govgraph::Resolver resolver(nullptr, govgraph::AliasTable::Builtin());
    (void)govgraph::ParseParticipants(cell, resolver);
  }
  return 0;
}
