// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// synthetic_register.h: realistic registers of any size for benchmarks.
//
// A national shape: force areas, each with its local authorities, a police
// force and an OPCC, plus health, justice and voluntary bodies; meetings at
// three tiers: force-wide boards and council-area meetings (a few dozen of
// each per force or council, whatever the size) and neighbourhood meetings
// (about thirty to a neighbourhood, each neighbourhood with its own school,
// housing provider, residents' and community groups and a place name its
// meetings mention), so a larger register has more places rather than ever
// more meetings of the same partners. Participant counts are skewed (most
// small, a few large) and the force's police sit in most meetings and the
// OPCC in most force-wide ones, as in real registers; topics come from shared
// themes with purpose text drawn from each theme's vocabulary; a level, a
// cadence drawn from the common ones, and areas from the meeting's tier. A
// share of meetings are planted near-duplicates of an earlier one
// (attributes["duplicate_of"] names it): the ground truth for precision and
// recall. Deterministic for a seed.
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

// The second shape (skewed_register.cc): five regions, a handful of bodies in
// most meetings, power-law participation and vocabulary. Reads `meetings`,
// `seed` and `duplicate_share`.
RegisterBuilder MakeSkewedRegister(const SyntheticOptions& options);

}  // namespace govgraph::bench

#endif  // GOVGRAPH_BENCHMARKS_SYNTHETIC_REGISTER_H_
