// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/what_if.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "govgraph/analysis/burden.h"
#include "govgraph/cadence.h"
#include "govgraph/io/json.h"
#include "govgraph/partnership_graph.h"
#include "govgraph/register_builder.h"
#include "govgraph/status_macros.h"
#include "internal/entity_check.h"
#include "internal/json_envelope.h"
#include "internal/labels.h"
#include "io/json_reader.h"
#include "internal/enum_names.h"
#include "internal/files.h"

namespace govgraph {
namespace {

using internal::FormatAmount;
using internal::PathError;

using Json = nlohmann::json;

absl::StatusOr<std::vector<std::string>> StringList(const Json& j, const std::string& path) {
  std::vector<std::string> out;
  if (j.is_null()) return out;
  if (j.is_string()) return std::vector<std::string>{j.get<std::string>()};
  if (!j.is_array()) return PathError(path, "must be a string or an array of strings");
  for (size_t k = 0; k < j.size(); ++k) {
    if (!j[k].is_string()) return PathError(absl::StrCat(path, "[", k, "]"), "must be a string");
    out.push_back(j[k].get<std::string>());
  }
  return out;
}

// Adds to `into` the references of `from` it lacks (as bare ids), in order.
// `seen` holds the ids already in `into`.
template <class T>
void AddUnique(std::vector<Ref<T>>& into, absl::flat_hash_set<std::string>& seen, const std::vector<Ref<T>>& from) {
  for (const Ref<T>& r : from) {
    if (seen.insert(r.id).second) into.push_back(Ref<T>(r.id));
  }
}

struct Applied {
  Register after;
  std::map<std::string, std::string> merged_into;  // old id -> merged id
};

// Clears resolved handles so a Ref is matched by id alone after edits.
Ref<Meeting> IdRef(const std::string& id) { return id.empty() ? Ref<Meeting>() : Ref<Meeting>(id); }

// The builder's meetings as the changes edit them. A meeting removed or
// merged away stays in place, marked gone, until Finish(): positions hold,
// and each change costs what it touches rather than the register's size.
class MeetingEdit {
 public:
  explicit MeetingEdit(std::vector<Meeting>& meetings) : meetings_(meetings), live_(meetings.size(), true) {
    index_.reserve(meetings.size());
    for (uint32_t k = 0; k < meetings.size(); ++k) {
      index_.emplace(meetings[k].id, k);
      NoteReportsTo(k);
    }
  }

  std::vector<Meeting>& meetings() { return meetings_; }
  // The meetings present now, by id, to their position.
  const absl::flat_hash_map<std::string, uint32_t>& index() const { return index_; }

  std::optional<uint32_t> Find(const std::string& id) const {
    auto it = index_.find(id);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }

  // Takes in the meeting just appended to meetings().
  void Added() {
    const auto k = static_cast<uint32_t>(meetings_.size() - 1);
    live_.push_back(true);
    index_.emplace(meetings_[k].id, k);
    NoteReportsTo(k);
  }

  // Removes the meeting at `k`; those that reported to it report to its parent.
  void Remove(uint32_t k) {
    const std::string id = meetings_[k].id;
    const Ref<Meeting> parent = IdRef(meetings_[k].reports_to.id);
    Gone(k);
    Repoint({id}, parent);
  }

  // Puts `merged` in the place of `parts[0]` and removes the other parts; the
  // meetings that reported to any part (`ids`) report to the merged one.
  void Merge(const std::vector<uint32_t>& parts, const absl::flat_hash_set<std::string>& ids, Meeting merged) {
    for (uint32_t k : parts) Gone(k);
    const std::string merged_id = merged.id;
    meetings_[parts[0]] = std::move(merged);
    live_[parts[0]] = true;
    index_[merged_id] = parts[0];
    NoteReportsTo(parts[0]);
    Repoint(std::vector<std::string>(ids.begin(), ids.end()), IdRef(merged_id));
  }

  // The meetings left, in order.
  void Finish() {
    size_t kept = 0;
    for (size_t k = 0; k < meetings_.size(); ++k) {
      if (!live_[k]) continue;
      if (kept != k) meetings_[kept] = std::move(meetings_[k]);
      ++kept;
    }
    meetings_.resize(kept);
  }

 private:
  void NoteReportsTo(uint32_t k) {
    if (!meetings_[k].reports_to.empty()) children_[meetings_[k].reports_to.id].push_back(k);
  }

  void Gone(uint32_t k) {
    live_[k] = false;
    index_.erase(meetings_[k].id);
  }

  // The live meetings reporting to any of `ids` report to `to` instead.
  // Each id's list of the meetings that reported to it (some of them since
  // gone or re-pointed, and checked here) joins `to`'s, the shorter lists
  // into the longest, so that a meeting is moved between lists a few times
  // at most however many merges follow.
  void Repoint(const std::vector<std::string>& ids, const Ref<Meeting>& to) {
    std::vector<std::vector<uint32_t>> lists;
    for (const std::string& id : ids) {
      auto it = children_.find(id);
      if (it == children_.end()) continue;
      std::vector<uint32_t> kept;
      for (uint32_t c : it->second) {
        if (live_[c] && meetings_[c].reports_to.id == id) {
          meetings_[c].reports_to = to;
          kept.push_back(c);
        }
      }
      children_.erase(it);
      if (!kept.empty()) lists.push_back(std::move(kept));
    }
    if (to.empty() || lists.empty()) return;
    std::vector<uint32_t>& into = children_[to.id];
    for (std::vector<uint32_t>& list : lists) {
      if (list.size() > into.size()) std::swap(list, into);
      into.insert(into.end(), list.begin(), list.end());
    }
  }

  std::vector<Meeting>& meetings_;
  std::vector<bool> live_;
  absl::flat_hash_map<std::string, uint32_t> index_;
  // Meeting id -> positions of meetings that reported to it when noted.
  absl::flat_hash_map<std::string, std::vector<uint32_t>> children_;
};

// Members follow their meeting: into the meeting it merged into (each person
// once there), or out of the register with a meeting removed.
void FollowMeetings(std::vector<Membership>& memberships, const std::map<std::string, std::string>& merged_into,
                    const MeetingEdit& edit) {
  auto final_id = [&](std::string id) {
    // A later merge may take in an earlier one's result; a chain is no
    // longer than the merges made.
    for (size_t step = 0; step <= merged_into.size(); ++step) {
      auto it = merged_into.find(id);
      if (it == merged_into.end() || it->second == id) break;
      id = it->second;
    }
    return id;
  };
  absl::flat_hash_set<std::string> merged;
  for (const auto& [from, to] : merged_into) merged.insert(final_id(to));
  std::set<std::pair<std::string, std::string>> seated;  // (meeting, person) in a merged meeting
  std::vector<Membership> kept;
  for (Membership& m : memberships) {
    const std::string id = final_id(m.meeting.id);
    if (!edit.Find(id)) continue;
    if (merged.contains(id) && !seated.emplace(id, m.person.id).second) continue;
    m.meeting = Ref<Meeting>(id);
    kept.push_back(std::move(m));
  }
  memberships = std::move(kept);
}

absl::StatusOr<Applied> Apply(const Register& reg, const ChangeSet& cs) {
  Applied out;
  RegisterBuilder builder(reg);
  MeetingEdit edit(builder.meetings());
  std::vector<Meeting>& meetings = edit.meetings();
  std::map<std::string, size_t> gone;  // id -> change that removed it
  for (size_t i = 0; i < cs.changes.size(); ++i) {
    const MeetingChange& c = cs.changes[i];
    const std::string at = absl::StrCat("changes[", i, "]");
    auto find = [&](const std::string& id, const std::string& path) -> absl::StatusOr<uint32_t> {
      if (std::optional<uint32_t> k = edit.Find(id)) return *k;
      if (auto it = gone.find(id); it != gone.end()) {
        return PathError(path, absl::StrCat("meeting \"", id, "\" was removed by changes[", it->second, "]"));
      }
      return PathError(path, absl::StrCat("unknown meeting \"", id, "\""));
    };
    auto check_lead = [&]() -> absl::Status {
      for (size_t k = 0; k < c.lead.size(); ++k) {
        if (!reg.FindOrganisation(c.lead[k])) {
          return PathError(absl::StrCat(at, ".lead[", k, "]"), absl::StrCat("unknown organisation \"", c.lead[k], "\""));
        }
      }
      return absl::OkStatus();
    };
    auto set_lead = [&](Meeting& m) {
      m.lead.organisations.clear();
      for (const std::string& id : c.lead) m.lead.organisations.emplace_back(id);
      std::erase_if(m.lead.supporting, [&](const Ref<Organisation>& r) {
        return std::find(c.lead.begin(), c.lead.end(), r.id) != c.lead.end();
      });
      m.lead.text = "set by change set";
    };
    auto parse_cadence = [&]() -> absl::StatusOr<Cadence> {
      absl::StatusOr<Cadence> cad = ParseCadence(c.cadence);
      if (!cad.ok()) return PathError(at + ".cadence", cad.status().message());
      return cad;
    };

    switch (c.action) {
      case ChangeAction::kRemove:
      case ChangeAction::kSetLead:
      case ChangeAction::kSetCadence: {
        if (c.meetings.size() != 1) return PathError(at + ".meeting", "give exactly one meeting id");
        absl::StatusOr<uint32_t> k = find(c.meetings[0], at + ".meeting");
        if (!k.ok()) return k.status();
        if (c.action == ChangeAction::kSetLead) {
          if (absl::Status s = check_lead(); !s.ok()) return s;
          set_lead(meetings[*k]);
        } else if (c.action == ChangeAction::kSetCadence) {
          absl::StatusOr<Cadence> cad = parse_cadence();
          if (!cad.ok()) return cad.status();
          meetings[*k].cadence = *cad;
        } else {
          gone[meetings[*k].id] = i;
          edit.Remove(*k);
        }
        break;
      }
      case ChangeAction::kMerge: {
        if (c.meetings.size() < 2) return PathError(at + ".meetings", "give two or more meeting ids to merge");
        std::vector<uint32_t> parts;
        for (size_t k = 0; k < c.meetings.size(); ++k) {
          absl::StatusOr<uint32_t> idx = find(c.meetings[k], absl::StrCat(at, ".meetings[", k, "]"));
          if (!idx.ok()) return idx.status();
          if (std::find(parts.begin(), parts.end(), *idx) != parts.end()) {
            return PathError(absl::StrCat(at, ".meetings[", k, "]"), absl::StrCat("meeting \"", c.meetings[k], "\" is listed twice"));
          }
          parts.push_back(*idx);
        }
        const absl::flat_hash_set<std::string> ids(c.meetings.begin(), c.meetings.end());
        Meeting merged = meetings[parts[0]];
        merged.id = c.into_id.empty() ? merged.id : c.into_id;
        merged.name = c.into_name.empty() ? merged.name : c.into_name;
        if (!ids.contains(merged.id) && edit.Find(merged.id)) {
          return PathError(at + ".into.id", absl::StrCat("meeting \"", merged.id, "\" already exists"));
        }
        merged.aliases.clear();
        merged.status = MeetingStatus::kNew;
        merged.reports_to = Ref<Meeting>();
        merged.participants.clear();
        merged.topics.clear();
        merged.areas.clear();
        merged.lead = Lead();
        // Each party once: (organisation, role, person) -> its place in merged.participants.
        absl::flat_hash_map<std::tuple<std::string, std::string, std::string>, size_t> party_at;
        absl::flat_hash_set<std::string> topics_seen, areas_seen, lead_seen, supporting_seen;
        std::optional<Cadence> best;
        for (uint32_t p : parts) {
          const Meeting& m = meetings[p];
          for (const Participant& part : m.participants) {
            auto [it, inserted] = party_at.try_emplace(
                std::make_tuple(part.party.organisation.id, part.party.role.id, part.party.person.id),
                merged.participants.size());
            if (inserted) {
              merged.participants.push_back(part);
            } else {
              Participant& same = merged.participants[it->second];
              if (ParticipationStrength(part.type) > ParticipationStrength(same.type)) same.type = part.type;
              same.seats = std::max(same.seats, part.seats);
            }
          }
          AddUnique(merged.topics, topics_seen, m.topics);
          AddUnique(merged.areas, areas_seen, m.areas);
          AddUnique(merged.lead.organisations, lead_seen, m.lead.organisations);
          AddUnique(merged.lead.supporting, supporting_seen, m.lead.supporting);
          merged.statutory = merged.statutory || m.statutory;
          merged.per_area = merged.per_area || m.per_area;
          if (merged.level == Level::kUnknown || (m.level != Level::kUnknown && m.level < merged.level)) {
            merged.level = m.level;
          }
          if (m.cadence.is_known() && (!best || *m.cadence.per_year() > *best->per_year())) best = m.cadence;
          if (merged.reports_to.empty() && !m.reports_to.empty() && !ids.contains(m.reports_to.id)) {
            merged.reports_to = IdRef(m.reports_to.id);
          }
        }
        std::erase_if(merged.lead.supporting, [&](const Ref<Organisation>& r) { return lead_seen.contains(r.id); });
        merged.lead.text = absl::StrCat("merged from ", absl::StrJoin(c.meetings, ", "));
        if (c.has_lead) {
          if (absl::Status s = check_lead(); !s.ok()) return s;
          set_lead(merged);
        }
        if (!c.cadence.empty()) {
          absl::StatusOr<Cadence> cad = parse_cadence();
          if (!cad.ok()) return cad.status();
          merged.cadence = *cad;
        } else if (best) {
          merged.cadence = *best;
        }
        const std::string merged_id = merged.id;
        edit.Merge(parts, ids, std::move(merged));
        for (const std::string& id : c.meetings) {
          if (id != merged_id) gone[id] = i;
          out.merged_into[id] = merged_id;
        }
        break;
      }
      case ChangeAction::kAdd: {
        const Json meeting = Json::parse(c.meeting_json, nullptr, false);
        if (meeting.is_discarded() || !meeting.is_object()) return PathError(at + ".meeting", "must be a meeting object");
        const internal::EditContext context{.base = &reg, .meetings = &edit.index()};
        if (absl::Status s = internal::ReadMeetingJson(meeting, at + ".meeting", context, builder); !s.ok()) return s;
        edit.Added();
        break;
      }
    }
  }
  edit.Finish();
  FollowMeetings(builder.memberships(), out.merged_into, edit);
  absl::StatusOr<Register> after = std::move(builder).Build();
  if (!after.ok()) return absl::InvalidArgumentError(absl::StrCat("after the changes: ", after.status().message()));
  out.after = *std::move(after);
  return out;
}

// Meeting ids per topic or area id.
template <class Get>
std::map<std::string, std::vector<std::string>> Forums(const Register& reg, Get get) {
  std::map<std::string, std::vector<std::string>> out;
  for (const Meeting& m : reg.meetings()) {
    for (const auto& ref : get(m)) out[ref.id].push_back(m.id);
  }
  return out;
}

// Pairs of actor keys -> shared meeting ids.
std::map<std::pair<std::string, std::string>, std::vector<std::string>> Links(
    const Register& reg, std::map<std::string, std::string>& names) {
  PartnershipGraph g(reg);
  CoAttendanceGraph co = ProjectCoAttendance(g);
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> out;
  for (auto [e, end] = boost::edges(co); e != end; ++e) {
    const size_t s = boost::source(*e, co), t = boost::target(*e, co);
    std::string a = g.key(s), b = g.key(t);
    names[a] = g.label(s);
    names[b] = g.label(t);
    if (b < a) std::swap(a, b);
    std::vector<std::string>& ids = out[{a, b}];
    for (MeetingHandle h : co[*e].meetings) ids.push_back(reg.meeting(h).id);
  }
  return out;
}

}  // namespace

namespace internal {
template <>
struct EnumNames<ChangeAction> {
  static constexpr std::string_view kWhat = "change action";
  static constexpr std::pair<ChangeAction, std::string_view> kTable[] = {
      {ChangeAction::kRemove, "remove"},
      {ChangeAction::kMerge, "merge"},
      {ChangeAction::kAdd, "add"},
      {ChangeAction::kSetLead, "set_lead"},
      {ChangeAction::kSetCadence, "set_cadence"},
  };
};
}  // namespace internal

std::string_view Name(ChangeAction action) { return internal::NameOf(action); }

absl::StatusOr<ChangeSet> ParseChangeSetJson(absl::string_view text) {
  ChangeSet cs;
  auto read_change = [&](const Json& item, const std::string& at) -> absl::Status {
    if (!item.contains("action") || !item["action"].is_string()) {
      return PathError(at + ".action", "must be one of remove, merge, add, set_lead, set_cadence");
    }
    MeetingChange c;
    const std::string action = item["action"].get<std::string>();
    bool known = false;
    for (ChangeAction a : {ChangeAction::kRemove, ChangeAction::kMerge, ChangeAction::kAdd, ChangeAction::kSetLead,
                           ChangeAction::kSetCadence}) {
      if (Name(a) == action) {
        c.action = a;
        known = true;
      }
    }
    if (!known) {
      return PathError(at + ".action",
                 absl::StrCat("unknown action \"", action, "\" (remove, merge, add, set_lead, set_cadence)"));
    }
    for (const auto& [key, value] : item.items()) {
      const std::string path = absl::StrCat(at, ".", key);
      if (key == "action") continue;
      if (key == "reason") {
        if (!value.is_string()) return PathError(path, "must be a string");
        c.reason = value.get<std::string>();
      } else if (key == "meeting" && c.action == ChangeAction::kAdd) {
        if (!value.is_object()) return PathError(path, "must be a meeting object in the register format");
        c.meeting_json = value.dump();
      } else if (key == "meeting" && c.action != ChangeAction::kMerge) {
        if (!value.is_string()) return PathError(path, "must be a meeting id");
        c.meetings = {value.get<std::string>()};
      } else if (key == "meetings" && c.action == ChangeAction::kMerge) {
        absl::StatusOr<std::vector<std::string>> ids = StringList(value, path);
        if (!ids.ok()) return ids.status();
        c.meetings = *ids;
      } else if (key == "into" && c.action == ChangeAction::kMerge) {
        if (!value.is_object()) return PathError(path, "must be an object with id and name");
        for (const auto& [k2, v2] : value.items()) {
          if ((k2 != "id" && k2 != "name") || !v2.is_string()) return PathError(path + "." + k2, "expected id or name, a string");
          (k2 == "id" ? c.into_id : c.into_name) = v2.get<std::string>();
        }
      } else if (key == "lead" && (c.action == ChangeAction::kSetLead || c.action == ChangeAction::kMerge)) {
        absl::StatusOr<std::vector<std::string>> ids = StringList(value, path);
        if (!ids.ok()) return ids.status();
        c.lead = *ids;
        c.has_lead = true;
      } else if (key == "cadence" && (c.action == ChangeAction::kSetCadence || c.action == ChangeAction::kMerge)) {
        if (!value.is_string()) return PathError(path, "must be a string such as \"Quarterly\"");
        c.cadence = value.get<std::string>();
      } else {
        return PathError(path, absl::StrCat("unknown field for action \"", action, "\""));
      }
    }
    const bool needs_one = c.action == ChangeAction::kRemove || c.action == ChangeAction::kSetLead ||
                           c.action == ChangeAction::kSetCadence;
    if (needs_one && c.meetings.empty()) return PathError(at + ".meeting", "missing: give a meeting id");
    if (c.action == ChangeAction::kMerge && c.meetings.size() < 2) {
      return PathError(at + ".meetings", "give two or more meeting ids to merge");
    }
    if (c.action == ChangeAction::kAdd && c.meeting_json.empty()) return PathError(at + ".meeting", "missing: give the new meeting");
    if (c.action == ChangeAction::kSetLead && !c.has_lead) return PathError(at + ".lead", "missing");
    if (c.action == ChangeAction::kSetCadence && c.cadence.empty()) return PathError(at + ".cadence", "missing");
    cs.changes.push_back(std::move(c));
    return absl::OkStatus();
  };
  absl::Status read = internal::ReadJsonEnvelope(text, "change set", "changes", cs, read_change);
  if (!read.ok()) return read;
  return cs;
}

absl::StatusOr<ChangeSet> LoadChangeSetJsonFile(const std::string& path) {
  return internal::LoadFile(path, [](const std::string& text) { return ParseChangeSetJson(text); });
}

absl::StatusOr<Register> ApplyChangeSet(const Register& reg, const ChangeSet& changes) {
  absl::StatusOr<Applied> applied = Apply(reg, changes);
  if (!applied.ok()) return applied.status();
  return std::move(applied->after);
}

absl::StatusOr<WhatIfResult> WhatIf(const Register& reg, const ChangeSet& changes) {
  absl::StatusOr<Applied> applied = Apply(reg, changes);
  if (!applied.ok()) return applied.status();
  WhatIfResult out;
  out.title = changes.title;
  out.after = std::move(applied->after);
  const Register& after = out.after;

  for (const Meeting& m : reg.meetings()) {
    std::optional<MeetingHandle> h = after.FindMeeting(m.id);
    if (!h) {
      out.removed.push_back(m.id);
      if (!reg.SittingsPerYear(m)) out.unknown_cadence_removed.push_back(m.id);
      continue;
    }
    const Meeting& n = after.meeting(*h);
    if (n.lead != m.lead || n.cadence != m.cadence) out.changed.push_back(m.id);
    if (n.reports_to.id != m.reports_to.id) out.reparented.push_back(m.id);
  }
  for (const Meeting& m : after.meetings()) {
    if (!reg.FindMeeting(m.id)) out.added.push_back(m.id);
  }

  auto lost = [](const Register& before, const auto& was, const auto& now, auto name_of) {
    std::vector<LostForum> out_forums;
    for (const auto& [id, meetings] : was) {
      if (now.contains(id)) continue;
      out_forums.push_back({id, name_of(before, id), meetings});
    }
    return out_forums;
  };
  auto topics = [](const Meeting& m) -> const std::vector<Ref<Topic>>& { return m.topics; };
  auto areas = [](const Meeting& m) -> const std::vector<Ref<Area>>& { return m.areas; };
  out.lost_topics = lost(reg, Forums(reg, topics), Forums(after, topics),
                         [](const Register& r, const std::string& id) { return r.topic(*r.FindTopic(id)).name; });
  out.lost_areas = lost(reg, Forums(reg, areas), Forums(after, areas),
                        [](const Register& r, const std::string& id) { return r.area(*r.FindArea(id)).name; });

  std::map<std::string, std::string> names;
  auto links_before = Links(reg, names);
  auto links_after = Links(after, names);
  for (const auto& [pair, meetings] : links_before) {
    if (links_after.contains(pair)) continue;
    out.lost_links.push_back({pair.first, names[pair.first], pair.second, names[pair.second], meetings});
  }

  // Statutory meetings and their statutory members.
  for (const Meeting& m : reg.meetings()) {
    if (!m.statutory) continue;
    std::string now_id = m.id;
    if (auto it = applied->merged_into.find(m.id); it != applied->merged_into.end()) now_id = it->second;
    std::optional<MeetingHandle> h = after.FindMeeting(now_id);
    if (!h) {
      out.unmet_duties.push_back({m.id, m.name, "", "statutory meeting removed"});
      continue;
    }
    const Meeting& n = after.meeting(*h);
    if (!n.statutory) {
      out.unmet_duties.push_back({m.id, m.name, "", absl::StrCat("merged into \"", n.id, "\", which is not statutory")});
      continue;
    }
    for (const Participant& p : m.participants) {
      if (p.type != ParticipationType::kStatutoryMember) continue;
      std::optional<OrganisationHandle> org = reg.OrganisationOf(p.party);
      const std::string key = org ? reg.organisation(*org).id : p.party.role.id;
      bool kept = false;
      for (const Participant& q : n.participants) {
        std::optional<OrganisationHandle> qo = after.OrganisationOf(q.party);
        const std::string qkey = qo ? after.organisation(*qo).id : q.party.role.id;
        kept = kept || (qkey == key && q.type == ParticipationType::kStatutoryMember);
      }
      if (!kept) out.unmet_duties.push_back({m.id, m.name, key, "statutory member no longer a statutory member"});
    }
  }

  // Hours.
  GOVGRAPH_ASSIGN_OR_RETURN(const BurdenResult b0, Burden(reg));
  GOVGRAPH_ASSIGN_OR_RETURN(const BurdenResult b1, Burden(after));
  out.meeting_hours_before = b0.meeting_hours;
  out.meeting_hours_after = b1.meeting_hours;
  out.meeting_hours_saved = b0.meeting_hours - b1.meeting_hours;
  out.seat_hours_before = b0.seat_hours;
  out.seat_hours_after = b1.seat_hours;
  out.seat_hours_saved = b0.seat_hours - b1.seat_hours;
  std::map<std::string, HoursSaved> hours;
  for (const OrganisationBurden& o : b0.organisations) {
    const Organisation& org = reg.organisation(o.organisation);
    hours[org.id] = {org.id, org.name, o.seat_hours, 0, 0, {}};
  }
  for (const OrganisationBurden& o : b1.organisations) {
    const Organisation& org = after.organisation(o.organisation);
    HoursSaved& h = hours[org.id];
    h.organisation = org.id;
    h.organisation_name = org.name;
    h.after = o.seat_hours;
  }
  for (const std::string& id : out.unknown_cadence_removed) {
    const Meeting& m = reg.meeting(*reg.FindMeeting(id));
    std::set<std::string> orgs;
    for (const Participant& p : m.participants) {
      if (std::optional<OrganisationHandle> o = reg.OrganisationOf(p.party)) orgs.insert(reg.organisation(*o).id);
    }
    for (const Ref<Organisation>& o : m.lead.organisations) orgs.insert(o.id);
    for (const std::string& org : orgs) {
      HoursSaved& h = hours[org];
      h.organisation = org;
      h.organisation_name = reg.organisation(*reg.FindOrganisation(org)).name;
      h.unknown_removed.push_back(id);
    }
  }
  for (auto& [id, h] : hours) {
    h.saved = h.before - h.after;
    if (std::fabs(h.saved) > 1e-9 || !h.unknown_removed.empty()) out.hours.push_back(h);
  }
  std::stable_sort(out.hours.begin(), out.hours.end(),
                   [](const HoursSaved& a, const HoursSaved& b) { return a.saved > b.saved; });
  return out;
}

namespace {

// The pairs that no longer share a meeting, grouped by the meetings they
// shared, and within a group by actor: the actor losing the most partners
// first, each pair once. A long list of pairs reads as noise; "X no longer
// meets A, B and C" is what a board needs.
void AppendLostLinks(const std::vector<LostLink>& links, std::string& out) {
  std::map<std::string, std::vector<const LostLink*>> by_meetings;
  for (const LostLink& l : links) by_meetings[absl::StrJoin(l.former_meetings, ", ")].push_back(&l);
  std::vector<std::pair<std::string, std::vector<const LostLink*>>> groups(by_meetings.begin(), by_meetings.end());
  std::stable_sort(groups.begin(), groups.end(),
                   [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
  for (const auto& [meetings, group] : groups) {
    absl::StrAppend(&out, "  Links that met only at ", meetings, " (", group.size(), " pair",
                    group.size() == 1 ? "" : "s", "):\n");
    // By actor key (two actors may share a name), in name order.
    std::map<std::string, std::string> names;
    std::map<std::string, std::set<std::pair<std::string, std::string>>> partners;  // key -> (name, key)
    for (const LostLink* l : group) {
      names[l->a] = l->a_name;
      names[l->b] = l->b_name;
      partners[l->a].insert({l->b_name, l->b});
      partners[l->b].insert({l->a_name, l->a});
    }
    while (true) {
      const std::string* most = nullptr;
      size_t most_count = 0;
      for (const auto& [key, set] : partners) {
        // The most partners left; between equals, the first name.
        if (set.size() > most_count || (set.size() == most_count && most != nullptr && names[key] < names[*most])) {
          most = &key;
          most_count = set.size();
        }
      }
      if (most == nullptr) break;
      const std::set<std::pair<std::string, std::string>> lost = std::move(partners[*most]);
      partners[*most].clear();
      std::vector<std::string> lost_names;
      for (const auto& [name, key] : lost) {
        partners[key].erase({names[*most], *most});
        lost_names.push_back(name);
      }
      absl::StrAppend(&out, "    ", names[*most], " no longer meets ", absl::StrJoin(lost_names, "; "), "\n");
    }
  }
}

}  // namespace

std::string FormatWhatIf(const WhatIfResult& r) {
  std::string out = absl::StrCat(r.title.empty() ? "What if" : r.title, "\n");
  auto list = [&](absl::string_view label, const std::vector<std::string>& ids) {
    if (!ids.empty()) absl::StrAppend(&out, "  ", label, ": ", absl::StrJoin(ids, ", "), "\n");
  };
  list("Removed", r.removed);
  list("Added", r.added);
  list("Changed", r.changed);
  list("Re-parented", r.reparented);
  absl::StrAppend(&out, "\nWhat is lost\n");
  if (r.loses_nothing()) absl::StrAppend(&out, "  Nothing: every topic, area, link and statutory duty keeps a forum.\n");
  for (const LostForum& t : r.lost_topics) {
    absl::StrAppend(&out, "  Topic without a forum: ", t.name, " (was: ", absl::StrJoin(t.former_meetings, ", "), ")\n");
  }
  for (const LostForum& a : r.lost_areas) {
    absl::StrAppend(&out, "  Area without a local forum: ", a.name, " (was: ", absl::StrJoin(a.former_meetings, ", "), ")\n");
  }
  AppendLostLinks(r.lost_links, out);
  for (const UnmetDuty& d : r.unmet_duties) {
    absl::StrAppend(&out, "  Statutory duty: ", d.meeting_name, d.organisation.empty() ? "" : " — " + d.organisation,
                    ": ", d.reason, "\n");
  }
  absl::StrAppend(&out, "\nHours a year (known cadences)\n");
  absl::StrAppend(&out, "  Meeting hours   ", FormatAmount(r.meeting_hours_before), " -> ", FormatAmount(r.meeting_hours_after),
                  " (saved ", FormatAmount(r.meeting_hours_saved), ")\n");
  absl::StrAppend(&out, "  People-hours    ", FormatAmount(r.seat_hours_before), " -> ", FormatAmount(r.seat_hours_after),
                  " (saved ", FormatAmount(r.seat_hours_saved), ")\n");
  if (!r.unknown_cadence_removed.empty()) {
    absl::StrAppend(&out, "  Plus an unknown number of hours: the cadence of ",
                    absl::StrJoin(r.unknown_cadence_removed, ", "), " is not stated\n");
  }
  for (const HoursSaved& h : r.hours) {
    absl::StrAppend(&out, "  ", h.organisation_name, ": saved ", FormatAmount(h.saved), " h",
                    h.unknown_removed.empty() ? "" : absl::StrCat(" + unknown (", absl::StrJoin(h.unknown_removed, ", "), ")"),
                    "\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(ChangeAction);

}  // namespace govgraph
