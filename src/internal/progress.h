// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// One stage of a long operation, reported to a ProgressCallback as workers
// finish units of it: each hundredth of the stage once, whichever worker
// crosses it, the calls one at a time.
#ifndef GOVGRAPH_SRC_INTERNAL_PROGRESS_H_
#define GOVGRAPH_SRC_INTERNAL_PROGRESS_H_

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string_view>
#include <utility>

#include "govgraph/progress.h"

namespace govgraph::internal {

class StageProgress {
 public:
  // Reports nothing when `callback` is empty.
  StageProgress(ProgressCallback callback, std::string_view stage, int64_t total)
      : callback_(std::move(callback)), stage_(stage), total_(std::max<int64_t>(total, 0)), step_(std::max<int64_t>(total_ / 100, 1)) {
    if (callback_) callback_(stage_, 0, total_);
  }
  StageProgress(const StageProgress&) = delete;
  StageProgress& operator=(const StageProgress&) = delete;
  // The stage's end, however it ended.
  ~StageProgress() {
    if (callback_) callback_(stage_, total_, total_);
  }

  // `units` more done; safe from several workers.
  void Add(int64_t units) {
    if (!callback_) return;
    const int64_t done = done_.fetch_add(units, std::memory_order_relaxed) + units;
    if (done / step_ == (done - units) / step_ || done >= total_) return;  // no hundredth crossed
    std::lock_guard<std::mutex> lock(mutex_);
    if (done > reported_) {
      reported_ = done;
      callback_(stage_, done, total_);
    }
  }

 private:
  const ProgressCallback callback_;
  const std::string_view stage_;
  const int64_t total_;
  const int64_t step_;
  std::atomic<int64_t> done_{0};
  std::mutex mutex_;
  int64_t reported_ = 0;
};

}  // namespace govgraph::internal

#endif  // GOVGRAPH_SRC_INTERNAL_PROGRESS_H_
