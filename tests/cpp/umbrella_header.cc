// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// govgraph.h compiles on its own: included first, with nothing before it and
// no precompiled header (tests/CMakeLists.txt builds this file as an object
// library of its own). tests/python/test_architecture.py checks that it
// includes every public header.
#include "govgraph/govgraph.h"

static_assert(GOVGRAPH_VERSION_MAJOR >= 0, "version.h is reached through govgraph.h");

namespace govgraph {
namespace {

// A use of each layer, so that the header is read as a user's program reads it.
[[maybe_unused]] absl::StatusOr<Register> Load(const std::string& path) { return LoadRegisterJsonFile(path); }
[[maybe_unused]] absl::StatusOr<BurdenResult> Measure(const Register& reg) { return Burden(reg); }
[[maybe_unused]] std::string_view KindName() { return Name(MeetingKind::kBoard); }

}  // namespace
}  // namespace govgraph
