// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// register_benchmark: the cost of the foundation's operations on synthetic
// national registers of 1,000 to 100,000 meetings: validating a build, JSON
// parse (from text and from a file, each to a built register) and write, the
// partnership graph, its components, the co-attendance projection and the
// summary.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "govgraph/govgraph.h"
#include "synthetic_register.h"

namespace govgraph::bench {
namespace {

bool WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

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

// From a file to a built register, as govgraph.load_json() loads one: the
// text read with room for simdjson after it.
void BM_LoadJsonFile(benchmark::State& state) {
  const std::string text = *RegisterToJson(MakeRegister(static_cast<int>(state.range(0))));
  const std::string path = absl::StrCat(std::filesystem::temp_directory_path().string(), "/register_benchmark_",
                                        state.range(0), ".json");
  if (!WriteFile(path, text)) {
    state.SkipWithError("cannot write the register to a temporary file");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(LoadRegisterJsonFile(path));
  std::filesystem::remove(path);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_WriteJson(benchmark::State& state) {
  const Register reg = MakeRegister(static_cast<int>(state.range(0)));
  int64_t bytes = 0;
  for (auto _ : state) {
    absl::StatusOr<std::string> text = RegisterToJson(reg);
    bytes += static_cast<int64_t>(text->size());
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(bytes);
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
BENCHMARK(BM_LoadJsonFile) GOVGRAPH_SIZES;
BENCHMARK(BM_WriteJson) GOVGRAPH_SIZES;
BENCHMARK(BM_PartnershipGraph) GOVGRAPH_SIZES;
BENCHMARK(BM_ConnectedComponents) GOVGRAPH_SIZES;
BENCHMARK(BM_CoAttendance) GOVGRAPH_SIZES;
BENCHMARK(BM_Summarise) GOVGRAPH_SIZES;

}  // namespace
}  // namespace govgraph::bench

BENCHMARK_MAIN();
