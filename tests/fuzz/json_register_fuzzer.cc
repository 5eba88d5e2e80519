// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the register JSON loader (io/json.h). A register that loads must
// save, and load -> save -> load must give the same register and text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/io/json.h"
#include "govgraph/register.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<govgraph::Register> reg = govgraph::ParseRegisterJson(text);
  if (!reg.ok()) return 0;
  absl::StatusOr<std::string> saved = govgraph::RegisterToJson(*reg);
  if (!saved.ok()) return 0;  // text that is not UTF-8 is refused on saving
  absl::StatusOr<govgraph::Register> again = govgraph::ParseRegisterJson(*saved);
  GOVGRAPH_FUZZ_CHECK(again.ok());
  GOVGRAPH_FUZZ_CHECK(*again == *reg);
  absl::StatusOr<std::string> saved_again = govgraph::RegisterToJson(*again);
  GOVGRAPH_FUZZ_CHECK(saved_again.ok() && *saved_again == *saved);
  return 0;
}
