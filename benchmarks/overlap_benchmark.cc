// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// overlap_benchmark: FindOverlaps on synthetic national registers of 1,000 to
// 100,000 meetings (default options), and the all-pairs reference at the
// small sizes it can manage.
#include <benchmark/benchmark.h>

#include <map>

#include "govgraph/govgraph.h"
#include "govgraph/overlap/containment.h"
#include "govgraph/overlap/overlap.h"
#include "synthetic_register.h"

namespace govgraph::bench {
namespace {

const Register& Cached(int meetings) {
  static std::map<int, Register>* cache = new std::map<int, Register>();
  auto it = cache->find(meetings);
  if (it == cache->end()) it = cache->emplace(meetings, *MakeSyntheticRegister({.meetings = meetings}).Build()).first;
  return it->second;
}

void BM_FindOverlaps(benchmark::State& state) {
  const Register& reg = Cached(static_cast<int>(state.range(0)));
  size_t pairs = 0;
  for (auto _ : state) pairs = FindOverlaps(reg)->pairs.size();
  state.counters["pairs"] = static_cast<double>(pairs);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_FindOverlapsNaive(benchmark::State& state) {
  const Register& reg = Cached(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(FindOverlapsNaive(reg));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_FindConsumed(benchmark::State& state) {
  const Register& reg = Cached(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(FindConsumedMeetings(reg));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

BENCHMARK(BM_FindOverlaps)->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindOverlapsNaive)->Arg(1'000)->Arg(5'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindConsumed)->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace govgraph::bench

BENCHMARK_MAIN();
