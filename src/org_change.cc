// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/org_change.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "govgraph/import/aliases.h"
#include "govgraph/io/json.h"
#include "govgraph/names.h"
#include "govgraph/register_builder.h"
#include "internal/entity_check.h"
#include "internal/files.h"
#include "internal/json_envelope.h"
#include "internal/labels.h"
#include "internal/text.h"
#include "io/json_reader.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using internal::PathError;
using Json = nlohmann::json;
using internal::AV;

constexpr OrganisationChangeKind kAllKinds[] = {OrganisationChangeKind::kMerger, OrganisationChangeKind::kSplit,
                                                OrganisationChangeKind::kRename, OrganisationChangeKind::kDissolution};

std::string KindList() {
  std::vector<std::string> names;
  for (OrganisationChangeKind k : kAllKinds) names.emplace_back(Name(k));
  return absl::StrJoin(names, ", ");
}

absl::StatusOr<std::string> StringField(const Json& j, const std::string& path) {
  if (!j.is_string()) return PathError(path, "must be a string");
  return j.get<std::string>();
}

absl::StatusOr<ResultingOrganisation> ParseResulting(const Json& j, const std::string& path) {
  ResultingOrganisation r;
  if (j.is_string()) {
    r.id = j.get<std::string>();
    if (r.id.empty()) return PathError(path, "must not be empty");
    return r;
  }
  if (!j.is_object()) return PathError(path, "must be an organisation id or an organisation object");
  for (const auto& [key, value] : j.items()) {
    if (key == "id" || key == "name") {
      absl::StatusOr<std::string> s = StringField(value, path + "." + key);
      if (!s.ok()) return s.status();
      (key == "id" ? r.id : r.name) = *s;
    }
  }
  if (j.size() > (j.contains("id") ? 1u : 0u)) r.object_json = j.dump();
  return r;
}

// The organisations a change's successors stand for, by id.
struct Successors {
  std::vector<std::string> ids;
};

std::string Joined(const std::vector<std::string>& ids) { return absl::StrJoin(ids, ", "); }

bool SameParty(const Party& a, const Party& b) {
  return a.organisation.id == b.organisation.id && a.role.id == b.role.id && a.person.id == b.person.id;
}

// An entity that refers to organisations, in the order changes visit them:
// meetings, initiatives, roles, organisations (by parent), then memberships (by
// council), each by position.
struct Holder {
  enum class Kind : uint8_t { kMeeting, kInitiative, kRole, kOrganisation, kMembership };
  Kind kind = Kind::kMeeting;
  uint32_t index = 0;
  friend auto operator<=>(const Holder&, const Holder&) = default;
};

// Organisation id -> the entities that referred to it when noted (some may
// have moved on since: applying a change checks each reference again).
using HolderIndex = absl::flat_hash_map<std::string, std::vector<Holder>>;

void NoteParty(HolderIndex& index, const Party& p, Holder h) {
  if (!p.organisation.empty()) index[p.organisation.id].push_back(h);
}

void NoteLead(HolderIndex& index, const Lead& lead, Holder h) {
  for (const Ref<Organisation>& r : lead.organisations) index[r.id].push_back(h);
  for (const Ref<Organisation>& r : lead.supporting) index[r.id].push_back(h);
}

HolderIndex IndexHolders(RegisterBuilder& b) {
  HolderIndex index;
  for (uint32_t k = 0; k < b.meetings().size(); ++k) {
    const Meeting& m = b.meetings()[k];
    const Holder h{Holder::Kind::kMeeting, k};
    for (const Participant& p : m.participants) NoteParty(index, p.party, h);
    NoteLead(index, m.lead, h);
    NoteParty(index, m.chair, h);
  }
  for (uint32_t k = 0; k < b.initiatives().size(); ++k) {
    const Initiative& in = b.initiatives()[k];
    const Holder h{Holder::Kind::kInitiative, k};
    for (const Participant& p : in.participants) NoteParty(index, p.party, h);
    NoteLead(index, in.lead, h);
  }
  for (uint32_t k = 0; k < b.roles().size(); ++k) {
    if (!b.roles()[k].organisation.empty()) index[b.roles()[k].organisation.id].push_back({Holder::Kind::kRole, k});
  }
  for (uint32_t k = 0; k < b.organisations().size(); ++k) {
    const Organisation& o = b.organisations()[k];
    if (!o.parent.empty()) index[o.parent.id].push_back({Holder::Kind::kOrganisation, k});
  }
  for (uint32_t k = 0; k < b.memberships().size(); ++k) {
    const Membership& m = b.memberships()[k];
    if (!m.council.empty()) index[m.council.id].push_back({Holder::Kind::kMembership, k});
  }
  return index;
}

// Applies one change to the builder's entities. `at` is "changes[i]".
class ChangeApplier {
 public:
  ChangeApplier(int index, const std::vector<std::string>& originals, const std::vector<std::string>& successors,
                OrganisationChangeResult& result)
      : index_(index), originals_(originals.begin(), originals.end()), successors_(successors), result_(result) {}

  // Moves the memberships of `holders` (sorted, each once): those that
  // refer to an original.
  void Apply(RegisterBuilder& b, const std::vector<Holder>& holders) {
    for (const Holder& h : holders) {
      switch (h.kind) {
        case Holder::Kind::kMeeting: {
          Meeting& m = b.meetings()[h.index];
          MoveParticipants(m.participants, "meeting", m);
          MoveLead(m.lead, "meeting", m);
          if (IsOriginal(m.chair.organisation.id)) {
            const std::string from = m.chair.organisation.id;
            m.chair.organisation = Ref<Organisation>(successors_.empty() ? "" : successors_.front());
            Record(from, successors_.empty() ? "" : successors_.front(), "meeting", m, "chair",
                   successors_.empty() ? "removed: the organisation is dissolved" : "moved");
          }
          break;
        }
        case Holder::Kind::kInitiative: {
          Initiative& in = b.initiatives()[h.index];
          MoveParticipants(in.participants, "initiative", in);
          MoveLead(in.lead, "initiative", in);
          break;
        }
        case Holder::Kind::kRole: {
          Role& r = b.roles()[h.index];
          MoveSingle(r.organisation, "role", r, "organisation");
          break;
        }
        case Holder::Kind::kOrganisation: {
          Organisation& o = b.organisations()[h.index];
          if (!IsOriginal(o.id)) MoveSingle(o.parent, "organisation", o, "parent");
          break;
        }
        case Holder::Kind::kMembership: {
          // A member keeps their seat until the successor council appoints
          // anew: the seat moves with them.
          Membership& m = b.memberships()[h.index];
          Entity holder;
          holder.id = absl::StrCat(m.person.id, "@", m.meeting.id);
          for (const Person& p : b.people()) {
            if (p.id == m.person.id) holder.name = p.name;
          }
          MoveSingle(m.council, "membership", holder, "council");
          break;
        }
      }
    }
  }

 private:
  bool IsOriginal(const std::string& id) const { return !id.empty() && originals_.contains(id); }
  bool IsSuccessor(const std::string& id) const { return absl::c_linear_search(successors_, id); }

  void Record(const std::string& from, const std::string& to, const char* holder_type, const Entity& holder,
              const char* field, std::string outcome) {
    result_.moves.push_back({.change = index_,
                             .from = from,
                             .to = to,
                             .holder_type = holder_type,
                             .holder = holder.id,
                             .holder_name = holder.name,
                             .field = field,
                             .outcome = std::move(outcome)});
  }

  std::string MovedOutcome() const {
    return successors_.size() > 1 ? "copied to each successor of a split: divide by hand" : "moved";
  }

  void MoveParticipants(std::vector<Participant>& participants, const char* holder_type, const Entity& holder) {
    std::vector<Participant> out;
    bool touched = false;
    for (const Participant& p : participants) {
      if (!IsOriginal(p.party.organisation.id)) {
        out.push_back(p);
        continue;
      }
      touched = true;
      const std::string from = p.party.organisation.id;
      if (successors_.empty()) {
        Record(from, "", holder_type, holder, "participants", "removed: the organisation is dissolved");
        continue;
      }
      for (const std::string& to : successors_) {
        Participant moved = p;
        moved.party.organisation = Ref<Organisation>(to);
        auto same = std::find_if(out.begin(), out.end(), [&](const Participant& q) {
          return SameParty(q.party, moved.party) && q.co_opted == moved.co_opted;
        });
        if (same == out.end()) {
          out.push_back(std::move(moved));
          Record(from, to, holder_type, holder, "participants", MovedOutcome());
          continue;
        }
        // One body now where there were two: the strongest involvement
        // stands, and the seats move with their members (a panel's councillor
        // members keep their places until the successor council appoints
        // anew), so the delegations add up.
        if (ParticipationStrength(moved.type) > ParticipationStrength(same->type)) same->type = moved.type;
        same->seats += moved.seats;
        if (!moved.note.empty() && same->note.find(moved.note) == std::string::npos) {
          same->note = same->note.empty() ? moved.note : absl::StrCat(same->note, "; ", moved.note);
        }
        Record(from, to, holder_type, holder, "participants",
               absl::StrCat("merged with an existing participant (kept ", AV(Name(same->type)), ", ", same->seats,
                            same->seats == 1 ? " seat)" : " seats)"));
      }
    }
    if (touched) participants = std::move(out);
  }

  void MoveRefs(std::vector<Ref<Organisation>>& refs, const char* holder_type, const Entity& holder,
                const char* field) {
    std::vector<Ref<Organisation>> out;
    auto add = [&](const std::string& id) {
      if (absl::c_none_of(out, [&](const Ref<Organisation>& r) { return r.id == id; })) {
        out.emplace_back(id);
        return true;
      }
      return false;
    };
    bool touched = false;
    for (const Ref<Organisation>& r : refs) {
      if (!IsOriginal(r.id)) {
        add(r.id);
        continue;
      }
      touched = true;
      if (successors_.empty()) Record(r.id, "", holder_type, holder, field, "removed: the organisation is dissolved");
      for (const std::string& to : successors_) {
        Record(r.id, to, holder_type, holder, field, add(to) ? MovedOutcome() : "merged: already listed");
      }
    }
    if (touched) refs = std::move(out);
  }

  void MoveLead(Lead& lead, const char* holder_type, const Entity& holder) {
    MoveRefs(lead.organisations, holder_type, holder, "lead");
    MoveRefs(lead.supporting, holder_type, holder, "supporting");
    std::erase_if(lead.supporting, [&](const Ref<Organisation>& r) {
      return IsSuccessor(r.id) &&
             absl::c_any_of(lead.organisations, [&](const Ref<Organisation>& l) { return l.id == r.id; });
    });
  }

  void MoveSingle(Ref<Organisation>& ref, const char* holder_type, const Entity& holder, const char* field) {
    if (!IsOriginal(ref.id)) return;
    if (successors_.empty()) {
      Record(ref.id, "", holder_type, holder, field, "kept: points at the dissolved organisation");
      return;
    }
    const std::string from = ref.id;
    ref = Ref<Organisation>(successors_.front());
    Record(from, successors_.front(), holder_type, holder, field,
           successors_.size() > 1 ? "moved to the first successor of a split: check" : "moved");
  }

  int index_;
  std::set<std::string> originals_;
  std::vector<std::string> successors_;
  OrganisationChangeResult& result_;
};

std::string DateText(const OrganisationChange& c) {
  return c.date ? absl::FormatCivilTime(*c.date) : std::string("undated");
}

// Adds a new organisation given as a register-format object, read and
// checked as the register reader reads and checks each organisation.
// `organisations` are the ids present now.
absl::Status AddNewOrganisation(RegisterBuilder& builder, const Register& reg,
                                const absl::flat_hash_map<std::string, uint32_t>& organisations, Json org,
                                const std::vector<const Organisation*>& originals, const OrganisationChange& c,
                                const std::string& path) {
  if (!org.contains("kind") && !originals.empty()) {
    const OrganisationKind kind = originals.front()->kind;
    if (absl::c_all_of(originals, [&](const Organisation* o) { return o->kind == kind; })) {
      org["kind"] = std::string(Name(kind));
    }
  }
  if (!org.contains("areas")) {
    Json areas = Json::array();
    absl::flat_hash_set<std::string> seen;
    for (const Organisation* o : originals) {
      for (const Ref<Area>& a : o->areas) {
        if (seen.insert(a.id).second) areas.push_back(a.id);
      }
    }
    if (!areas.empty()) org["areas"] = areas;
  }
  Json attributes = org.contains("attributes") ? org["attributes"] : Json::object();
  if (attributes.is_object()) {
    std::vector<std::string> from;
    for (const Organisation* o : originals) from.push_back(o->id);
    if (!from.empty()) attributes.emplace("formed_from", Joined(from));
    attributes.emplace("founding_date", DateText(c));  // Popolo's name: exported as the organisation's field
    if (!c.source.empty()) attributes.emplace("source", c.source);
    org["attributes"] = attributes;
  }
  const internal::EditContext context{.base = &reg, .organisations = &organisations};
  return internal::ReadOrganisationJson(org, path, context, builder);
}

}  // namespace

namespace internal {
template <>
struct EnumNames<OrganisationChangeKind> {
  static constexpr std::string_view kWhat = "organisation change kind";
  static constexpr std::pair<OrganisationChangeKind, std::string_view> kTable[] = {
      {OrganisationChangeKind::kMerger, "merger"},
      {OrganisationChangeKind::kSplit, "split"},
      {OrganisationChangeKind::kRename, "rename"},
      {OrganisationChangeKind::kDissolution, "dissolution"},
  };
};
}  // namespace internal

std::string_view Name(OrganisationChangeKind v) { return internal::NameOf(v, "merger"); }

absl::StatusOr<OrganisationChanges> ParseOrganisationChangesJson(absl::string_view text) {
  OrganisationChanges out;
  auto read_change = [&](const Json& item, const std::string& at) -> absl::Status {
    if (!item.contains("kind") || !item["kind"].is_string())
      return PathError(at + ".kind", absl::StrCat("must be one of ", KindList()));
    OrganisationChange c;
    const std::string kind = item["kind"].get<std::string>();
    const OrganisationChangeKind* found = std::find_if(std::begin(kAllKinds), std::end(kAllKinds),
                                                       [&](OrganisationChangeKind k) { return Name(k) == kind; });
    if (found == std::end(kAllKinds)) {
      return PathError(at + ".kind", absl::StrCat("unknown kind \"", kind, "\" (", KindList(), ")"));
    }
    c.kind = *found;
    for (const auto& [key, value] : item.items()) {
      const std::string path = absl::StrCat(at, ".", key);
      if (key == "kind") continue;
      if (key == "organisation") {
        absl::StatusOr<std::string> s = StringField(value, path);
        if (!s.ok()) return s.status();
        c.organisations.push_back(*s);
      } else if (key == "organisations") {
        if (!value.is_array()) return PathError(path, "must be an array of organisation ids");
        for (size_t k = 0; k < value.size(); ++k) {
          absl::StatusOr<std::string> s = StringField(value[k], absl::StrCat(path, "[", k, "]"));
          if (!s.ok()) return s.status();
          c.organisations.push_back(*s);
        }
      } else if (key == "into") {
        if (value.is_array()) {
          for (size_t k = 0; k < value.size(); ++k) {
            absl::StatusOr<ResultingOrganisation> r = ParseResulting(value[k], absl::StrCat(path, "[", k, "]"));
            if (!r.ok()) return r.status();
            c.into.push_back(*r);
          }
        } else {
          absl::StatusOr<ResultingOrganisation> r = ParseResulting(value, path);
          if (!r.ok()) return r.status();
          c.into.push_back(*r);
        }
      } else if (key == "date") {
        absl::CivilDay day;
        if (!value.is_string() || !absl::ParseCivilTime(value.get<std::string>(), &day)) {
          return PathError(path, "must be a date written YYYY-MM-DD");
        }
        c.date = day;
      } else if (key == "note" || key == "source") {
        absl::StatusOr<std::string> s = StringField(value, path);
        if (!s.ok()) return s.status();
        (key == "note" ? c.note : c.source) = *s;
      } else {
        return PathError(path, "unknown field");
      }
    }
    if (c.organisations.empty()) return PathError(at + ".organisations", "missing: give the original organisation(s)");
    const bool one_original = c.kind == OrganisationChangeKind::kSplit || c.kind == OrganisationChangeKind::kRename;
    if (one_original && c.organisations.size() != 1) {
      return PathError(at + ".organisation", absl::StrCat("a ", kind, " has exactly one original organisation"));
    }
    switch (c.kind) {
      case OrganisationChangeKind::kMerger:
        if (c.into.size() != 1) return PathError(at + ".into", "a merger results in exactly one organisation");
        break;
      case OrganisationChangeKind::kSplit:
        if (c.into.size() < 2) return PathError(at + ".into", "a split results in two or more organisations");
        break;
      case OrganisationChangeKind::kRename:
        if (c.into.size() != 1 || c.into[0].name.empty())
          return PathError(at + ".into", "give the new name: {\"name\": ...}");
        if (c.into[0].id.empty()) c.into[0].id = c.organisations[0];
        break;
      case OrganisationChangeKind::kDissolution:
        if (!c.into.empty())
          return PathError(at + ".into", "a dissolution has no resulting organisation (use a merger)");
        break;
    }
    for (size_t k = 0; k < c.into.size(); ++k) {
      if (c.into[k].id.empty())
        return PathError(absl::StrCat(at, ".into", c.into.size() > 1 ? absl::StrCat("[", k, "]") : "", ".id"),
                         "missing");
    }
    out.changes.push_back(std::move(c));
    return absl::OkStatus();
  };
  absl::Status read = internal::ReadJsonEnvelope(text, "organisation changes", "changes", out, read_change);
  if (!read.ok()) return read;
  return out;
}

absl::StatusOr<OrganisationChanges> LoadOrganisationChangesJsonFile(const std::string& path) {
  return internal::LoadFile(path, ParseOrganisationChangesJson);
}

absl::StatusOr<OrganisationChangeResult> ApplyOrganisationChanges(const Register& reg,
                                                                  const OrganisationChanges& changes,
                                                                  const OrganisationChangeOptions& options) {
  OrganisationChangeResult result;
  result.title = changes.title;
  RegisterBuilder builder(reg);
  std::vector<Organisation>& organisations = builder.organisations();
  absl::flat_hash_map<std::string, uint32_t> org_index;  // id -> position in `organisations`
  org_index.reserve(organisations.size());
  for (uint32_t k = 0; k < organisations.size(); ++k) org_index.emplace(organisations[k].id, k);
  auto find = [&](const std::string& id) -> Organisation* {
    auto it = org_index.find(id);
    return it == org_index.end() ? nullptr : &organisations[it->second];
  };
  HolderIndex holders = IndexHolders(builder);
  std::map<std::string, size_t> ended;  // original id -> the change that ended it
  RegisterInfo info = reg.info();
  size_t recorded = 0;
  while (info.attributes.contains(absl::StrCat("organisation_changes[", recorded, "]"))) ++recorded;

  for (size_t i = 0; i < changes.changes.size(); ++i) {
    const OrganisationChange& c = changes.changes[i];
    const std::string at = absl::StrCat("changes[", i, "]");
    if (options.as_of && c.date && *c.date > *options.as_of) {
      result.not_yet.push_back(static_cast<int>(i));
      continue;
    }
    // An original given alone is usually written "organisation": "id".
    const bool single = c.organisations.size() == 1;
    std::vector<const Organisation*> originals;
    for (size_t k = 0; k < c.organisations.size(); ++k) {
      const std::string path = single ? at + ".organisation" : absl::StrCat(at, ".organisations[", k, "]");
      const std::string& id = c.organisations[k];
      if (auto it = ended.find(id); it != ended.end()) {
        return PathError(path,
                         absl::StrCat("organisation \"", id, "\" was already ended by changes[", it->second, "]"));
      }
      const Organisation* o = find(id);
      if (o == nullptr) return PathError(path, absl::StrCat("unknown organisation \"", id, "\""));
      if (absl::c_linear_search(originals, o))
        return PathError(path, absl::StrCat("organisation \"", id, "\" is listed twice"));
      originals.push_back(o);
    }
    std::vector<Organisation> original_copies;
    for (const Organisation* o : originals) original_copies.push_back(*o);
    std::vector<const Organisation*> original_view;
    for (const Organisation& o : original_copies) original_view.push_back(&o);

    // A rename that keeps the id edits the organisation in place.
    if (c.kind == OrganisationChangeKind::kRename && c.into[0].id == c.organisations[0]) {
      Organisation* o = find(c.organisations[0]);
      const std::string old_name = o->name;
      o->name = c.into[0].name;
      if (AliasKey(old_name) != AliasKey(o->name) &&
          absl::c_none_of(o->aliases, [&](const std::string& a) { return AliasKey(a) == AliasKey(old_name); })) {
        o->aliases.push_back(old_name);
      }
      o->attributes["renamed_from"] = old_name;
      o->attributes["renamed"] = DateText(c);
      result.renamed.push_back(o->id);
    } else {
      std::vector<std::string> successors;
      for (size_t k = 0; k < c.into.size(); ++k) {
        const ResultingOrganisation& r = c.into[k];
        const std::string path = c.into.size() > 1 ? absl::StrCat(at, ".into[", k, "]") : at + ".into";
        if (absl::c_linear_search(c.organisations, r.id)) {
          return PathError(path, absl::StrCat("organisation \"", r.id, "\" cannot succeed itself"));
        }
        if (ended.contains(r.id)) {
          return PathError(path, absl::StrCat("organisation \"", r.id, "\" was ended by changes[", ended[r.id], "]"));
        }
        const bool exists = find(r.id) != nullptr;
        if (r.object_json.empty()) {
          if (!exists) {
            return PathError(
                path, absl::StrCat("unknown organisation \"", r.id, "\" (give an object with its name to create it)"));
          }
        } else {
          if (exists) {
            return PathError(path + ".id", absl::StrCat("organisation \"", r.id,
                                                        "\" already exists; give only its id to merge into it"));
          }
          Json org = Json::parse(r.object_json);
          if (c.kind == OrganisationChangeKind::kRename) {
            org["id"] = r.id;
            Json aliases = org.contains("aliases") ? org["aliases"] : Json::array();
            if (aliases.is_array()) aliases.push_back(original_copies[0].name);
            org["aliases"] = aliases;
          }
          if (absl::Status s = AddNewOrganisation(builder, reg, org_index, std::move(org), original_view, c, path);
              !s.ok()) {
            return s;
          }
          const auto added = static_cast<uint32_t>(organisations.size() - 1);
          org_index.emplace(organisations[added].id, added);
          if (!organisations[added].parent.empty()) {
            holders[organisations[added].parent.id].push_back({Holder::Kind::kOrganisation, added});
          }
          result.created.push_back(r.id);
        }
        successors.push_back(r.id);
      }
      // The entities that refer to an original, each once, in order; they
      // refer to the successors from now on.
      std::vector<Holder> touched;
      for (const std::string& id : c.organisations) {
        auto it = holders.find(id);
        if (it == holders.end()) continue;
        touched.insert(touched.end(), it->second.begin(), it->second.end());
        holders.erase(it);
      }
      std::sort(touched.begin(), touched.end());
      touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
      ChangeApplier(static_cast<int>(i), c.organisations, successors, result).Apply(builder, touched);
      for (const std::string& id : successors) {
        std::vector<Holder>& list = holders[id];
        list.insert(list.end(), touched.begin(), touched.end());
      }
      for (const std::string& id : c.organisations) {
        Organisation* o = find(id);
        o->attributes["status"] = "dissolved";
        o->attributes["dissolution_date"] = DateText(c);  // Popolo's name: exported as the organisation's field
        if (!successors.empty()) o->attributes["succeeded_by"] = Joined(successors);
        ended[id] = i;
        result.dissolved.push_back(id);
      }
    }
    std::string record = absl::StrCat(DateText(c), " ", AV(Name(c.kind)), ": ", Joined(c.organisations));
    if (!c.into.empty()) {
      std::vector<std::string> into;
      for (const ResultingOrganisation& r : c.into) into.push_back(r.id);
      absl::StrAppend(&record, " -> ", Joined(into));
    }
    if (!c.note.empty()) absl::StrAppend(&record, " (", c.note, ")");
    const std::string& source = c.source.empty() ? changes.source : c.source;
    if (!source.empty()) absl::StrAppend(&record, "; source: ", source);
    info.attributes[absl::StrCat("organisation_changes[", recorded++, "]")] = record;
  }
  builder.SetInfo(info);
  absl::StatusOr<Register> after = std::move(builder).Build();
  if (!after.ok()) return absl::InvalidArgumentError(absl::StrCat("after the changes: ", after.status().message()));
  result.register_after = *std::move(after);
  return result;
}

std::string FormatOrganisationChanges(const OrganisationChangeResult& r) {
  std::string out;
  absl::StrAppend(&out, r.title.empty() ? "Organisation changes" : r.title, "\n");
  if (!r.created.empty()) absl::StrAppend(&out, "  New organisations: ", Joined(r.created), "\n");
  if (!r.dissolved.empty()) absl::StrAppend(&out, "  Dissolved (kept, marked): ", Joined(r.dissolved), "\n");
  if (!r.renamed.empty()) absl::StrAppend(&out, "  Renamed: ", Joined(r.renamed), "\n");
  if (!r.not_yet.empty()) {
    std::vector<std::string> idx;
    for (int i : r.not_yet) idx.push_back(absl::StrCat("changes[", i, "]"));
    absl::StrAppend(&out, "  Not yet in effect: ", Joined(idx), "\n");
  }
  absl::StrAppend(&out, "\nMemberships moved (", r.moves.size(), ")\n");
  for (const MovedMembership& m : r.moves) {
    absl::StrAppend(&out, "  ", m.holder_type, " ", m.holder, " ", m.field, ": ", m.from, " -> ",
                    m.to.empty() ? "(none)" : m.to, "  ", m.outcome, "\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(OrganisationChangeKind);

}  // namespace govgraph
