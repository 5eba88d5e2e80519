// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/role_clarity.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "internal/json_envelope.h"
#include "internal/labels.h"
#include "internal/enum_names.h"
#include "internal/files.h"

namespace govgraph {
namespace {

using Json = nlohmann::json;
using internal::LeadHandles;
using internal::LeadLabel;
using internal::PathError;
using internal::RoleOf;
using internal::ShortName;

absl::StatusOr<std::vector<std::string>> Strings(const Json& j, const std::string& path) {
  std::vector<std::string> out;
  if (j.is_string()) return std::vector<std::string>{j.get<std::string>()};
  if (!j.is_array()) return PathError(path, "must be a string or an array of strings");
  for (size_t k = 0; k < j.size(); ++k) {
    if (!j[k].is_string()) return PathError(absl::StrCat(path, "[", k, "]"), "must be a string");
    out.push_back(j[k].get<std::string>());
  }
  return out;
}

template <class E>
absl::StatusOr<std::vector<E>> Enums(const Json& j, const std::string& path,
                                     absl::StatusOr<E> (*parse)(absl::string_view)) {
  absl::StatusOr<std::vector<std::string>> names = Strings(j, path);
  if (!names.ok()) return names.status();
  std::vector<E> out;
  for (size_t k = 0; k < names->size(); ++k) {
    absl::StatusOr<E> v = parse((*names)[k]);
    if (!v.ok()) return PathError(absl::StrCat(path, "[", k, "]"), v.status().message());
    out.push_back(*v);
  }
  return out;
}

absl::StatusOr<bool> Bool(const Json& j, const std::string& path) {
  if (!j.is_boolean()) return PathError(path, "must be true or false");
  return j.get<bool>();
}

absl::StatusOr<PartySelector> ParseParty(const Json& j, const std::string& path) {
  if (!j.is_object()) return PathError(path, "must be an object");
  PartySelector s;
  for (const auto& [key, value] : j.items()) {
    const std::string at = absl::StrCat(path, ".", key);
    if (key == "organisations" || key == "roles" || key == "not_roles" || key == "not_organisations") {
      absl::StatusOr<std::vector<std::string>> ids = Strings(value, at);
      if (!ids.ok()) return ids.status();
      (key == "organisations" ? s.organisations
       : key == "roles"       ? s.roles
       : key == "not_roles"   ? s.not_roles
                              : s.not_organisations) = *ids;
    } else if (key == "organisation_kinds") {
      absl::StatusOr<std::vector<OrganisationKind>> kinds = Enums<OrganisationKind>(value, at, &ParseOrganisationKind);
      if (!kinds.ok()) return kinds.status();
      s.organisation_kinds = *kinds;
    } else if (key == "role_name_contains") {
      if (!value.is_string() || value.get<std::string>().empty()) return PathError(at, "must be a non-empty string");
      s.role_name_contains = value.get<std::string>();
    } else if (key == "elected") {
      absl::StatusOr<bool> b = Bool(value, at);
      if (!b.ok()) return b.status();
      s.elected = *b;
    } else {
      return PathError(at, "unknown field (organisations, organisation_kinds, roles, role_name_contains, elected, "
                     "not_roles, not_organisations)");
    }
  }
  if (s.empty()) return PathError(path, "selects every participant: give at least one field");
  return s;
}

absl::StatusOr<MeetingSelector> ParseMeetings(const Json& j, const std::string& path) {
  if (!j.is_object()) return PathError(path, "must be an object");
  MeetingSelector s;
  for (const auto& [key, value] : j.items()) {
    const std::string at = absl::StrCat(path, ".", key);
    if (key == "meetings") {
      absl::StatusOr<std::vector<std::string>> ids = Strings(value, at);
      if (!ids.ok()) return ids.status();
      s.meetings = *ids;
    } else if (key == "statutory" || key == "exclude_to_be_removed") {
      absl::StatusOr<bool> b = Bool(value, at);
      if (!b.ok()) return b.status();
      if (key == "statutory") {
        s.statutory = *b;
      } else {
        s.exclude_to_be_removed = *b;
      }
    } else if (key == "kinds") {
      absl::StatusOr<std::vector<MeetingKind>> kinds = Enums<MeetingKind>(value, at, &ParseMeetingKind);
      if (!kinds.ok()) return kinds.status();
      s.kinds = *kinds;
    } else if (key == "levels") {
      absl::StatusOr<std::vector<Level>> levels = Enums<Level>(value, at, &ParseLevel);
      if (!levels.ok()) return levels.status();
      s.levels = *levels;
    } else if (key == "attended_by") {
      absl::StatusOr<PartySelector> p = ParseParty(value, at);
      if (!p.ok()) return p.status();
      s.attended_by = *p;
    } else {
      return PathError(at, "unknown field (meetings, statutory, kinds, levels, attended_by, exclude_to_be_removed)");
    }
  }
  return s;
}

absl::Status CheckIds(const Register& reg, const std::vector<std::string>& ids, const std::string& path,
                      absl::string_view what) {
  for (size_t k = 0; k < ids.size(); ++k) {
    const bool found = what == "organisation" ? reg.FindOrganisation(ids[k]).has_value()
                       : what == "role"       ? reg.FindRole(ids[k]).has_value()
                                              : reg.FindMeeting(ids[k]).has_value();
    if (!found) return PathError(absl::StrCat(path, "[", k, "]"), absl::StrCat("unknown ", what, " \"", ids[k], "\""));
  }
  return absl::OkStatus();
}

absl::Status CheckParty(const Register& reg, const PartySelector& s, const std::string& path) {
  for (auto [ids, field, what] : {std::tuple{&s.organisations, "organisations", "organisation"},
                                  std::tuple{&s.not_organisations, "not_organisations", "organisation"},
                                  std::tuple{&s.roles, "roles", "role"},
                                  std::tuple{&s.not_roles, "not_roles", "role"}}) {
    if (absl::Status st = CheckIds(reg, *ids, absl::StrCat(path, ".", field), what); !st.ok()) return st;
  }
  return absl::OkStatus();
}

// One participant or lead of a meeting, resolved.
struct Seat {
  std::optional<OrganisationHandle> org;
  std::optional<RoleHandle> role;
  std::string label;
};

bool ContainsIgnoreCase(absl::string_view text, absl::string_view part) {
  return absl::StrContains(absl::AsciiStrToLower(text), absl::AsciiStrToLower(part));
}

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool Matches(const Register& reg, const PartySelector& s, const Seat& seat) {
  const std::string org_id = seat.org ? reg.organisation(*seat.org).id : "";
  const Role* role = seat.role ? &reg.role(*seat.role) : nullptr;
  if (!s.organisations.empty() && !Contains(s.organisations, org_id)) return false;
  if (!s.organisation_kinds.empty() &&
      (!seat.org || std::find(s.organisation_kinds.begin(), s.organisation_kinds.end(),
                              reg.organisation(*seat.org).kind) == s.organisation_kinds.end())) {
    return false;
  }
  if (!s.roles.empty() && (!role || !Contains(s.roles, role->id))) return false;
  if (!s.role_name_contains.empty()) {
    if (!role) return false;
    bool hit = ContainsIgnoreCase(role->name, s.role_name_contains);
    for (const std::string& a : role->aliases) hit = hit || ContainsIgnoreCase(a, s.role_name_contains);
    if (!hit) return false;
  }
  if (s.elected && (!role || role->elected != *s.elected)) return false;
  if (role && Contains(s.not_roles, role->id)) return false;
  if (!org_id.empty() && Contains(s.not_organisations, org_id)) return false;
  return true;
}

std::vector<Seat> Seats(const Register& reg, const Meeting& m) {
  std::vector<Seat> out;
  for (const Participant& p : m.participants) {
    Seat s{reg.OrganisationOf(p.party), RoleOf(reg, p.party), p.note};
    out.push_back(s);
  }
  for (OrganisationHandle h : LeadHandles(m.lead)) out.push_back({h, std::nullopt, ""});
  return out;
}

std::string SeatName(const Register& reg, const Seat& s) {
  if (s.role) return reg.role(*s.role).name;
  if (s.org) return ShortName(reg.organisation(*s.org));
  return s.label;
}

bool Selected(const Register& reg, const MeetingSelector& w, const Meeting& m, const std::vector<Seat>& seats) {
  if (w.exclude_to_be_removed && m.status == MeetingStatus::kToBeRemoved) return false;
  if (!w.meetings.empty() && !Contains(w.meetings, m.id)) return false;
  if (w.statutory && m.statutory != *w.statutory) return false;
  if (!w.kinds.empty() && std::find(w.kinds.begin(), w.kinds.end(), m.kind) == w.kinds.end()) return false;
  if (!w.levels.empty() && std::find(w.levels.begin(), w.levels.end(), m.level) == w.levels.end()) return false;
  if (w.attended_by) {
    bool any = false;
    for (const Seat& s : seats) any = any || Matches(reg, *w.attended_by, s);
    if (!any) return false;
  }
  return true;
}

}  // namespace

namespace internal {
template <>
struct EnumNames<RoleIssueKind> {
  static constexpr std::string_view kWhat = "role issue kind";
  static constexpr std::pair<RoleIssueKind, std::string_view> kTable[] = {
      {RoleIssueKind::kNoLead, "no_lead"},
      {RoleIssueKind::kJointLead, "joint_lead"},
      {RoleIssueKind::kLeadAbsent, "lead_absent"},
      {RoleIssueKind::kDuplicateAttendance, "duplicate_attendance"},
  };
};
}  // namespace internal

std::string_view Name(RoleIssueKind kind) { return internal::NameOf(kind, ""); }

absl::StatusOr<EngagementRules> ParseEngagementRulesJson(absl::string_view text) {
  EngagementRules out;
  std::set<std::string> ids;
  auto read_rule = [&](const Json& item, const std::string& at) -> absl::Status {
    EngagementRule r;
    for (const auto& [key, value] : item.items()) {
      const std::string path = absl::StrCat(at, ".", key);
      if (key == "id" || key == "description") {
        if (!value.is_string()) return PathError(path, "must be a string");
        (key == "id" ? r.id : r.description) = value.get<std::string>();
      } else if (key == "when") {
        absl::StatusOr<MeetingSelector> w = ParseMeetings(value, path);
        if (!w.ok()) return w.status();
        r.when = *w;
      } else if (key == "require" || key == "forbid") {
        absl::StatusOr<PartySelector> p = ParseParty(value, path);
        if (!p.ok()) return p.status();
        (key == "require" ? r.require : r.forbid) = *p;
      } else {
        return PathError(path, "unknown field (id, description, when, require, forbid)");
      }
    }
    if (r.id.empty()) return PathError(at + ".id", "missing: give the rule an id");
    if (!ids.insert(r.id).second) return PathError(at + ".id", absl::StrCat("rule \"", r.id, "\" is defined twice"));
    if (!r.require && !r.forbid) return PathError(at, "give require or forbid");
    out.rules.push_back(std::move(r));
    return absl::OkStatus();
  };
  absl::Status read = internal::ReadJsonEnvelope(text, "rules", "rules", out, read_rule);
  if (!read.ok()) return read;
  return out;
}

absl::StatusOr<EngagementRules> LoadEngagementRulesJsonFile(const std::string& path) {
  return internal::LoadFile(path, [](const std::string& text) { return ParseEngagementRulesJson(text); });
}

absl::Status CheckEngagementRules(const Register& reg, const EngagementRules& rules) {
  for (size_t i = 0; i < rules.rules.size(); ++i) {
    const EngagementRule& r = rules.rules[i];
    const std::string at = absl::StrCat("rules[", i, "]");
    if (absl::Status s = CheckIds(reg, r.when.meetings, at + ".when.meetings", "meeting"); !s.ok()) return s;
    if (r.when.attended_by) {
      if (absl::Status s = CheckParty(reg, *r.when.attended_by, at + ".when.attended_by"); !s.ok()) return s;
    }
    if (r.require) {
      if (absl::Status s = CheckParty(reg, *r.require, at + ".require"); !s.ok()) return s;
    }
    if (r.forbid) {
      if (absl::Status s = CheckParty(reg, *r.forbid, at + ".forbid"); !s.ok()) return s;
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<RoleClarityResult> RoleClarity(const Register& reg, const RoleClarityOptions& options) {
  RoleClarityResult out;
  if (absl::Status s = CheckEngagementRules(reg, options.rules); !s.ok()) return s;
  if (options.split_pairs.empty()) {
    for (size_t i = 0; i < reg.organisations().size(); ++i) {
      if (reg.organisations()[i].kind != OrganisationKind::kPoliceAndCrimeCommissioner) continue;
      for (size_t j = 0; j < reg.organisations().size(); ++j) {
        if (reg.organisations()[j].kind != OrganisationKind::kPolice) continue;
        out.split_pairs.emplace_back(OrganisationHandle(static_cast<uint32_t>(i)),
                                     OrganisationHandle(static_cast<uint32_t>(j)));
      }
    }
  } else {
    for (size_t k = 0; k < options.split_pairs.size(); ++k) {
      const auto& [a, b] = options.split_pairs[k];
      std::optional<OrganisationHandle> ha = reg.FindOrganisation(a), hb = reg.FindOrganisation(b);
      if (!ha) return PathError(absl::StrCat("split_pairs[", k, "][0]"), absl::StrCat("unknown organisation \"", a, "\""));
      if (!hb) return PathError(absl::StrCat("split_pairs[", k, "][1]"), absl::StrCat("unknown organisation \"", b, "\""));
      out.split_pairs.emplace_back(*ha, *hb);
    }
  }
  for (const EngagementRule& r : options.rules.rules) out.rules.push_back({r.id, r.description, 0, {}});

  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    const Meeting& m = reg.meetings()[i];
    const MeetingHandle h(static_cast<uint32_t>(i));
    if (options.exclude_to_be_removed && m.status == MeetingStatus::kToBeRemoved) continue;
    const std::vector<OrganisationHandle> leads = LeadHandles(m.lead);
    // Strongest participation per organisation among the participants.
    std::map<OrganisationHandle, int> strength;
    for (const Participant& p : m.participants) {
      if (std::optional<OrganisationHandle> o = reg.OrganisationOf(p.party)) {
        auto [it, fresh] = strength.emplace(*o, ParticipationStrength(p.type));
        if (!fresh) it->second = std::max(it->second, ParticipationStrength(p.type));
      }
    }
    std::optional<OrganisationHandle> chair = reg.OrganisationOf(m.chair);
    if (leads.empty()) {
      out.issues.push_back({RoleIssueKind::kNoLead, h, {},
                            m.lead.text.empty() ? "no lead stated" : absl::StrCat("lead as written: ", m.lead.text)});
    } else if (leads.size() > 1) {
      std::string detail = LeadLabel(reg, leads);
      if (chair && std::find(leads.begin(), leads.end(), *chair) != leads.end()) {
        absl::StrAppend(&detail, "; chaired by ", ShortName(reg.organisation(*chair)));
      } else {
        absl::StrAppend(&detail, "; no chair among the leads settles who is accountable");
      }
      out.issues.push_back({RoleIssueKind::kJointLead, h, leads, detail});
    }
    for (OrganisationHandle l : leads) {
      if (strength.contains(l) || (chair && *chair == l)) continue;
      out.issues.push_back({RoleIssueKind::kLeadAbsent, h, {l},
                            absl::StrCat(ShortName(reg.organisation(l)), " leads but is not listed as attending")});
    }
    for (const auto& [a, b] : out.split_pairs) {
      auto ia = strength.find(a), ib = strength.find(b);
      if (ia == strength.end() || ib == strength.end() || ia->second != ib->second) continue;
      const bool la = std::find(leads.begin(), leads.end(), a) != leads.end();
      const bool lb = std::find(leads.begin(), leads.end(), b) != leads.end();
      if (la != lb) continue;
      ParticipationType type = ParticipationType::kMember;
      for (ParticipationType t : AllValues<ParticipationType>()) {
        if (ParticipationStrength(t) == ia->second) type = t;
      }
      out.issues.push_back({RoleIssueKind::kDuplicateAttendance, h, {a, b},
                            absl::StrCat(ShortName(reg.organisation(a)), " and ", ShortName(reg.organisation(b)),
                                         " both attend as ", std::string(Name(type)), la ? ", both leading" : "")});
    }

    const std::vector<Seat> seats = Seats(reg, m);
    for (size_t k = 0; k < options.rules.rules.size(); ++k) {
      const EngagementRule& rule = options.rules.rules[k];
      if (!Selected(reg, rule.when, m, seats)) continue;
      RuleResult& rr = out.rules[k];
      ++rr.meetings_checked;
      if (rule.require) {
        bool any = false;
        for (const Seat& s : seats) any = any || Matches(reg, *rule.require, s);
        if (!any) rr.violations.push_back({h, "no participant or lead matches `require`"});
      }
      if (rule.forbid) {
        std::vector<std::string> hits;
        for (const Seat& s : seats) {
          if (Matches(reg, *rule.forbid, s)) {
            std::string name = SeatName(reg, s);
            if (std::find(hits.begin(), hits.end(), name) == hits.end()) hits.push_back(std::move(name));
          }
        }
        if (!hits.empty()) rr.violations.push_back({h, absl::StrCat("forbidden: ", absl::StrJoin(hits, ", "))});
      }
    }
  }
  return out;
}

std::string FormatRoleClarity(const Register& reg, const RoleClarityResult& r) {
  std::string out = "Role clarity\n";
  absl::StrAppend(&out, "  No lead: ", r.count(RoleIssueKind::kNoLead), "   Joint lead: ",
                  r.count(RoleIssueKind::kJointLead), "   Lead absent: ", r.count(RoleIssueKind::kLeadAbsent),
                  "   Duplicate attendance: ", r.count(RoleIssueKind::kDuplicateAttendance), "\n");
  for (const RoleIssue& i : r.issues) {
    absl::StrAppend(&out, "  [", std::string(Name(i.kind)), "] ", reg.meeting(i.meeting).name, ": ", i.detail, "\n");
  }
  if (!r.rules.empty()) absl::StrAppend(&out, "\nEngagement rules\n");
  for (const RuleResult& rr : r.rules) {
    absl::StrAppend(&out, "  ", rr.ok() ? "ok  " : "FAIL", " ", rr.id,
                    rr.description.empty() ? "" : absl::StrCat(" — ", rr.description), " (", rr.meetings_checked,
                    " meetings checked, ", rr.violations.size(), " violations)\n");
    for (const RuleViolation& v : rr.violations) {
      absl::StrAppend(&out, "       ", reg.meeting(v.meeting).name, ": ", v.detail, "\n");
    }
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(RoleIssueKind);

}  // namespace govgraph
