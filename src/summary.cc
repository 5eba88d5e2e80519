// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/summary.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "govgraph/partnership_graph.h"
#include "internal/labels.h"

namespace govgraph {
namespace {

using internal::FormatAmount;
using internal::LeadHandles;
using internal::LeadLabel;

template <class E>
std::vector<NamedCount> CountBy(const Register& reg, E (*field)(const Meeting&)) {
  std::map<E, int> counts;
  for (const Meeting& m : reg.meetings()) ++counts[field(m)];
  std::vector<NamedCount> out;
  for (E value : AllValues<E>()) {
    if (counts[value] > 0) out.push_back({std::string(Name(value)), counts[value]});
  }
  return out;
}

std::string Counts(const std::vector<NamedCount>& counts) {
  std::vector<std::string> parts;
  for (const NamedCount& c : counts) {
    parts.push_back(absl::StrCat(c.count, " ", absl::StrReplaceAll(c.name, {{"_", " "}})));
  }
  return absl::StrJoin(parts, ", ");
}

// Names a summary lists before it counts the rest: a national register has
// thousands of areas and lead combinations, which no one reads as a list.
constexpr size_t kListedNames = 20;

// The first kListedNames of `total` names (`first` holds at least those),
// joined by `separator`, then "and N more" for the rest.
std::string Listed(const std::vector<std::string>& first, size_t total, absl::string_view separator) {
  if (total <= kListedNames) return absl::StrJoin(first, separator);
  return absl::StrCat(absl::StrJoin(first.begin(), first.begin() + kListedNames, separator), separator, "and ",
                      total - kListedNames, " more");
}

std::string Listed(const std::vector<std::string>& names, absl::string_view separator) {
  return Listed(names, names.size(), separator);
}

std::string MeetingNames(const Register& reg, const std::vector<MeetingHandle>& meetings) {
  std::vector<std::string> names;
  for (size_t i = 0; i < meetings.size() && i < kListedNames; ++i) names.push_back(reg.meeting(meetings[i]).name);
  return Listed(names, meetings.size(), "; ");
}

}  // namespace

SummaryResult Summarise(const Register& reg) {
  SummaryResult s;
  s.title = reg.info().title;
  s.meetings = static_cast<int>(reg.meetings().size());
  s.organisations = static_cast<int>(reg.organisations().size());
  s.roles = static_cast<int>(reg.roles().size());
  s.people = static_cast<int>(reg.people().size());
  s.areas = static_cast<int>(reg.areas().size());
  s.topics = static_cast<int>(reg.topics().size());
  s.initiatives = static_cast<int>(reg.initiatives().size());
  s.components = static_cast<int>(ConnectedComponents(PartnershipGraph(reg)).size());

  s.meetings_by_status = CountBy<MeetingStatus>(reg, [](const Meeting& m) { return m.status; });
  s.meetings_by_level = CountBy<Level>(reg, [](const Meeting& m) { return m.level; });
  s.meetings_by_kind = CountBy<MeetingKind>(reg, [](const Meeting& m) { return m.kind; });

  std::map<std::vector<OrganisationHandle>, int> lead_counts;
  for (const Meeting& m : reg.meetings()) ++lead_counts[LeadHandles(m.lead)];
  for (const auto& [leads, count] : lead_counts) {
    s.leads.push_back({.organisations = leads, .label = LeadLabel(reg, leads), .meetings = count});
  }
  std::stable_sort(s.leads.begin(), s.leads.end(), [](const LeadTally& a, const LeadTally& b) {
    if (a.organisations.empty() != b.organisations.empty()) return b.organisations.empty();
    return a.meetings > b.meetings;
  });

  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    const Meeting& m = reg.meetings()[i];
    const MeetingHandle h(static_cast<uint32_t>(i));
    if (!m.duration_hours) s.default_duration.push_back(h);
    std::optional<double> sittings = reg.SittingsPerYear(m);
    if (!sittings) {
      s.unknown_cadence.push_back(h);
      continue;
    }
    int seats = 0;
    for (const Participant& p : m.participants) seats += p.seats;
    const double hours = *sittings * reg.DurationHours(m);
    s.sittings_per_year += *sittings;
    s.meeting_hours_per_year += hours;
    s.seat_hours_per_year += hours * seats;
    if (m.status == MeetingStatus::kToBeRemoved) {
      s.to_be_removed_meeting_hours_per_year += hours;
      s.to_be_removed_seat_hours_per_year += hours * seats;
    }
  }
  return s;
}

std::string FormatSummary(const Register& reg, const SummaryResult& s) {
  std::string out;
  auto line = [&](absl::string_view label, absl::string_view value) {
    absl::StrAppend(&out, absl::StrFormat("  %-15s %s\n", label, value));
  };
  absl::StrAppend(&out, s.title.empty() ? "Governance register" : s.title, "\n");
  line("Meetings", absl::StrCat(s.meetings, s.meetings > 0 ? absl::StrCat(" (", Counts(s.meetings_by_status), ")") : ""));
  if (!s.meetings_by_level.empty()) line("Levels", Counts(s.meetings_by_level));
  line("Organisations", absl::StrCat(s.organisations));
  line("Roles", absl::StrCat(s.roles, s.people > 0 ? absl::StrCat(" (", s.people, " named people)") : ""));
  std::vector<std::string> area_names;
  for (const Area& a : reg.areas()) area_names.push_back(a.name);
  line("Areas", absl::StrCat(s.areas, s.areas > 0 ? absl::StrCat(": ", Listed(area_names, ", ")) : ""));
  if (s.topics > 0) line("Topics", absl::StrCat(s.topics));
  if (s.initiatives > 0) line("Initiatives", absl::StrCat(s.initiatives));
  std::vector<std::string> leads;
  for (const LeadTally& t : s.leads) leads.push_back(absl::StrCat(t.label, " ", t.meetings));
  if (!leads.empty()) line("Leads", Listed(leads, ", "));
  line("Network", absl::StrCat(s.components, s.components == 1 ? " connected part" : " connected parts"));

  const int known = s.meetings - static_cast<int>(s.unknown_cadence.size());
  absl::StrAppend(&out, "\nHours a year (", known, " of ", s.meetings, " meetings with a known cadence)\n");
  line("Sittings", FormatAmount(s.sittings_per_year));
  line("Meeting hours", FormatAmount(s.meeting_hours_per_year));
  line("People-hours", absl::StrCat(FormatAmount(s.seat_hours_per_year), " (meeting hours x seats)"));
  if (s.to_be_removed_meeting_hours_per_year > 0) {
    line("To be removed", absl::StrCat(FormatAmount(s.to_be_removed_meeting_hours_per_year), " meeting hours, ",
                                       FormatAmount(s.to_be_removed_seat_hours_per_year), " people-hours"));
  }
  if (!s.unknown_cadence.empty()) {
    absl::StrAppend(&out, "  Not counted (cadence unknown): ", MeetingNames(reg, s.unknown_cadence), "\n");
  }
  if (!s.default_duration.empty()) {
    absl::StrAppend(&out, "  ", s.default_duration.size(), " of ", s.meetings,
                    " meetings have no stated duration; the register default of ",
                    FormatAmount(reg.defaults().meeting_duration_hours), " h was used.\n");
  }
  return out;
}

}  // namespace govgraph
