// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/rationalisation.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "govgraph/analysis/burden.h"
#include "govgraph/status_macros.h"
#include "internal/labels.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using internal::LeadHandles;
using internal::PathError;
using internal::RoleOf;
using internal::ShortName;

// Actor keys and labels of a meeting's participants and leads.
std::map<std::string, std::string> Actors(const Register& reg, const Meeting& m) {
  std::map<std::string, std::string> out;
  for (const Participant& p : m.participants) {
    if (std::optional<OrganisationHandle> o = reg.OrganisationOf(p.party)) {
      out["organisation:" + reg.organisation(*o).id] = ShortName(reg.organisation(*o));
    } else if (std::optional<RoleHandle> r = RoleOf(reg, p.party)) {
      out["role:" + reg.role(*r).id] = reg.role(*r).name;
    }
  }
  for (OrganisationHandle h : LeadHandles(m.lead)) {
    out["organisation:" + reg.organisation(h).id] = ShortName(reg.organisation(h));
  }
  return out;
}

// Branch and bound over the candidates: covers[i] the requirement indexes of
// candidate i, need[j] whether requirement j is still to cover.
class Exact {
 public:
  Exact(const std::vector<std::vector<int>>& covers, const std::vector<double>& cost, int requirements)
      : covers_(covers), cost_(cost), by_req_(requirements), count_(requirements, 0) {
    for (size_t i = 0; i < covers.size(); ++i) {
      for (int j : covers[i]) by_req_[j].push_back(static_cast<int>(i));
    }
  }
  // `best` holds an upper bound (the greedy solution) on entry.
  void Solve(const std::vector<char>& need, std::vector<int>& best, double& best_cost) {
    need_ = need;
    best_ = &best;
    best_cost_ = &best_cost;
    chosen_.clear();
    Recurse(0);
  }

 private:
  void Recurse(double cost) {
    if (cost >= *best_cost_ - 1e-9) return;
    int pick = -1;
    size_t fewest = std::numeric_limits<size_t>::max();
    for (size_t j = 0; j < need_.size(); ++j) {
      if (!need_[j] || count_[j] > 0) continue;
      if (by_req_[j].size() < fewest) {
        fewest = by_req_[j].size();
        pick = static_cast<int>(j);
      }
    }
    if (pick < 0) {
      *best_cost_ = cost;
      *best_ = chosen_;
      return;
    }
    for (int i : by_req_[pick]) {
      if (std::find(chosen_.begin(), chosen_.end(), i) != chosen_.end()) continue;
      chosen_.push_back(i);
      for (int j : covers_[i]) ++count_[j];
      Recurse(cost + cost_[i]);
      for (int j : covers_[i]) --count_[j];
      chosen_.pop_back();
    }
  }

  const std::vector<std::vector<int>>& covers_;
  const std::vector<double>& cost_;
  std::vector<std::vector<int>> by_req_;
  std::vector<int> count_;
  std::vector<char> need_;
  std::vector<int> chosen_;
  std::vector<int>* best_ = nullptr;
  double* best_cost_ = nullptr;
};

}  // namespace

namespace internal {
template <>
struct EnumNames<RationalisationCost> {
  static constexpr std::string_view kWhat = "rationalisation cost";
  static constexpr std::pair<RationalisationCost, std::string_view> kTable[] = {
      {RationalisationCost::kMeetings, "meetings"},
      {RationalisationCost::kMeetingHours, "meeting_hours"},
      {RationalisationCost::kSeatHours, "seat_hours"},
  };
};
}  // namespace internal

std::string_view Name(RationalisationCost cost) { return internal::NameOf(cost, ""); }

namespace internal {
template <>
struct EnumNames<RationalisationMethod> {
  static constexpr std::string_view kWhat = "rationalisation method";
  static constexpr std::pair<RationalisationMethod, std::string_view> kTable[] = {
      {RationalisationMethod::kExact, "exact"},
      {RationalisationMethod::kGreedy, "greedy"},
  };
};
}  // namespace internal

std::string_view Name(RationalisationMethod method) { return internal::NameOf(method, "greedy"); }

absl::StatusOr<RationalisationResult> Rationalise(const Register& reg, const RationalisationOptions& options) {
  if (!std::isfinite(options.unknown_cadence_sittings) || options.unknown_cadence_sittings < 0) {
    return PathError("unknown_cadence_sittings", absl::StrCat("must be a non-negative number, got ",
                                                        options.unknown_cadence_sittings));
  }
  if (options.exact_limit < 0 || options.exact_limit > kMaxRationalisationExactLimit) {
    return PathError("exact_limit", absl::StrCat("must be from 0 to ", kMaxRationalisationExactLimit,
                                                 " candidate meetings, got ", options.exact_limit));
  }
  std::vector<char> forced(reg.meetings().size(), 0), excluded(reg.meetings().size(), 0);
  for (size_t k = 0; k < options.keep.size(); ++k) {
    std::optional<MeetingHandle> h = reg.FindMeeting(options.keep[k]);
    if (!h) return PathError(absl::StrCat("keep[", k, "]"), absl::StrCat("unknown meeting \"", options.keep[k], "\""));
    forced[h->index()] = 1;
  }
  std::vector<char> consumed(reg.meetings().size(), 0);
  for (size_t k = 0; k < options.consumed.size(); ++k) {
    std::optional<MeetingHandle> h = reg.FindMeeting(options.consumed[k]);
    if (!h) {
      return PathError(absl::StrCat("consumed[", k, "]"), absl::StrCat("unknown meeting \"", options.consumed[k], "\""));
    }
    if (forced[h->index()]) {
      return PathError(absl::StrCat("consumed[", k, "]"),
                       absl::StrCat("meeting \"", options.consumed[k], "\" is also in keep"));
    }
    consumed[h->index()] = 1;
  }
  std::set<std::pair<std::string, std::string>> wanted_links;
  for (size_t k = 0; k < options.required_links.size(); ++k) {
    const auto& [a, b] = options.required_links[k];
    for (const auto& [id, pos] : {std::pair{a, 0}, std::pair{b, 1}}) {
      if (!reg.FindOrganisation(id)) {
        return PathError(absl::StrCat("required_links[", k, "][", pos, "]"), absl::StrCat("unknown organisation \"", id, "\""));
      }
    }
    std::string ka = "organisation:" + a, kb = "organisation:" + b;
    if (kb < ka) std::swap(ka, kb);
    wanted_links.insert({ka, kb});
  }

  RationalisationResult out;
  GOVGRAPH_ASSIGN_OR_RETURN(const BurdenResult burden, Burden(reg));
  std::vector<double> cost(reg.meetings().size(), 1);
  for (const MeetingBurden& mb : burden.meetings) {
    const size_t i = mb.meeting.index();
    if (options.cost == RationalisationCost::kMeetings) continue;
    const double hours = options.cost == RationalisationCost::kMeetingHours
                             ? mb.duration_hours
                             : mb.duration_hours * static_cast<double>(mb.seats);
    if (mb.sittings_per_year) {
      cost[i] = *mb.sittings_per_year * hours;
    } else {
      cost[i] = options.unknown_cadence_sittings * hours;
      out.assumed_cost.push_back(mb.meeting);
    }
  }

  // Requirements and what covers them.
  std::map<std::tuple<std::string, std::string, std::string>, int> index;
  std::vector<std::vector<int>> covers(reg.meetings().size());
  auto require = [&](size_t meeting, Requirement r) {
    auto key = std::make_tuple(r.kind, r.a, r.b);
    auto [it, fresh] = index.emplace(key, static_cast<int>(out.requirements.size()));
    if (fresh) out.requirements.push_back(std::move(r));
    covers[meeting].push_back(it->second);
  };
  // Each area stands for the smallest areas inside it (as in the overlap
  // engine): a force-wide meeting covers each local authority area.
  std::vector<std::vector<uint32_t>> children(reg.areas().size());
  for (size_t i = 0; i < reg.areas().size(); ++i) {
    if (std::optional<AreaHandle> parent = reg.Resolve(reg.areas()[i].parent)) {
      children[parent->index()].push_back(static_cast<uint32_t>(i));
    }
  }
  std::function<void(uint32_t, std::set<uint32_t>&, int)> leaves = [&](uint32_t a, std::set<uint32_t>& into,
                                                                        int depth) {
    if (children[a].empty() || depth > 32) {
      into.insert(a);
      return;
    }
    for (uint32_t c : children[a]) leaves(c, into, depth + 1);
  };
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    const Meeting& m = reg.meetings()[i];
    if ((options.exclude_to_be_removed && m.status == MeetingStatus::kToBeRemoved) || consumed[i]) {
      excluded[i] = 1;
      continue;
    }
    if (options.keep_statutory && m.statutory) forced[i] = 1;
    if (options.keep_unrecorded && m.participants.empty() && m.topics.empty()) forced[i] = 1;
    if (options.cover_topics) {
      for (const Ref<Topic>& t : m.topics) {
        const Topic& topic = reg.topic(*reg.Resolve(t));
        if (m.areas.empty()) {
          require(i, {"topic_area", topic.id, "", absl::StrCat(topic.name, " (no area)")});
        }
        std::set<uint32_t> covered;
        for (const Ref<Area>& a : m.areas) leaves(reg.Resolve(a)->index(), covered, 0);
        for (uint32_t a : covered) {
          const Area& area = reg.area(AreaHandle(a));
          require(i, {"topic_area", topic.id, area.id, absl::StrCat(topic.name, " in ", area.name)});
        }
      }
    }
    const std::map<std::string, std::string> actors = Actors(reg, m);
    for (auto x = actors.begin(); x != actors.end(); ++x) {
      for (auto y = std::next(x); y != actors.end(); ++y) {
        if (!options.keep_all_links && !wanted_links.contains({x->first, y->first})) continue;
        require(i, {"link", x->first, y->first, absl::StrCat(x->second, " – ", y->second)});
      }
    }
  }
  // A topic stated with no area is covered by any meeting on that topic.
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    const Meeting& m = reg.meetings()[i];
    if (excluded[i] || m.areas.empty() || !options.cover_topics) continue;
    for (const Ref<Topic>& t : m.topics) {
      auto it = index.find(std::make_tuple(std::string("topic_area"), reg.topic(*reg.Resolve(t)).id, std::string()));
      if (it != index.end()) covers[i].push_back(it->second);
    }
  }
  for (const auto& [ka, kb] : wanted_links) {
    if (!index.contains(std::make_tuple(std::string("link"), ka, kb))) {
      return PathError("required_links", absl::StrCat(ka, " and ", kb, " share no meeting now"));
    }
  }

  const int n = static_cast<int>(out.requirements.size());
  std::vector<char> need(static_cast<size_t>(n), 1);
  std::vector<char> kept(reg.meetings().size(), 0);
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    if (excluded[i]) continue;
    out.cost_before += cost[i];
    if (forced[i]) {
      kept[i] = 1;
      out.forced.push_back(MeetingHandle(static_cast<uint32_t>(i)));
      for (int j : covers[i]) need[j] = 0;
    }
  }
  std::vector<size_t> candidates;
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    if (excluded[i] || forced[i]) continue;
    candidates.push_back(i);
    out.largest_set = std::max(out.largest_set, static_cast<int>(covers[i].size()));
  }
  out.candidates = static_cast<int>(candidates.size());

  // Greedy, then drop redundant choices (most expensive first).
  std::vector<char> left = need;
  std::vector<int> chosen;  // candidate positions
  while (true) {
    int best = -1;
    double best_ratio = -1;
    int best_new = 0;
    for (size_t c = 0; c < candidates.size(); ++c) {
      if (std::find(chosen.begin(), chosen.end(), static_cast<int>(c)) != chosen.end()) continue;
      int fresh = 0;
      for (int j : covers[candidates[c]]) fresh += left[j];
      if (fresh == 0) continue;
      const double w = cost[candidates[c]];
      const double ratio = w > 0 ? fresh / w : std::numeric_limits<double>::infinity();
      if (ratio > best_ratio + 1e-12 || (std::fabs(ratio - best_ratio) <= 1e-12 && fresh > best_new)) {
        best = static_cast<int>(c);
        best_ratio = ratio;
        best_new = fresh;
      }
    }
    if (best < 0) break;
    chosen.push_back(best);
    for (int j : covers[candidates[best]]) left[j] = 0;
  }
  {
    std::vector<int> count(static_cast<size_t>(n), 0);
    for (int c : chosen) {
      for (int j : covers[candidates[c]]) ++count[j];
    }
    std::vector<int> order = chosen;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return cost[candidates[a]] > cost[candidates[b]]; });
    for (int c : order) {
      bool needed = false;
      for (int j : covers[candidates[c]]) needed = needed || (need[j] && count[j] == 1);
      if (needed) continue;
      for (int j : covers[candidates[c]]) --count[j];
      std::erase(chosen, c);
    }
  }
  double greedy_cost = 0;
  for (int c : chosen) greedy_cost += cost[candidates[c]];
  double harmonic = 0;
  for (int k = 1; k <= out.largest_set; ++k) harmonic += 1.0 / k;
  out.approximation_bound = std::max(harmonic, 1.0);

  if (out.candidates <= options.exact_limit) {
    std::vector<std::vector<int>> cand_covers;
    std::vector<double> cand_cost;
    for (size_t i : candidates) {
      cand_covers.push_back(covers[i]);
      cand_cost.push_back(cost[i]);
    }
    Exact exact(cand_covers, cand_cost, n);
    double best_cost = greedy_cost;
    std::vector<int> best = chosen;
    exact.Solve(need, best, best_cost);
    // On a tie keep the greedy choice, for a stable answer.
    if (best_cost < greedy_cost - 1e-9) chosen = best;
    out.method = RationalisationMethod::kExact;
    out.approximation_bound = 1;
  }
  for (int c : chosen) kept[candidates[c]] = 1;

  // Which kept meeting covers each requirement first.
  std::vector<int> first_cover(static_cast<size_t>(n), -1);
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    if (!kept[i]) continue;
    out.kept.push_back(MeetingHandle(static_cast<uint32_t>(i)));
    out.cost_after += cost[i];
    for (int j : covers[i]) {
      if (first_cover[j] < 0) first_cover[j] = static_cast<int>(i);
    }
  }
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    if (kept[i]) continue;
    StoppedMeeting s;
    s.meeting = MeetingHandle(static_cast<uint32_t>(i));
    s.cost = cost[i];
    if (excluded[i]) {
      s.reason = consumed[i] ? "consumed by meetings that are kept (the review's proposal)"
                             : "marked to be removed (excluded)";
      out.stopped.push_back(std::move(s));
      continue;
    }
    std::set<int> by;
    for (int j : covers[i]) by.insert(first_cover[j]);
    for (int k : by) s.covered_by.push_back(MeetingHandle(static_cast<uint32_t>(k)));
    if (covers[i].empty()) {
      s.reason = "it covers no topic in an area and no partner link";
    } else {
      std::vector<std::string> ids;
      for (int k : by) ids.push_back(reg.meetings()[static_cast<size_t>(k)].id);
      int topic_areas = 0, links = 0;
      for (int j : covers[i]) (out.requirements[j].kind == "link" ? links : topic_areas)++;
      s.reason = absl::StrCat("its ", topic_areas, " topic-area pair", topic_areas == 1 ? "" : "s", " and ", links,
                              " partner link", links == 1 ? "" : "s", " are all covered by ", absl::StrJoin(ids, ", "));
    }
    out.stopped.push_back(std::move(s));
  }
  return out;
}

std::string FormatRationalisation(const Register& reg, const RationalisationResult& r) {
  std::string out = absl::StrCat("Rationalisation (", std::string(Name(r.method)), "): keep ", r.kept.size(), " of ",
                                 r.kept.size() + r.stopped.size(), " meetings; cost ", r.cost_before, " -> ",
                                 r.cost_after, "\n");
  absl::StrAppend(&out, "  Requirements: ", r.requirements.size(), "; candidates ", r.candidates, "; forced ",
                  r.forced.size(), "; bound ", r.approximation_bound, " x optimum\n");
  for (const StoppedMeeting& s : r.stopped) {
    absl::StrAppend(&out, "  Stop ", reg.meeting(s.meeting).name, ": ", s.reason, "\n");
  }
  if (!r.assumed_cost.empty()) {
    std::vector<std::string> ids;
    for (MeetingHandle h : r.assumed_cost) ids.push_back(reg.meeting(h).id);
    absl::StrAppend(&out, "  Cadence unknown, cost assumed: ", absl::StrJoin(ids, ", "), "\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(RationalisationCost);
GOVGRAPH_ENUM_VALUES(RationalisationMethod);

}  // namespace govgraph
