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

}  // namespace

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

std::optional<OrganisationHandle> Register::OrganisationOf(const Party& party) const {
  if (!party.organisation.empty()) return party.organisation.handle;
  if (!party.role.empty()) {
    const Role& r = role(party.role.handle);
    if (!r.organisation.empty()) return r.organisation.handle;
  }
  if (!party.person.empty()) {
    for (const Ref<Role>& held : person(party.person.handle).roles) {
      const Role& r = role(held.handle);
      if (!r.organisation.empty()) return r.organisation.handle;
    }
  }
  return std::nullopt;
}

std::optional<double> Register::SittingsPerYear(const Meeting& m) const {
  if (!m.per_area || m.areas.empty()) return m.cadence.per_year();
  double total = 0;
  for (const Ref<Area>& a : m.areas) {
    std::optional<double> rate = m.cadence.PerYearIn(a.handle);
    if (!rate) return std::nullopt;
    total += *rate;
  }
  return total;
}

}  // namespace govgraph
