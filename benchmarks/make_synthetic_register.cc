// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// make_synthetic_register [--shape national|skewed] MEETINGS OUT.json [SEED]:
// writes a synthetic register (synthetic_register.h), for peer comparisons
// and manual experiments.
#include <cstdlib>
#include <iostream>
#include <string>

#include "govgraph/govgraph.h"
#include "synthetic_register.h"

int main(int argc, char** argv) {
  std::string shape = "national";
  if (argc > 2 && std::string(argv[1]) == "--shape") {
    shape = argv[2];
    argc -= 2;
    argv += 2;
  }
  if (argc < 3 || argc > 4 || (shape != "national" && shape != "skewed")) {
    std::cerr << "usage: make_synthetic_register [--shape national|skewed] MEETINGS OUT.json [SEED]\n";
    return 2;
  }
  govgraph::bench::SyntheticOptions options;
  options.meetings = std::atoi(argv[1]);
  if (argc == 4) options.seed = static_cast<uint32_t>(std::strtoul(argv[3], nullptr, 10));
  absl::StatusOr<govgraph::Register> reg = (shape == "national" ? govgraph::bench::MakeSyntheticRegister(options)
                                                                 : govgraph::bench::MakeSkewedRegister(options))
                                               .Build();
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
