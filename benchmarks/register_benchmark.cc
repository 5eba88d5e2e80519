// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// register_benchmark: the cost of the foundation's operations on synthetic
// national registers of 1,000 to 100,000 meetings: validating a build, JSON
// parse and write, the partnership graph, its components, the co-attendance
// projection and the summary.
#include <benchmark/benchmark.h>

#include <string>

#include "govgraph/govgraph.h"
#include "synthetic_register.h"

namespace govgraph::bench {
namespace {

Register MakeRegister(int meetings) {
  return *MakeSyntheticRegister({.meetings = meetings}).Build();
}

void BM_Build(benchmark::State& state) {
  RegisterBuilder b = MakeSyntheticRegister({.meetings = static_cast<int>(state.range(0))});
  for (auto _ : state) benchmark::DoNotOptimize(b.Build());
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ParseJson(benchmark::State& state) {
  const std::string text = *RegisterToJson(MakeRegister(static_cast<int>(state.range(0))));
  for (auto _ : state) benchmark::DoNotOptimize(ParseRegisterJson(text));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_WriteJson(benchmark::State& state) {
  const Register reg = MakeRegister(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(RegisterToJson(reg));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_PartnershipGraph(benchmark::State& state) {
  const Register reg = MakeRegister(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    PartnershipGraph g(reg);
    benchmark::DoNotOptimize(g.graph());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ConnectedComponents(benchmark::State& state) {
  const Register reg = MakeRegister(static_cast<int>(state.range(0)));
  const PartnershipGraph g(reg);
  for (auto _ : state) benchmark::DoNotOptimize(ConnectedComponents(g));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_CoAttendance(benchmark::State& state) {
  const Register reg = MakeRegister(static_cast<int>(state.range(0)));
  const PartnershipGraph g(reg);
  for (auto _ : state) benchmark::DoNotOptimize(ProjectCoAttendance(g));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_Summarise(benchmark::State& state) {
  const Register reg = MakeRegister(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(Summarise(reg));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

#define GOVGRAPH_SIZES ->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)
BENCHMARK(BM_Build) GOVGRAPH_SIZES;
BENCHMARK(BM_ParseJson) GOVGRAPH_SIZES;
BENCHMARK(BM_WriteJson) GOVGRAPH_SIZES;
BENCHMARK(BM_PartnershipGraph) GOVGRAPH_SIZES;
BENCHMARK(BM_ConnectedComponents) GOVGRAPH_SIZES;
BENCHMARK(BM_CoAttendance) GOVGRAPH_SIZES;
BENCHMARK(BM_Summarise) GOVGRAPH_SIZES;

}  // namespace
}  // namespace govgraph::bench

BENCHMARK_MAIN();
