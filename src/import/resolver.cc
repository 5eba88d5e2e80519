// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/import/resolver.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/cleanup/cleanup.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "govgraph/names.h"
#include "import/text.h"

namespace govgraph {
namespace {

using import_internal::AV;

using import_internal::Clip;
using import_internal::JoinWords;
using import_internal::Lower;
using import_internal::Trim;
using import_internal::WithoutParens;
using import_internal::Words;

// Longest text the resolver reads as one name.
constexpr size_t kMaxNameBytes = 300;

bool Capitalised(absl::string_view w) {
  if (w.empty() || !absl::ascii_isupper(static_cast<unsigned char>(w[0]))) return false;
  return absl::c_all_of(w, [](char c) {
    return absl::ascii_isalpha(static_cast<unsigned char>(c)) || c == '-' || c == '\'';
  });
}

bool IsDeterminer(absl::string_view w) {
  static constexpr absl::string_view kDeterminers[] = {"the", "a", "an", "our", "their", "his", "her", "its",
                                                       "both", "all", "each", "respective", "relevant"};
  for (absl::string_view d : kDeterminers) {
    if (w == d) return true;
  }
  return false;
}

bool IsConnector(absl::string_view w) {
  static constexpr absl::string_view kConnectors[] = {"for", "of", "in", "at", "from", "on",
                                                      "covering", "representing", "with", "to"};
  for (absl::string_view c : kConnectors) {
    if (w == c) return true;
  }
  return false;
}

bool IsStopWord(absl::string_view w) {
  static constexpr absl::string_view kStop[] = {"of", "the", "and", "for", "a", "an", "in", "to"};
  for (absl::string_view c : kStop) {
    if (w == c) return true;
  }
  return false;
}

bool LooksLikePost(absl::string_view text) {
  static constexpr absl::string_view kPostWords[] = {
      "head", "heads", "chair", "chairs", "manager", "managers", "director", "directors", "officer",
      "officers", "lead", "leads", "leader", "leaders", "commander", "councillor", "councillors",
      "representative", "representatives", "rep", "reps", "chief", "executive", "member", "members",
      "superintendent", "inspector", "coordinator", "co-ordinator", "clerk", "secretary", "minister"};
  for (absl::string_view w : kPostWords) {
    if (import_internal::HasWord(text, w)) return true;
  }
  return false;
}

std::vector<std::string> KeyWords(absl::string_view text) {
  std::vector<std::string> out;
  for (absl::string_view w : absl::StrSplit(AliasKey(text), ' ', absl::SkipEmpty())) out.emplace_back(w);
  return out;
}

}  // namespace

Resolver::Resolver(const Register* base, const AliasTable& aliases) : base_(base), aliases_(aliases) {
  for (std::string& p : aliases_.Patterns()) {
    std::string key = AliasKey(p);
    pattern_keys_.emplace_back(std::move(p), std::move(key));
  }
  for (const AliasEntry& e : aliases_.entries()) {
    for (const std::string& p : e.patterns) pattern_words_.emplace_back(p, KeyWords(p));
  }
  if (base_ == nullptr) return;
  for (const Organisation& o : base_->organisations()) Index(EntityKind::kOrganisation, o.id, o.name, o.aliases);
  for (const Role& r : base_->roles()) Index(EntityKind::kRole, r.id, r.name, r.aliases);
  for (const Person& p : base_->people()) Index(EntityKind::kPerson, p.id, p.name, p.aliases);
  for (const Area& a : base_->areas()) {
    const size_t i = area_ids_.size();
    area_ids_.push_back(a.id);
    area_names_.push_back(a.name);
    area_parents_.push_back(a.parent.id);
    area_kinds_.push_back(a.kind);
    for (const std::string& s : {a.id, a.name}) area_by_key_.try_emplace(AliasKey(s), i);
    for (const std::string& s : a.aliases) area_by_key_.try_emplace(AliasKey(s), i);
  }
}

void Resolver::Index(EntityKind kind, const std::string& id, const std::string& name,
                     const std::vector<std::string>& aliases) {
  auto add = [&](const std::string& display) {
    const std::string key = AliasKey(display);
    if (key.empty()) return;
    by_key_[key].push_back(known_.size());
    known_.push_back({kind, id, display, key, KeyWords(display)});
  };
  add(name);
  for (const std::string& a : aliases) add(a);
  add(id);
}

void Resolver::Rollback(const Checkpoint& mark) {
  for (size_t i = mark.known; i < known_.size(); ++i) {
    auto it = by_key_.find(known_[i].key);
    if (it == by_key_.end()) continue;
    auto& list = it->second;
    list.erase(std::remove_if(list.begin(), list.end(), [&](size_t k) { return k >= mark.known; }), list.end());
    if (list.empty()) by_key_.erase(it);
  }
  known_.resize(std::min(known_.size(), mark.known));
  if (new_organisations_.size() > mark.organisations) new_organisations_.resize(mark.organisations);
  if (new_roles_.size() > mark.roles) new_roles_.resize(mark.roles);
  if (new_people_.size() > mark.people) new_people_.resize(mark.people);
}

const Organisation* Resolver::FindOrganisationById(absl::string_view id) const {
  if (base_ != nullptr) {
    if (auto h = base_->FindOrganisation(id)) return &base_->organisation(*h);
  }
  for (const Organisation& o : new_organisations_) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

const Role* Resolver::FindRoleById(absl::string_view id) const {
  if (base_ != nullptr) {
    if (auto h = base_->FindRole(id)) return &base_->role(*h);
  }
  for (const Role& r : new_roles_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

const Person* Resolver::FindPersonById(absl::string_view id) const {
  if (base_ != nullptr) {
    if (auto h = base_->FindPerson(id)) return &base_->person(*h);
  }
  for (const Person& p : new_people_) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

bool Resolver::HasId(EntityKind kind, absl::string_view id) const {
  switch (kind) {
    case EntityKind::kOrganisation:
      return FindOrganisationById(id) != nullptr;
    case EntityKind::kRole:
      return FindRoleById(id) != nullptr;
    case EntityKind::kPerson:
      return FindPersonById(id) != nullptr;
  }
  return false;
}

std::string Resolver::UniqueId(EntityKind kind, absl::string_view wanted) const {
  std::string base(wanted.substr(0, 60));
  while (!base.empty() && base.back() == '-') base.pop_back();
  if (base.empty()) base = "unnamed";
  if (!HasId(kind, base)) return base;
  for (int i = 2;; ++i) {
    std::string id = absl::StrCat(base, "-", i);
    if (!HasId(kind, id)) return id;
  }
}

Party Resolver::PartyFor(EntityKind kind, const std::string& id) const {
  Party p;
  switch (kind) {
    case EntityKind::kOrganisation:
      p.organisation = id;
      break;
    case EntityKind::kRole:
      p.role = id;
      break;
    case EntityKind::kPerson:
      p.person = id;
      if (const Person* person = FindPersonById(id); person != nullptr && !person->roles.empty()) {
        p.role = person->roles.front().id;
      }
      break;
  }
  return p;
}

std::optional<std::string> Resolver::OrganisationOf(const Party& party) const {
  if (!party.organisation.empty()) return party.organisation.id;
  if (!party.role.empty()) {
    if (const Role* r = FindRoleById(party.role.id); r != nullptr && !r->organisation.empty()) {
      return r->organisation.id;
    }
  }
  if (!party.person.empty()) {
    if (const Person* p = FindPersonById(party.person.id)) {
      for (const Ref<Role>& rr : p->roles) {
        if (const Role* r = FindRoleById(rr.id); r != nullptr && !r->organisation.empty()) {
          return r->organisation.id;
        }
      }
    }
  }
  return std::nullopt;
}

std::string Resolver::Describe(const Party& party) const {
  std::vector<std::string> parts;
  if (!party.organisation.empty()) {
    const Organisation* o = FindOrganisationById(party.organisation.id);
    parts.push_back(absl::StrCat("organisation \"", o ? o->name : party.organisation.id, "\""));
  }
  if (!party.role.empty()) {
    const Role* r = FindRoleById(party.role.id);
    parts.push_back(absl::StrCat("role \"", r ? r->name : party.role.id, "\""));
  }
  if (!party.person.empty()) {
    const Person* p = FindPersonById(party.person.id);
    parts.push_back(absl::StrCat("person \"", p ? p->name : party.person.id, "\""));
  }
  return absl::StrJoin(parts, " + ");
}

Resolution Resolver::FromIndex(absl::string_view text) const {
  Resolution r;
  auto it = by_key_.find(AliasKey(text));
  if (it == by_key_.end()) return r;
  // People first, then roles, then organisations: "ACC Watson" is the person.
  for (EntityKind kind : {EntityKind::kPerson, EntityKind::kRole, EntityKind::kOrganisation}) {
    std::vector<std::string> ids;
    for (size_t i : it->second) {
      if (known_[i].kind == kind && !absl::c_linear_search(ids, known_[i].id)) ids.push_back(known_[i].id);
    }
    if (ids.empty()) continue;
    r.parties.push_back(PartyFor(kind, ids.front()));
    r.quality = MatchQuality::kExact;
    if (ids.size() > 1) {
      r.quality = MatchQuality::kJudged;
      r.explanation = absl::StrCat("ambiguous: could be any of \"", absl::StrJoin(ids, "\", \""),
                                   "\"; the first was taken");
    }
    return r;
  }
  return r;
}

std::vector<std::string> Resolver::PatternsOf(AliasTarget target, const std::string& id) const {
  std::vector<std::string> out;
  for (const AliasEntry& e : aliases_.entries()) {
    if (e.target != target || e.id != id) continue;
    for (const std::string& p : e.patterns) {
      if (!absl::c_linear_search(out, p)) out.push_back(p);
    }
  }
  return out;
}

std::string Resolver::EnsureOrganisation(const AliasEntry& e) {
  if (base_ != nullptr) {
    if (base_->FindOrganisation(e.id)) return e.id;
    if (auto h = base_->LookupOrganisation(e.name); h.ok()) return base_->organisation(*h).id;
    for (const std::string& p : PatternsOf(AliasTarget::kOrganisation, e.id)) {
      if (auto h = base_->LookupOrganisation(p); h.ok()) return base_->organisation(*h).id;
    }
  }
  for (const Organisation& o : new_organisations_) {
    if (o.attributes.count("import") && o.attributes.at("import") == "alias:" + e.id) return o.id;
  }
  Organisation o;
  o.id = UniqueId(EntityKind::kOrganisation, e.id);
  o.name = e.name;
  for (const std::string& p : e.patterns) {
    if (AliasKey(p) != AliasKey(e.name)) o.aliases.push_back(p);
  }
  o.kind = e.kind;
  o.attributes["import"] = "alias:" + e.id;
  if (!e.note.empty()) o.attributes["note"] = e.note;
  new_organisations_.push_back(o);
  Index(EntityKind::kOrganisation, o.id, o.name, o.aliases);
  return o.id;
}

std::string Resolver::EnsureRole(const AliasEntry& e) {
  if (base_ != nullptr) {
    if (base_->FindRole(e.id)) return e.id;
    if (auto h = base_->LookupRole(e.name); h.ok()) return base_->role(*h).id;
    for (const std::string& p : PatternsOf(AliasTarget::kRole, e.id)) {
      if (auto h = base_->LookupRole(p); h.ok()) return base_->role(*h).id;
    }
  }
  for (const Role& r : new_roles_) {
    if (r.attributes.count("import") && r.attributes.at("import") == "alias:" + e.id) return r.id;
  }
  Role r;
  r.id = UniqueId(EntityKind::kRole, e.id);
  r.name = e.name;
  for (const std::string& p : e.patterns) {
    if (AliasKey(p) != AliasKey(e.name)) r.aliases.push_back(p);
  }
  r.elected = e.elected;
  r.attributes["import"] = "alias:" + e.id;
  if (!e.note.empty()) r.attributes["note"] = e.note;
  if (!e.organisation.empty()) {
    if (const AliasEntry* oe = aliases_.FindId(AliasTarget::kOrganisation, e.organisation)) {
      r.organisation = EnsureOrganisation(*oe);
    } else if (FindOrganisationById(e.organisation) != nullptr) {
      r.organisation = e.organisation;
    }
  }
  new_roles_.push_back(r);
  Index(EntityKind::kRole, r.id, r.name, r.aliases);
  return r.id;
}

Resolution Resolver::FromAliases(absl::string_view text, const std::vector<std::string>& areas) {
  Resolution r;
  for (const AliasEntry* e : aliases_.Find(text)) {
    if (e->target == AliasTarget::kRole) {
      r.parties.push_back(Party{.role = EnsureRole(*e)});
      continue;
    }
    if (e->expand && base_ != nullptr && !areas.empty()) {
      std::vector<Party> each;
      for (const Organisation& o : base_->organisations()) {
        if (o.kind != e->kind) continue;
        const bool serves = absl::c_any_of(o.areas, [&](const Ref<Area>& a) { return absl::c_linear_search(areas, a.id); });
        if (serves) each.push_back(Party{.organisation = o.id});
      }
      if (!each.empty()) {
        r.expanded = true;
        r.explanation = absl::StrCat("read as each ", AV(Name(e->kind)), " organisation serving the meeting's areas");
        for (Party& p : each) r.parties.push_back(std::move(p));
        continue;
      }
    }
    r.parties.push_back(Party{.organisation = EnsureOrganisation(*e)});
  }
  if (!r.parties.empty()) r.quality = MatchQuality::kAlias;
  return r;
}

Resolution Resolver::Strong(absl::string_view text, const std::vector<std::string>& areas, int depth,
                            bool people) {
  Resolution r;
  const absl::string_view t = Trim(text, /*stops=*/true);
  if (t.empty() || t.size() > kMaxNameBytes || depth > 3) return r;
  if (r = FromIndex(t); r.ok()) return r;
  if (r = FromAliases(t, areas); r.ok()) return r;

  // Without a leading determiner: "the PCC", "their Chief Executives".
  {
    const size_t space = t.find(' ');
    if (space != absl::string_view::npos && IsDeterminer(Lower(t.substr(0, space)))) {
      r = Strong(t.substr(space + 1), areas, depth + 1, people);
      if (r.ok()) return r;
    }
  }

  // A person and, in brackets, their post or body: "Iwan Davies (Chief
  // Executive)", "Andy Seymour (NHS Gloucestershire Clinical Commissioning
  // Group)".
  if (people && t.size() > 2 && t.back() == ')') {
    if (Resolution pb = PersonWithPost(t, areas, depth); pb.ok()) return pb;
  }

  // Without a parenthesised part.
  if (t.find('(') != absl::string_view::npos) {
    std::vector<std::string> inside;
    const std::string without = WithoutParens(t, &inside);
    if (!without.empty() && without != t) {
      r = Strong(without, areas, depth + 1, people);
      if (r.ok()) {
        r.quality = std::max(r.quality, MatchQuality::kJudged);
        r.explanation = absl::StrCat("read as \"", without, "\" (\"(", absl::StrJoin(inside, ") ("),
                                     ")\" kept in the note)");
        return r;
      }
    }
  }

  const std::vector<std::string> words = Words(t);
  const size_t n = words.size();
  // A post in a named body, either way round: "Chief Superintendent North
  // Wales Police", "Director of Public Health at Cwm Taf UHB", "BCUHB
  // Director of Public Health". The longest post is tried first.
  if (Resolution pb = PostInBody(words, areas); pb.ok()) return pb;

  // A post and a person's name: "ACC Watson", "C/Supt Geoff Wessell".
  for (size_t k = std::min<size_t>(n == 0 ? 0 : n - 1, 3); people && k >= 1; --k) {
    if (n - k > 3) break;
    bool name_like = true;
    for (size_t i = k; i < n; ++i) name_like = name_like && Capitalised(words[i]);
    // "Chief Superintendent North Wales Police" is a post in a body, not a
    // person called "North Wales Police".
    for (size_t i = k; name_like && i < n; ++i) {
      for (const AliasEntry* e : aliases_.Find(JoinWords(words, i, n))) {
        name_like = name_like && e->target != AliasTarget::kOrganisation;
      }
    }
    if (!name_like) continue;
    const std::string prefix = JoinWords(words, 0, k);
    const Checkpoint mark = Mark();
    Resolution pr = FromIndex(prefix);
    if (!pr.ok()) pr = FromAliases(prefix, {});
    if (pr.parties.size() != 1 || pr.parties[0].role.empty() || !pr.parties[0].person.empty()) {
      Rollback(mark);
      continue;
    }
    const std::string person_name = JoinWords(words, k, n);
    std::string person_id;
    for (const Person& p : new_people_) {
      if (AliasKey(p.name) == AliasKey(person_name) && !p.roles.empty() && p.roles[0].id == pr.parties[0].role.id) {
        person_id = p.id;
      }
    }
    if (person_id.empty()) {
      Person p;
      p.id = UniqueId(EntityKind::kPerson, Slugify(person_name));
      p.name = person_name;
      p.aliases.push_back(std::string(t));
      p.roles.push_back(pr.parties[0].role.id);
      p.attributes["import"] = "named in the table";
      person_id = p.id;
      new_people_.push_back(p);
      Index(EntityKind::kPerson, p.id, p.name, p.aliases);
    }
    r = Resolution{};
    r.parties.push_back(Party{.role = pr.parties[0].role.id, .person = person_id});
    r.quality = MatchQuality::kJudged;
    r.explanation = absl::StrCat("read as ", Describe(r.parties[0]));
    return r;
  }

  // An organisation's representative: "YOT rep(s)", "VCS representatives".
  const std::string lower = Lower(t);
  for (absl::string_view suffix : {" rep(s)", " reps", " rep", " representative(s)", " representatives",
                                   " representative"}) {
    if (!absl::EndsWith(lower, suffix)) continue;
    const absl::string_view core = Trim(t.substr(0, t.size() - suffix.size()));
    const Checkpoint mark = Mark();
    Resolution cr = Strong(core, {}, depth + 1, false);
    std::optional<std::string> org = cr.parties.size() == 1 ? OrganisationOf(cr.parties[0]) : std::nullopt;
    if (!org || !cr.parties[0].role.empty()) {
      Rollback(mark);
      break;
    }
    const std::string role_id = *org + "-representative";
    if (FindRoleById(role_id) == nullptr) {
      Role role;
      role.id = role_id;
      const Organisation* o = FindOrganisationById(*org);
      role.name = absl::StrCat(o ? o->name : *org, " representative");
      role.aliases.push_back(std::string(t));
      role.organisation = *org;
      role.attributes["import"] = "representative";
      new_roles_.push_back(role);
      Index(EntityKind::kRole, role.id, role.name, role.aliases);
    }
    r = Resolution{};
    r.parties.push_back(Party{.role = role_id});
    r.quality = MatchQuality::kJudged;
    r.explanation = absl::StrCat("read as a representative of ", Describe(cr.parties[0]));
    return r;
  }
  return Resolution{};
}

Resolution Resolver::PersonWithPost(absl::string_view t, const std::vector<std::string>& areas, int depth) {
  const size_t open = t.rfind('(');
  if (open == absl::string_view::npos || open == 0) return {};
  const absl::string_view who = Trim(t.substr(0, open));
  const absl::string_view post = Trim(t.substr(open + 1, t.size() - open - 2));
  const std::vector<std::string> words = Words(who);
  // A person's name: two to four capitalised words ("Siân Williams",
  // "Lady Susanna McFarlane"), none of them a known name of a body or post.
  if (words.size() < 2 || words.size() > 4 || post.empty()) return {};
  for (const std::string& w : words) {
    if (!Capitalised(w)) return {};
  }
  if (!aliases_.Find(who).empty() || FromIndex(who).ok()) return {};
  const Checkpoint mark = Mark();
  Resolution pr = Strong(post, areas, depth + 1, false);
  if (!pr.ok()) pr = Loose(post, areas, false);
  if (pr.parties.size() != 1) {
    Rollback(mark);
    return {};
  }
  Party party = pr.parties[0];
  if (!party.role.empty() && party.person.empty()) {
    // The person holds the post: keep them, as "ACC Watson" does.
    std::string person_id;
    for (const Person& p : new_people_) {
      if (AliasKey(p.name) == AliasKey(who) && !p.roles.empty() && p.roles[0].id == party.role.id) person_id = p.id;
    }
    if (person_id.empty()) {
      Person p;
      p.id = UniqueId(EntityKind::kPerson, Slugify(who));
      p.name = std::string(who);
      p.aliases.push_back(std::string(t));
      p.roles.push_back(party.role.id);
      p.attributes["import"] = "named in the table";
      person_id = p.id;
      new_people_.push_back(p);
      Index(EntityKind::kPerson, p.id, p.name, p.aliases);
    }
    party.person = person_id;
  }
  Resolution r;
  r.parties.push_back(party);
  r.quality = std::max(pr.quality, MatchQuality::kJudged);
  r.explanation = absl::StrCat("read as ", who, ", ", Describe(pr.parties[0]));
  return r;
}

// A named instance of a kind of body: "Horfield Prison", "North Wales
// Police": capitalised words and a kind the alias table knows.
Resolution Resolver::NamedInstance(absl::string_view t, const std::vector<std::string>& words) {
  Resolution r;
  // One name, not a list: "A / B" and "A, B" are read part by part.
  if (t.find_first_of("/,;") != absl::string_view::npos) return r;
  const size_t n = words.size();
  for (size_t k = 1; k < n; ++k) {
    bool named = Capitalised(words[0]);
    for (size_t i = 1; i < k; ++i) {
      const std::string w = Lower(words[i]);
      named = named && (Capitalised(words[i]) || w == "and" || w == "of" || w == "the" || w == "&");
    }
    if (!named) break;
    const std::string last = Lower(words[k - 1]);
    if (last == "and" || last == "of" || last == "the" || last == "&") continue;
    for (const AliasEntry* e : aliases_.Find(JoinWords(words, k, n))) {
      // A post with its place first ("Gwent Police and Crime Commissioner"):
      // the post, the place kept in the note.
      if (e->target == AliasTarget::kRole) {
        r.parties = {Party{.role = EnsureRole(*e)}};
        r.quality = MatchQuality::kLoose;
        r.explanation = absl::StrCat("read as the post \"", e->name, "\"; \"", JoinWords(words, 0, k),
                                     "\" kept in the note");
        return r;
      }
      // A group that stands for each body of a kind ("Councils") names one
      // when its name comes first ("Tewkesbury Borough Council").
      for (const Organisation& o : new_organisations_) {
        if (AliasKey(o.name) == AliasKey(t)) {
          r.parties = {Party{.organisation = o.id}};
        }
      }
      if (r.parties.empty()) {
        Organisation o;
        o.id = UniqueId(EntityKind::kOrganisation, Slugify(t));
        o.name = std::string(t);
        o.kind = e->kind;
        o.attributes["import"] = absl::StrCat("named instance of \"", e->name, "\"");
        new_organisations_.push_back(o);
        Index(EntityKind::kOrganisation, o.id, o.name, o.aliases);
        r.parties = {Party{.organisation = o.id}};
      }
      r.quality = MatchQuality::kLoose;
      r.explanation = absl::StrCat("read as a new organisation \"", t, "\" of kind ", AV(Name(e->kind)), " (a ",
                                   e->name, ")");
      return r;
    }
  }

  return Resolution{};
}

// A body named only by its initials ("BCUHB"): an organisation of its own,
// which entity resolution later joins to the body they abbreviate.
Resolution Resolver::Acronym(absl::string_view text) {
  const absl::string_view t = Trim(text, true);
  if (t.size() < 3 || t.size() > 8 || !absl::c_all_of(t, [](char c) { return absl::ascii_isupper(c); })) return {};
  Resolution r;
  for (const Organisation& o : new_organisations_) {
    if (o.name == t) r.parties = {Party{.organisation = o.id}};
  }
  if (r.parties.empty()) {
    Organisation o;
    o.id = UniqueId(EntityKind::kOrganisation, Slugify(t));
    o.name = std::string(t);
    o.attributes["import"] = "initials";
    new_organisations_.push_back(o);
    Index(EntityKind::kOrganisation, o.id, o.name, o.aliases);
    r.parties = {Party{.organisation = o.id}};
  }
  r.quality = MatchQuality::kLoose;
  r.explanation = absl::StrCat("read as the initials of a body, \"", t, "\"");
  return r;
}

Resolution Resolver::PostInBody(const std::vector<std::string>& words, const std::vector<std::string>& areas) {
  const size_t n = words.size();
  // Not within another such reading, and not for running text: each split
  // resolves both halves.
  if (in_post_reading_ || n < 2 || n > 12) return {};
  in_post_reading_ = true;
  absl::Cleanup done = [this] { in_post_reading_ = false; };
  // `post` and `body` are word ranges; the body may follow an "of" or "at".
  auto try_reading = [&](size_t post_begin, size_t post_end, size_t body_begin, size_t body_end) -> Resolution {
    if (post_end <= post_begin || body_end <= body_begin) return {};
    const Checkpoint mark = Mark();
    const std::string post = JoinWords(words, post_begin, post_end);
    const std::string body = JoinWords(words, body_begin, body_end);
    Resolution pr = Strong(post, {}, 2, false);
    if (pr.parties.size() != 1 || pr.parties[0].role.empty() || !pr.parties[0].person.empty()) {
      Rollback(mark);
      return {};
    }
    // The body as a known name or a named instance, not a looser reading:
    // "Criminal Justice" is a sector, not the Criminal Justice Board.
    Resolution br = Strong(body, areas, 2, false);
    if (!br.ok()) br = NamedInstance(Trim(body, true), Words(body));
    if (!br.ok()) br = Acronym(body);
    if (br.parties.size() != 1 || !br.parties[0].role.empty() || br.parties[0].organisation.empty() || br.expanded) {
      Rollback(mark);
      return {};
    }
    Resolution r;
    r.parties.push_back(Party{.organisation = br.parties[0].organisation, .role = pr.parties[0].role});
    r.quality = MatchQuality::kJudged;
    r.explanation = absl::StrCat("read as the post, ", Describe(pr.parties[0]), ", in ", Describe(br.parties[0]));
    return r;
  };
  auto is_link = [&](size_t i) {
    const std::string w = Lower(words[i]);
    return w == "of" || w == "at" || w == "for" || w == "in";
  };
  for (size_t k = n > 1 ? n - 1 : 0; k >= 1; --k) {
    // Post first.
    const size_t body_begin = is_link(k) ? k + 1 : k;
    if (Resolution r = try_reading(0, k, body_begin, n); r.ok()) return r;
    // Body first.
    if (Resolution r = try_reading(n - k, n, 0, n - k); r.ok()) return r;
  }
  return {};
}

Resolution Resolver::Loose(absl::string_view text, const std::vector<std::string>& areas, bool people) {
  Resolution r;
  const absl::string_view t = Trim(text, /*stops=*/true);
  if (t.empty() || t.size() > kMaxNameBytes) return r;
  const std::vector<std::string> words = Words(t);
  const size_t n = words.size();

  // Without a leading determiner: "the Vale of Glamorgan Council".
  if (n > 1 && IsDeterminer(Lower(words[0]))) {
    const std::string rest = JoinWords(words, 1, n);
    Resolution r2 = Strong(rest, areas, 1, people);
    if (!r2.ok()) r2 = Loose(rest, areas, people);
    if (r2.ok()) return r2;
  }

  // A name and a qualifier: "Legal Aid for ASC".
  for (size_t k = n > 0 ? n - 1 : 0; k >= 1; --k) {
    if (!IsConnector(Lower(words[k]))) continue;
    const std::string prefix = JoinWords(words, 0, k);
    r = Strong(prefix, areas, 1, people);
    if (r.ok()) {
      r.quality = MatchQuality::kLoose;
      r.explanation = absl::StrCat("read as \"", prefix, "\" (", absl::StrJoin(r.parties, ", ", [&](std::string* out, const Party& p) {
                                     out->append(Describe(p));
                                   }),
                                   "); \"", JoinWords(words, k, n), "\" kept in the note");
      return r;
    }
  }

  // A named instance of a kind of body: "Horfield Prison".
  if (Resolution ni = NamedInstance(t, words); ni.ok()) return ni;

  // The one entity whose name contains every word given.
  std::vector<std::string> want;
  for (std::string& w : KeyWords(t)) {
    if (!IsStopWord(w)) want.push_back(std::move(w));
  }
  if (want.size() < 2) return Resolution{};
  auto covers = [&](const std::vector<std::string>& have) {
    for (const std::string& w : want) {
      if (!absl::c_linear_search(have, w)) return false;
    }
    return true;
  };
  size_t best_extra = SIZE_MAX;
  std::vector<std::pair<EntityKind, std::string>> best;
  std::string best_display;
  for (const Known& k : known_) {
    if (!covers(k.words)) continue;
    const size_t extra = k.words.size() - want.size();
    if (extra < best_extra) {
      best_extra = extra;
      best.clear();
      best_display = k.display;
    }
    if (extra == best_extra && !absl::c_linear_search(best, std::make_pair(k.kind, k.id))) {
      best.emplace_back(k.kind, k.id);
    }
  }
  std::string alias_pattern;
  for (const auto& [p, have] : pattern_words_) {
    if (have.size() < want.size() || !covers(have)) continue;
    const size_t extra = have.size() - want.size();
    if (extra < best_extra) {
      best_extra = extra;
      best.clear();
      alias_pattern = p;
      best_display = p;
    }
  }
  if (!alias_pattern.empty()) {
    r = FromAliases(alias_pattern, areas);
  } else if (best.size() == 1) {
    r = Resolution{};
    r.parties.push_back(PartyFor(best[0].first, best[0].second));
  } else {
    return Resolution{};
  }
  if (!r.ok()) return r;
  r.quality = MatchQuality::kLoose;
  r.explanation = absl::StrCat("matched by its words to \"", best_display, "\"");
  return r;
}

Resolution Resolver::Resolve(absl::string_view text, MatchQuality weakest, const std::vector<std::string>& areas,
                             bool people) {
  const Checkpoint mark = Mark();
  Resolution r = Strong(text, areas, 0, people);
  if (r.ok() && r.quality <= weakest) return r;
  Rollback(mark);
  if (r.ok() || weakest < MatchQuality::kLoose) return Resolution{};
  r = Loose(text, areas, people);
  if (!r.ok()) Rollback(mark);
  return r;
}

std::string Resolver::Suggest(absl::string_view text) const {
  const std::string key = AliasKey(Clip(text, 100));
  if (key.empty()) return "";
  const size_t limit = std::max<size_t>(2, key.size() / 3);
  auto [it, first_time] = suggestions_.try_emplace(key);
  Suggestion& s = it->second;
  if (first_time) s.distance = limit + 1;
  auto consider = [&](const std::string& display, const std::string& display_key, bool pattern) {
    // Only a nearer name matters (the bound tightens as one is found), or a
    // known name as near as a pattern: known names come first.
    const bool displaces_pattern = !pattern && s.from_pattern;
    const size_t d = import_internal::EditDistance(key, display_key, displaces_pattern ? s.distance : s.distance - 1);
    if (d < s.distance || (displaces_pattern && d == s.distance)) {
      s.distance = d;
      s.display = display;
      s.from_pattern = pattern;
    }
  };
  if (first_time) {
    for (const Known& k : known_) consider(k.display, k.key, false);
    for (const auto& [pattern, pattern_key] : pattern_keys_) consider(pattern, pattern_key, true);
  } else {
    for (size_t i = s.known_seen; i < known_.size(); ++i) consider(known_[i].display, known_[i].key, false);
  }
  s.known_seen = known_.size();
  return s.display;
}

Party Resolver::Placeholder(absl::string_view text, absl::string_view provenance) {
  const std::string key = AliasKey(Clip(text, 120));
  if (auto it = placeholders_.find(key); it != placeholders_.end()) return it->second;
  const std::string slug = Slugify(Clip(text, 60));
  const std::string attribute =
      absl::StrCat("not recognised: created from \"", Clip(text, 120), "\" (", provenance, ")");
  Party party;
  if (LooksLikePost(text)) {
    Role r;
    r.id = UniqueId(EntityKind::kRole, slug);
    r.name = Clip(text, 120);
    r.attributes["import"] = attribute;
    party.role = r.id;
    new_roles_.push_back(std::move(r));
  } else {
    Organisation o;
    o.id = UniqueId(EntityKind::kOrganisation, slug);
    o.name = Clip(text, 120);
    o.attributes["import"] = attribute;
    party.organisation = o.id;
    new_organisations_.push_back(std::move(o));
  }
  placeholders_[key] = party;
  return party;
}

std::vector<std::string> Resolver::FindAreas(absl::string_view text) const {
  std::vector<size_t> found;
  if (area_by_key_.empty()) return {};
  const std::vector<std::string> words = KeyWords(Clip(text, 20000));
  for (size_t i = 0; i < words.size();) {
    bool matched = false;
    for (size_t len = std::min<size_t>(8, words.size() - i); len >= 1; --len) {
      auto it = area_by_key_.find(JoinWords(words, i, i + len));
      if (it == area_by_key_.end()) continue;
      if (!absl::c_linear_search(found, it->second)) found.push_back(it->second);
      i += len;
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
  // Leave out an area when one inside it is named too.
  auto is_ancestor = [&](size_t a, size_t b) {  // a contains b
    std::string parent = area_parents_[b];
    for (int guard = 0; !parent.empty() && guard < 64; ++guard) {
      if (parent == area_ids_[a]) return true;
      auto p = absl::c_find(area_ids_, parent);
      if (p == area_ids_.end()) return false;
      parent = area_parents_[p - area_ids_.begin()];
    }
    return false;
  };
  std::vector<size_t> kept;
  for (size_t a : found) {
    if (!absl::c_any_of(found, [&](size_t b) { return b != a && is_ancestor(a, b); })) kept.push_back(a);
  }
  absl::c_sort(kept);
  std::vector<std::string> out;
  for (size_t a : kept) out.push_back(area_ids_[a]);
  return out;
}

std::vector<std::string> Resolver::AreasOfKind(AreaKind kind) const {
  std::vector<std::string> out;
  for (size_t i = 0; i < area_ids_.size(); ++i) {
    if (area_kinds_[i] == kind) out.push_back(area_ids_[i]);
  }
  return out;
}

std::string Resolver::AreaName(absl::string_view id) const {
  for (size_t i = 0; i < area_ids_.size(); ++i) {
    if (area_ids_[i] == id) return area_names_[i];
  }
  return std::string(id);
}

std::string Resolver::AddArea(absl::string_view name, AreaKind kind) {
  const std::string key = AliasKey(name);
  if (auto it = area_by_key_.find(key); it != area_by_key_.end()) return area_ids_[it->second];
  std::string id = Slugify(Clip(name, 60));
  if (id.empty()) id = "area";
  std::string unique = id;
  for (int i = 2; absl::c_linear_search(area_ids_, unique); ++i) unique = absl::StrCat(id, "-", i);
  Area a;
  a.id = unique;
  a.name = std::string(name);
  a.kind = kind;
  a.attributes["import"] = "named in the table";
  new_areas_.push_back(a);
  area_by_key_[key] = area_ids_.size();
  area_ids_.push_back(unique);
  area_names_.push_back(a.name);
  area_parents_.push_back("");
  area_kinds_.push_back(kind);
  return unique;
}

}  // namespace govgraph
