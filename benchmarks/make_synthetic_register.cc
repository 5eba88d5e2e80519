// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// make_synthetic_register MEETINGS OUT.json [SEED]: writes a synthetic
// national register, for peer comparisons and manual experiments.
#include <cstdlib>
#include <iostream>
#include <string>

#include "govgraph/govgraph.h"
#include "synthetic_register.h"

int main(int argc, char** argv) {
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: make_synthetic_register MEETINGS OUT.json [SEED]\n";
    return 2;
  }
  govgraph::bench::SyntheticOptions options;
  options.meetings = std::atoi(argv[1]);
  if (argc == 4) options.seed = static_cast<uint32_t>(std::strtoul(argv[3], nullptr, 10));
  absl::StatusOr<govgraph::Register> reg = govgraph::bench::MakeSyntheticRegister(options).Build();
  if (!reg.ok()) {
    std::cerr << "error: " << reg.status().message() << "\n";
    return 1;
  }
  absl::Status saved = govgraph::SaveRegisterJsonFile(*reg, argv[2]);
  if (!saved.ok()) {
    std::cerr << "error: " << saved.message() << "\n";
    return 1;
  }
  return 0;
}
