// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// progress.h: how far a long operation has gone, for the caller to show.
///
/// The library prints nothing; an operation that can take more than a few
/// seconds on a national register (FindOverlaps) takes a ProgressCallback in
/// its options and says how far it has gone. The Python module and the
/// command line draw it as a bar on a terminal.
///
/// ```
///   OverlapOptions options;
///   options.progress = [](std::string_view stage, int64_t done, int64_t total) {
///     std::fprintf(stderr, "\r%.*s %lld/%lld", int(stage.size()), stage.data(), done, total);
///   };
/// ```
#ifndef GOVGRAPH_PROGRESS_H_
#define GOVGRAPH_PROGRESS_H_

#include <cstdint>
#include <functional>
#include <string_view>

namespace govgraph {

/// Called with the stage under way ("search", "explanations"), the units
/// done and the units in all: from any thread but never from two at once,
/// about a hundred times a stage at most, and once with done == total when a
/// stage ends. It should return quickly; the operation waits for it.
using ProgressCallback = std::function<void(std::string_view stage, int64_t done, int64_t total)>;

}  // namespace govgraph

#endif  // GOVGRAPH_PROGRESS_H_
