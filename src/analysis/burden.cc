// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/burden.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "internal/labels.h"

namespace govgraph {
namespace {

using internal::LeadHandles;
using internal::LeadLabel;
using internal::RoleOf;

absl::Status CheckRates(const Register& reg, const std::map<std::string, double>& rates,
                        absl::string_view field) {
  for (const auto& [id, value] : rates) {
    if (!reg.FindRole(id)) {
      return absl::InvalidArgumentError(absl::StrCat(field, "[\"", id, "\"]: unknown role \"", id, "\""));
    }
    if (!std::isfinite(value) || value < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(field, "[\"", id, "\"]: must be a non-negative number, got ", value));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status CheckBurdenOptions(const Register& reg, const BurdenOptions& options) {
  if (!std::isfinite(options.preparation_hours_per_sitting) || options.preparation_hours_per_sitting < 0) {
    return absl::InvalidArgumentError(absl::StrCat("preparation_hours_per_sitting: must be a non-negative number, got ",
                                                   options.preparation_hours_per_sitting));
  }
  if (options.default_hourly_cost &&
      (!std::isfinite(*options.default_hourly_cost) || *options.default_hourly_cost < 0)) {
    return absl::InvalidArgumentError(
        absl::StrCat("default_hourly_cost: must be a non-negative number, got ", *options.default_hourly_cost));
  }
  if (absl::Status s = CheckRates(reg, options.preparation_hours_by_role, "preparation_hours_by_role"); !s.ok()) {
    return s;
  }
  return CheckRates(reg, options.hourly_cost_by_role, "hourly_cost_by_role");
}

absl::StatusOr<BurdenResult> Burden(const Register& reg, const BurdenOptions& options) {
  if (absl::Status s = CheckBurdenOptions(reg, options); !s.ok()) return s;
  BurdenResult out;
  std::vector<OrganisationBurden> orgs(reg.organisations().size());
  std::vector<RoleBurden> roles(reg.roles().size());
  for (size_t i = 0; i < orgs.size(); ++i) orgs[i].organisation = OrganisationHandle(static_cast<uint32_t>(i));
  for (size_t i = 0; i < roles.size(); ++i) roles[i].role = RoleHandle(static_cast<uint32_t>(i));
  std::map<Level, BurdenShare> levels;
  std::map<std::vector<OrganisationHandle>, BurdenShare> leads;

  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    const Meeting& m = reg.meetings()[i];
    const MeetingHandle h(static_cast<uint32_t>(i));
    if (options.exclude_to_be_removed && m.status == MeetingStatus::kToBeRemoved) continue;
    MeetingBurden mb;
    mb.meeting = h;
    mb.sittings_per_year = reg.SittingsPerYear(m);
    mb.duration_hours = reg.DurationHours(m);
    mb.default_duration = !m.duration_hours.has_value();
    if (mb.default_duration) out.default_duration.push_back(h);
    const bool known = mb.sittings_per_year.has_value();
    if (!known) out.unknown_cadence.push_back(h);

    double seat_hours = 0, cost = 0;
    std::vector<char> org_seen(orgs.size(), 0), role_seen(roles.size(), 0);
    for (const Participant& p : m.participants) {
      mb.seats += p.seats;
      std::optional<RoleHandle> role = RoleOf(reg, p.party);
      std::optional<OrganisationHandle> org = reg.OrganisationOf(p.party);
      double prep = options.preparation_hours_per_sitting;
      std::optional<double> rate = options.default_hourly_cost;
      if (role) {
        const std::string& rid = reg.role(*role).id;
        if (auto it = options.preparation_hours_by_role.find(rid); it != options.preparation_hours_by_role.end()) {
          prep = it->second;
        }
        if (auto it = options.hourly_cost_by_role.find(rid); it != options.hourly_cost_by_role.end()) {
          rate = it->second;
        }
      }
      const double hours = known ? *mb.sittings_per_year * (mb.duration_hours + prep) * p.seats : 0;
      seat_hours += hours;
      if (rate) {
        cost += hours * *rate;
      } else {
        out.uncosted_seat_hours += hours;
      }
      auto charge = [&](auto& entry, char& seen) {
        entry.seat_hours += hours;
        if (rate) entry.cost += hours * *rate;
        if (!seen) {
          seen = 1;
          ++entry.meetings;
          if (!known) entry.unknown_cadence.push_back(h);
        }
      };
      if (org) charge(orgs[org->index()], org_seen[org->index()]);
      if (role) charge(roles[role->index()], role_seen[role->index()]);
    }

    BurdenShare& level = levels[m.level];
    BurdenShare& lead = leads[LeadHandles(m.lead)];
    for (BurdenShare* s : {&level, &lead}) {
      ++s->meetings;
      if (!known) ++s->unknown_cadence;
    }
    if (known) {
      mb.meeting_hours = *mb.sittings_per_year * mb.duration_hours;
      mb.seat_hours = seat_hours;
      mb.cost = cost;
      out.meeting_hours += *mb.meeting_hours;
      out.seat_hours += seat_hours;
      out.cost += cost;
      for (BurdenShare* s : {&level, &lead}) {
        s->meeting_hours += *mb.meeting_hours;
        s->seat_hours += seat_hours;
      }
    }
    out.meetings.push_back(mb);
  }

  for (OrganisationBurden& o : orgs) {
    if (o.meetings > 0) out.organisations.push_back(std::move(o));
  }
  for (RoleBurden& r : roles) {
    if (r.meetings > 0) out.roles.push_back(std::move(r));
  }
  auto by_hours = [](const auto& a, const auto& b) { return a.seat_hours > b.seat_hours; };
  std::stable_sort(out.organisations.begin(), out.organisations.end(), by_hours);
  std::stable_sort(out.roles.begin(), out.roles.end(), by_hours);

  auto finish = [&](BurdenShare s, std::string label) {
    s.label = std::move(label);
    s.share = out.seat_hours > 0 ? s.seat_hours / out.seat_hours : 0;
    return s;
  };
  for (Level l : AllValues<Level>()) {
    if (auto it = levels.find(l); it != levels.end()) {
      out.by_level.push_back(finish(it->second, std::string(Name(l))));
    }
  }
  for (const auto& [key, share] : leads) out.by_lead.push_back(finish(share, LeadLabel(reg, key)));
  std::stable_sort(out.by_lead.begin(), out.by_lead.end(), [](const BurdenShare& a, const BurdenShare& b) {
    const bool a_none = a.label == "no lead", b_none = b.label == "no lead";
    if (a_none != b_none) return b_none;
    return a.seat_hours > b.seat_hours;
  });

  const size_t top = static_cast<size_t>(std::max(options.top, 0));
  std::vector<const MeetingBurden*> known;
  for (const MeetingBurden& mb : out.meetings) {
    if (mb.seat_hours) known.push_back(&mb);
  }
  std::stable_sort(known.begin(), known.end(),
                   [](const MeetingBurden* a, const MeetingBurden* b) { return *a->seat_hours > *b->seat_hours; });
  for (size_t i = 0; i < known.size() && i < top; ++i) out.costliest_meetings.push_back(known[i]->meeting);
  for (size_t i = 0; i < out.roles.size() && i < top; ++i) {
    if (out.roles[i].seat_hours > 0) out.most_stretched_roles.push_back(out.roles[i].role);
  }
  return out;
}

}  // namespace govgraph
