// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// A second synthetic register, built on different lines from
// synthetic_register.cc so that the overlap engine is not tuned to one
// distribution: five regions instead of 43 force areas, no neighbourhood
// tier, and a heavy global skew. A handful of bodies sit in most meetings,
// every other organisation is drawn from a power law over the region's
// bodies (a few very common, a long tail of rare), and purposes are drawn
// from one shared Zipf vocabulary, not from a theme's own words.
#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "synthetic_register.h"

namespace govgraph::bench {
namespace {

constexpr int kRegions = 5;
constexpr int kEverywhere = 5;  // bodies in most meetings, whatever the region

// Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^s.
class Zipf {
 public:
  Zipf(size_t n, double s) {
    cumulative_.reserve(n);
    double total = 0;
    for (size_t r = 0; r < n; ++r) cumulative_.push_back(total += 1.0 / std::pow(static_cast<double>(r + 1), s));
  }
  size_t operator()(std::mt19937& rng) const {
    const double x = std::uniform_real_distribution<double>(0, cumulative_.back())(rng);
    return static_cast<size_t>(std::lower_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin());
  }

 private:
  std::vector<double> cumulative_;
};

}  // namespace

RegisterBuilder MakeSkewedRegister(const SyntheticOptions& options) {
  std::mt19937 rng(options.seed + 7919);
  std::uniform_real_distribution<double> unit(0, 1);
  RegisterBuilder b;
  b.SetInfo({.title = absl::StrCat("Synthetic skewed register, ", options.meetings, " meetings")});

  // Bodies per region grow with the register (about one for every eight of
  // its meetings), so a larger register has more bodies, as a real one would.
  const size_t per_region = std::max<size_t>(20, static_cast<size_t>(options.meetings) / (8 * kRegions));
  std::vector<std::vector<std::string>> bodies(kRegions);
  std::vector<std::string> regions;
  for (int r = 0; r < kRegions; ++r) {
    Area area;
    area.id = absl::StrCat("region-", r);
    area.name = absl::StrCat("Region ", r);
    area.kind = AreaKind::kRegion;
    b.AddArea(area);
    regions.push_back(area.id);
    for (size_t k = 0; k < per_region; ++k) {
      Organisation o;
      o.id = absl::StrCat("org-", r, "-", k);
      o.name = absl::StrCat("Organisation ", r, ".", k);
      o.kind = static_cast<OrganisationKind>(k % 8);
      o.areas = {area.id};
      b.AddOrganisation(o);
      bodies[static_cast<size_t>(r)].push_back(o.id);
    }
  }
  std::vector<std::string> everywhere;
  for (int k = 0; k < kEverywhere; ++k) {
    Organisation o;
    o.id = absl::StrCat("everywhere-", k);
    o.name = absl::StrCat("Body in most meetings ", k);
    o.kind = OrganisationKind::kGovernment;
    b.AddOrganisation(o);
    everywhere.push_back(o.id);
  }
  // A shared vocabulary, common words first.
  std::vector<std::string> vocabulary;
  const char* kStems[] = {"plan", "risk", "safe", "victim", "court", "health", "care", "crime", "youth", "drug",
                          "fund", "data", "home", "road", "fire", "abuse", "school", "prison", "housing", "trust"};
  for (int k = 0; k < 400; ++k) vocabulary.push_back(absl::StrCat(kStems[k % 20], k / 20 == 0 ? "" : absl::StrCat("x", k / 20)));
  for (int t = 0; t < 12; ++t) {
    Topic topic;
    topic.id = absl::StrCat("theme-", t);
    topic.name = absl::StrCat("Theme ", t);
    b.AddTopic(topic);
  }
  const Zipf body_rank(per_region, 1.1), word_rank(vocabulary.size(), 1.0), topic_rank(12, 0.8);
  std::geometric_distribution<int> size(0.25);

  std::vector<Meeting> made;
  made.reserve(static_cast<size_t>(options.meetings));
  for (int i = 0; i < options.meetings; ++i) {
    Meeting m;
    if (i > 10 && unit(rng) < options.duplicate_share) {
      m = made[rng() % made.size()];
      m.attributes = {{"duplicate_of", m.id}};
      if (m.participants.size() > 3 && unit(rng) < 0.5) m.participants.pop_back();
    } else {
      const size_t region = rng() % kRegions;
      m.areas = {regions[region]};
      m.level = static_cast<Level>(rng() % 4);
      m.cadence = Cadence::Regular(static_cast<double>(1 + rng() % 12));
      std::vector<std::string> chosen;
      for (size_t k = 0; k < everywhere.size(); ++k) {
        if (unit(rng) < 0.9 - 0.1 * static_cast<double>(k)) chosen.push_back(everywhere[k]);
      }
      for (int k = 0, n = 1 + size(rng); k < n; ++k) chosen.push_back(bodies[region][body_rank(rng)]);
      std::sort(chosen.begin(), chosen.end());
      chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
      for (const std::string& id : chosen) {
        Participant p;
        p.party.organisation = id;
        p.type = ParticipationType::kMember;
        m.participants.push_back(std::move(p));
      }
      m.lead.organisations = {chosen[rng() % chosen.size()]};
      m.topics = {absl::StrCat("theme-", topic_rank(rng))};
      std::vector<std::string> words;
      for (int k = 0, n = 3 + static_cast<int>(rng() % 8); k < n; ++k) words.push_back(vocabulary[word_rank(rng)]);
      m.purpose = absl::StrJoin(words, " ");
    }
    m.id = absl::StrCat("meeting-", i);
    m.name = absl::StrCat("Meeting ", i);
    made.push_back(m);
    b.AddMeeting(std::move(m));
  }
  return b;
}

}  // namespace govgraph::bench
