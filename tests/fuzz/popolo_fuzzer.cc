// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the Popolo reader (io/popolo.h): collections, single objects and the
// objects embedded in them. A document that imports gives a register that
// exports to Popolo and imports back unchanged.
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/io/popolo.h"
#include "govgraph/register.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  (void)govgraph::LooksLikePopolo(text);
  absl::StatusOr<govgraph::PopoloImport> result = govgraph::ParsePopolo(text);
  if (!result.ok()) return 0;
  absl::StatusOr<std::string> exported = govgraph::RegisterToPopolo(result->reg);
  if (!exported.ok()) return 0;  // text that is not UTF-8 is refused on writing
  absl::StatusOr<govgraph::PopoloImport> back = govgraph::ParsePopolo(*exported);
  GOVGRAPH_FUZZ_CHECK(back.ok());
  GOVGRAPH_FUZZ_CHECK(back->reg == result->reg);
  return 0;
}
