// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// analysis_test_util.h: small registers for the analysis tests, built in a
// line or two each.
#ifndef GOVGRAPH_TESTS_CPP_ANALYSIS_TEST_UTIL_H_
#define GOVGRAPH_TESTS_CPP_ANALYSIS_TEST_UTIL_H_

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "govgraph/io/json.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"

namespace govgraph::testing_util {

// A file of the source tree: "examples/registers/dorset-pcp-2018.json".
inline std::string SourcePath(const std::string& relative) {
  return std::string(GOVGRAPH_SOURCE_DIR) + "/" + relative;
}

// A register from the JSON inside its outer braces, after the schema version:
// Parse(R"("meetings": [...])"). A register that does not load fails the test.
inline Register ParseBody(const std::string& body) {
  absl::StatusOr<Register> reg = ParseRegisterJson(R"({"schema_version": 1, )" + body + "}");
  EXPECT_TRUE(reg.ok()) << reg.status();
  return reg.ok() ? *reg : Register();
}

inline Participant OrgSeat(std::string id, int seats = 1, ParticipationType type = ParticipationType::kMember) {
  Participant p;
  p.party.organisation = std::move(id);
  p.seats = seats;
  p.type = type;
  return p;
}

inline Participant RoleSeat(std::string id, int seats = 1, ParticipationType type = ParticipationType::kMember) {
  Participant p;
  p.party.role = std::move(id);
  p.seats = seats;
  p.type = type;
  return p;
}

// Areas named by their ids ("north", "south"), added to `b`.
inline void AddAreas(RegisterBuilder& b, std::initializer_list<const char*> ids) {
  for (const char* id : ids) {
    Area a;
    a.id = id;
    a.name = id;
    b.AddArea(a);
  }
}

inline Organisation Org(std::string id, std::string name, OrganisationKind kind = OrganisationKind::kOther,
                        std::vector<std::string> areas = {}) {
  Organisation o;
  o.id = std::move(id);
  o.name = std::move(name);
  o.kind = kind;
  for (std::string& a : areas) o.areas.emplace_back(std::move(a));
  return o;
}

inline Meeting Meet(std::string id, std::vector<Participant> participants, Cadence cadence = Cadence::Regular(4),
                    std::vector<std::string> lead = {}) {
  Meeting m;
  m.id = id;
  m.name = "Meeting " + id;
  m.participants = std::move(participants);
  m.cadence = std::move(cadence);
  for (std::string& l : lead) m.lead.organisations.emplace_back(std::move(l));
  return m;
}

inline Register MustBuild(const RegisterBuilder& b) {
  absl::StatusOr<Register> reg = b.Build();
  EXPECT_TRUE(reg.ok()) << reg.status();
  return reg.ok() ? *std::move(reg) : Register();
}

inline std::string ExamplePath() {
  return std::string(GOVGRAPH_SOURCE_DIR) + "/examples/registers/avon-and-somerset-2016.json";
}

inline Register Example() {
  absl::StatusOr<Register> reg = LoadRegisterJsonFile(ExamplePath());
  EXPECT_TRUE(reg.ok()) << reg.status();
  return reg.ok() ? *std::move(reg) : Register();
}

inline MeetingHandle M(const Register& reg, const char* id) {
  std::optional<MeetingHandle> h = reg.FindMeeting(id);
  EXPECT_TRUE(h.has_value()) << id;
  return h.value_or(MeetingHandle());
}

inline OrganisationHandle O(const Register& reg, const char* id) {
  std::optional<OrganisationHandle> h = reg.FindOrganisation(id);
  EXPECT_TRUE(h.has_value()) << id;
  return h.value_or(OrganisationHandle());
}

}  // namespace govgraph::testing_util

#endif  // GOVGRAPH_TESTS_CPP_ANALYSIS_TEST_UTIL_H_
