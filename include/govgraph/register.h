// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// register.h: a validated, immutable governance register.
///
/// A Register holds every entity of one governance map in contiguous storage,
/// indexed by dense handles, with look-up by id and by name or alias. It is
/// made only by RegisterBuilder::Build() (or a loader), so every Ref inside it
/// is resolved and every invariant the builder checks holds.
///
/// ```
///   absl::StatusOr<Register> reg = LoadRegisterJsonFile("register.json");
///   for (const Meeting& m : reg->meetings()) { ... }
///   std::optional<OrganisationHandle> cps = reg->FindOrganisation("cps");
///   absl::StatusOr<OrganisationHandle> h = reg->LookupOrganisation("Crown Prosecution Service");
/// ```
///
/// Registers are values: copying one copies the map (what-if analyses edit a
/// copy through RegisterBuilder(const Register&)).
#ifndef GOVGRAPH_REGISTER_H_
#define GOVGRAPH_REGISTER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "govgraph/model.h"

namespace govgraph {

class RegisterBuilder;

namespace internal {

/// One kind of entity: its items in insertion order, and indexes by id and by
/// normalised name/alias.
template <class T>
struct EntityTable {
  std::vector<T> items;
  absl::flat_hash_map<std::string, uint32_t> by_id;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> by_name;

  friend bool operator==(const EntityTable& a, const EntityTable& b) { return a.items == b.items; }
};

}  // namespace internal

/// True when `written` is the entity's id, or its name or one of its aliases
/// compared after NormaliseName(): how a register refers to an entity in text
/// ("South Glos" for the area south-gloucestershire).
bool IsCalled(const Entity& entity, absl::string_view written);

class Register {
 public:
  /// An empty register.
  Register() = default;

  const RegisterInfo& info() const { return info_; }
  const RegisterDefaults& defaults() const { return defaults_; }

  std::span<const Area> areas() const { return areas_.items; }
  std::span<const Organisation> organisations() const { return organisations_.items; }
  std::span<const Role> roles() const { return roles_.items; }
  std::span<const Person> people() const { return people_.items; }
  std::span<const Topic> topics() const { return topics_.items; }
  std::span<const Meeting> meetings() const { return meetings_.items; }
  std::span<const Initiative> initiatives() const { return initiatives_.items; }
  /// Seats on meetings, in the order added; every reference resolved.
  std::span<const Membership> memberships() const { return memberships_; }
  /// The memberships of one meeting, in register order.
  std::vector<const Membership*> MembershipsOf(MeetingHandle meeting) const;

  /// Entity by handle. The handle must come from this register.
  const Area& area(AreaHandle h) const { return areas_.items[h.index()]; }
  const Organisation& organisation(OrganisationHandle h) const {
    return organisations_.items[h.index()];
  }
  const Role& role(RoleHandle h) const { return roles_.items[h.index()]; }
  const Person& person(PersonHandle h) const { return people_.items[h.index()]; }
  const Topic& topic(TopicHandle h) const { return topics_.items[h.index()]; }
  const Meeting& meeting(MeetingHandle h) const { return meetings_.items[h.index()]; }
  const Initiative& initiative(InitiativeHandle h) const { return initiatives_.items[h.index()]; }

  /// Handle by exact id; empty when there is none.
  std::optional<AreaHandle> FindArea(absl::string_view id) const;
  std::optional<OrganisationHandle> FindOrganisation(absl::string_view id) const;
  std::optional<RoleHandle> FindRole(absl::string_view id) const;
  std::optional<PersonHandle> FindPerson(absl::string_view id) const;
  std::optional<TopicHandle> FindTopic(absl::string_view id) const;
  std::optional<MeetingHandle> FindMeeting(absl::string_view id) const;
  std::optional<InitiativeHandle> FindInitiative(absl::string_view id) const;

  /// Handle by id, name or alias, compared after NormaliseName(). Returns
  /// NotFoundError when nothing matches and InvalidArgumentError naming the
  /// candidates when the name is ambiguous.
  absl::StatusOr<AreaHandle> LookupArea(absl::string_view name) const;
  absl::StatusOr<OrganisationHandle> LookupOrganisation(absl::string_view name) const;
  absl::StatusOr<RoleHandle> LookupRole(absl::string_view name) const;
  absl::StatusOr<PersonHandle> LookupPerson(absl::string_view name) const;
  absl::StatusOr<TopicHandle> LookupTopic(absl::string_view name) const;
  absl::StatusOr<MeetingHandle> LookupMeeting(absl::string_view name) const;
  absl::StatusOr<InitiativeHandle> LookupInitiative(absl::string_view name) const;

  /// The handle a reference stands for in this register: its own handle when
  /// that is this register's entity with the same id, else a look-up by id
  /// (for references made outside the register, or from Python). Empty when
  /// the id is empty or unknown.
  std::optional<AreaHandle> Resolve(const Ref<Area>& ref) const;
  std::optional<OrganisationHandle> Resolve(const Ref<Organisation>& ref) const;
  std::optional<RoleHandle> Resolve(const Ref<Role>& ref) const;
  std::optional<PersonHandle> Resolve(const Ref<Person>& ref) const;
  std::optional<TopicHandle> Resolve(const Ref<Topic>& ref) const;
  std::optional<MeetingHandle> Resolve(const Ref<Meeting>& ref) const;
  std::optional<InitiativeHandle> Resolve(const Ref<Initiative>& ref) const;

  /// The organisation a party belongs to: the one named, else the role's,
  /// else that of the first of the person's roles that has one.
  std::optional<OrganisationHandle> OrganisationOf(const Party& party) const;

  /// Meetings held in a year: the cadence's rate, times the number of areas
  /// for a meeting held separately in each (honouring per-area exceptions,
  /// matched to the meeting's areas by id, name or alias). Empty when the
  /// cadence is not known.
  std::optional<double> SittingsPerYear(const Meeting& m) const;
  /// The meeting's duration, or the register default when it is not stated.
  double DurationHours(const Meeting& m) const {
    return m.duration_hours.value_or(defaults_.meeting_duration_hours);
  }

  /// Registers are equal when their info, defaults, entities and memberships
  /// are equal.
  friend bool operator==(const Register&, const Register&) = default;

 private:
  friend class RegisterBuilder;

  RegisterInfo info_;
  RegisterDefaults defaults_;
  internal::EntityTable<Area> areas_;
  internal::EntityTable<Organisation> organisations_;
  internal::EntityTable<Role> roles_;
  internal::EntityTable<Person> people_;
  internal::EntityTable<Topic> topics_;
  internal::EntityTable<Meeting> meetings_;
  internal::EntityTable<Initiative> initiatives_;
  std::vector<Membership> memberships_;
};

}  // namespace govgraph

#endif  // GOVGRAPH_REGISTER_H_
