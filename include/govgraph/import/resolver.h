// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// import/resolver.h: turn a name as a register writes it ("CPS", "ACC
/// Watson", "Legal Aid for ASC") into the organisation, role and/or person it
/// means.
///
/// A Resolver looks first in a base register (the areas, organisations, roles
/// and people the user already has), then in the alias table, creating the
/// entity the alias table describes when the base has none; entities it
/// creates are remembered, so the next mention resolves to the same id.
/// In order, a name is read as:
///
/// ```
///   1. an id, name or alias of an organisation, role or person in the base
///      register or already created (compared by AliasKey(): case, punctuation
///      and plurals ignored);
///   2. an alias-table pattern;
///   3. the same without a parenthesised part ("Safeguarding Chairs (Adults and
///      Children)");
///   4. a role and a person's name ("ACC Watson", "C/Supt Geoff Wessell");
///   5. an organisation's representative ("YOT rep(s)");
/// ```
/// and, as looser readings that are reported:
///
/// ```
///   6. a name followed by a qualifier ("Legal Aid for ASC");
///   7. a named instance of a kind of body ("Horfield Prison");
///   8. the one entity whose name contains every word given.
/// ```
///
/// ```
///   Resolver r(&base, AliasTable::Builtin());
///   Resolution res = r.Resolve("ACC Watson");   // party {role acc, person acc-watson}
/// ```
#ifndef GOVGRAPH_IMPORT_RESOLVER_H_
#define GOVGRAPH_IMPORT_RESOLVER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "govgraph/diagnostic.h"
#include "govgraph/import/aliases.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

/// How a name was read, strongest first.
enum class MatchQuality {
  kExact,   ///< an id, name or alias in the register
  kAlias,   ///< an alias-table pattern
  kJudged,  ///< a reading: parenthesis dropped, role + person, representative
  kLoose,   ///< a looser reading: qualifier, named instance, word match
  kNone,    ///< not understood
};

struct Resolution {
  std::vector<Party> parties;  ///< empty when not understood
  MatchQuality quality = MatchQuality::kNone;
  std::string explanation;  ///< how it was read, for judged and loose readings
  bool expanded = false;    ///< an alias that stands for each body of a kind ("LAs")
  bool ok() const { return !parties.empty(); }
};

class Resolver {
 public:
  /// `base` may be null (no base register); it must outlive the resolver.
  Resolver(const Register* base, const AliasTable& aliases);

  /// Reads `text`, allowing readings up to `weakest`. `areas` are the area ids
  /// of the meeting, for alias entries that expand ("LAs"). With `people`
  /// false, a post followed by capitalised words is not read as a named person
  /// (for text put together from a heading and an item). Entities created for
  /// a reading that is then refused are removed again.
  Resolution Resolve(absl::string_view text, MatchQuality weakest = MatchQuality::kLoose,
                     const std::vector<std::string>& areas = {}, bool people = true);

  /// The organisation a party stands for: its own, its role's, or its person's
  /// first role's.
  std::optional<std::string> OrganisationOf(const Party& party) const;

  /// A display name for a party ("Assistant Chief Constable (Watson)").
  std::string Describe(const Party& party) const;

  /// The nearest known name or pattern to `text` by edit distance, or "".
  std::string Suggest(absl::string_view text) const;

  /// Makes a placeholder for a name that was not understood: a role when the
  /// text reads like a post ("Head of ..."), else an organisation of kind
  /// other. The same text gives the same placeholder.
  Party Placeholder(absl::string_view text, absl::string_view provenance);

  /// Area ids named in `text` (names and aliases of the base register's
  /// areas; longest match first), in register order, leaving out an area when
  /// one inside it is also named.
  std::vector<std::string> FindAreas(absl::string_view text) const;
  /// The base register's areas of this kind, in order.
  std::vector<std::string> AreasOfKind(AreaKind kind) const;
  std::string AreaName(absl::string_view id) const;
  /// An area created by the import ("Locality based meetings x 5: ...").
  std::string AddArea(absl::string_view name, AreaKind kind);

  /// Readings may create entities; a parser trying a reading it may reject
  /// takes a checkpoint first and rolls back to it when it does.
  struct Checkpoint {
    size_t known = 0, organisations = 0, roles = 0, people = 0;
  };
  Checkpoint Mark() const {
    return {known_.size(), new_organisations_.size(), new_roles_.size(), new_people_.size()};
  }
  void Rollback(const Checkpoint& mark);

  /// Entities created while resolving, to add to the register.
  const std::vector<Organisation>& new_organisations() const { return new_organisations_; }
  const std::vector<Role>& new_roles() const { return new_roles_; }
  const std::vector<Person>& new_people() const { return new_people_; }
  const std::vector<Area>& new_areas() const { return new_areas_; }

  const Register* base() const { return base_; }

 private:
  enum class EntityKind { kOrganisation, kRole, kPerson };
  struct Known {
    EntityKind kind;
    std::string id;
    std::string display;            ///< the name or alias as written
    std::string key;                ///< AliasKey(display)
    std::vector<std::string> words;  ///< AliasKey() words of `display`
  };

  void Index(EntityKind kind, const std::string& id, const std::string& name,
             const std::vector<std::string>& aliases);
  Party PartyFor(EntityKind kind, const std::string& id) const;
  Resolution FromIndex(absl::string_view text) const;
  Resolution FromAliases(absl::string_view text, const std::vector<std::string>& areas);
  Resolution Strong(absl::string_view text, const std::vector<std::string>& areas, int depth, bool people);
  Resolution Loose(absl::string_view text, const std::vector<std::string>& areas, bool people);
  Resolution PersonWithPost(absl::string_view text, const std::vector<std::string>& areas, int depth);
  Resolution NamedInstance(absl::string_view text, const std::vector<std::string>& words);
  Resolution Acronym(absl::string_view text);
  Resolution PostInBody(const std::vector<std::string>& words, const std::vector<std::string>& areas);
  std::vector<std::string> PatternsOf(AliasTarget target, const std::string& id) const;
  std::string EnsureOrganisation(const AliasEntry& e);
  std::string EnsureRole(const AliasEntry& e);
  std::string UniqueId(EntityKind kind, absl::string_view wanted) const;
  bool HasId(EntityKind kind, absl::string_view id) const;
  const Role* FindRoleById(absl::string_view id) const;
  const Person* FindPersonById(absl::string_view id) const;
  const Organisation* FindOrganisationById(absl::string_view id) const;

  const Register* base_;
  const AliasTable& aliases_;
  std::vector<Known> known_;
  absl::flat_hash_map<std::string, std::vector<size_t>> by_key_;
  absl::flat_hash_map<std::string, size_t> area_by_key_;  ///< into areas_
  std::vector<std::string> area_ids_;                     ///< base areas, then new
  std::vector<std::string> area_names_;
  std::vector<std::string> area_parents_;
  std::vector<AreaKind> area_kinds_;
  std::vector<Organisation> new_organisations_;
  std::vector<Role> new_roles_;
  std::vector<Person> new_people_;
  std::vector<Area> new_areas_;
  absl::flat_hash_map<std::string, Party> placeholders_;
  bool in_post_reading_ = false;  ///< within PostInBody(), which does not nest
  /// The alias table's patterns and their AliasKey(), for Suggest() (which is
  /// called for every name not understood, so keys are not made again each time).
  std::vector<std::pair<std::string, std::string>> pattern_keys_;
  /// Every pattern of every entry with its AliasKey() words, for the reading
  /// by words (Loose()), which tries them all for each name not understood.
  std::vector<std::pair<std::string, std::vector<std::string>>> pattern_words_;
  /// Suggest()'s answer for each key: the same name not understood on many
  /// rows is compared with every pattern once, and then only with the names
  /// that became known since.
  struct Suggestion {
    size_t known_seen = 0;  ///< known_ entries compared so far
    size_t distance = 0;    ///< edit distance of `display`, or the bound + 1 for none
    std::string display;
    bool from_pattern = false;  ///< a known name at the same distance comes first
  };
  mutable absl::flat_hash_map<std::string, Suggestion> suggestions_;
};

}  // namespace govgraph

#endif  // GOVGRAPH_IMPORT_RESOLVER_H_
