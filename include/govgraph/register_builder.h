// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// register_builder.h: assemble and validate a Register.
///
/// Add entities in any order (references may point forward); Build() resolves
/// every Ref and checks the whole map. Problems name the entity kind, its
/// position, the field and the id, in the same path form the JSON loader uses
/// (Diagnostic, diagnostic.h, with its path and a code):
///
/// ```
///   meetings[3].participants[2].organisation: unknown organisation "hmcts" (meeting "lcjb")
/// ```
///
/// ```
///   RegisterBuilder b;
///   b.AddOrganisation({{.id = "opcc", .name = "Office of the PCC"},
///                      OrganisationKind::kPoliceAndCrimeCommissioner});
///   b.AddMeeting(meeting);
///   absl::StatusOr<Register> reg = std::move(b).Build();
/// ```
///
/// Checked: empty and duplicate ids (per kind); dangling references
/// (participants, lead, chair, reports-to, parents, areas, topics, roles,
/// cadence exception areas); participants with nothing set; reporting cycles
/// between meetings and parent cycles among organisations, areas and topics;
/// negative, non-finite or implausibly large durations, rates and seats (the
/// bounds below, so that no total can overflow); initiatives that end before
/// they start. Memberships: person, meeting, council, substitute-for and led
/// topics resolved; a councillor's seat names a council and an independent's
/// none; a substitute does not substitute for themselves, and the member named
/// sits on the same meeting; a term does not end before it starts; and a
/// person holds one seat on a meeting at a time (terms, open ends included,
/// do not overlap).
#ifndef GOVGRAPH_REGISTER_BUILDER_H_
#define GOVGRAPH_REGISTER_BUILDER_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "govgraph/diagnostic.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

/// The largest values a register may hold: beyond what any real register
/// records, and small enough that hours-a-year totals stay finite.
inline constexpr double kMaxSittingHours = 168;      ///< a week
inline constexpr double kMaxSittingsPerYear = 8784;  ///< hourly, in a leap year
inline constexpr int kMaxSeats = 100000;              ///< people one participant stands for

class RegisterBuilder {
 public:
  RegisterBuilder() = default;
  /// Starts from a copy of an existing register's contents, to edit it.
  explicit RegisterBuilder(const Register& from);

  RegisterBuilder& SetInfo(RegisterInfo info);
  RegisterBuilder& SetDefaults(RegisterDefaults defaults);

  RegisterBuilder& AddArea(Area area);
  RegisterBuilder& AddOrganisation(Organisation organisation);
  RegisterBuilder& AddRole(Role role);
  RegisterBuilder& AddPerson(Person person);
  RegisterBuilder& AddTopic(Topic topic);
  RegisterBuilder& AddMeeting(Meeting meeting);
  RegisterBuilder& AddInitiative(Initiative initiative);
  RegisterBuilder& AddMembership(Membership membership);

  /// The entities added so far, in order, for editing before Build().
  std::vector<Area>& areas() { return areas_; }
  std::vector<Organisation>& organisations() { return organisations_; }
  std::vector<Role>& roles() { return roles_; }
  std::vector<Person>& people() { return people_; }
  std::vector<Topic>& topics() { return topics_; }
  std::vector<Meeting>& meetings() { return meetings_; }
  std::vector<Initiative>& initiatives() { return initiatives_; }
  std::vector<Membership>& memberships() { return memberships_; }

  /// Every problem, in a stable order (by kind, then position). Empty when
  /// Build() would succeed.
  std::vector<Diagnostic> Check() const;

  /// The register, or InvalidArgumentError listing the problems (the first
  /// ten, then a count of the rest), all on one line separated by "; ".
  absl::StatusOr<Register> Build() const&;
  absl::StatusOr<Register> Build() &&;

 private:
  /// Moves the entities into `reg`, indexes them, resolves every Ref in place
  /// and returns the problems found.
  static std::vector<Diagnostic> Assemble(RegisterBuilder&& from, Register& reg);

  RegisterInfo info_;
  RegisterDefaults defaults_;
  std::vector<Area> areas_;
  std::vector<Organisation> organisations_;
  std::vector<Role> roles_;
  std::vector<Person> people_;
  std::vector<Topic> topics_;
  std::vector<Meeting> meetings_;
  std::vector<Initiative> initiatives_;
  std::vector<Membership> memberships_;
};

/// Joins problems into one status message as Build() does.
absl::Status ProblemsToStatus(const std::vector<Diagnostic>& problems);

}  // namespace govgraph

#endif  // GOVGRAPH_REGISTER_BUILDER_H_
