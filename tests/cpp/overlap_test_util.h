// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// overlap_test_util.h: small registers for the overlap and review tests:
// organisations o0, o1, ... and meetings that list some of them.
#ifndef GOVGRAPH_TESTS_CPP_OVERLAP_TEST_UTIL_H_
#define GOVGRAPH_TESTS_CPP_OVERLAP_TEST_UTIL_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"
#include "gtest/gtest.h"

namespace govgraph::overlap_test_util {

inline Organisation Org(const std::string& id) {
  Organisation o;
  o.id = id;
  o.name = absl::StrCat("Org ", id);
  return o;
}

// "Meeting <id>", each of `orgs` a member.
inline Meeting MakeMeeting(const std::string& id, std::vector<std::string> orgs, const std::string& purpose = "") {
  Meeting m;
  m.id = id;
  m.name = absl::StrCat("Meeting ", id);
  m.purpose = purpose;
  for (const std::string& o : orgs) {
    Participant p;
    p.party.organisation = o;
    m.participants.push_back(p);
  }
  return m;
}

inline Register Build(RegisterBuilder& b) {
  absl::StatusOr<Register> reg = b.Build();
  EXPECT_TRUE(reg.ok()) << reg.status();
  return *reg;
}

// A builder holding organisations o0 .. o{n-1}.
inline RegisterBuilder WithOrgs(int n) {
  RegisterBuilder b;
  for (int i = 0; i < n; ++i) b.AddOrganisation(Org(absl::StrCat("o", i)));
  return b;
}

}  // namespace govgraph::overlap_test_util

#endif  // GOVGRAPH_TESTS_CPP_OVERLAP_TEST_UTIL_H_
