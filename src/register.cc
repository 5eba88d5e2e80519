// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/register.h"

#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "govgraph/names.h"

namespace govgraph {
namespace {

template <class T>
std::optional<Handle<T>> FindIn(const internal::EntityTable<T>& table, absl::string_view id) {
  auto it = table.by_id.find(id);
  if (it == table.by_id.end()) return std::nullopt;
  return Handle<T>(it->second);
}

template <class T>
absl::StatusOr<Handle<T>> LookupIn(const internal::EntityTable<T>& table, absl::string_view name,
                                   absl::string_view what) {
  if (auto exact = FindIn(table, name)) return *exact;
  auto it = table.by_name.find(NormaliseName(name));
  if (it == table.by_name.end()) {
    return absl::NotFoundError(absl::StrCat("no ", what, " has the id, name or alias \"", name, "\""));
  }
  if (it->second.size() > 1) {
    std::vector<std::string> ids;
    for (uint32_t i : it->second) ids.push_back(absl::StrCat("\"", table.items[i].id, "\""));
    return absl::InvalidArgumentError(absl::StrCat("the name \"", name, "\" is ambiguous: it matches ",
                                                   what, "s ", absl::StrJoin(ids, ", ")));
  }
  return Handle<T>(it->second.front());
}


template <class T>
std::optional<Handle<T>> ResolveIn(const internal::EntityTable<T>& table, const Ref<T>& ref) {
  if (ref.empty()) return std::nullopt;
  if (ref.handle.valid() && ref.handle.index() < table.items.size() &&
      table.items[ref.handle.index()].id == ref.id) {
    return ref.handle;
  }
  return FindIn(table, ref.id);
}

}  // namespace

bool IsCalled(const Entity& entity, absl::string_view written) {
  if (entity.id == written) return true;
  const std::string wanted = NormaliseName(written);
  if (NormaliseName(entity.name) == wanted) return true;
  for (const std::string& alias : entity.aliases) {
    if (NormaliseName(alias) == wanted) return true;
  }
  return false;
}

std::optional<AreaHandle> Register::FindArea(absl::string_view id) const { return FindIn(areas_, id); }
std::optional<OrganisationHandle> Register::FindOrganisation(absl::string_view id) const {
  return FindIn(organisations_, id);
}
std::optional<RoleHandle> Register::FindRole(absl::string_view id) const { return FindIn(roles_, id); }
std::optional<PersonHandle> Register::FindPerson(absl::string_view id) const {
  return FindIn(people_, id);
}
std::optional<TopicHandle> Register::FindTopic(absl::string_view id) const {
  return FindIn(topics_, id);
}
std::optional<MeetingHandle> Register::FindMeeting(absl::string_view id) const {
  return FindIn(meetings_, id);
}
std::optional<InitiativeHandle> Register::FindInitiative(absl::string_view id) const {
  return FindIn(initiatives_, id);
}

absl::StatusOr<AreaHandle> Register::LookupArea(absl::string_view name) const {
  return LookupIn(areas_, name, "area");
}
absl::StatusOr<OrganisationHandle> Register::LookupOrganisation(absl::string_view name) const {
  return LookupIn(organisations_, name, "organisation");
}
absl::StatusOr<RoleHandle> Register::LookupRole(absl::string_view name) const {
  return LookupIn(roles_, name, "role");
}
absl::StatusOr<PersonHandle> Register::LookupPerson(absl::string_view name) const {
  return LookupIn(people_, name, "person");
}
absl::StatusOr<TopicHandle> Register::LookupTopic(absl::string_view name) const {
  return LookupIn(topics_, name, "topic");
}
absl::StatusOr<MeetingHandle> Register::LookupMeeting(absl::string_view name) const {
  return LookupIn(meetings_, name, "meeting");
}
absl::StatusOr<InitiativeHandle> Register::LookupInitiative(absl::string_view name) const {
  return LookupIn(initiatives_, name, "initiative");
}


std::optional<AreaHandle> Register::Resolve(const Ref<Area>& r) const { return ResolveIn(areas_, r); }
std::optional<OrganisationHandle> Register::Resolve(const Ref<Organisation>& r) const {
  return ResolveIn(organisations_, r);
}
std::optional<RoleHandle> Register::Resolve(const Ref<Role>& r) const { return ResolveIn(roles_, r); }
std::optional<PersonHandle> Register::Resolve(const Ref<Person>& r) const { return ResolveIn(people_, r); }
std::optional<TopicHandle> Register::Resolve(const Ref<Topic>& r) const { return ResolveIn(topics_, r); }
std::optional<MeetingHandle> Register::Resolve(const Ref<Meeting>& r) const {
  return ResolveIn(meetings_, r);
}
std::optional<InitiativeHandle> Register::Resolve(const Ref<Initiative>& r) const {
  return ResolveIn(initiatives_, r);
}

std::vector<const Membership*> Register::MembershipsOf(MeetingHandle meeting) const {
  std::vector<const Membership*> out;
  for (const Membership& m : memberships_) {
    if (m.meeting.handle == meeting) out.push_back(&m);
  }
  return out;
}

std::optional<OrganisationHandle> Register::OrganisationOf(const Party& party) const {
  if (std::optional<OrganisationHandle> org = Resolve(party.organisation)) return org;
  if (std::optional<RoleHandle> r = Resolve(party.role)) {
    if (std::optional<OrganisationHandle> org = Resolve(role(*r).organisation)) return org;
  }
  if (std::optional<PersonHandle> p = Resolve(party.person)) {
    for (const Ref<Role>& held : person(*p).roles) {
      if (std::optional<RoleHandle> r = Resolve(held)) {
        if (std::optional<OrganisationHandle> org = Resolve(role(*r).organisation)) return org;
      }
    }
  }
  return std::nullopt;
}

std::optional<double> Register::SittingsPerYear(const Meeting& m) const {
  if (!m.per_area || m.areas.empty()) return m.cadence.per_year();
  double total = 0;
  for (const Ref<Area>& a : m.areas) {
    std::optional<double> rate = m.cadence.per_year();
    if (std::optional<AreaHandle> h = Resolve(a)) {
      // Exceptions carry the handle the builder resolved; a meeting made
      // outside the register may not, so match the exception's text too.
      const Area& area = this->area(*h);
      for (const Cadence::AreaRate& e : m.cadence.exceptions()) {
        if (e.area_handle == *h || IsCalled(area, e.area)) {
          rate = e.per_year;
          break;
        }
      }
    }
    if (!rate) return std::nullopt;
    total += *rate;
  }
  return total;
}

}  // namespace govgraph
