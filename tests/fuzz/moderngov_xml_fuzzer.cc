// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the XML reader through the ModernGov import (import/moderngov.h):
// DetectModernGovResponse, ParseModernGov and ImportModernGov. Any input must
// give a document or an error, and whatever is read must build a register.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/import/moderngov.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  (void)govgraph::DetectModernGovResponse(text);
  absl::StatusOr<govgraph::ModernGovDocument> doc = govgraph::ParseModernGov(text, "fuzz.xml");
  if (!doc.ok()) {
    // Errors name the file.
    GOVGRAPH_FUZZ_CHECK(absl::StartsWith(doc.status().message(), "fuzz.xml"));
    return 0;
  }
  for (const govgraph::ModernGovMeeting& m : doc->meetings) {
    GOVGRAPH_FUZZ_CHECK(!m.date || !m.date_text.empty());
  }
  for (const govgraph::Diagnostic& d : doc->diagnostics) GOVGRAPH_FUZZ_CHECK(d.file == "fuzz.xml");
  govgraph::ModernGovOptions options;
  options.council = "Fuzz Council";
  absl::StatusOr<govgraph::ModernGovImportResult> result = govgraph::ImportModernGov({*std::move(doc)}, options);
  // Whatever was read builds a register.
  GOVGRAPH_FUZZ_CHECK(result.ok());
  GOVGRAPH_FUZZ_CHECK(result->cadences.size() == result->reg.meetings().size());
  return 0;
}
