// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the lead parser (import/lead.h): the input as a lead cell, with
// "Joint" standing for the partners of the column heading "Lead (OPCC,
// Constabulary or Joint)", and the input as a lead column's heading.
#include <cstddef>
#include <cstdint>

#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/import/aliases.h"
#include "govgraph/import/lead.h"
#include "govgraph/import/resolver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  {
    govgraph::Resolver resolver(&govgraph::fuzz::ExampleBase(), govgraph::AliasTable::Builtin());
    govgraph::LeadOptions options;
    options.joint = govgraph::LeadOptionsFromHeading("Lead (OPCC, Constabulary or Joint)", resolver);
    govgraph::LeadResult r = govgraph::ParseLead(text, resolver, options);
    // The cell as written, less surrounding white space.
    GOVGRAPH_FUZZ_CHECK(text.find(r.lead.text) != absl::string_view::npos);
    (void)resolver.Describe(r.chair);
  }
  {
    govgraph::Resolver resolver(nullptr, govgraph::AliasTable::Builtin());
    (void)govgraph::ParseLead(text, resolver);
    (void)govgraph::LeadOptionsFromHeading(text, resolver);
  }
  return 0;
}
