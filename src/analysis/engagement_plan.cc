// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/engagement_plan.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "internal/labels.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using internal::LeadHandles;
using internal::LeadLabel;
using internal::PathError;
using internal::RoleOf;

bool Internal(OrganisationKind k) {
  return k == OrganisationKind::kPolice || k == OrganisationKind::kPoliceAndCrimeCommissioner;
}

// Who is involved in a meeting: organisations and roles by id, with the meeting id.
struct Involved {
  std::map<std::string, std::set<std::string>> organisations;
  std::map<std::string, std::set<std::string>> roles;
  void Add(const Register& reg, const Meeting& m) {
    auto party = [&](const Party& p) {
      if (p.empty()) return;
      if (std::optional<OrganisationHandle> o = reg.OrganisationOf(p)) {
        organisations[reg.organisation(*o).id].insert(m.id);
      }
      if (std::optional<RoleHandle> r = RoleOf(reg, p)) roles[reg.role(*r).id].insert(m.id);
    };
    for (const Participant& p : m.participants) party(p.party);
    party(m.chair);
    for (OrganisationHandle h : LeadHandles(m.lead)) organisations[reg.organisation(h).id].insert(m.id);
  }
};

std::vector<std::string> Sorted(const std::set<std::string>& s) { return {s.begin(), s.end()}; }

}  // namespace

namespace internal {
template <>
struct EnumNames<EngagementChannel> {
  static constexpr std::string_view kWhat = "engagement channel";
  static constexpr std::pair<EngagementChannel, std::string_view> kTable[] = {
      {EngagementChannel::kLetter, "letter"},
      {EngagementChannel::kCopy, "copy"},
      {EngagementChannel::kAgendaItem, "agenda_item"},
      {EngagementChannel::kInternal, "internal"},
      {EngagementChannel::kForceExecutive, "force_executive"},
      {EngagementChannel::kIntranet, "intranet"},
      {EngagementChannel::kOpccBriefing, "opcc_briefing"},
  };
};
}  // namespace internal

std::string_view Name(EngagementChannel channel) { return internal::NameOf(channel, ""); }

absl::StatusOr<EngagementPlanResult> EngagementPlan(const Register& reg, const ChangeSet& changes,
                                                    const EngagementPlanOptions& options) {
  for (size_t k = 0; k < options.cc_organisations.size(); ++k) {
    if (!reg.FindOrganisation(options.cc_organisations[k])) {
      return PathError(absl::StrCat("cc_organisations[", k, "]"),
                 absl::StrCat("unknown organisation \"", options.cc_organisations[k], "\""));
    }
  }
  std::optional<MeetingHandle> force_exec;
  if (!options.force_executive_meeting.empty()) {
    absl::StatusOr<MeetingHandle> h = reg.LookupMeeting(options.force_executive_meeting);
    if (!h.ok()) return PathError("force_executive_meeting", h.status().message());
    force_exec = *h;
  } else {
    for (size_t i = 0; i < reg.meetings().size(); ++i) {
      if (absl::StrContains(absl::AsciiStrToLower(reg.meetings()[i].name), "force executive")) {
        force_exec = MeetingHandle(static_cast<uint32_t>(i));
        break;
      }
    }
  }
  absl::StatusOr<WhatIfResult> w = WhatIf(reg, changes);
  if (!w.ok()) return w.status();
  const Register& after = w->after;

  EngagementPlanResult out;
  out.title = changes.title;
  std::map<std::string, std::string> reasons;  // meeting id -> reason
  std::set<std::string> merged;
  for (const MeetingChange& c : changes.changes) {
    for (const std::string& id : c.meetings) {
      if (!c.reason.empty()) reasons[id] = c.reason;
      if (c.action == ChangeAction::kMerge) merged.insert(id);
    }
  }
  std::set<std::string> seen;
  auto affect = [&](const std::string& id, const std::string& name, std::string change, std::string reason) {
    if (!seen.insert(id).second) return;
    if (reason.empty()) {
      if (auto it = reasons.find(id); it != reasons.end()) reason = it->second;
    }
    out.meetings.push_back({id, name, std::move(change), std::move(reason)});
  };
  for (const std::string& id : w->removed) {
    affect(id, reg.meeting(*reg.FindMeeting(id)).name, merged.contains(id) ? "merged" : "removed", "");
  }
  for (const std::string& id : w->added) {
    affect(id, after.meeting(*after.FindMeeting(id)).name, "added", "");
  }
  for (const std::string& id : w->changed) affect(id, reg.meeting(*reg.FindMeeting(id)).name, "changed", "");
  for (const std::string& id : w->reparented) {
    affect(id, reg.meeting(*reg.FindMeeting(id)).name, "reparented", "reports to a different meeting");
  }
  if (options.include_absorbing_meetings) {
    // meeting id -> (topics it takes over, from which meetings)
    std::map<std::string, std::pair<std::set<std::string>, std::set<std::string>>> absorbs;
    for (const std::string& id : w->removed) {
      const Meeting& gone = reg.meeting(*reg.FindMeeting(id));
      for (const Ref<Topic>& t : gone.topics) {
        for (const Meeting& m : after.meetings()) {
          if (seen.contains(m.id)) continue;
          if (std::find_if(m.topics.begin(), m.topics.end(), [&](const Ref<Topic>& u) { return u.id == t.id; }) ==
              m.topics.end()) {
            continue;
          }
          absorbs[m.id].first.insert(reg.topic(*reg.FindTopic(t.id)).name);
          absorbs[m.id].second.insert(id);
        }
      }
    }
    for (const Meeting& m : after.meetings()) {
      auto it = absorbs.find(m.id);
      if (it == absorbs.end()) continue;
      affect(m.id, m.name, "absorbs",
             absl::StrCat("remains the forum for ", absl::StrJoin(it->second.first, ", "), " (from ",
                          absl::StrJoin(it->second.second, ", "), ")"));
    }
  }

  Involved inv;
  for (const AffectedMeeting& a : out.meetings) {
    if (std::optional<MeetingHandle> h = reg.FindMeeting(a.id)) inv.Add(reg, reg.meeting(*h));
    if (std::optional<MeetingHandle> h = after.FindMeeting(a.id)) inv.Add(after, after.meeting(*h));
  }
  for (const Organisation& o : reg.organisations()) {
    if (inv.organisations.contains(o.id)) out.organisations.push_back(o.id);
  }
  for (const Role& r : reg.roles()) {
    if (inv.roles.contains(r.id)) out.roles.push_back(r.id);
  }

  const std::set<std::string> cc(options.cc_organisations.begin(), options.cc_organisations.end());
  const std::string letter_from = "PCC and Chief Constable";
  std::vector<std::string> police_meetings, opcc_meetings;
  for (const auto& [id, meetings] : inv.organisations) {
    const Organisation& o = reg.organisation(*reg.FindOrganisation(id));
    const std::vector<std::string> ms = Sorted(meetings);
    if (o.kind == OrganisationKind::kPolice) {
      police_meetings.insert(police_meetings.end(), ms.begin(), ms.end());
    } else if (o.kind == OrganisationKind::kPoliceAndCrimeCommissioner) {
      out.actions.push_back({EngagementChannel::kOpccBriefing, "organisation:" + o.id, o.name,
                             "OPCC staff: briefing by email", "PCC", ms});
      opcc_meetings.insert(opcc_meetings.end(), ms.begin(), ms.end());
    } else if (o.kind == OrganisationKind::kStatutoryBoard || cc.contains(o.id)) {
      out.actions.push_back({EngagementChannel::kCopy, "organisation:" + o.id, o.name,
                             "chairs and managers (copy of the letter)", letter_from, ms});
    } else {
      out.actions.push_back(
          {EngagementChannel::kLetter, "organisation:" + o.id, o.name, "Leader and Chief Executive", letter_from, ms});
    }
  }
  for (const auto& [id, meetings] : inv.roles) {
    const Role& r = reg.role(*reg.FindRole(id));
    std::optional<OrganisationHandle> org = reg.Resolve(r.organisation);
    const std::vector<std::string> ms = Sorted(meetings);
    if (!org) {
      out.actions.push_back({EngagementChannel::kLetter, "role:" + r.id, r.name, r.name, letter_from, ms});
    } else if (reg.organisation(*org).kind == OrganisationKind::kPolice) {
      out.actions.push_back({EngagementChannel::kInternal, "role:" + r.id, r.name,
                             "Chief Officers and departmental heads", "Chief Constable", ms});
    }
  }
  for (const AffectedMeeting& a : out.meetings) {
    std::optional<MeetingHandle> h = after.FindMeeting(a.id);
    if (!h) continue;
    const Meeting& m = after.meeting(*h);
    Involved one;
    one.Add(after, m);
    bool external = false;
    for (const auto& [id, ms] : one.organisations) {
      external = external || !Internal(after.organisation(*after.FindOrganisation(id)).kind);
    }
    for (const auto& [id, ms] : one.roles) {
      const Role& r = after.role(*after.FindRole(id));
      external = external || r.organisation.empty();
    }
    if (!external) continue;
    out.actions.push_back({EngagementChannel::kAgendaItem, "meeting:" + m.id, m.name, "agenda item",
                           LeadLabel(after, LeadHandles(m.lead)), {m.id}});
  }
  if (!police_meetings.empty()) {
    std::sort(police_meetings.begin(), police_meetings.end());
    police_meetings.erase(std::unique(police_meetings.begin(), police_meetings.end()), police_meetings.end());
    if (force_exec) {
      const Meeting& fe = reg.meeting(*force_exec);
      out.actions.push_back({EngagementChannel::kForceExecutive, "meeting:" + fe.id, fe.name, "agenda item",
                             "Chief Constable", police_meetings});
    }
    out.actions.push_back({EngagementChannel::kIntranet, "", "Force intranet", "all staff", "Constabulary",
                           police_meetings});
  }
  std::stable_sort(out.actions.begin(), out.actions.end(), [](const EngagementAction& a, const EngagementAction& b) {
    if (a.channel != b.channel) return a.channel < b.channel;
    return a.name < b.name;
  });
  return out;
}

std::string FormatEngagementPlan(const EngagementPlanResult& plan) {
  std::string out = absl::StrCat("Stakeholder engagement plan", plan.title.empty() ? "" : ": " + plan.title, "\n");
  absl::StrAppend(&out, "  Affected meetings\n");
  for (const AffectedMeeting& m : plan.meetings) {
    absl::StrAppend(&out, "    ", m.name, " (", m.change, m.reason.empty() ? "" : ": " + m.reason, ")\n");
  }
  std::optional<EngagementChannel> last;
  for (const EngagementAction& a : plan.actions) {
    if (!last || *last != a.channel) {
      absl::StrAppend(&out, "  ", std::string(Name(a.channel)), "\n");
      last = a.channel;
    }
    absl::StrAppend(&out, "    ", a.name, " — ", a.recipient, " (from ", a.from, "; ", absl::StrJoin(a.meetings, ", "),
                    ")\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(EngagementChannel);

}  // namespace govgraph
