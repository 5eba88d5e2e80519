// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Fuzzes the forward plan reader (calendar/forward_plan.h): a plan that reads
// is checked against the bundled Dorset register and cycle plan, with the
// default options and with the spread rules relaxed, and the check formatted.
#include <cstddef>
#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/calendar/forward_plan.h"
#include "govgraph/io/json.h"

namespace {

struct Dorset {
  govgraph::Register reg;
  govgraph::CyclePlan plan;
};

const Dorset& Load() {
  static const Dorset* const d = [] {
    auto* out = new Dorset;
    absl::StatusOr<govgraph::Register> r =
        govgraph::LoadRegisterJsonFile(GOVGRAPH_SOURCE_DIR "/examples/registers/dorset-pcp-2018.json");
    if (r.ok()) out->reg = *r;
    absl::StatusOr<govgraph::CyclePlan> p =
        govgraph::LoadCyclePlanJsonFile(GOVGRAPH_SOURCE_DIR "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
    if (p.ok()) out->plan = *p;
    return out;
  }();
  return *d;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const absl::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<govgraph::ForwardPlan> plan = govgraph::ParseForwardPlanJson(text);
  if (!plan.ok()) return 0;
  for (const govgraph::ForwardPlanOptions& options :
       {govgraph::ForwardPlanOptions{}, govgraph::ForwardPlanOptions{.year = 2018, .max_thematic_per_sitting = 1,
                                                                     .spread_over_halves = false}}) {
    absl::StatusOr<govgraph::ForwardPlanCheckResult> c = govgraph::CheckForwardPlan(Load().reg, Load().plan, *plan, options);
    if (c.ok()) (void)govgraph::FormatForwardPlanCheck(*c);
  }
  return 0;
}
