// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// overlap_scale MEETINGS [MIN_SCORE]: one run of the overlap engine on a
// synthetic national register, with the figures that say whether its cost
// follows the similar pairs rather than n^2:
//
//   - time and peak memory (resident set) for generating, building and searching;
//   - sum over participants of degree^2: what a plain co-membership count pays;
//   - index entries walked, candidate pairs, pairs scored, pairs reported, and
//     reported pairs a second;
//   - a memory-bandwidth pass over the participation lists, for scale;
//   - precision and recall against the planted near-duplicates.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "govgraph/govgraph.h"
#include "govgraph/overlap/overlap.h"
#include "synthetic_register.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: overlap_scale MEETINGS [MIN_SCORE]\n");
    return 2;
  }
  const int n = std::atoi(argv[1]);
  govgraph::OverlapOptions options;
  if (argc > 2) options.min_score = std::atof(argv[2]);

  auto start = std::chrono::steady_clock::now();
  absl::StatusOr<govgraph::Register> reg = govgraph::bench::MakeSyntheticRegister({.meetings = n}).Build();
  if (!reg.ok()) {
    std::fprintf(stderr, "error: %s\n", std::string(reg.status().message()).c_str());
    return 1;
  }
  const double generate_s = Seconds(start);

  // The work a co-membership count does, and a pass over the same lists.
  absl::flat_hash_map<uint32_t, int64_t> degree;
  int64_t participations = 0;
  for (const govgraph::Meeting& m : reg->meetings()) {
    for (const govgraph::Participant& p : m.participants) {
      ++degree[p.party.organisation.handle.index()];
      ++participations;
    }
  }
  int64_t degree_squared = 0;
  for (const auto& [org, d] : degree) degree_squared += d * d;
  start = std::chrono::steady_clock::now();
  uint64_t checksum = 0;
  for (int pass = 0; pass < 10; ++pass) {
    for (const govgraph::Meeting& m : reg->meetings()) {
      for (const govgraph::Participant& p : m.participants) checksum += p.party.organisation.handle.index();
    }
  }
  const double pass_s = Seconds(start) / 10;

  start = std::chrono::steady_clock::now();
  absl::StatusOr<govgraph::OverlapResult> result = govgraph::FindOverlaps(*reg, options);
  const double search_s = Seconds(start);
  if (!result.ok()) {
    std::fprintf(stderr, "error: %s\n", std::string(result.status().message()).c_str());
    return 1;
  }

  // Planted duplicates: (copy, original) pairs by index.
  absl::flat_hash_set<std::pair<uint32_t, uint32_t>> planted;
  for (size_t i = 0; i < reg->meetings().size(); ++i) {
    const auto& attrs = reg->meetings()[i].attributes;
    auto it = attrs.find("duplicate_of");
    if (it == attrs.end()) continue;
    const uint32_t original = reg->FindMeeting(it->second)->index();
    planted.insert({std::min<uint32_t>(original, i), std::max<uint32_t>(original, i)});
  }
  int64_t found = 0;
  for (const govgraph::Overlap& o : result->pairs) found += planted.contains({o.a.index, o.b.index});

  const govgraph::OverlapStats& s = result->stats;
  std::printf("meetings                 %d\n", n);
  std::printf("min_score                %.2f (shared features must add %.3f)\n", options.min_score, s.threshold);
  std::printf("generate + build         %.2f s\n", generate_s);
  std::printf("overlap search           %.2f s\n", search_s);
  std::printf("peak memory              %.0f MiB\n", PeakRssMiB());
  std::printf("participations           %lld\n", static_cast<long long>(participations));
  std::printf("sum of degree^2          %lld (co-membership count work)\n", static_cast<long long>(degree_squared));
  std::printf("index                    %lld prefix entries; %lld postings walked\n",
              static_cast<long long>(s.indexed_features), static_cast<long long>(s.postings_scanned));
  std::printf("candidates               %lld pairs whose bound reached min_score where they first meet\n",
              static_cast<long long>(s.candidates));
  std::printf("pairs scored             %lld in full, topics too (all pairs: %.3g)\n", static_cast<long long>(s.pairs_scored),
              0.5 * static_cast<double>(n) * (n - 1));
  std::printf("pairs reported           %zu (%.0f a second)\n", result->pairs.size(),
              static_cast<double>(result->pairs.size()) / search_s);
  std::printf("bandwidth pass           %.4f s over the participation lists (%.0f M participations/s) [%llu]\n",
              pass_s, static_cast<double>(participations) / pass_s / 1e6, static_cast<unsigned long long>(checksum % 10));
  std::printf("planted duplicates       %zu; found %lld: recall %.3f, precision %.3f (other pairs may be real overlaps)\n",
              planted.size(), static_cast<long long>(found),
              planted.empty() ? 1.0 : static_cast<double>(found) / static_cast<double>(planted.size()),
              result->pairs.empty() ? 1.0 : static_cast<double>(found) / static_cast<double>(result->pairs.size()));
  return 0;
}
