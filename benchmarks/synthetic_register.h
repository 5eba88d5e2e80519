// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// synthetic_register.h: realistic registers of any size for benchmarks.
//
// A national shape: force areas, each with its local authorities, a police
// force and an OPCC, plus health, justice and voluntary bodies; meetings with
// skewed participant counts (most small, a few large) in which the force's
// police and OPCC sit far more often than anyone else, as in real registers;
// topics from shared themes with purpose text drawn from each theme's
// vocabulary; a level, a cadence drawn from the common ones, and areas from
// their force. A share of meetings are planted near-duplicates of an earlier
// one (attributes["duplicate_of"] names it): the ground truth for precision
// and recall. Deterministic for a seed.
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
  double duplicate_share = 0.02;  // meetings planted as near-copies of an earlier one
};

// A builder holding the synthetic register, ready to Build().
RegisterBuilder MakeSyntheticRegister(const SyntheticOptions& options);

}  // namespace govgraph::bench

#endif  // GOVGRAPH_BENCHMARKS_SYNTHETIC_REGISTER_H_
