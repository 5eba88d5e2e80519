// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// overlap_scale [--shape national|skewed] [--json FILE] [--jaccard]
//               [--threads T] [--no-explain] [--top-k K] MEETINGS [MIN_SCORE]:
// one run of the overlap engine on a synthetic register, with the figures
// that say whether its cost follows the similar pairs rather than n^2:
//
//   - time of each phase (loading or generating, features, search,
//     explanations), CPU time, and peak memory (resident set) of the whole run;
//   - sum over participants of degree^2: what a plain co-membership count pays;
//   - index entries walked, candidate pairs, pairs scored, pairs reported, and
//     index entries walked for each pair reported;
//   - the work rate's floor beside it: a memory-bandwidth pass over the
//     participation lists plus an output pass writing the reported pairs;
//   - precision and recall against the planted near-duplicates.
//
// --json reads the register from a file (make_synthetic_register), so the
// loading is timed and counted in peak memory; MEETINGS is then only echoed.
// --jaccard asks for plain participant Jaccard (only the participant signal,
// organisations only, every involvement weighing 1, no specificity, prior,
// evidence floor or top_k), as benchmarks/peer_overlap.py does.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "govgraph/govgraph.h"
#include "govgraph/overlap/overlap.h"
#include "synthetic_register.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto s = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return s(usage.ru_utime) + s(usage.ru_stime);
}

int Usage() {
  std::fprintf(stderr,
               "usage: overlap_scale [--shape national|skewed] [--json FILE] [--jaccard] [--threads T] "
               "[--no-explain] [--top-k K] MEETINGS [MIN_SCORE]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shape = "national", json;
  bool jaccard = false;
  govgraph::OverlapOptions options;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--shape" && has_value) {
      shape = argv[++i];
    } else if (arg == "--json" && has_value) {
      json = argv[++i];
    } else if (arg == "--threads" && has_value) {
      options.threads = std::atoi(argv[++i]);
    } else if (arg == "--top-k" && has_value) {
      options.top_k = std::atoi(argv[++i]);
    } else if (arg == "--jaccard") {
      jaccard = true;
    } else if (arg == "--no-explain") {
      options.explain = false;
    } else if (arg.starts_with("--")) {
      return Usage();
    } else {
      positional.emplace_back(arg);
    }
  }
  if (positional.empty() || positional.size() > 2 || (shape != "national" && shape != "skewed")) return Usage();
  const int n = std::atoi(positional[0].c_str());
  if (positional.size() > 1) options.min_score = std::atof(positional[1].c_str());
  if (jaccard) {
    options.weights = {.participants = 1, .topics = 0, .areas = 0, .level = 0, .cadence = 0};
    options.involvement = {1, 1, 1, 1, 1, 1, 1};
    options.include_roles = false;
    options.include_leads = false;
    options.explain = false;
    options.participant_specificity = false;
    options.participant_prior = 0;
    options.min_shared_specificity = 0;
    options.min_topic_evidence = 0;
    options.top_k = 0;
  }

  auto start = Clock::now();
  absl::StatusOr<govgraph::Register> reg =
      !json.empty()         ? govgraph::LoadRegisterJsonFile(json)
      : shape == "national" ? govgraph::bench::MakeSyntheticRegister({.meetings = n}).Build()
                            : govgraph::bench::MakeSkewedRegister({.meetings = n}).Build();
  if (!reg.ok()) {
    std::fprintf(stderr, "error: %s\n", std::string(reg.status().message()).c_str());
    return 1;
  }
  const double load_s = Seconds(start);
  const double load_cpu = CpuSeconds();

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
  start = Clock::now();
  uint64_t checksum = 0;
  for (int pass = 0; pass < 10; ++pass) {
    for (const govgraph::Meeting& m : reg->meetings()) {
      for (const govgraph::Participant& p : m.participants) checksum += p.party.organisation.handle.index();
    }
  }
  const double pass_s = Seconds(start) / 10;

  // Each stage's span, from the progress calls (the first at 0, the last at total).
  struct Span {
    Clock::time_point begin, end;
    double cpu_begin = 0, cpu_end = 0;  // CPU seconds of the process (every thread)
  };
  std::vector<std::pair<std::string, Span>> stages;
  options.progress = [&](std::string_view stage, int64_t done, int64_t total) {
    if (stages.empty() || stages.back().first != stage) {
      stages.push_back({std::string(stage), {Clock::now(), {}, CpuSeconds(), 0}});
    }
    if (done == total) stages.back().second.end = Clock::now(), stages.back().second.cpu_end = CpuSeconds();
  };
  const double cpu_before = CpuSeconds();
  start = Clock::now();
  absl::StatusOr<govgraph::OverlapResult> result = govgraph::FindOverlaps(*reg, options);
  const double search_s = Seconds(start);
  const double search_cpu = CpuSeconds() - cpu_before;
  if (!result.ok()) {
    std::fprintf(stderr, "error: %s\n", std::string(result.status().message()).c_str());
    return 1;
  }

  // The output pass: each reported pair written out once (the two ids and the score).
  start = Clock::now();
  std::string out;
  out.reserve(result->pairs.size() * 48);
  for (const govgraph::Overlap& o : result->pairs) {
    out += govgraph::ItemId(*reg, o.a);
    out += ',';
    out += govgraph::ItemId(*reg, o.b);
    char score[32];
    const int len = std::snprintf(score, sizeof score, ",%.4f\n", o.score);
    out.append(score, static_cast<size_t>(len));
  }
  const double output_s = Seconds(start);

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
  const double reported = static_cast<double>(result->pairs.size());
  std::printf("meetings                 %zu (%s%s)\n", reg->meetings().size(), json.empty() ? "generated, " : "",
              json.empty() ? shape.c_str() : json.c_str());
  std::printf("rule                     %s%s\n", result->rule.Describe().c_str(), jaccard ? "; plain participant Jaccard" : "");
  std::printf("min_score                %.2f (shared features must add %.3f)\n", result->rule.min_score, s.threshold);
  std::printf("%-24s %.2f s (%.2f s CPU)\n", json.empty() ? "generate + build" : "load JSON", load_s, load_cpu);
  for (const auto& [stage, span] : stages) {
    std::printf("  %-22s %.2f s (%.2f s CPU)\n", stage.c_str(), std::chrono::duration<double>(span.end - span.begin).count(),
                span.cpu_end - span.cpu_begin);
  }
  std::printf("overlap search           %.2f s (%.2f s CPU)\n", search_s, search_cpu);
  std::printf("load + search            %.2f s\n", load_s + search_s);
  std::printf("peak memory              %.0f MiB\n", PeakRssMiB());
  std::printf("participations           %lld\n", static_cast<long long>(participations));
  std::printf("sum of degree^2          %lld (co-membership count work)\n", static_cast<long long>(degree_squared));
  std::printf("index                    %lld prefix entries; %lld postings walked\n",
              static_cast<long long>(s.indexed_features), static_cast<long long>(s.postings_scanned));
  std::printf("candidates               %lld pairs whose bound reached min_score where they first meet\n",
              static_cast<long long>(s.candidates));
  std::printf("pairs scored             %lld in full, topics too (all pairs: %.3g)\n", static_cast<long long>(s.pairs_scored),
              0.5 * static_cast<double>(reg->meetings().size()) * (static_cast<double>(reg->meetings().size()) - 1));
  std::printf("pairs reported           %zu (%.0f a second)\n", result->pairs.size(), reported / search_s);
  std::printf("work rate                %.1f postings walked and %.1f candidates a reported pair\n",
              static_cast<double>(s.postings_scanned) / std::max(reported, 1.0),
              static_cast<double>(s.candidates) / std::max(reported, 1.0));
  std::printf("bandwidth pass           %.4f s over the participation lists (%.0f M participations/s) [%llu]\n",
              pass_s, static_cast<double>(participations) / pass_s / 1e6, static_cast<unsigned long long>(checksum % 10));
  std::printf("output pass              %.4f s writing the reported pairs (%zu bytes)\n", output_s, out.size());
  std::printf("floor                    %.3f s (bandwidth + output); search is %.0fx it\n", pass_s + output_s,
              search_s / std::max(pass_s + output_s, 1e-9));
  std::printf("planted duplicates       %zu; found %lld: recall %.3f, precision %.3f (other pairs may be real overlaps)\n",
              planted.size(), static_cast<long long>(found),
              planted.empty() ? 1.0 : static_cast<double>(found) / static_cast<double>(planted.size()),
              result->pairs.empty() ? 1.0 : static_cast<double>(found) / reported);
  return 0;
}
