// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the action plan reader (analysis/action_plan.h): a plan that reads
// is written back and must read back to the same text, and its progress is
// taken (against the bundled Avon and Somerset register too) and formatted.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/analysis/action_plan.h"
#include "govgraph/io/json.h"

namespace {

const govgraph::Register& Avon() {
  static const govgraph::Register* const reg = [] {
    absl::StatusOr<govgraph::Register> r =
        govgraph::LoadRegisterJsonFile(GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016.json");
    return new govgraph::Register(r.ok() ? *r : govgraph::Register());
  }();
  return *reg;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<govgraph::ActionPlan> plan = govgraph::ParseActionPlanJson(text);
  if (!plan.ok()) return 0;
  const std::string json = govgraph::ActionPlanToJson(*plan);
  absl::StatusOr<govgraph::ActionPlan> again = govgraph::ParseActionPlanJson(json);
  if (!again.ok() || govgraph::ActionPlanToJson(*again) != json) std::abort();
  for (const govgraph::Register* reg : {static_cast<const govgraph::Register*>(nullptr), &Avon()}) {
    absl::StatusOr<govgraph::ActionProgressResult> r =
        govgraph::ActionProgress(*plan, reg, {.as_of = absl::CivilDay(2018, 2, 1), .due_soon_days = 30});
    if (r.ok()) (void)govgraph::FormatActionProgress(*r);
  }
  return 0;
}
