// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the frequency parser (cadence.h): any text gives a cadence or an
// error; a cadence keeps its text (blank text is not stated) and its rates are finite and not negative.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "fuzz_util.h"
#include "govgraph/cadence.h"

namespace {
bool Sane(std::optional<double> rate) { return !rate || (std::isfinite(*rate) && *rate >= 0); }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<govgraph::Cadence> c = govgraph::ParseCadence(text);
  if (!c.ok()) return 0;
  // The text as written (blank text is "not stated", with no text).
  GOVGRAPH_FUZZ_CHECK(c->text() == text || c->text().empty());
  GOVGRAPH_FUZZ_CHECK(Sane(c->per_year()));
  for (const govgraph::Cadence::AreaRate& e : c->exceptions()) GOVGRAPH_FUZZ_CHECK(Sane(e.per_year));
  (void)c->Describe();
  (void)govgraph::Name(c->kind());
  return 0;
}
