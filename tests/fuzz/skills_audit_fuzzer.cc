// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the skills audit's readers (analysis/skills_audit.h): the input is
// read both as a framework (JSON) and as an audit table (CSV) against the
// shipped framework, and an audit that reads is run and formatted.
#include <cstddef>
#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/analysis/skills_audit.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  (void)govgraph::ParseSkillsFrameworkJson(text);
  const govgraph::SkillsFramework& framework = govgraph::BuiltinSkillsFramework();
  absl::StatusOr<govgraph::SkillsAuditTable> table =
      govgraph::ParseSkillsAuditCsv(text, framework, {.file = "fuzz.csv", .cell_names = size % 2 == 0});
  if (table.ok()) {
    absl::StatusOr<govgraph::SkillsAuditResult> r =
        govgraph::SkillsAudit(framework, *table, {.as_of = absl::CivilDay(2018, 2, 1), .holders_wanted = 2});
    if (r.ok()) (void)govgraph::FormatSkillsAudit(*r);
  }
  return 0;
}
