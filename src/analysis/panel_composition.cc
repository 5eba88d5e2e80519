// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/panel_composition.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "internal/json_text.h"
#include "internal/enum_names.h"

namespace govgraph {

namespace internal {
extern const absl::string_view kBuiltinPanelCompositionJson;
}  // namespace internal

namespace {

using Json = nlohmann::json;

constexpr const char* kRuleIds[] = {"appointed_members",    "each_authority_represented", "co_opted_members",
                                    "co_opted_councillors", "maximum_members",            "commissioner_not_member",
                                    "balanced_appointment"};
constexpr const char* kRemedyIds[] = {"appoint_councillors",    "secretary_of_state_appoints", "withdraw_councillors",
                                      "extra_members_approval", "co_opt_by_resolution",        "co_opt_independents",
                                      "reduce_co_opted",        "remove_commissioner"};

absl::Status Field(const Json& obj, const std::string& path, const char* key, std::string& out, bool required) {
  auto it = obj.find(key);
  if (it == obj.end()) {
    if (!required) return absl::OkStatus();
    return absl::InvalidArgumentError(absl::StrCat(path, ".", key, ": missing"));
  }
  if (!it->is_string()) return absl::InvalidArgumentError(absl::StrCat(path, ".", key, ": expected a string"));
  out = it->get<std::string>();
  return absl::OkStatus();
}

absl::Status Texts(const Json& root, const char* key, bool rules, std::vector<CompositionRuleText>& out) {
  auto it = root.find(key);
  if (it == root.end() || !it->is_array()) return absl::InvalidArgumentError(absl::StrCat(key, ": expected an array"));
  for (size_t i = 0; i < it->size(); ++i) {
    const Json& e = (*it)[i];
    const std::string path = absl::StrCat(key, "[", i, "]");
    if (!e.is_object()) return absl::InvalidArgumentError(absl::StrCat(path, ": expected an object"));
    CompositionRuleText t;
    for (absl::Status s : {Field(e, path, "id", t.id, true), Field(e, path, "source", t.source, true),
                           Field(e, path, "url", t.url, true), Field(e, path, "title", t.title, rules),
                           Field(e, path, rules ? "requirement" : "action", rules ? t.requirement : t.action, true)}) {
      if (!s.ok()) return s;
    }
    out.push_back(std::move(t));
  }
  return absl::OkStatus();
}

absl::Status Number(const Json& numbers, const char* key, int& out) {
  auto it = numbers.find(key);
  if (it == numbers.end()) return absl::OkStatus();
  if (!it->is_number_integer() || it->get<int>() < 0) {
    return absl::InvalidArgumentError(absl::StrCat("numbers.", key, ": expected a whole number"));
  }
  out = it->get<int>();
  return absl::OkStatus();
}

const CompositionRuleText* FindText(const std::vector<CompositionRuleText>& texts, absl::string_view id) {
  for (const CompositionRuleText& t : texts) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

std::string Plural(int n, const char* one, const char* many) { return absl::StrCat(n, " ", n == 1 ? one : many); }

bool IsMemberType(ParticipationType t) {
  return t == ParticipationType::kChair || t == ParticipationType::kMember || t == ParticipationType::kStatutoryMember;
}

bool Dissolved(const Organisation& o) {
  auto it = o.attributes.find("status");
  return it != o.attributes.end() && it->second == "dissolved";
}

// Whether `area` is one of `targets` or lies inside one of them.
bool Within(const Register& reg, std::optional<AreaHandle> area, const std::set<uint32_t>& targets) {
  for (int depth = 0; area && depth < 64; ++depth) {
    if (targets.contains(area->index())) return true;
    area = reg.Resolve(reg.area(*area).parent);
  }
  return false;
}

absl::StatusOr<MeetingHandle> FindPanel(const Register& reg, const std::string& id) {
  if (!id.empty()) {
    if (std::optional<MeetingHandle> h = reg.FindMeeting(id)) return *h;
    return absl::NotFoundError(absl::StrCat("unknown meeting \"", id, "\""));
  }
  std::vector<MeetingHandle> found;
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    const Meeting& m = reg.meetings()[i];
    if (m.kind != MeetingKind::kPanel) continue;
    bool pcp = absl::StrContains(absl::AsciiStrToLower(m.name), "police and crime panel");
    for (const Ref<Organisation>& l : m.lead.organisations) {
      if (std::optional<OrganisationHandle> o = reg.Resolve(l)) {
        pcp = pcp || reg.organisation(*o).kind == OrganisationKind::kPoliceAndCrimePanel;
      }
    }
    if (pcp) found.push_back(MeetingHandle(static_cast<uint32_t>(i)));
  }
  if (found.size() == 1) return found.front();
  if (found.empty()) {
    return absl::InvalidArgumentError(
        "no police and crime panel meeting in the register (a meeting of kind panel led by a "
        "police_and_crime_panel organisation or named \"... Police and Crime Panel\"); name one with --panel");
  }
  std::vector<std::string> ids;
  for (MeetingHandle h : found) ids.push_back(reg.meeting(h).id);
  return absl::InvalidArgumentError(
      absl::StrCat("several police and crime panel meetings (", absl::StrJoin(ids, ", "), "); name one with --panel"));
}

class Checker {
 public:
  Checker(const PanelCompositionRules& rules, PanelCompositionResult& r) : rules_(rules), r_(r) {}

  void Rule(const char* id, CompositionStatus status, std::string detail) {
    const CompositionRuleText* t = FindText(rules_.rules, id);
    r_.rules.push_back({.id = id,
                        .title = t->title,
                        .source = t->source,
                        .url = t->url,
                        .requirement = t->requirement,
                        .status = status,
                        .detail = std::move(detail)});
  }

  void Remedy(const char* rule, const char* id, const std::string& specifics) {
    const CompositionRuleText* t = FindText(rules_.remedies, id);
    r_.remedies.push_back({.rule = rule,
                           .id = id,
                           .action = specifics.empty() ? t->action : absl::StrCat(t->action, ": ", specifics),
                           .source = t->source,
                           .url = t->url});
  }

 private:
  const PanelCompositionRules& rules_;
  PanelCompositionResult& r_;
};

}  // namespace

namespace internal {
template <>
struct EnumNames<CompositionStatus> {
  static constexpr std::string_view kWhat = "composition status";
  static constexpr std::pair<CompositionStatus, std::string_view> kTable[] = {
      {CompositionStatus::kMet, "met"},
      {CompositionStatus::kNotMet, "not_met"},
      {CompositionStatus::kUndetermined, "undetermined"},
      {CompositionStatus::kAdvisory, "advisory"},
  };
};
}  // namespace internal

std::string_view Name(CompositionStatus s) { return internal::NameOf(s, "met"); }

namespace internal {
template <>
struct EnumNames<CompositionVerdict> {
  static constexpr std::string_view kWhat = "composition verdict";
  static constexpr std::pair<CompositionVerdict, std::string_view> kTable[] = {
      {CompositionVerdict::kLawful, "lawful"},
      {CompositionVerdict::kUnlawful, "unlawful"},
      {CompositionVerdict::kUndetermined, "undetermined"},
  };
};
}  // namespace internal

std::string_view Name(CompositionVerdict v) { return internal::NameOf(v, "lawful"); }

absl::StatusOr<PanelCompositionRules> ParsePanelCompositionRulesJson(absl::string_view text) {
  // The one strict reader: duplicate keys, nesting and size limits, line and column.
  absl::StatusOr<Json> parsed = internal::ParseJsonObject(text, "panel composition rules");
  if (!parsed.ok()) return parsed.status();
  const Json& root = *parsed;
  PanelCompositionRules out;
  for (absl::Status s :
       {Field(root, "", "title", out.title, true), Field(root, "", "act", out.act, true),
        Field(root, "", "schedule", out.schedule, false), Field(root, "", "url", out.url, true),
        Field(root, "", "scope", out.scope, false)}) {
    if (!s.ok()) return absl::InvalidArgumentError(std::string(absl::StripPrefix(s.message(), ".")));
  }
  if (auto it = root.find("numbers"); it != root.end()) {
    if (!it->is_object()) return absl::InvalidArgumentError("numbers: expected an object");
    for (absl::Status s : {Number(*it, "appointed_members", out.appointed_members),
                           Number(*it, "co_opted_members", out.co_opted_members),
                           Number(*it, "maximum_members", out.maximum_members)}) {
      if (!s.ok()) return s;
    }
  }
  if (absl::Status s = Texts(root, "rules", true, out.rules); !s.ok()) return s;
  if (absl::Status s = Texts(root, "remedies", false, out.remedies); !s.ok()) return s;
  for (const char* id : kRuleIds) {
    if (FindText(out.rules, id) == nullptr) return absl::InvalidArgumentError(absl::StrCat("rules: no rule \"", id, "\""));
  }
  for (const char* id : kRemedyIds) {
    if (FindText(out.remedies, id) == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat("remedies: no remedy \"", id, "\""));
    }
  }
  return out;
}

// The elected commissioner's post a person holds, if any: paragraph 21
// keeps its holder off the panel.
const Role* CommissionerPost(const Register& reg, const Person& person) {
  for (const Ref<Role>& held : person.roles) {
    std::optional<RoleHandle> h = reg.Resolve(held);
    if (!h) continue;
    const Role& ro = reg.role(*h);
    std::optional<OrganisationHandle> org = reg.Resolve(ro.organisation);
    if (ro.elected && org && reg.organisation(*org).kind == OrganisationKind::kPoliceAndCrimeCommissioner) return &ro;
  }
  return nullptr;
}

// Counts the panel's members from its memberships: one a seat, substitutes
// and members out of term left out.
void CountMemberships(const Register& reg, const std::vector<const Membership*>& members,
                      const std::optional<absl::CivilDay>& as_of, std::map<uint32_t, CouncilSeats>& seats,
                      PanelCompositionResult& r, std::vector<std::string>& commissioners, int& other_councillors) {
  for (const Membership* ms : members) {
    if (ms->is_substitute()) {
      ++r.substitutes;
      continue;
    }
    if (as_of && !ms->InOffice(*as_of)) {
      ++r.out_of_term;
      continue;
    }
    ++r.total_members;
    const Person& person = reg.person(ms->person.handle);
    if (const Role* post = CommissionerPost(reg, person)) {
      commissioners.push_back(absl::StrCat(person.name, " (", post->name, ")"));
      continue;
    }
    if (ms->seat == SeatKind::kIndependent) {
      ++r.independent_members;
      continue;
    }
    std::optional<OrganisationHandle> org = reg.Resolve(ms->council);
    if (!org || reg.organisation(*org).kind != OrganisationKind::kLocalAuthority) {
      // A councillor's seat for a body that is not a council: neither kind.
      ++r.unclassified_members;
      continue;
    }
    auto [it, added] = seats.try_emplace(org->index(), CouncilSeats{.council = *org, .relevant = false});
    if (ms->seat == SeatKind::kCoOptedCouncillor) {
      ++it->second.co_opted;
      ++r.co_opted_councillors;
    } else {
      ++it->second.appointed;
      if (it->second.relevant) {
        ++r.appointed_members;
      } else {
        ++other_councillors;
      }
    }
  }
}

const PanelCompositionRules& BuiltinPanelCompositionRules() {
  static const PanelCompositionRules* const kRules = [] {
    absl::StatusOr<PanelCompositionRules> r = ParsePanelCompositionRulesJson(internal::kBuiltinPanelCompositionJson);
    // The shipped file is checked by the tests; an empty set of rules would
    // fail every lookup, so keep what parsed.
    return new PanelCompositionRules(r.ok() ? *std::move(r) : PanelCompositionRules{});
  }();
  return *kRules;
}

absl::StatusOr<PanelCompositionResult> CheckPanelComposition(const Register& reg,
                                                             const PanelCompositionOptions& options) {
  const PanelCompositionRules& rules = options.rules ? *options.rules : BuiltinPanelCompositionRules();
  for (const char* id : kRuleIds) {
    if (FindText(rules.rules, id) == nullptr) return absl::InvalidArgumentError(absl::StrCat("rules: no rule \"", id, "\""));
  }
  for (const char* id : kRemedyIds) {
    if (FindText(rules.remedies, id) == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat("remedies: no remedy \"", id, "\""));
    }
  }
  if (options.co_opted_resolution && *options.co_opted_resolution < rules.co_opted_members) {
    return absl::InvalidArgumentError(absl::StrCat("a resolution under paragraph 4(4) sets at least ",
                                                   rules.co_opted_members, " co-opted members, not ",
                                                   *options.co_opted_resolution));
  }
  absl::StatusOr<MeetingHandle> panel = FindPanel(reg, options.panel);
  if (!panel.ok()) return panel.status();
  const Meeting& m = reg.meeting(*panel);

  const std::vector<const Membership*> members = reg.MembershipsOf(*panel);

  PanelCompositionResult r;
  r.panel = *panel;
  r.act = absl::StrCat(rules.act, rules.schedule.empty() ? "" : ", ", rules.schedule);
  r.url = rules.url;

  // The relevant local authorities.
  std::vector<OrganisationHandle> relevant;
  std::set<uint32_t> relevant_set;
  if (!options.councils.empty()) {
    for (const std::string& id : options.councils) {
      std::optional<OrganisationHandle> o = reg.FindOrganisation(id);
      if (!o) return absl::NotFoundError(absl::StrCat("unknown organisation \"", id, "\""));
      if (relevant_set.insert(o->index()).second) relevant.push_back(*o);
    }
  } else {
    std::set<uint32_t> panel_areas;
    for (const Ref<Area>& a : m.areas) {
      if (std::optional<AreaHandle> h = reg.Resolve(a)) panel_areas.insert(h->index());
    }
    std::set<uint32_t> sitting;
    for (const Participant& p : m.participants) {
      if (!IsMemberType(p.type)) continue;
      if (std::optional<OrganisationHandle> o = reg.OrganisationOf(p.party)) sitting.insert(o->index());
    }
    for (const Membership* ms : members) {
      if (std::optional<OrganisationHandle> o = reg.Resolve(ms->council)) sitting.insert(o->index());
    }
    for (size_t i = 0; i < reg.organisations().size(); ++i) {
      const Organisation& o = reg.organisations()[i];
      if (o.kind != OrganisationKind::kLocalAuthority || Dissolved(o)) continue;
      bool serves = sitting.contains(static_cast<uint32_t>(i));
      for (const Ref<Area>& a : o.areas) serves = serves || Within(reg, reg.Resolve(a), panel_areas);
      if (serves) {
        relevant.emplace_back(static_cast<uint32_t>(i));
        relevant_set.insert(static_cast<uint32_t>(i));
      }
    }
  }
  r.relevant_authorities = static_cast<int>(relevant.size());
  r.relevant_number = r.relevant_authorities <= rules.appointed_members ? rules.appointed_members
                                                                         : r.relevant_authorities;
  r.co_opted_required = options.co_opted_resolution.value_or(rules.co_opted_members);

  // Who sits on the panel.
  std::map<uint32_t, CouncilSeats> seats;
  for (OrganisationHandle h : relevant) seats[h.index()] = {.council = h};
  std::vector<std::string> commissioners;
  std::vector<std::string> unclassified;
  int other_councillors = 0;
  if (!members.empty()) {
    r.from_memberships = true;
    CountMemberships(reg, members, options.as_of, seats, r, commissioners, other_councillors);
  }
  for (const Participant& p : m.participants) {
    if (r.from_memberships) break;
    if (!IsMemberType(p.type) || p.seats <= 0) continue;
    r.total_members += p.seats;
    if (std::optional<RoleHandle> role = reg.Resolve(p.party.role)) {
      const Role& ro = reg.role(*role);
      std::optional<OrganisationHandle> org = reg.Resolve(ro.organisation);
      if (ro.elected && org && reg.organisation(*org).kind == OrganisationKind::kPoliceAndCrimeCommissioner) {
        // Neither councillor nor co-opted member: paragraph 21 answers it.
        commissioners.push_back(ro.name);
        continue;
      }
    }
    std::optional<OrganisationHandle> org = reg.OrganisationOf(p.party);
    const bool council = org && reg.organisation(*org).kind == OrganisationKind::kLocalAuthority;
    if (council) {
      auto [it, added] = seats.try_emplace(org->index(), CouncilSeats{.council = *org, .relevant = false});
      if (p.co_opted) {
        it->second.co_opted += p.seats;
        r.co_opted_councillors += p.seats;
      } else {
        it->second.appointed += p.seats;
        if (it->second.relevant) {
          r.appointed_members += p.seats;
        } else {
          other_councillors += p.seats;
        }
      }
    } else if (p.co_opted) {
      r.independent_members += p.seats;
    } else {
      r.unclassified_members += p.seats;
      std::string who = p.note;
      if (std::optional<PersonHandle> person = reg.Resolve(p.party.person)) {
        who = reg.person(*person).name;
      } else if (std::optional<RoleHandle> role = reg.Resolve(p.party.role)) {
        who = reg.role(*role).name;
      } else if (org) {
        who = reg.organisation(*org).name;
      }
      unclassified.push_back(p.seats == 1 ? who : absl::StrCat(who, " (", p.seats, ")"));
    }
  }
  for (OrganisationHandle h : relevant) r.councils.push_back(seats[h.index()]);
  for (auto& [index, s] : seats) {
    if (!s.relevant) r.councils.push_back(s);
  }
  const int u = r.unclassified_members + other_councillors;
  if (r.from_memberships) {
    std::string note = absl::StrCat("members counted from the panel's ", Plural(static_cast<int>(members.size()),
                                                                              "membership", "memberships"));
    if (r.substitutes > 0) absl::StrAppend(&note, "; ", Plural(r.substitutes, "substitute", "substitutes"), " not counted");
    if (r.out_of_term > 0) {
      absl::StrAppend(&note, "; ", Plural(r.out_of_term, "member", "members"), " out of term on ",
                      absl::FormatCivilTime(*options.as_of), " not counted");
    }
    r.notes.push_back(std::move(note));
    if (r.unclassified_members > 0) {
      r.notes.push_back(absl::StrCat(Plural(r.unclassified_members, "councillor's seat names", "councillors' seats name"),
                                     " a body that is not a local authority"));
    }
  }
  if (!unclassified.empty()) {
    r.notes.push_back(absl::StrCat("not recorded as a council's member or as co-opted: ",
                                   absl::StrJoin(unclassified, ", "),
                                   "; mark an independent member \"co_opted\": true, or name the council"));
  }
  if (other_councillors > 0) {
    r.notes.push_back(absl::StrCat(Plural(other_councillors, "member", "members"),
                                   " of councils that are not relevant authorities of the police area"));
  }
  if (r.relevant_authorities == 1) {
    r.notes.push_back(
        "a single-authority police area: the council nominates its members under paragraph 6; the same numbers apply");
  }

  Checker c(rules, r);
  std::vector<std::string> council_names;
  for (OrganisationHandle h : relevant) council_names.push_back(reg.organisation(h).name);
  const std::string any_council = absl::StrJoin(council_names, " or ");

  // Paragraph 4(1)(a), 4(2): the relevant number of appointed members.
  {
    const int a = r.appointed_members;
    const int n = r.relevant_number;
    const std::string basis = absl::StrCat(
        "the police area covers ", Plural(r.relevant_authorities, "local authority", "local authorities"), ", so ",
        n, " appointed members are required");
    if (a == n) {
      c.Rule("appointed_members", CompositionStatus::kMet, absl::StrCat(a, " appointed councillor members; ", basis));
    } else if (a < n) {
      const std::string detail = absl::StrCat(Plural(a, "appointed councillor member", "appointed councillor members"),
                                              ", ", n - a, " short; ", basis);
      if (a + u >= n) {
        c.Rule("appointed_members", CompositionStatus::kUndetermined,
               absl::StrCat(detail, " (", Plural(u, "member is", "members are"), " unclassified)"));
      } else {
        c.Rule("appointed_members", CompositionStatus::kNotMet, detail);
      }
      c.Remedy("appointed_members", "appoint_councillors",
               absl::StrCat(Plural(n - a, "more member", "more members"), relevant.empty() ? "" : " from ",
                            any_council));
      c.Remedy("appointed_members", "secretary_of_state_appoints", "");
    } else {
      c.Rule("appointed_members", CompositionStatus::kUndetermined,
             absl::StrCat(a, " appointed councillor members, ", a - n, " more than the ", n,
                          " required; lawful only under panel arrangements for extra members approved under "
                          "paragraph 5, or with the surplus co-opted under paragraph 4(4)"));
      c.Remedy("appointed_members", "extra_members_approval", "");
      c.Remedy("appointed_members", "co_opt_by_resolution", Plural(a - n, "councillor", "councillors"));
      c.Remedy("appointed_members", "withdraw_councillors", Plural(a - n, "member", "members"));
    }
  }

  // Paragraphs 6 to 8 and 10(7): every relevant authority represented (and
  // only once where the area covers ten or more).
  {
    std::vector<std::string> missing;
    std::vector<std::string> several;
    for (const CouncilSeats& s : r.councils) {
      if (!s.relevant) continue;
      if (s.appointed == 0) missing.push_back(reg.organisation(s.council).name);
      if (r.relevant_authorities >= rules.appointed_members && s.appointed > 1) {
        several.push_back(absl::StrCat(reg.organisation(s.council).name, " (", s.appointed, ")"));
      }
    }
    if (relevant.empty()) {
      c.Rule("each_authority_represented", CompositionStatus::kUndetermined,
             "no relevant local authority found: record the councils (kind local_authority) and the areas they "
             "serve, or name them with --council");
    } else if (missing.empty() && several.empty()) {
      c.Rule("each_authority_represented", CompositionStatus::kMet,
             absl::StrCat("each of the ", Plural(r.relevant_authorities, "authority has", "authorities has"),
                          " an appointed member"));
    } else {
      std::vector<std::string> parts;
      if (!missing.empty()) parts.push_back(absl::StrCat("no appointed member from ", absl::StrJoin(missing, ", ")));
      if (!several.empty()) {
        parts.push_back(absl::StrCat("more than one from ", absl::StrJoin(several, ", "),
                                     " where the area covers ten or more authorities"));
      }
      c.Rule("each_authority_represented", CompositionStatus::kNotMet, absl::StrJoin(parts, "; "));
      if (!missing.empty()) {
        c.Remedy("each_authority_represented", "appoint_councillors",
                 absl::StrCat("one each from ", absl::StrJoin(missing, ", ")));
        c.Remedy("each_authority_represented", "secretary_of_state_appoints", "");
      }
      if (!several.empty()) {
        c.Remedy("each_authority_represented", "co_opt_by_resolution", "");
        c.Remedy("each_authority_represented", "withdraw_councillors", absl::StrJoin(several, ", "));
      }
    }
  }

  // Paragraph 4(1)(b), 4(3), 4(4): the appropriate number of co-opted members.
  const int co = r.independent_members + r.co_opted_councillors;
  {
    const int want = r.co_opted_required;
    const std::string basis =
        options.co_opted_resolution
            ? absl::StrCat("a resolution under paragraph 4(4) sets ", want)
            : absl::StrCat(want, " required (no resolution under paragraph 4(4) given)");
    const std::string counted = absl::StrCat(Plural(co, "co-opted member", "co-opted members"), " (",
                                             Plural(r.independent_members, "independent", "independents"), ", ",
                                             Plural(r.co_opted_councillors, "councillor", "councillors"), "); ", basis);
    if (co == want) {
      c.Rule("co_opted_members", CompositionStatus::kMet, counted);
    } else if (co < want) {
      c.Rule("co_opted_members", co + u >= want ? CompositionStatus::kUndetermined : CompositionStatus::kNotMet,
             co + u >= want ? absl::StrCat(counted, " (", Plural(u, "member is", "members are"), " unclassified)")
                            : counted);
      c.Remedy("co_opted_members", "co_opt_independents",
               absl::StrCat(want - co, " more"));
    } else if (!options.co_opted_resolution) {
      c.Rule("co_opted_members", CompositionStatus::kUndetermined,
             absl::StrCat(counted, "; more than two is lawful under a resolution of the panel"));
      c.Remedy("co_opted_members", "reduce_co_opted", "");
    } else {
      c.Rule("co_opted_members", CompositionStatus::kNotMet, counted);
      c.Remedy("co_opted_members", "reduce_co_opted", "");
    }
  }

  // Paragraph 23: co-opted councillors only alongside two independents.
  {
    const int k = r.co_opted_councillors;
    const int i = r.independent_members;
    if (k == 0) {
      c.Rule("co_opted_councillors", CompositionStatus::kMet, "no co-opted member is a councillor");
    } else if (co > 2 && i >= 2) {
      c.Rule("co_opted_councillors", CompositionStatus::kMet,
             absl::StrCat(Plural(k, "co-opted councillor", "co-opted councillors"), " alongside ",
                          Plural(i, "independent", "independents")));
    } else {
      const bool could = co + u > 2 && i + u >= 2;
      c.Rule("co_opted_councillors", could ? CompositionStatus::kUndetermined : CompositionStatus::kNotMet,
             absl::StrCat(Plural(k, "co-opted councillor", "co-opted councillors"), " with ",
                          Plural(i, "independent co-opted member", "independent co-opted members"),
                          co <= 2 ? " among two co-opted members" : ""));
      c.Remedy("co_opted_councillors", "co_opt_independents", absl::StrCat(std::max(1, 2 - i), " more"));
    }
  }

  // Paragraphs 4(4) and 5: at most 20 members.
  {
    const int t = r.total_members;
    if (t <= rules.maximum_members) {
      c.Rule("maximum_members", CompositionStatus::kMet,
             absl::StrCat(t, " members, within the limit of ", rules.maximum_members));
    } else {
      c.Rule("maximum_members", CompositionStatus::kNotMet,
             absl::StrCat(t, " members, ", t - rules.maximum_members, " over the limit of ", rules.maximum_members));
      c.Remedy("maximum_members", "withdraw_councillors", "");
      c.Remedy("maximum_members", "reduce_co_opted", "");
    }
  }

  // Paragraph 21: the commissioner is not a member.
  if (commissioners.empty()) {
    c.Rule("commissioner_not_member", CompositionStatus::kMet,
           "no elected commissioner's post is among the members (attending is not membership)");
  } else {
    c.Rule("commissioner_not_member", CompositionStatus::kNotMet,
           absl::StrCat("a member: ", absl::StrJoin(commissioners, ", ")));
    c.Remedy("commissioner_not_member", "remove_commissioner", "");
  }

  // Paragraph 31: reported, not decided.
  {
    std::vector<std::string> by_council;
    for (const CouncilSeats& s : r.councils) {
      if (s.appointed + s.co_opted > 0) {
        by_council.push_back(absl::StrCat(reg.organisation(s.council).name, " ", s.appointed + s.co_opted));
      }
    }
    c.Rule("balanced_appointment", CompositionStatus::kAdvisory,
           absl::StrCat("members by council: ", by_council.empty() ? "none" : absl::StrJoin(by_council, ", "),
                        "; political balance and skills are not recorded in the register"));
  }

  bool not_met = false;
  bool undetermined = false;
  for (const CompositionRuleResult& rule : r.rules) {
    not_met = not_met || rule.status == CompositionStatus::kNotMet;
    undetermined = undetermined || rule.status == CompositionStatus::kUndetermined;
  }
  r.verdict = not_met        ? CompositionVerdict::kUnlawful
              : undetermined ? CompositionVerdict::kUndetermined
                             : CompositionVerdict::kLawful;
  return r;
}

std::string FormatPanelComposition(const Register& reg, const PanelCompositionResult& result) {
  const Meeting& m = reg.meeting(result.panel);
  std::string out = absl::StrCat(m.name, ": ", std::string(Name(result.verdict)), "\n");
  absl::StrAppend(&out, "Checked against ", result.act, " (", result.url, ")\n\n");
  absl::StrAppendFormat(&out,
                        "Relevant local authorities %d; appointed members required %d, recorded %d; co-opted "
                        "required %d, recorded %d (%d independent, %d councillor); unclassified %d; total %d\n\n",
                        result.relevant_authorities, result.relevant_number, result.appointed_members,
                        result.co_opted_required, result.independent_members + result.co_opted_councillors,
                        result.independent_members, result.co_opted_councillors, result.unclassified_members,
                        result.total_members);
  absl::StrAppend(&out, "Seats by council:\n");
  for (const CouncilSeats& s : result.councils) {
    absl::StrAppendFormat(&out, "  %-45s appointed %d, co-opted %d%s\n", reg.organisation(s.council).name,
                          s.appointed, s.co_opted, s.relevant ? "" : " (not a relevant authority)");
  }
  absl::StrAppend(&out, "\nRules:\n");
  for (const CompositionRuleResult& rule : result.rules) {
    absl::StrAppendFormat(&out, "  %-12s %s [%s]\n               %s\n", std::string(Name(rule.status)), rule.title, rule.source,
                          rule.detail);
  }
  if (!result.remedies.empty()) {
    absl::StrAppend(&out, "\nRemedies:\n");
    for (const CompositionRemedy& fix : result.remedies) {
      absl::StrAppendFormat(&out, "  - %s [%s] (for %s)\n", fix.action, fix.source, fix.rule);
    }
  }
  if (!result.notes.empty()) {
    absl::StrAppend(&out, "\nNotes:\n");
    for (const std::string& n : result.notes) absl::StrAppend(&out, "  - ", n, "\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(CompositionStatus);
GOVGRAPH_ENUM_VALUES(CompositionVerdict);

}  // namespace govgraph
