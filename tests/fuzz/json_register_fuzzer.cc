// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the register JSON loader (io/json.h). It parses valid text with
// simdjson and falls back to the strict parser for everything else, so it
// must give exactly what the strict parser alone gives: the same register or
// the same error. A register that loads must save, and load -> save -> load
// must give the same register and text.
#include <cstddef>
#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/io/json.h"
#include "govgraph/register.h"
#include "io/json_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<govgraph::Register> reg = govgraph::ParseRegisterJson(text);
  absl::StatusOr<govgraph::Register> strict = govgraph::internal::ParseRegisterJsonStrict(text);
  GOVGRAPH_FUZZ_CHECK(reg.ok() == strict.ok());
  if (!reg.ok()) {
    GOVGRAPH_FUZZ_CHECK(reg.status() == strict.status());
    return 0;
  }
  GOVGRAPH_FUZZ_CHECK(*reg == *strict);
  absl::StatusOr<std::string> saved = govgraph::RegisterToJson(*reg);
  if (!saved.ok()) return 0;  // text that is not UTF-8 is refused on saving
  absl::StatusOr<govgraph::Register> again = govgraph::ParseRegisterJson(*saved);
  GOVGRAPH_FUZZ_CHECK(again.ok());
  GOVGRAPH_FUZZ_CHECK(*again == *reg);
  absl::StatusOr<std::string> saved_again = govgraph::RegisterToJson(*again);
  GOVGRAPH_FUZZ_CHECK(saved_again.ok() && *saved_again == *saved);
  // The text written straight is what dump() of the register's value gives.
  GOVGRAPH_FUZZ_CHECK(govgraph::internal::RegisterToJsonValue(*reg).dump(2, ' ', false) + "\n" == *saved);
  return 0;
}
