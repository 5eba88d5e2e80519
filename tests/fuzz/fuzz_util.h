// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Shared by the fuzz targets: the bundled example's areas, organisations,
// roles and people (without its meetings) as a base register for the name
// resolver, and a check that aborts so libFuzzer reports a broken property.
#ifndef GOVGRAPH_TESTS_FUZZ_FUZZ_UTIL_H_
#define GOVGRAPH_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "govgraph/io/json.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"

namespace govgraph::fuzz {

// A property every input must keep; a failure is a finding like a crash.
#define GOVGRAPH_FUZZ_CHECK(cond)                                                   \
  do {                                                                              \
    if (!(cond)) {                                                                  \
      std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                 \
    }                                                                               \
  } while (0)

inline const Register& ExampleBase() {
  static const Register* const base = [] {
    absl::StatusOr<Register> example =
        LoadRegisterJsonFile(GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016.json");
    if (!example.ok()) {
      std::fprintf(stderr, "fuzz: cannot load the example register: %s\n",
                   std::string(example.status().message()).c_str());
      std::abort();
    }
    RegisterBuilder b(*example);
    b.meetings().clear();
    absl::StatusOr<Register> reg = std::move(b).Build();
    if (!reg.ok()) std::abort();
    return new Register(*std::move(reg));
  }();
  return *base;
}

// The ids of the example's local authority areas (for groups that expand, "LAs").
inline const std::vector<std::string>& ExampleLocalAreas() {
  static const std::vector<std::string>* const areas = [] {
    auto* out = new std::vector<std::string>;
    for (const Area& a : ExampleBase().areas()) {
      if (a.kind == AreaKind::kLocalAuthority) out->push_back(a.id);
    }
    return out;
  }();
  return *areas;
}

}  // namespace govgraph::fuzz

#endif  // GOVGRAPH_TESTS_FUZZ_FUZZ_UTIL_H_
