// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// analysis/pillar_leads.h: who leads each pillar on a panel?
///
/// A panel that scrutinises a Police and Crime Plan pillar by pillar gives
/// each pillar (a topic) a lead member: the "pillar leads" of a panel's
/// improvement plan, skills audit and forward plan. PillarLeads() lists each
/// pillar with its lead members, from the memberships of the meeting
/// (Membership::leads), and the pillars no member leads.
///
/// The pillars are options.pillars when given, else the meeting's topics
/// followed by any other topic one of its members leads. Substitutes do not
/// lead; with options.as_of, neither does a member whose term does not cover
/// that day.
///
/// ```
///   absl::StatusOr<PillarLeadsResult> r = PillarLeads(reg, {.meeting = "dorset-pcp"});
///   for (const PillarLead& p : r->pillars) ...  // p.pillar, p.leads
///   r->unled;  // pillars with no lead
/// ```
#ifndef GOVGRAPH_ANALYSIS_PILLAR_LEADS_H_
#define GOVGRAPH_ANALYSIS_PILLAR_LEADS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

struct PillarLeadsOptions {
  /// The meeting's id; empty: the register's only meeting with memberships.
  std::string meeting;
  /// Topic ids of the pillars, in order; empty: found from the register.
  std::vector<std::string> pillars;
  /// Only members in office on this day lead; empty: every term counts.
  std::optional<absl::CivilDay> as_of;
};

/// One pillar and the members who lead it.
struct PillarLead {
  TopicHandle pillar;
  std::vector<PersonHandle> leads;  ///< in register order; empty: no lead
  /// True when the pillar is one of the meeting's topics (or was asked for).
  bool listed = true;
};

struct PillarLeadsResult {
  MeetingHandle meeting;
  std::vector<PillarLead> pillars;
  std::vector<TopicHandle> unled;  ///< the pillars with no lead, in order
};

/// NotFoundError for an unknown meeting or topic id; InvalidArgumentError
/// when no meeting is given and the register has none or several with
/// memberships.
absl::StatusOr<PillarLeadsResult> PillarLeads(const Register& reg, const PillarLeadsOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_ANALYSIS_PILLAR_LEADS_H_
