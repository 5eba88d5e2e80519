// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/pillar_leads.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace govgraph {
namespace {

absl::StatusOr<MeetingHandle> FindMeeting(const Register& reg, const std::string& id) {
  if (!id.empty()) {
    if (std::optional<MeetingHandle> h = reg.FindMeeting(id)) return *h;
    return absl::NotFoundError(absl::StrCat("unknown meeting \"", id, "\""));
  }
  std::vector<uint32_t> found;  // meeting positions, in register order
  std::set<uint32_t> seen;
  for (const Membership& m : reg.memberships()) {
    if (seen.insert(m.meeting.handle.index()).second) found.push_back(m.meeting.handle.index());
  }
  if (found.size() == 1) return MeetingHandle(found.front());
  if (found.empty()) return absl::InvalidArgumentError("no meeting in the register has members; name one");
  std::vector<std::string> ids;
  for (uint32_t i : found) ids.push_back(reg.meetings()[i].id);
  return absl::InvalidArgumentError(
      absl::StrCat("several meetings have members (", absl::StrJoin(ids, ", "), "); name one"));
}

}  // namespace

absl::StatusOr<PillarLeadsResult> PillarLeads(const Register& reg, const PillarLeadsOptions& options) {
  absl::StatusOr<MeetingHandle> meeting = FindMeeting(reg, options.meeting);
  if (!meeting.ok()) return meeting.status();
  PillarLeadsResult r;
  r.meeting = *meeting;

  // Topic position -> its place in r.pillars.
  std::map<uint32_t, size_t> place;
  auto add = [&](TopicHandle t, bool listed) {
    if (place.emplace(t.index(), r.pillars.size()).second) r.pillars.push_back({.pillar = t, .listed = listed});
  };
  if (!options.pillars.empty()) {
    for (const std::string& id : options.pillars) {
      std::optional<TopicHandle> t = reg.FindTopic(id);
      if (!t) return absl::NotFoundError(absl::StrCat("unknown topic \"", id, "\""));
      add(*t, true);
    }
  } else {
    for (const Ref<Topic>& t : reg.meeting(*meeting).topics) {
      if (std::optional<TopicHandle> h = reg.Resolve(t)) add(*h, true);
    }
  }
  const std::vector<const Membership*> members = reg.MembershipsOf(*meeting);
  if (options.pillars.empty()) {
    // Topics led but not listed among the meeting's, in register order.
    std::set<uint32_t> led;
    for (const Membership* m : members) {
      for (const Ref<Topic>& t : m->leads) led.insert(t.handle.index());
    }
    for (uint32_t t : led) add(TopicHandle(t), false);
  }
  for (const Membership* m : members) {
    if (m->is_substitute() || (options.as_of && !m->InOffice(*options.as_of))) continue;
    for (const Ref<Topic>& t : m->leads) {
      auto it = place.find(t.handle.index());
      if (it == place.end()) continue;
      std::vector<PersonHandle>& leads = r.pillars[it->second].leads;
      if (std::find(leads.begin(), leads.end(), m->person.handle) == leads.end()) leads.push_back(m->person.handle);
    }
  }
  for (const PillarLead& p : r.pillars) {
    if (p.leads.empty()) r.unled.push_back(p.pillar);
  }
  return r;
}

}  // namespace govgraph
