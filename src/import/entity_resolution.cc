// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/import/entity_resolution.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "govgraph/import/aliases.h"
#include "govgraph/names.h"
#include "import/text.h"

namespace govgraph {
namespace {

// Initials of the words that are not fillers: "Avon and Somerset
// Constabulary" -> "asc".
std::string Initials(absl::string_view name) {
  std::string out;
  for (absl::string_view w : absl::StrSplit(AliasKey(name), ' ', absl::SkipEmpty())) {
    if (w == "and" || w == "of" || w == "the" || w == "for") continue;
    out.push_back(w[0]);
  }
  return out;
}

// The name as one lower-case token, if it is one word of three or more
// letters: a candidate set of initials.
std::string AsInitials(absl::string_view name) {
  const std::string key = AliasKey(name);
  if (key.size() < 3 || key.find(' ') != std::string::npos) return "";
  return key;
}

bool OneToAnArea(OrganisationKind k) {
  return k == OrganisationKind::kPolice || k == OrganisationKind::kPoliceAndCrimeCommissioner ||
         k == OrganisationKind::kPoliceAndCrimePanel || k == OrganisationKind::kFireAndRescue;
}

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), size_t{0}); }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  // `into` stays the root.
  void Join(size_t from, size_t into) { parent_[Find(from)] = Find(into); }

 private:
  std::vector<size_t> parent_;
};

}  // namespace

std::vector<EntityMerge> FindOrganisationMerges(const std::vector<Organisation>& orgs,
                                                const std::vector<std::string>& generic,
                                                const EntityResolutionOptions& options) {
  const size_t n = orgs.size();
  std::vector<bool> is_generic(n), apart(n);
  for (size_t i = 0; i < n; ++i) {
    is_generic[i] = absl::c_linear_search(generic, orgs[i].id);
    for (const std::string& k : options.keep_apart) {
      apart[i] = apart[i] || k == orgs[i].id || AliasKey(k) == AliasKey(orgs[i].name);
    }
  }
  // The more specific of two names is kept: a named body over a glossary
  // one, then the longer name, then the first.
  auto better = [&](size_t a, size_t b) {
    if (is_generic[a] != is_generic[b]) return !is_generic[a];
    if (orgs[a].name.size() != orgs[b].name.size()) return orgs[a].name.size() > orgs[b].name.size();
    return a < b;
  };
  UnionFind uf(n);
  std::vector<std::string> rule(n), evidence(n);
  auto merge = [&](size_t a, size_t b, absl::string_view why_rule, std::string why) {
    if (apart[a] || apart[b]) return;
    size_t ra = uf.Find(a), rb = uf.Find(b);
    if (ra == rb) return;
    if (better(ra, rb)) std::swap(ra, rb);  // ra is merged into rb
    uf.Join(ra, rb);
    rule[ra] = std::string(why_rule);
    evidence[ra] = std::move(why);
  };

  // Same name, and initials.
  std::vector<std::string> keys(n);
  for (size_t i = 0; i < n; ++i) keys[i] = BodyKey(orgs[i].name);
  absl::flat_hash_map<std::string, size_t> by_key, by_initials;
  for (size_t i = 0; i < n; ++i) {
    const std::string& key = keys[i];
    if (key.empty()) continue;
    if (auto [it, fresh] = by_key.try_emplace(key, i); !fresh) {
      merge(i, it->second, "same_name",
            absl::StrCat("\"", orgs[i].name, "\" and \"", orgs[it->second].name,
                         "\" are the same name once case, punctuation, filler words and abbreviations of kinds of "
                         "body are set aside (\"",
                         key, "\")"));
    }
    const std::string initials = Initials(orgs[i].name);
    if (initials.size() >= 3 && !is_generic[i]) by_initials.try_emplace(initials, i);
  }
  for (size_t i = 0; i < n; ++i) {
    const std::string token = AsInitials(orgs[i].name);
    if (token.empty()) continue;
    if (auto it = by_initials.find(token); it != by_initials.end() && it->second != i) {
      merge(i, it->second, "initials",
            absl::StrCat("\"", orgs[i].name, "\" is the initials of \"", orgs[it->second].name, "\""));
    }
  }
  // Near names: the same name but for a typing slip ("Avon and Somerset
  // Constabluary"), for names long enough that one or two letters cannot make
  // another body; compared within names that start alike.
  absl::flat_hash_map<std::string, std::vector<size_t>> by_start;
  for (size_t i = 0; i < n; ++i) {
    if (keys[i].size() >= 12 && !is_generic[i]) by_start[keys[i].substr(0, 3)].push_back(i);
  }
  for (const auto& [start, members] : by_start) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const size_t a = members[x], b = members[y];
        if (orgs[a].kind != orgs[b].kind || keys[a] == keys[b]) continue;
        const size_t limit = std::min(keys[a].size(), keys[b].size()) >= 24 ? 2 : 1;
        const size_t d = import_internal::EditDistance(keys[a], keys[b], limit);
        if (d > limit) continue;
        merge(a, b, "near_name",
              absl::StrCat("\"", orgs[a].name, "\" and \"", orgs[b].name, "\" differ by ", d, " letter",
                           d == 1 ? "" : "s", ", a typing slip"));
      }
    }
  }
  // Home bodies: a glossary name and the one body of its kind the register names.
  for (size_t i = 0; i < n; ++i) {
    if (!is_generic[i] || !OneToAnArea(orgs[i].kind)) continue;
    std::vector<size_t> named;
    for (size_t j = 0; j < n; ++j) {
      if (!is_generic[j] && orgs[j].kind == orgs[i].kind && uf.Find(j) == j) named.push_back(j);
    }
    if (named.size() != 1) continue;
    merge(i, named[0], "home_body",
          absl::StrCat("\"", orgs[i].name, "\" read as \"", orgs[named[0]].name, "\", the one ",
                       import_internal::AV(Name(orgs[i].kind)), " body the register names"));
  }

  std::vector<EntityMerge> out;
  for (size_t i = 0; i < n; ++i) {
    const size_t root = uf.Find(i);
    if (root == i) continue;
    // A member merged into another before that one was merged itself
    // carries the evidence of its own step; follow it to the root.
    out.push_back({orgs[i].id, orgs[root].id, orgs[i].name, orgs[root].name, rule[i], evidence[i]});
  }
  return out;
}

}  // namespace govgraph
