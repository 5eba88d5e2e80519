// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// synthetic_register.h: realistic registers of any size for benchmarks.
//
// A national shape: force areas, each with its local authorities, a police
// force and an OPCC, plus health, justice and voluntary bodies; meetings with
// skewed participant counts (most small, a few large), a level, a cadence drawn
// from the common ones, and areas from their force. Deterministic for a seed.
#ifndef GOVGRAPH_BENCHMARKS_SYNTHETIC_REGISTER_H_
#define GOVGRAPH_BENCHMARKS_SYNTHETIC_REGISTER_H_

#include <cstdint>

#include "govgraph/register_builder.h"

namespace govgraph::bench {

struct SyntheticOptions {
  int meetings = 1000;
  int force_areas = 43;
  int councils_per_force = 8;
  uint32_t seed = 1;
};

// A builder holding the synthetic register, ready to Build().
RegisterBuilder MakeSyntheticRegister(const SyntheticOptions& options);

}  // namespace govgraph::bench

#endif  // GOVGRAPH_BENCHMARKS_SYNTHETIC_REGISTER_H_
