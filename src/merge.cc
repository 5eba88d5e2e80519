// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/merge.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "govgraph/import/aliases.h"
#include "govgraph/names.h"
#include "govgraph/register_builder.h"
#include "internal/labels.h"
#include "internal/text.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using internal::PathError;
using internal::AV;

bool IsMinorWord(absl::string_view w) {
  static constexpr absl::string_view kMinor[] = {"of", "the", "and", "for", "a", "an", "in", "to", "on"};
  return absl::c_linear_search(kMinor, w);
}

std::vector<std::string> SignificantWords(absl::string_view key) {
  std::vector<std::string> out;
  for (absl::string_view w : absl::StrSplit(key, ' ', absl::SkipEmpty())) {
    if (!IsMinorWord(w) && !absl::c_linear_search(out, w)) out.emplace_back(w);
  }
  return out;
}

// Two words are the same word, allowing a slip in typing ("Dorest") in words
// of five letters or more that start alike; short words and abbreviations
// ("PCC", "PCP") must be equal.
bool SameWord(const std::string& x, const std::string& y) {
  if (x == y) return true;
  if (x.size() < 5 || y.size() < 5 || x[0] != y[0]) return false;
  return internal::EditDistance(x, y, 2) <= 2;
}

// Token-set similarity: words in common over words in either, each word of
// the shorter list pairing with at most one of the other.
double KeySimilarity(const std::string& ka, const std::string& kb) {
  if (ka.empty() || kb.empty()) return 0;
  if (ka == kb) return 1;
  const std::vector<std::string> wa = SignificantWords(ka), wb = SignificantWords(kb);
  if (wa.empty() || wb.empty()) return 0;
  std::vector<bool> used(wb.size(), false);
  size_t shared = 0;
  for (const std::string& w : wa) {
    for (size_t k = 0; k < wb.size(); ++k) {
      if (!used[k] && SameWord(w, wb[k])) {
        used[k] = true;
        ++shared;
        break;
      }
    }
  }
  return static_cast<double>(shared) / static_cast<double>(wa.size() + wb.size() - shared);
}

// ---------------------------------------------------------------------------
// What the matcher needs of each kind of entity.

const std::vector<Identifier>* IdentifiersOf(const Entity&) { return nullptr; }
const std::vector<Identifier>* IdentifiersOf(const Area& a) { return &a.identifiers; }
const std::vector<Identifier>* IdentifiersOf(const Organisation& o) { return &o.identifiers; }
std::vector<Identifier>* MutableIdentifiersOf(Entity&) { return nullptr; }
std::vector<Identifier>* MutableIdentifiersOf(Area& a) { return &a.identifiers; }
std::vector<Identifier>* MutableIdentifiersOf(Organisation& o) { return &o.identifiers; }

std::string IdentifierKey(const Identifier& id) {
  return absl::StrCat(absl::AsciiStrToLower(id.scheme), "\x1f", absl::StripAsciiWhitespace(id.value));
}

struct Keys {
  std::string name;
  std::vector<std::string> aliases;
  std::vector<std::string> all;  // name then aliases, without empties
};

Keys KeysOf(const Entity& e) {
  Keys k;
  k.name = AliasKey(e.name);
  if (!k.name.empty()) k.all.push_back(k.name);
  for (const std::string& a : e.aliases) {
    std::string key = AliasKey(a);
    if (key.empty()) continue;
    k.aliases.push_back(key);
    k.all.push_back(std::move(key));
  }
  return k;
}

double EntitySimilarity(const Keys& a, const Keys& b) {
  double best = 0;
  for (const std::string& x : a.all) {
    for (const std::string& y : b.all) best = std::max(best, KeySimilarity(x, y));
  }
  return best;
}

// The names of two entities agree: equal keys, or one's name among the
// other's aliases, or similar enough.
bool NamesAgree(const Keys& a, const Keys& b, double threshold) {
  if (a.name == b.name) return true;
  if (absl::c_linear_search(a.aliases, b.name) || absl::c_linear_search(b.aliases, a.name)) return true;
  return KeySimilarity(a.name, b.name) >= threshold;
}

// An alias (as a key) that both entities have, or "".
std::string SharedAlias(const Keys& a, const Keys& b) {
  for (const std::string& x : a.aliases) {
    if (absl::c_linear_search(b.aliases, x)) return x;
  }
  return "";
}

struct PairKey {
  size_t a, b;
  friend bool operator<(const PairKey& x, const PairKey& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); }
};

// One kind's matching: A index per B entity, and the report.
struct TypeMatch {
  std::vector<std::optional<size_t>> b_to_a;
  std::vector<std::optional<size_t>> a_to_b;
};

template <class T>
TypeMatch MatchEntities(EntityType type, std::span<const T> as, std::span<const T> bs, const MergeOptions& options,
                        std::vector<EntityMatch>& matches, std::vector<NearMiss>& near_misses) {
  TypeMatch tm;
  tm.b_to_a.assign(bs.size(), std::nullopt);
  tm.a_to_b.assign(as.size(), std::nullopt);
  std::vector<Keys> ka, kb;
  for (const T& e : as) ka.push_back(KeysOf(e));
  for (const T& e : bs) kb.push_back(KeysOf(e));

  auto pair_listed = [](const std::vector<IdPair>& list, const std::string& a, const std::string& b) {
    return absl::c_any_of(list, [&](const IdPair& p) { return p.a == a && p.b == b; });
  };
  auto rejected = [&](size_t i, size_t j) { return pair_listed(options.rejected, as[i].id, bs[j].id); };
  const size_t first_match = matches.size();
  auto take = [&](size_t i, size_t j, MatchRule rule, std::string evidence) {
    tm.b_to_a[j] = i;
    tm.a_to_b[i] = j;
    matches.push_back({.type = type,
                       .a_id = as[i].id,
                       .a_name = as[i].name,
                       .b_id = bs[j].id,
                       .b_name = bs[j].name,
                       .rule = rule,
                       .evidence = std::move(evidence)});
  };
  // Pairs seen but not merged, with why: reported unless they match later.
  std::map<PairKey, std::string> held;

  absl::flat_hash_map<std::string, size_t> a_by_id;
  for (size_t i = 0; i < as.size(); ++i) a_by_id.emplace(as[i].id, i);

  // The user's confirmations come first: they are the strongest evidence.
  for (size_t j = 0; j < bs.size(); ++j) {
    for (const IdPair& p : options.confirmed) {
      if (p.b != bs[j].id) continue;
      auto it = a_by_id.find(p.a);
      if (it == a_by_id.end() || tm.a_to_b[it->second] || tm.b_to_a[j]) continue;
      take(it->second, j, MatchRule::kConfirmed, "confirmed by the user");
    }
  }

  // Each rule runs over every B entity before the next, weaker rule, so a
  // weak match never takes an entity that a stronger rule pairs elsewhere.
  // `candidates` returns the A entities a rule offers for B entity j.
  auto run_rule = [&](MatchRule rule, auto candidates) {
    for (size_t j = 0; j < bs.size(); ++j) {
      if (tm.b_to_a[j]) continue;
      std::vector<std::pair<size_t, std::string>> offered;
      for (auto& [i, evidence] : candidates(j)) {
        if (tm.a_to_b[i] || rejected(i, j)) continue;
        const auto candidate = i;  // a plain variable: clang 14 cannot capture structured bindings
        if (absl::c_any_of(offered, [&](const auto& o) { return o.first == candidate; })) continue;
        offered.emplace_back(i, std::move(evidence));
      }
      if (offered.size() == 1) {
        take(offered[0].first, j, rule, offered[0].second);
      } else if (offered.size() > 1) {
        for (const auto& [i, evidence] : offered) {
          held.emplace(PairKey{i, j}, absl::StrCat("ambiguous: ", offered.size(), " entities of A match by ",
                                                   AV(Name(rule)), " (", evidence, ")"));
        }
      }
    }
  };

  run_rule(MatchRule::kSameId, [&](size_t j) {
    std::vector<std::pair<size_t, std::string>> out;
    auto it = a_by_id.find(bs[j].id);
    if (it == a_by_id.end()) return out;
    const size_t i = it->second;
    if (NamesAgree(ka[i], kb[j], options.near_miss_threshold)) {
      out.emplace_back(i, as[i].name == bs[j].name ? absl::StrCat("same id \"", bs[j].id, "\" and name")
                                                   : absl::StrCat("same id \"", bs[j].id, "\"; names agree (\"",
                                                                  as[i].name, "\" / \"", bs[j].name, "\")"));
    } else if (!rejected(i, j)) {
      held.emplace(PairKey{i, j},
                   absl::StrCat("same id \"", bs[j].id, "\" but the names differ: treated as different entities"));
    }
    return out;
  });

  absl::flat_hash_map<std::string, std::vector<size_t>> a_by_identifier, a_by_name, a_by_alias;
  for (size_t i = 0; i < as.size(); ++i) {
    if (const std::vector<Identifier>* ids = IdentifiersOf(as[i])) {
      for (const Identifier& id : *ids) a_by_identifier[IdentifierKey(id)].push_back(i);
    }
    if (!ka[i].name.empty()) a_by_name[ka[i].name].push_back(i);
    for (const std::string& k : ka[i].aliases) a_by_alias[k].push_back(i);
  }

  run_rule(MatchRule::kSharedIdentifier, [&](size_t j) {
    std::vector<std::pair<size_t, std::string>> out;
    if (const std::vector<Identifier>* ids = IdentifiersOf(bs[j])) {
      for (const Identifier& id : *ids) {
        auto it = a_by_identifier.find(IdentifierKey(id));
        if (it == a_by_identifier.end()) continue;
        for (size_t i : it->second) out.emplace_back(i, absl::StrCat("identifier ", id.scheme, " \"", id.value, "\""));
      }
    }
    return out;
  });

  run_rule(MatchRule::kAlias, [&](size_t j) {
    std::vector<std::pair<size_t, std::string>> out;
    if (auto it = a_by_alias.find(kb[j].name); it != a_by_alias.end()) {
      for (size_t i : it->second) {
        out.emplace_back(i, absl::StrCat("B's name \"", bs[j].name, "\" is an alias of \"", as[i].name, "\" in A"));
      }
    }
    for (const std::string& k : kb[j].aliases) {
      auto it = a_by_name.find(k);
      if (it == a_by_name.end()) continue;
      for (size_t i : it->second) {
        out.emplace_back(i, absl::StrCat("A's name \"", as[i].name, "\" is an alias of \"", bs[j].name, "\" in B"));
      }
    }
    return out;
  });

  run_rule(MatchRule::kNormalisedName, [&](size_t j) {
    std::vector<std::pair<size_t, std::string>> out;
    if (auto it = a_by_name.find(kb[j].name); it != a_by_name.end()) {
      for (size_t i : it->second) {
        out.emplace_back(i, absl::StrCat("names equal after normalising: \"", as[i].name, "\" / \"", bs[j].name, "\""));
      }
    }
    return out;
  });

  // Near misses among what is left: similar names, a shared alias, or a pair
  // held back above.
  std::vector<NearMiss> found;
  for (size_t j = 0; j < bs.size(); ++j) {
    if (tm.b_to_a[j]) continue;
    for (size_t i = 0; i < as.size(); ++i) {
      if (tm.a_to_b[i] || rejected(i, j)) continue;
      const double similarity = EntitySimilarity(ka[i], kb[j]);
      std::string reason;
      if (auto it = held.find(PairKey{i, j}); it != held.end()) {
        reason = it->second;
      } else if (std::string shared = SharedAlias(ka[i], kb[j]); !shared.empty()) {
        reason = absl::StrCat("they share the alias \"", shared, "\", which may stand for different bodies");
      } else if (similarity >= options.near_miss_threshold) {
        reason = absl::StrFormat("similar names (%.2f) but no rule matched", similarity);
      } else {
        continue;
      }
      found.push_back({.type = type,
                       .a_id = as[i].id,
                       .a_name = as[i].name,
                       .b_id = bs[j].id,
                       .b_name = bs[j].name,
                       .similarity = similarity,
                       .reason = std::move(reason)});
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const NearMiss& x, const NearMiss& y) { return x.similarity > y.similarity; });
  for (NearMiss& n : found) near_misses.push_back(std::move(n));
  // Report matches in B's order.
  std::stable_sort(matches.begin() + static_cast<std::ptrdiff_t>(first_match), matches.end(),
                   [&](const EntityMatch& x, const EntityMatch& y) {
                     auto pos = [&](const std::string& id) {
                       for (size_t j = 0; j < bs.size(); ++j) {
                         if (bs[j].id == id) return j;
                       }
                       return bs.size();
                     };
                     return pos(x.b_id) < pos(y.b_id);
                   });
  return tm;
}

// ---------------------------------------------------------------------------
// Ids in the merged register.

// Where each entity of one kind goes: merged id per original id, per side.
struct IdMap {
  absl::flat_hash_map<std::string, std::string> a, b;
  const std::string& Of(MergeSide side, const std::string& id) const {
    const auto& m = side == MergeSide::kA ? a : b;
    auto it = m.find(id);
    return it == m.end() ? id : it->second;
  }
};

// One entity of the merged register before it is built: which side's entity
// it starts from, and the other side's if matched.
struct Slot {
  MergeSide side = MergeSide::kA;
  size_t index = 0;             // into the side's entities
  std::optional<size_t> other;  // the matched entity on the other side
  std::string id;               // the merged id
};

template <class T>
std::vector<Slot> PlanSlots(std::span<const T> as, std::span<const T> bs, const TypeMatch* tm, MergeSide prefer,
                            absl::string_view kind, const std::string& prefix_a, const std::string& prefix_b,
                            IdMap& map, std::vector<RenamedId>& renamed) {
  std::vector<Slot> slots;
  for (size_t i = 0; i < as.size(); ++i) {
    std::optional<size_t> j = tm ? tm->a_to_b[i] : std::nullopt;
    if (j && prefer == MergeSide::kB) {
      slots.push_back({MergeSide::kB, *j, i, bs[*j].id});
    } else {
      slots.push_back({MergeSide::kA, i, j, as[i].id});
    }
  }
  for (size_t j = 0; j < bs.size(); ++j) {
    if (tm && tm->b_to_a[j]) continue;
    slots.push_back({MergeSide::kB, j, std::nullopt, bs[j].id});
  }
  absl::flat_hash_map<std::string, int> wanted;
  for (const Slot& s : slots) ++wanted[s.id];
  for (Slot& s : slots) {
    if (wanted[s.id] > 1) {
      const std::string original = s.id;
      s.id = absl::StrCat(s.side == MergeSide::kA ? prefix_a : prefix_b, original);
      renamed.push_back({std::string(kind), s.side, original, s.id});
    }
    const std::string& own = s.side == MergeSide::kA ? as[s.index].id : bs[s.index].id;
    (s.side == MergeSide::kA ? map.a : map.b)[own] = s.id;
    if (s.other) {
      const std::string& other = s.side == MergeSide::kA ? bs[*s.other].id : as[*s.other].id;
      (s.side == MergeSide::kA ? map.b : map.a)[other] = s.id;
    }
  }
  return slots;
}

struct Maps {
  IdMap areas, organisations, roles, people, topics, meetings, initiatives;
};

template <class T>
void Remap(Ref<T>& ref, const IdMap& map, MergeSide side) {
  if (!ref.empty()) ref = Ref<T>(map.Of(side, ref.id));
}
template <class T>
void Remap(std::vector<Ref<T>>& refs, const IdMap& map, MergeSide side) {
  for (Ref<T>& r : refs) Remap(r, map, side);
}

void RemapParty(Party& p, const Maps& m, MergeSide side) {
  Remap(p.organisation, m.organisations, side);
  Remap(p.role, m.roles, side);
  Remap(p.person, m.people, side);
}

void RemapLead(Lead& lead, const Maps& m, MergeSide side) {
  Remap(lead.organisations, m.organisations, side);
  Remap(lead.supporting, m.organisations, side);
}

// A cadence whose per-area exceptions name areas by the merged ids (an
// exception written as a name or alias is left as written).
Cadence RemapCadence(const Cadence& c, const IdMap& areas, MergeSide side) {
  if (c.exceptions().empty()) return c;
  Cadence out;
  switch (c.kind()) {
    case Cadence::Kind::kRegular:
      out = Cadence::Regular(c.per_year().value_or(0), c.text());
      break;
    case Cadence::Kind::kVaries:
      out = Cadence::Varies(c.per_year(), c.text());
      break;
    case Cadence::Kind::kAdHoc:
      out = Cadence::AdHoc(c.text());
      break;
    case Cadence::Kind::kUnknown:
      out = Cadence::Unknown(c.text());
      break;
  }
  out.set_note(c.note());
  for (const Cadence::AreaRate& r : c.exceptions()) out.AddException(areas.Of(side, r.area), r.per_year);
  return out;
}

void RemapFields(Area& a, const Maps& m, MergeSide s) { Remap(a.parent, m.areas, s); }
void RemapFields(Organisation& o, const Maps& m, MergeSide s) {
  Remap(o.areas, m.areas, s);
  Remap(o.parent, m.organisations, s);
}
void RemapFields(Role& r, const Maps& m, MergeSide s) { Remap(r.organisation, m.organisations, s); }
void RemapFields(Person& p, const Maps& m, MergeSide s) { Remap(p.roles, m.roles, s); }
void RemapFields(Topic& t, const Maps& m, MergeSide s) { Remap(t.parent, m.topics, s); }
void RemapFields(Meeting& mt, const Maps& m, MergeSide s) {
  RemapLead(mt.lead, m, s);
  RemapParty(mt.chair, m, s);
  for (Participant& p : mt.participants) RemapParty(p.party, m, s);
  mt.cadence = RemapCadence(mt.cadence, m.areas, s);
  Remap(mt.areas, m.areas, s);
  Remap(mt.reports_to, m.meetings, s);
  Remap(mt.topics, m.topics, s);
}
void RemapFields(Membership& ms, const Maps& m, MergeSide s) {
  Remap(ms.person, m.people, s);
  Remap(ms.meeting, m.meetings, s);
  Remap(ms.council, m.organisations, s);
  Remap(ms.substitute_for, m.people, s);
  Remap(ms.leads, m.topics, s);
}
void RemapFields(Initiative& in, const Maps& m, MergeSide s) {
  RemapLead(in.lead, m, s);
  for (Participant& p : in.participants) RemapParty(p.party, m, s);
  Remap(in.priorities, m.topics, s);
  Remap(in.areas, m.areas, s);
}

template <class T>
std::string RefSet(const std::vector<Ref<T>>& refs) {
  std::vector<std::string> ids;
  for (const Ref<T>& r : refs) ids.push_back(r.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return absl::StrJoin(ids, ", ");
}

// The typed fields that must agree, as (field, value) after remapping.
std::vector<std::pair<std::string, std::string>> Fields(const Area& a) {
  return {{"kind", std::string(Name(a.kind))}, {"parent", a.parent.id}};
}
std::vector<std::pair<std::string, std::string>> Fields(const Organisation& o) {
  return {{"kind", std::string(Name(o.kind))}, {"parent", o.parent.id}, {"areas", RefSet(o.areas)}};
}
std::vector<std::pair<std::string, std::string>> Fields(const Role& r) {
  return {{"organisation", r.organisation.id}, {"elected", r.elected ? "true" : "false"}};
}
std::vector<std::pair<std::string, std::string>> Fields(const Person& p) { return {{"roles", RefSet(p.roles)}}; }
std::vector<std::pair<std::string, std::string>> Fields(const Topic& t) { return {{"parent", t.parent.id}}; }

struct Context {
  const MergeOptions& options;
  std::string label_a, label_b;
  const std::string& Label(MergeSide s) const { return s == MergeSide::kA ? label_a : label_b; }
};

MergeSide Other(MergeSide s) { return s == MergeSide::kA ? MergeSide::kB : MergeSide::kA; }

// The merged entity of one slot of a matched kind, reporting conflicts.
template <class T>
T MergeEntity(EntityType type, const Slot& slot, std::span<const T> as, std::span<const T> bs, const Maps& maps,
              const Context& ctx, std::vector<FieldConflict>& conflicts) {
  const T& own = slot.side == MergeSide::kA ? as[slot.index] : bs[slot.index];
  T out = own;
  out.id = slot.id;
  RemapFields(out, maps, slot.side);
  if (!slot.other) {
    out.attributes["merged_from"] = ctx.Label(slot.side);
    return out;
  }
  const MergeSide other_side = Other(slot.side);
  const T& other = other_side == MergeSide::kA ? as[*slot.other] : bs[*slot.other];
  T remapped = other;
  RemapFields(remapped, maps, other_side);
  const T& a = slot.side == MergeSide::kA ? own : other;
  const T& b = slot.side == MergeSide::kA ? other : own;
  auto conflict = [&](const std::string& field, const std::string& kept_value, const std::string& other_value) {
    FieldConflict c{.type = type, .merged_id = slot.id, .a_id = a.id, .b_id = b.id, .field = field, .kept = slot.side};
    c.a_value = slot.side == MergeSide::kA ? kept_value : other_value;
    c.b_value = slot.side == MergeSide::kA ? other_value : kept_value;
    conflicts.push_back(std::move(c));
    out.attributes["merge_conflict." + field] = absl::StrCat(ctx.Label(other_side), ": ", other_value);
  };

  const auto kept_fields = Fields(out);
  const auto other_fields = Fields(remapped);
  for (size_t k = 0; k < kept_fields.size(); ++k) {
    if (kept_fields[k].second != other_fields[k].second) {
      conflict(kept_fields[k].first, kept_fields[k].second, other_fields[k].second);
    }
  }
  if (std::vector<Identifier>* ids = MutableIdentifiersOf(out)) {
    for (const Identifier& id : *IdentifiersOf(other)) {
      auto same_scheme = std::find_if(ids->begin(), ids->end(), [&](const Identifier& x) {
        return absl::AsciiStrToLower(x.scheme) == absl::AsciiStrToLower(id.scheme);
      });
      if (same_scheme == ids->end()) {
        ids->push_back(id);
      } else if (IdentifierKey(*same_scheme) != IdentifierKey(id) &&
                 absl::c_none_of(*ids, [&](const Identifier& x) { return IdentifierKey(x) == IdentifierKey(id); })) {
        conflict("identifiers." + id.scheme, same_scheme->value, id.value);
      }
    }
  }
  // Aliases: both sides' names and aliases, each once, none equal to the name.
  std::vector<std::string> keys = {AliasKey(out.name)};
  out.aliases.clear();
  auto add_alias = [&](const std::string& text) {
    std::string key = AliasKey(text);
    if (key.empty() || absl::c_linear_search(keys, key)) return;
    keys.push_back(std::move(key));
    out.aliases.push_back(text);
  };
  for (const std::string& s : own.aliases) add_alias(s);
  add_alias(other.name);
  for (const std::string& s : other.aliases) add_alias(s);
  for (const auto& [key, value] : other.attributes) {
    auto it = out.attributes.find(key);
    if (it == out.attributes.end()) {
      out.attributes.emplace(key, value);
    } else if (it->second != value && !absl::StartsWith(key, "merge")) {
      conflict("attributes." + key, it->second, value);
    }
  }
  out.attributes["merged_from"] = absl::StrCat(ctx.label_a, ":", a.id, ", ", ctx.label_b, ":", b.id);
  return out;
}

std::string LabelFor(const std::string& given, const Register& reg, absl::string_view fallback) {
  if (!given.empty()) return given;
  std::string slug = Slugify(reg.info().title);
  return slug.empty() ? std::string(fallback) : slug;
}

bool FromSide(const Entity& e, absl::string_view label) {
  auto it = e.attributes.find("merged_from");
  return it != e.attributes.end() && it->second == label;
}

const Entity& ItemEntity(const Register& reg, Item item) {
  if (item.kind == Item::Kind::kMeeting) return reg.meeting(MeetingHandle(item.index));
  return reg.initiative(InitiativeHandle(item.index));
}

}  // namespace

namespace internal {
template <>
struct EnumNames<EntityType> {
  static constexpr std::string_view kWhat = "entity type";
  static constexpr std::pair<EntityType, std::string_view> kTable[] = {
      {EntityType::kArea, "area"},
      {EntityType::kOrganisation, "organisation"},
      {EntityType::kRole, "role"},
      {EntityType::kPerson, "person"},
      {EntityType::kTopic, "topic"},
  };
};
}  // namespace internal

std::string_view Name(EntityType v) { return internal::NameOf(v, "organisation"); }

namespace internal {
template <>
struct EnumNames<MatchRule> {
  static constexpr std::string_view kWhat = "match rule";
  static constexpr std::pair<MatchRule, std::string_view> kTable[] = {
      {MatchRule::kSameId, "same_id"},
      {MatchRule::kSharedIdentifier, "shared_identifier"},
      {MatchRule::kAlias, "alias"},
      {MatchRule::kNormalisedName, "normalised_name"},
      {MatchRule::kConfirmed, "confirmed"},
  };
};
}  // namespace internal

std::string_view Name(MatchRule v) { return internal::NameOf(v, "same_id"); }

namespace internal {
template <>
struct EnumNames<MergeSide> {
  static constexpr std::string_view kWhat = "merge side";
  static constexpr std::pair<MergeSide, std::string_view> kTable[] = {
      {MergeSide::kA, "a"},
      {MergeSide::kB, "b"},
  };
};
}  // namespace internal

std::string_view Name(MergeSide v) { return internal::NameOf(v, "b"); }

double NameSimilarity(absl::string_view a, absl::string_view b) { return KeySimilarity(AliasKey(a), AliasKey(b)); }

absl::Status ValidateMergeOptions(const MergeOptions& options) {
  if (!(options.near_miss_threshold > 0 && options.near_miss_threshold <= 1)) {
    return PathError("near_miss_threshold", "must be in (0, 1]");
  }
  for (const auto& [field, label] : {std::pair{"label_a", &options.label_a}, std::pair{"label_b", &options.label_b}}) {
    if (absl::c_any_of(*label, [](char c) { return absl::ascii_isspace(static_cast<unsigned char>(c)) || c == ','; })) {
      return PathError(field, absl::StrCat("\"", *label, "\" must not contain spaces or commas"));
    }
  }
  if (!options.label_a.empty() && options.label_a == options.label_b) {
    return PathError("label_b", absl::StrCat("must differ from label_a (both \"", options.label_a, "\")"));
  }
  for (const auto& [field, list] :
       {std::pair{"confirmed", &options.confirmed}, std::pair{"rejected", &options.rejected}}) {
    for (size_t k = 0; k < list->size(); ++k) {
      if ((*list)[k].a.empty() || (*list)[k].b.empty()) {
        return PathError(absl::StrCat(field, "[", k, "]"), "give an id of A and an id of B");
      }
    }
  }
  if (options.cross_overlaps) {
    if (absl::Status s = ValidateOverlapOptions(options.overlap); !s.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("overlap.", s.message()));
    }
  }
  return absl::OkStatus();
}

std::vector<Overlap> CrossRegisterOverlaps(const Register& merged, const std::vector<Overlap>& overlaps,
                                           absl::string_view label_a, absl::string_view label_b) {
  std::vector<Overlap> out;
  for (const Overlap& o : overlaps) {
    const Entity& x = ItemEntity(merged, o.a);
    const Entity& y = ItemEntity(merged, o.b);
    if (FromSide(x, label_a) && FromSide(y, label_b)) {
      out.push_back(o);
    } else if (FromSide(x, label_b) && FromSide(y, label_a)) {
      Overlap swapped = o;
      std::swap(swapped.a, swapped.b);
      for (SharedParticipant& p : swapped.shared_participants) std::swap(p.weight_a, p.weight_b);
      out.push_back(std::move(swapped));
    }
  }
  return out;
}

namespace {

// The kinds of entity (one bit each, in EntityType order) holding `id`.
unsigned KindsWithId(const Register& r, absl::string_view id) {
  return (r.FindArea(id) ? 1u : 0u) | (r.FindOrganisation(id) ? 2u : 0u) | (r.FindRole(id) ? 4u : 0u) |
         (r.FindPerson(id) ? 8u : 0u) | (r.FindTopic(id) ? 16u : 0u) | (r.FindMeeting(id) ? 32u : 0u) |
         (r.FindInitiative(id) ? 64u : 0u);
}

// A confirmed or rejected pair must name an entity of A and one of B of the
// same kind: otherwise it would be ignored without a word.
absl::Status CheckPairsExist(const Register& a, const Register& b, const MergeOptions& options) {
  for (const auto& [field, list] :
       {std::pair{"confirmed", &options.confirmed}, std::pair{"rejected", &options.rejected}}) {
    for (size_t k = 0; k < list->size(); ++k) {
      const IdPair& p = (*list)[k];
      const std::string place = absl::StrCat(field, "[", k, "]");
      const unsigned in_a = KindsWithId(a, p.a), in_b = KindsWithId(b, p.b);
      if (in_a == 0) return PathError(place, absl::StrCat(options.label_a, " has nothing with id \"", p.a, "\""));
      if (in_b == 0) return PathError(place, absl::StrCat(options.label_b, " has nothing with id \"", p.b, "\""));
      if ((in_a & in_b) == 0) {
        return PathError(place, absl::StrCat("\"", p.a, "\" and \"", p.b, "\" are not the same kind of thing"));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<MergeResult> MergeRegisters(const Register& a, const Register& b, const MergeOptions& options) {
  MergeOptions opts = options;
  opts.label_a = LabelFor(options.label_a, a, "a");
  opts.label_b = LabelFor(options.label_b, b, "b");
  // Labels taken from titles may coincide ("Police and Crime Panel" twice).
  if (opts.label_a == opts.label_b && (options.label_a.empty() || options.label_b.empty())) {
    opts.label_a += "-a";
    opts.label_b += "-b";
  }
  if (absl::Status s = ValidateMergeOptions(opts); !s.ok()) return s;
  if (absl::Status s = CheckPairsExist(a, b, opts); !s.ok()) return s;

  MergeResult result;
  result.label_a = opts.label_a;
  result.label_b = opts.label_b;
  const Context ctx{opts, opts.label_a, opts.label_b};
  const std::string prefix_a = opts.label_a + ":", prefix_b = opts.label_b + ":";

  const TypeMatch areas =
      MatchEntities(EntityType::kArea, a.areas(), b.areas(), opts, result.matches, result.near_misses);
  const TypeMatch orgs = MatchEntities(EntityType::kOrganisation, a.organisations(), b.organisations(), opts,
                                       result.matches, result.near_misses);
  const TypeMatch roles =
      MatchEntities(EntityType::kRole, a.roles(), b.roles(), opts, result.matches, result.near_misses);
  const TypeMatch people =
      MatchEntities(EntityType::kPerson, a.people(), b.people(), opts, result.matches, result.near_misses);
  const TypeMatch topics =
      MatchEntities(EntityType::kTopic, a.topics(), b.topics(), opts, result.matches, result.near_misses);

  Maps maps;
  const MergeSide prefer = opts.prefer;
  auto& renamed = result.renamed;
  const auto area_slots =
      PlanSlots(a.areas(), b.areas(), &areas, prefer, "area", prefix_a, prefix_b, maps.areas, renamed);
  const auto org_slots = PlanSlots(a.organisations(), b.organisations(), &orgs, prefer, "organisation", prefix_a,
                                   prefix_b, maps.organisations, renamed);
  const auto role_slots =
      PlanSlots(a.roles(), b.roles(), &roles, prefer, "role", prefix_a, prefix_b, maps.roles, renamed);
  const auto person_slots =
      PlanSlots(a.people(), b.people(), &people, prefer, "person", prefix_a, prefix_b, maps.people, renamed);
  const auto topic_slots =
      PlanSlots(a.topics(), b.topics(), &topics, prefer, "topic", prefix_a, prefix_b, maps.topics, renamed);
  const auto meeting_slots = PlanSlots(a.meetings(), b.meetings(), static_cast<const TypeMatch*>(nullptr), prefer,
                                       "meeting", prefix_a, prefix_b, maps.meetings, renamed);
  const auto initiative_slots = PlanSlots(a.initiatives(), b.initiatives(), static_cast<const TypeMatch*>(nullptr),
                                          prefer, "initiative", prefix_a, prefix_b, maps.initiatives, renamed);

  auto note_merged_id = [&](EntityType type, const IdMap& map) {
    for (EntityMatch& m : result.matches) {
      if (m.type == type) m.merged_id = map.Of(MergeSide::kB, m.b_id);
    }
  };
  note_merged_id(EntityType::kArea, maps.areas);
  note_merged_id(EntityType::kOrganisation, maps.organisations);
  note_merged_id(EntityType::kRole, maps.roles);
  note_merged_id(EntityType::kPerson, maps.people);
  note_merged_id(EntityType::kTopic, maps.topics);

  RegisterBuilder builder;
  const Register& preferred = prefer == MergeSide::kA ? a : b;
  RegisterInfo info;
  info.title = !opts.title.empty()                                ? opts.title
               : a.info().title.empty() || b.info().title.empty() ? absl::StrCat(a.info().title, b.info().title)
                                                                  : absl::StrCat(a.info().title, " + ", b.info().title);
  info.description = absl::StrCat("Merged from \"", a.info().title, "\" (", opts.label_a, ") and \"", b.info().title,
                                  "\" (", opts.label_b, ").");
  std::vector<std::string> sources;
  for (const Register* r : {&a, &b}) {
    if (!r->info().source.empty()) sources.push_back(r->info().source);
  }
  info.source = absl::StrJoin(sources, "; ");
  info.date = preferred.info().date;
  info.attributes = preferred.info().attributes;
  for (const auto& [k, v] : (prefer == MergeSide::kA ? b : a).info().attributes) info.attributes.emplace(k, v);
  info.attributes["merged_from." + opts.label_a] = a.info().title;
  info.attributes["merged_from." + opts.label_b] = b.info().title;
  builder.SetInfo(std::move(info));
  builder.SetDefaults(preferred.defaults());

  auto& conflicts = result.conflicts;
  for (const Slot& s : area_slots)
    builder.AddArea(MergeEntity(EntityType::kArea, s, a.areas(), b.areas(), maps, ctx, conflicts));
  for (const Slot& s : org_slots) {
    builder.AddOrganisation(
        MergeEntity(EntityType::kOrganisation, s, a.organisations(), b.organisations(), maps, ctx, conflicts));
  }
  for (const Slot& s : role_slots)
    builder.AddRole(MergeEntity(EntityType::kRole, s, a.roles(), b.roles(), maps, ctx, conflicts));
  for (const Slot& s : person_slots) {
    builder.AddPerson(MergeEntity(EntityType::kPerson, s, a.people(), b.people(), maps, ctx, conflicts));
  }
  for (const Slot& s : topic_slots)
    builder.AddTopic(MergeEntity(EntityType::kTopic, s, a.topics(), b.topics(), maps, ctx, conflicts));
  auto side_entity = [&](auto items_a, auto items_b, const Slot& s) {
    auto e = s.side == MergeSide::kA ? items_a[s.index] : items_b[s.index];
    e.id = s.id;
    RemapFields(e, maps, s.side);
    if (auto it = e.attributes.find("merged_from"); it != e.attributes.end()) {
      e.attributes["merged_from.previous"] = it->second;
    }
    e.attributes["merged_from"] = ctx.Label(s.side);
    return e;
  };
  for (const Slot& s : meeting_slots) builder.AddMeeting(side_entity(a.meetings(), b.meetings(), s));
  for (const Slot& s : initiative_slots) builder.AddInitiative(side_entity(a.initiatives(), b.initiatives(), s));
  // Meetings are never matched, so each side's members keep their own seats.
  for (MergeSide side : {MergeSide::kA, MergeSide::kB}) {
    for (Membership ms : (side == MergeSide::kA ? a : b).memberships()) {
      RemapFields(ms, maps, side);
      builder.AddMembership(std::move(ms));
    }
  }

  absl::StatusOr<Register> merged = std::move(builder).Build();
  if (!merged.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("the merged register is invalid: ", merged.status().message()));
  }
  result.merged = *std::move(merged);

  if (opts.cross_overlaps) {
    // Only pairs with one item from each side: the smaller side's items
    // against the rest, scored in the whole merged register.
    std::vector<Item> side_a, side_b;
    for (size_t k = 0; k < meeting_slots.size(); ++k) {
      (meeting_slots[k].side == MergeSide::kA ? side_a : side_b)
          .push_back({Item::Kind::kMeeting, static_cast<uint32_t>(k)});
    }
    if (opts.overlap.include_initiatives) {
      for (size_t k = 0; k < initiative_slots.size(); ++k) {
        (initiative_slots[k].side == MergeSide::kA ? side_a : side_b)
            .push_back({Item::Kind::kInitiative, static_cast<uint32_t>(k)});
      }
    }
    if (side_a.empty() || side_b.empty()) return result;  // no pair across
    opts.overlap.one_side = side_a.size() <= side_b.size() ? std::move(side_a) : std::move(side_b);
    absl::StatusOr<OverlapResult> overlaps = FindOverlaps(result.merged, opts.overlap);
    if (!overlaps.ok()) return overlaps.status();
    result.cross_overlaps = CrossRegisterOverlaps(result.merged, overlaps->pairs, opts.label_a, opts.label_b);
  }
  return result;
}

std::string FormatMergeReport(const MergeResult& r) {
  std::string out;
  const Register& reg = r.merged;
  absl::StrAppend(&out, reg.info().title, "\n");
  absl::StrAppend(&out, "  ", reg.meetings().size(), " meetings, ", reg.organisations().size(), " organisations, ",
                  reg.roles().size(), " roles after merging (", r.label_a, " and ", r.label_b, ")\n");
  absl::StrAppend(&out, "\nMatched (", r.matches.size(), ")\n");
  for (const EntityMatch& m : r.matches) {
    absl::StrAppend(&out, "  ", AV(Name(m.type)), " ", r.label_a, ":", m.a_id, " = ", r.label_b, ":", m.b_id, " -> ",
                    m.merged_id, "  [", AV(Name(m.rule)), "] ", m.evidence, "\n");
  }
  absl::StrAppend(&out, "\nNear misses, not merged (", r.near_misses.size(), "; confirm with --confirm A_ID=B_ID)\n");
  for (const NearMiss& n : r.near_misses) {
    absl::StrAppend(&out, "  ", AV(Name(n.type)), " ", r.label_a, ":", n.a_id, " \"", n.a_name, "\" ~ ", r.label_b, ":",
                    n.b_id, " \"", n.b_name, "\"  ", absl::StrFormat("%.2f", n.similarity), "  ", n.reason, "\n");
  }
  absl::StrAppend(&out, "\nConflicts (", r.conflicts.size(), ")\n");
  for (const FieldConflict& c : r.conflicts) {
    absl::StrAppend(&out, "  ", AV(Name(c.type)), " ", c.merged_id, ".", c.field, ": ", r.label_a, " \"", c.a_value,
                    "\" vs ", r.label_b, " \"", c.b_value, "\"; kept ", c.kept == MergeSide::kA ? r.label_a : r.label_b,
                    "\n");
  }
  absl::StrAppend(&out, "\nIds prefixed to avoid a clash (", r.renamed.size(), ")\n");
  for (const RenamedId& n : r.renamed) {
    absl::StrAppend(&out, "  ", n.type, " ", n.original_id, " (", n.side == MergeSide::kA ? r.label_a : r.label_b,
                    ") -> ", n.merged_id, "\n");
  }
  absl::StrAppend(&out, "\nMeetings that would become one (", r.cross_overlaps.size(), ")\n");
  for (const Overlap& o : r.cross_overlaps) {
    absl::StrAppend(&out, "  ", absl::StrFormat("%.2f", o.score), "  ", ItemName(reg, o.a), " (", r.label_a, ") ~ ",
                    ItemName(reg, o.b), " (", r.label_b, ")\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(EntityType);
GOVGRAPH_ENUM_VALUES(MatchRule);
GOVGRAPH_ENUM_VALUES(MergeSide);

}  // namespace govgraph
