// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// Shared by the import tests: the bundled example's areas, organisations,
// roles and people, without its meetings, as a base register.
#ifndef GOVGRAPH_TESTS_CPP_IMPORT_TEST_UTIL_H_
#define GOVGRAPH_TESTS_CPP_IMPORT_TEST_UTIL_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "govgraph/io/json.h"
#include "govgraph/model.h"
#include "govgraph/register_builder.h"

namespace govgraph::testing_import {

inline const Register& ExampleBase() {
  static const Register* const base = [] {
    absl::StatusOr<Register> example =
        LoadRegisterJsonFile(GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016.json");
    if (!example.ok()) return new Register();
    RegisterBuilder b(*example);
    b.meetings().clear();
    absl::StatusOr<Register> reg = std::move(b).Build();
    return new Register(reg.ok() ? *std::move(reg) : Register());
  }();
  return *base;
}

// "organisation=x,role=y,person=z" for a party.
inline std::string P(const Party& p) {
  std::vector<std::string> parts;
  if (!p.organisation.empty()) parts.push_back("organisation=" + p.organisation.id);
  if (!p.role.empty()) parts.push_back("role=" + p.role.id);
  if (!p.person.empty()) parts.push_back("person=" + p.person.id);
  return absl::StrJoin(parts, ",");
}

inline std::vector<std::string> Parties(const std::vector<Participant>& ps) {
  std::vector<std::string> out;
  for (const Participant& p : ps) out.push_back(P(p.party));
  return out;
}

inline std::vector<std::string> Notes(const std::vector<Participant>& ps) {
  std::vector<std::string> out;
  for (const Participant& p : ps) out.push_back(p.note);
  return out;
}

}  // namespace govgraph::testing_import

#endif  // GOVGRAPH_TESTS_CPP_IMPORT_TEST_UTIL_H_
