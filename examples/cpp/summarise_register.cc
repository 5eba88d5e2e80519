// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// summarise_register: load a register, walk it, and summarise it.
//
// Shows the three things most programs do with govgraph: load a register
// (errors come back as absl::Status naming the file and JSON path), walk its
// meetings with their resolved references, and run an analysis over the
// partnership graph.
//
//   summarise_register examples/registers/avon-and-somerset-2016.json
#include <iostream>

#include "govgraph/govgraph.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: summarise_register REGISTER.json\n";
    return 2;
  }
  absl::StatusOr<govgraph::Register> reg = govgraph::LoadRegisterJsonFile(argv[1]);
  if (!reg.ok()) {
    std::cerr << "error: " << reg.status().message() << "\n";
    return 2;
  }

  // Walk: each meeting with its lead, resolved through handles.
  for (const govgraph::Meeting& m : reg->meetings()) {
    std::cout << m.name << " — " << m.cadence.Describe();
    if (m.lead.none()) {
      std::cout << ", no lead";
    } else {
      std::cout << ", led by";
      for (const auto& org : m.lead.organisations) {
        std::cout << " " << reg->organisation(org.handle).name;
      }
    }
    std::cout << "\n";
  }

  // Analyse: the partnership network's connected parts, and the summary.
  govgraph::PartnershipGraph graph(*reg);
  std::cout << "\n" << govgraph::ConnectedComponents(graph).size() << " connected parts\n\n";
  std::cout << govgraph::FormatSummary(*reg, govgraph::Summarise(*reg));
  return 0;
}
