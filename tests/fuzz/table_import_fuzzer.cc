// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the whole table import (import/table_import.h): CSV text to a
// register, with the bundled example as the base register.
#include <cstddef>
#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/import/table_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  govgraph::ImportOptions options;
  options.base = &govgraph::fuzz::ExampleBase();
  absl::StatusOr<govgraph::ImportResult> r = govgraph::ImportCsv(text, options);
  if (r.ok()) {
    for (const govgraph::Diagnostic& d : r->diagnostics) (void)d.ToString();
  }
  return 0;
}
