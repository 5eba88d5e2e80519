// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/overlap.h"

#include <atomic>
#include <algorithm>
#include <map>
#include <set>
#include <random>
#include <cmath>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "govgraph/io/json.h"
#include "govgraph/overlap/clusters.h"
#include "govgraph/overlap/containment.h"
#include "govgraph/overlap/text.h"
#include "govgraph/register_builder.h"
#include "gtest/gtest.h"
#include "overlap_test_util.h"

namespace govgraph {
namespace {

using overlap_test_util::Build;
using overlap_test_util::MakeMeeting;
using overlap_test_util::WithOrgs;

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(TermAnalyzerTest, StemsAndDropsStopWords) {
  TermAnalyzer a;
  EXPECT_THAT(a.Terms("To protect and safeguard children"), ElementsAre("protect", "safeguard", "children"));
  EXPECT_EQ(a.Stem("safeguarding"), a.Stem("safeguard"));
  EXPECT_THAT(a.Terms("Transforming summary justice – 2017’s focus"), ElementsAre("transform", "summari", "justic"));
  EXPECT_TRUE(a.Terms("").empty());
}

TEST(OverlapTest, IdenticalMeetingsScoreOne) {
  RegisterBuilder b = WithOrgs(3);
  Area area;
  area.id = "bristol";
  area.name = "Bristol";
  b.AddArea(area);
  for (const char* id : {"a", "b"}) {
    Meeting m = MakeMeeting(id, {"o0", "o1"}, "Reduce reoffending across the force");
    m.areas = {"bristol"};
    m.level = Level::kStrategic;
    m.cadence = Cadence::Regular(4);
    b.AddMeeting(m);
  }
  Register reg = Build(b);
  OverlapOptions plain;
  plain.participant_prior = 0;
  OverlapResult r = *FindOverlaps(reg, plain);
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_NEAR(r.pairs[0].score, 1.0, 1e-12);
  EXPECT_NEAR(r.pairs[0].signals.participants, 1.0, 1e-12);
  EXPECT_NEAR(r.pairs[0].signals.topics, 1.0, 1e-12);
  EXPECT_EQ(r.pairs[0].shared_participants.size(), 2u);
  EXPECT_EQ(r.pairs[0].shared_areas.size(), 1u);
}

TEST(OverlapTest, ParticipantSignalIsWeightedJaccard) {
  RegisterBuilder b = WithOrgs(4);
  Meeting a = MakeMeeting("a", {"o0", "o1", "o2"});
  a.participants[0].type = ParticipationType::kChair;  // o0 weighs 2 in a
  b.AddMeeting(a);
  b.AddMeeting(MakeMeeting("b", {"o0", "o1", "o3"}));
  Register reg = Build(b);
  OverlapOptions options;
  options.min_score = 0.01;
  options.participant_specificity = false;
  options.participant_prior = 0;
  OverlapResult r = *FindOverlaps(reg, options);
  ASSERT_EQ(r.pairs.size(), 1u);
  // min: o0 1 + o1 1 = 2; max: o0 2 + o1 1 + o2 1 + o3 1 = 5.
  EXPECT_NEAR(r.pairs[0].signals.participants, 2.0 / 5.0, 1e-12);
  EXPECT_EQ(r.pairs[0].shared_participants.front().key, "organisation:o0");
  EXPECT_EQ(r.pairs[0].shared_participants.front().weight_a, 2.0);
  // No areas, levels or cadences: each of those signals is 0.5 (unknown).
  EXPECT_EQ(r.pairs[0].signals.areas, 0.5);
  EXPECT_EQ(r.pairs[0].signals.level, 0.5);
  EXPECT_EQ(r.pairs[0].signals.cadence, 0.5);
}

TEST(OverlapTest, ParticipantsWeighedBySpecificityWithAPrior) {
  RegisterBuilder b = WithOrgs(2);
  b.AddMeeting(MakeMeeting("a", {"o0", "o1"}));
  b.AddMeeting(MakeMeeting("b", {"o0", "o1"}));
  b.AddMeeting(MakeMeeting("c", {"o0"}));
  Register reg = Build(b);
  // o0 is in 3 of 3 meetings, o1 in 2: ln(1 + N/df) / ln(1 + N).
  const double s0 = std::log(2.0) / std::log(4.0), s1 = std::log(2.5) / std::log(4.0);
  OverlapOptions options;
  options.min_score = 0.01;
  options.weights = {.participants = 1, .topics = 0, .areas = 0, .level = 0, .cadence = 0};
  auto participants = [&](const OverlapResult& r, const char* x, const char* y) {
    for (const Overlap& o : r.pairs) {
      if (ItemId(reg, o.a) == x && ItemId(reg, o.b) == y) return o.signals.participants;
    }
    return -1.0;
  };
  const OverlapResult r = *FindOverlaps(reg, options);
  EXPECT_NEAR(participants(r, "a", "b"), (s0 + s1) / (s0 + s1 + 1), 1e-12);
  // The force alone: little evidence, and less again for the prior.
  EXPECT_NEAR(participants(r, "a", "c"), s0 / (s0 + s1 + 1), 1e-12);
  EXPECT_LT(participants(r, "a", "c"), 0.25);
  options.participant_prior = 0;
  EXPECT_NEAR(participants(*FindOverlaps(reg, options), "a", "b"), 1.0, 1e-12);
  // Each is found by the search as by scoring every pair.
  options.participant_prior = 1;
  EXPECT_EQ(FindOverlaps(reg, options)->pairs.size(), FindOverlapsNaive(reg, options)->pairs.size());
}

TEST(OverlapTest, EvidenceFloorNeedsASpecificParticipantOrATopic) {
  // Two boards that list only the force, which is in every meeting, at the
  // same level and in the same area: close on every signal but evidence.
  RegisterBuilder b = WithOrgs(3);
  for (const char* id : {"executive", "officer-group", "x", "y"}) {
    Meeting m = MakeMeeting(id, {"o0"});
    m.level = Level::kStrategic;
    if (std::string(id) == "x" || std::string(id) == "y") m.participants.push_back({Party{.organisation = "o1"}});
    b.AddMeeting(m);
  }
  Register reg = Build(b);
  OverlapOptions options;
  options.min_score = 0.2;
  const OverlapResult r = *FindOverlaps(reg, options);
  ASSERT_EQ(r.pairs.size(), 1u);  // x and y share o1, in 2 of 4 meetings
  EXPECT_EQ(ItemId(reg, r.pairs[0].a), "x");
  EXPECT_EQ(FindOverlapsNaive(reg, options)->pairs.size(), 1u);
  options.min_shared_specificity = 0;
  options.min_topic_evidence = 0;
  EXPECT_EQ(FindOverlaps(reg, options)->pairs.size(), 6u);
}

TEST(OverlapTest, PriorMustBeSensible) {
  OverlapOptions options;
  options.participant_prior = -1;
  EXPECT_THAT(ValidateOverlapOptions(options).message(), ::testing::HasSubstr("participant_prior"));
}

TEST(OverlapTest, LevelAreaAndCadenceSignals) {
  RegisterBuilder b = WithOrgs(1);
  Area force, x, y;
  force.id = "force";
  force.name = "Force";
  x.id = "x";
  x.name = "X";
  x.parent = "force";
  y.id = "y";
  y.name = "Y";
  y.parent = "force";
  b.AddArea(force).AddArea(x).AddArea(y);
  Meeting a = MakeMeeting("a", {"o0"});
  a.level = Level::kStrategic;
  a.areas = {"force"};
  a.cadence = Cadence::Regular(2);
  Meeting c = MakeMeeting("c", {"o0"});
  c.level = Level::kOperational;
  c.areas = {"x"};
  c.cadence = Cadence::Regular(8);
  b.AddMeeting(a).AddMeeting(c);
  Register reg = Build(b);
  OverlapOptions options;
  options.min_score = 0.01;
  OverlapResult r = *FindOverlaps(reg, options);
  ASSERT_EQ(r.pairs.size(), 1u);
  EXPECT_EQ(r.pairs[0].signals.level, 0.0);
  EXPECT_EQ(r.pairs[0].signals.areas, 0.5);  // the force covers x and y; c covers x
  EXPECT_EQ(r.pairs[0].signals.cadence, 0.25);
}

TEST(OverlapTest, TopicSignalUsesStemsAndTags) {
  RegisterBuilder b = WithOrgs(2);
  Topic t;
  t.id = "safeguarding";
  t.name = "Safeguarding";
  b.AddTopic(t);
  Meeting a = MakeMeeting("a", {"o0"}, "Safeguarding children");
  Meeting c = MakeMeeting("c", {"o1"}, "Safeguard children");
  Meeting d = MakeMeeting("d", {"o1"}, "Budget");
  a.topics = {"safeguarding"};
  c.topics = {"safeguarding"};
  b.AddMeeting(a).AddMeeting(c).AddMeeting(d);
  Register reg = Build(b);
  OverlapOptions options;
  options.min_score = 0.01;
  OverlapResult r = *FindOverlaps(reg, options);
  const Overlap* ac = nullptr;
  for (const Overlap& o : r.pairs) {
    if (o.a.index == 0 && o.b.index == 1) ac = &o;
  }
  ASSERT_NE(ac, nullptr);
  EXPECT_NEAR(ac->signals.topics, 1.0, 1e-12);
  std::vector<std::string> terms;
  for (const SharedTerm& s : ac->shared_terms) terms.push_back(s.term);
  EXPECT_THAT(terms, ::testing::UnorderedElementsAre("#safeguarding", "safeguard", "children"));
}

TEST(OverlapTest, RejectsBadOptions) {
  Register reg;
  OverlapOptions o;
  o.weights.topics = 0.5;
  EXPECT_THAT(std::string(FindOverlaps(reg, o).status().message()), HasSubstr("weights: must sum to 1"));
  o = {};
  o.min_score = 0;
  EXPECT_THAT(std::string(FindOverlaps(reg, o).status().message()), HasSubstr("min_score"));
  o = {};
  o.involvement.chair = -1;
  EXPECT_THAT(std::string(FindOverlaps(reg, o).status().message()), HasSubstr("involvement.chair"));
  ContainmentOptions c;
  c.max_covering = 0;
  EXPECT_EQ(FindConsumedMeetings(reg, c).status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(OverlapTest, ThreadsMustBeInRange) {
  absl::StatusOr<Register> loaded =
      LoadRegisterJsonFile(GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016.json");
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  const Register& reg = *loaded;
  for (int threads : {-1, kMaxOverlapThreads + 1, 100000}) {
    SCOPED_TRACE(threads);
    OverlapOptions o;
    o.threads = threads;
    const absl::Status s = ValidateOverlapOptions(o);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_EQ(s.message(), absl::StrCat("threads: must be from 0 (one a core) to 256, got ", threads));
    EXPECT_EQ(FindOverlaps(reg, o).status(), s);
    EXPECT_EQ(FindOverlapsNaive(reg, o).status(), s);
  }
  // 0 (one a core), one, and the most give the same pairs.
  OverlapOptions o;
  absl::StatusOr<OverlapResult> automatic = FindOverlaps(reg, o);
  ASSERT_TRUE(automatic.ok()) << automatic.status();
  for (int threads : {1, kMaxOverlapThreads}) {
    o.threads = threads;
    absl::StatusOr<OverlapResult> r = FindOverlaps(reg, o);
    ASSERT_TRUE(r.ok()) << r.status();
    ASSERT_EQ(r->pairs.size(), automatic->pairs.size()) << threads;
    for (size_t i = 0; i < r->pairs.size(); ++i) EXPECT_EQ(r->pairs[i].score, automatic->pairs[i].score);
  }
}

// A random register with skewed participation (two organisations in most
// meetings) and text from a small vocabulary, so many pairs are near the
// thresholds.
Register RandomRegister(uint32_t seed, int meetings) {
  std::mt19937 rng(seed);
  RegisterBuilder b = WithOrgs(12);
  const char* words[] = {"safeguarding", "children", "adults", "reoffending", "justice", "community",
                         "safety", "health", "crime", "plan", "commissioning", "mental"};
  for (int i = 0; i < 4; ++i) {
    Topic t;
    t.id = absl::StrCat("t", i);
    t.name = absl::StrCat("Topic ", i);
    b.AddTopic(t);
  }
  Area force;
  force.id = "force";
  force.name = "Force";
  b.AddArea(force);
  for (int i = 0; i < 3; ++i) {
    Area a;
    a.id = absl::StrCat("la", i);
    a.name = absl::StrCat("LA ", i);
    a.parent = "force";
    b.AddArea(a);
  }
  for (int i = 0; i < meetings; ++i) {
    std::vector<std::string> orgs;
    if (rng() % 10 < 8) orgs.push_back("o0");
    if (rng() % 10 < 6) orgs.push_back("o1");
    for (int k = 0, n = static_cast<int>(rng() % 4); k < n; ++k) orgs.push_back(absl::StrCat("o", 2 + rng() % 10));
    std::string purpose;
    for (int k = 0, n = static_cast<int>(rng() % 5); k < n; ++k) absl::StrAppend(&purpose, words[rng() % 12], " ");
    Meeting m = MakeMeeting(absl::StrCat("m", i), orgs, purpose);
    if (rng() % 2) m.topics.push_back(absl::StrCat("t", rng() % 4));
    if (rng() % 3) m.areas.push_back(rng() % 2 ? "force" : absl::StrCat("la", rng() % 3));
    m.level = static_cast<Level>(rng() % 4);
    if (rng() % 4) m.cadence = Cadence::Regular(static_cast<double>(1 + rng() % 12));
    if (!m.participants.empty() && rng() % 5 == 0) m.participants.front().type = ParticipationType::kChair;
    if (rng() % 4 == 0) m.lead.organisations.push_back(absl::StrCat("o", rng() % 12));
    b.AddMeeting(m);
  }
  return Build(b);
}

// The search's pairs are the all-pairs reference's, in the same order, with
// the same scores and explanations.
void ExpectSamePairs(const OverlapResult& fast, const OverlapResult& naive, const std::string& context) {
  ASSERT_EQ(fast.pairs.size(), naive.pairs.size()) << context;
  for (size_t i = 0; i < fast.pairs.size(); ++i) {
    const Overlap& f = fast.pairs[i];
    const Overlap& n = naive.pairs[i];
    EXPECT_EQ(f.a, n.a) << context;
    EXPECT_EQ(f.b, n.b) << context;
    EXPECT_EQ(f.score, n.score) << context;
    // Signal by signal, to the bit: the search scores in stages, with the
    // topic cosine from spread-out terms, but must add the same numbers.
    EXPECT_EQ(f.signals.participants, n.signals.participants) << context;
    EXPECT_EQ(f.signals.topics, n.signals.topics) << context;
    EXPECT_EQ(f.signals.areas, n.signals.areas) << context;
    ASSERT_EQ(f.shared_participants.size(), n.shared_participants.size()) << context;
    ASSERT_EQ(f.shared_terms.size(), n.shared_terms.size()) << context;
    for (size_t k = 0; k < f.shared_terms.size(); ++k) EXPECT_EQ(f.shared_terms[k].term, n.shared_terms[k].term);
  }
}

TEST(OverlapPropertyTest, SameAsAllPairsOnRandomRegisters) {
  for (uint32_t seed = 1; seed <= 30; ++seed) {
    Register reg = RandomRegister(seed, 60);
    for (double min_score : {0.3, 0.45, 0.6, 0.8}) {
      OverlapOptions options;
      options.min_score = min_score;
      if (seed % 3 == 0) options.weights = {.participants = 0.7, .topics = 0.1, .areas = 0.1, .level = 0.05, .cadence = 0.05};
      if (seed % 3 == 1) options.weights = {.participants = 1.0, .topics = 0, .areas = 0, .level = 0, .cadence = 0};
      options.threads = 1 + static_cast<int>(seed % 3);  // the split between workers changes nothing
      OverlapResult fast = *FindOverlaps(reg, options);
      OverlapResult naive = *FindOverlapsNaive(reg, options);
      ExpectSamePairs(fast, naive, absl::StrCat("seed ", seed, " min ", min_score));
      for (size_t i = 0; i < fast.pairs.size(); ++i) {
        EXPECT_GE(fast.pairs[i].score, min_score);
        EXPECT_LE(fast.pairs[i].score, 1.0 + 1e-12);
        EXPECT_LT(fast.pairs[i].a, fast.pairs[i].b);
      }
      // The joins prune: fewer pairs scored than all pairs, once the bound bites.
      if (min_score >= 0.6) {
        EXPECT_LT(fast.stats.pairs_scored, naive.stats.pairs_scored);
      }
    }
  }
}

TEST(OverlapPropertyTest, TopKKeepsEachItemsStrongestPairs) {
  for (uint32_t seed = 40; seed < 46; ++seed) {
    Register reg = RandomRegister(seed, 80);
    OverlapOptions options;
    options.min_score = 0.3;
    const OverlapResult all = *FindOverlaps(reg, options);
    for (int k : {1, 2, 5}) {
      options.top_k = k;
      const OverlapResult top = *FindOverlaps(reg, options);
      // Walking every pair highest first, a pair is kept exactly when one of its items has
      // fewer than k kept pairs so far.
      std::map<Item, int> kept;
      std::vector<std::pair<Item, Item>> expected;
      for (const Overlap& o : all.pairs) {
        if (kept[o.a] < k || kept[o.b] < k) {
          expected.emplace_back(o.a, o.b);
          ++kept[o.a];
          ++kept[o.b];
        }
      }
      std::vector<std::pair<Item, Item>> got;
      for (const Overlap& o : top.pairs) got.emplace_back(o.a, o.b);
      EXPECT_EQ(got, expected) << "seed " << seed << " k " << k;
      // Each kept pair is one of its items' first k: no more than k pairs an item.
      EXPECT_LE(top.pairs.size(), static_cast<size_t>(k) * static_cast<size_t>(all.stats.items));
      // The search passes over pairs that cannot beat either item's k-th
      // best, however the items are shared between workers, and loses none.
      EXPECT_LE(top.stats.pairs_scored, all.stats.pairs_scored);
      for (int threads : {1, 3}) {
        OverlapOptions split = options;
        split.threads = threads;
        ExpectSamePairs(*FindOverlaps(reg, split), *FindOverlapsNaive(reg, split),
                        absl::StrCat("seed ", seed, " k ", k, " threads ", threads));
      }
      if (!all.pairs.empty()) {
        EXPECT_FALSE(top.pairs.empty());
      }
    }
  }
  OverlapOptions bad;
  bad.top_k = -1;
  EXPECT_THAT(std::string(FindOverlaps(RandomRegister(1, 5), bad).status().message()), HasSubstr("top_k: must be 0"));
}

TEST(OverlapPropertyTest, TopKUnsetIsEveryPairUpToTheLimitAndTheBestTenBeyond) {
  OverlapOptions options;
  options.min_score = 0.3;
  options.explain = false;
  const OverlapResult small = *FindOverlaps(RandomRegister(7, 200), options);
  EXPECT_EQ(small.rule.top_k, 0);
  EXPECT_FALSE(small.rule.automatic);
  EXPECT_EQ(small.rule.Describe(), "every pair scoring at least 0.3");

  const Register large = RandomRegister(8, static_cast<int>(kAutomaticTopKItems) + 1);
  const OverlapResult automatic = *FindOverlaps(large, options);
  EXPECT_EQ(automatic.rule.top_k, kAutomaticTopK);
  EXPECT_TRUE(automatic.rule.automatic);
  EXPECT_THAT(automatic.rule.Describe(),
              HasSubstr("pairs scoring at least 0.3, each item's 10 highest-scoring (chosen for a register of "
                        "more than 1000 items; give top_k 0 for every pair)"));
  options.top_k = kAutomaticTopK;
  const OverlapResult explicit_k = *FindOverlaps(large, options);
  EXPECT_EQ(explicit_k.pairs.size(), automatic.pairs.size());
  EXPECT_FALSE(explicit_k.rule.automatic);
  options.top_k = 0;
  const OverlapResult every = *FindOverlaps(large, options);
  EXPECT_EQ(every.rule.top_k, 0);
  EXPECT_GE(every.pairs.size(), automatic.pairs.size());
  EXPECT_LE(automatic.pairs.size(), static_cast<size_t>(kAutomaticTopK) * large.meetings().size());
}

TEST(OverlapPropertyTest, MinScoreUnsetIsRelatedMeetingsUpToTheLimitAndNearDuplicatesBeyond) {
  OverlapOptions options;
  options.explain = false;
  const Register small_register = RandomRegister(7, 200);
  const OverlapResult small = *FindOverlaps(small_register, options);
  EXPECT_EQ(small.rule.min_score, kDefaultMinScore);
  EXPECT_FALSE(small.rule.automatic_min_score);
  options.min_score = kDefaultMinScore;
  EXPECT_EQ(FindOverlaps(small_register, options)->pairs.size(), small.pairs.size());

  const Register large = RandomRegister(8, static_cast<int>(kAutomaticTopKItems) + 1);
  options.min_score.reset();
  const OverlapResult automatic = *FindOverlaps(large, options);
  EXPECT_EQ(automatic.rule.min_score, kAutomaticMinScore);
  EXPECT_TRUE(automatic.rule.automatic_min_score);
  EXPECT_TRUE(automatic.rule.automatic);
  EXPECT_EQ(automatic.rule.Describe(),
            "pairs scoring at least 0.5, each item's 10 highest-scoring (chosen for a register of more than 1000 "
            "items; give min_score, or top_k 0 for every pair)");
  for (const Overlap& o : automatic.pairs) EXPECT_GE(o.score, kAutomaticMinScore);
  options.top_k = 0;
  const OverlapResult every = *FindOverlaps(large, options);
  EXPECT_FALSE(every.rule.automatic);
  EXPECT_EQ(every.rule.Describe(),
            "every pair scoring at least 0.5 (min_score chosen for a register of more than 1000 items; give "
            "min_score for another)");
  ExpectSamePairs(every, *FindOverlapsNaive(large, options), "every pair at the automatic min_score");
  options.min_score = 0.3;
  EXPECT_FALSE(FindOverlaps(large, options)->rule.automatic_min_score);
}

TEST(OverlapPropertyTest, SameAsAllPairsOnLargerRegistersWithoutExplanations) {
  for (uint32_t seed = 100; seed < 104; ++seed) {
    Register reg = RandomRegister(seed, 400);
    for (double min_score : {0.4, 0.55, 0.7}) {
      OverlapOptions options;
      options.min_score = min_score;
      options.explain = false;
      OverlapResult fast = *FindOverlaps(reg, options);
      OverlapResult naive = *FindOverlapsNaive(reg, options);
      ExpectSamePairs(fast, naive, absl::StrCat("seed ", seed, " min ", min_score));
      OverlapOptions top = options;
      top.top_k = 3;
      ExpectSamePairs(*FindOverlaps(reg, top), *FindOverlapsNaive(reg, top),
                      absl::StrCat("seed ", seed, " min ", min_score, " top_k 3"));
      for (size_t i = 0; i < fast.pairs.size(); ++i) {
        EXPECT_TRUE(fast.pairs[i].shared_participants.empty());
        EXPECT_TRUE(fast.pairs[i].shared_terms.empty());
      }
      EXPECT_GT(fast.stats.threshold, 0);
      EXPECT_LE(fast.stats.pairs_scored, fast.stats.candidates);
    }
  }
}

// A random register of the skewed shape: a few bodies in most meetings
// whatever the place, each place's own bodies drawn from a power law (a few
// in most of the place's meetings, a long tail), one shared vocabulary with a
// heavy head, topics with parents, and areas at two levels (a region or some
// of its districts). Pairs of different places meet through the common
// bodies and words, and many pairs sit near any threshold.
Register SkewedRegister(uint32_t seed, int meetings) {
  std::mt19937 rng(seed);
  constexpr int kPlaces = 4, kBodies = 30, kEverywhere = 4;
  RegisterBuilder b;
  for (int k = 0; k < kEverywhere; ++k) b.AddOrganisation(overlap_test_util::Org(absl::StrCat("all", k)));
  for (int r = 0; r < kPlaces; ++r) {
    Area region;
    region.id = absl::StrCat("r", r);
    region.name = absl::StrCat("Region ", r);
    b.AddArea(region);
    for (int d = 0; d < 3; ++d) {
      Area district;
      district.id = absl::StrCat("r", r, "d", d);
      district.name = absl::StrCat("District ", r, ".", d);
      district.parent = region.id;
      b.AddArea(district);
    }
    for (int k = 0; k < kBodies; ++k) b.AddOrganisation(overlap_test_util::Org(absl::StrCat("b", r, "_", k)));
  }
  for (int t = 0; t < 6; ++t) {
    Topic topic;
    topic.id = absl::StrCat("t", t);
    topic.name = absl::StrCat("Topic ", t);
    if (t >= 3) topic.parent = absl::StrCat("t", t - 3);
    b.AddTopic(topic);
  }
  const char* words[] = {"plan",  "risk",   "safety", "victims", "courts", "health", "care",   "crime",
                         "youth", "drugs",  "fund",   "data",    "homes",  "roads",  "fire",   "abuse",
                         "school", "prison", "housing", "trust", "mental", "estate", "police", "board"};
  // Power laws: rank r drawn with weight 1 / (r + 1).
  auto zipf = [&](int n) {
    std::vector<double> w;
    for (int r = 0; r < n; ++r) w.push_back(1.0 / (r + 1));
    return std::discrete_distribution<int>(w.begin(), w.end());
  };
  auto body = zipf(kBodies);
  auto word = zipf(24);
  std::uniform_real_distribution<double> unit(0, 1);
  for (int i = 0; i < meetings; ++i) {
    const int place = static_cast<int>(rng() % kPlaces);
    std::vector<std::string> orgs;
    for (int k = 0; k < kEverywhere; ++k) {
      if (unit(rng) < 0.9 - 0.15 * k) orgs.push_back(absl::StrCat("all", k));
    }
    for (int k = 0, n = 1 + static_cast<int>(rng() % 5); k < n; ++k) orgs.push_back(absl::StrCat("b", place, "_", body(rng)));
    std::string purpose;
    for (int k = 0, n = static_cast<int>(rng() % 7); k < n; ++k) absl::StrAppend(&purpose, words[word(rng)], " ");
    Meeting m = MakeMeeting(absl::StrCat("m", i), orgs, purpose);
    if (rng() % 4) m.topics.push_back(absl::StrCat("t", rng() % 6));
    if (rng() % 5 == 0) m.current_focus = words[rng() % 24];
    switch (rng() % 5) {
      case 0:
        break;  // no areas
      case 1:
        m.areas.push_back(absl::StrCat("r", place));
        break;
      default:
        for (int d = 0; d < 3; ++d) {
          if (rng() % 2) m.areas.push_back(absl::StrCat("r", place, "d", d));
        }
    }
    m.level = static_cast<Level>(rng() % 4);
    if (rng() % 4) m.cadence = Cadence::Regular(static_cast<double>(1 + rng() % 12));
    if (rng() % 4 == 0) m.participants[rng() % m.participants.size()].type = ParticipationType::kAttendee;
    if (rng() % 5 == 0) m.participants.front().type = ParticipationType::kChair;
    if (rng() % 3 == 0) m.lead.organisations.push_back(orgs[rng() % orgs.size()]);
    b.AddMeeting(m);
  }
  return Build(b);
}

TEST(OverlapPropertyTest, SameAsAllPairsOnSkewedRegisters) {
  for (uint32_t seed = 300; seed < 306; ++seed) {
    Register reg = SkewedRegister(seed, 250);
    for (double min_score : {0.3, 0.5, 0.6, 0.75}) {
      for (int variant = 0; variant < 4; ++variant) {
        OverlapOptions options;
        options.min_score = min_score;
        options.explain = variant % 2 == 0;
        options.threads = 1 + (variant + static_cast<int>(seed)) % 3;
        if (variant == 1) options.participant_prior = 0;
        if (variant == 2) {
          options.participant_specificity = false;
          options.participant_prior = 2.5;
          options.weights = {.participants = 0.6, .topics = 0.2, .areas = 0.1, .level = 0.05, .cadence = 0.05};
        }
        if (variant == 3) {
          // Plain participant Jaccard, as the peers compute it.
          options.weights = {.participants = 1, .topics = 0, .areas = 0, .level = 0, .cadence = 0};
          options.participant_specificity = false;
          options.participant_prior = 0;
          options.min_shared_specificity = 0;
          options.min_topic_evidence = 0;
          options.include_roles = false;
          options.include_leads = false;
        }
        const std::string context = absl::StrCat("seed ", seed, " min ", min_score, " variant ", variant);
        OverlapResult naive = *FindOverlapsNaive(reg, options);
        OverlapResult fast = *FindOverlaps(reg, options);
        ExpectSamePairs(fast, naive, context);
        EXPECT_LE(fast.stats.pairs_scored, fast.stats.candidates) << context;
        for (int k : {1, 3}) {
          OverlapOptions top = options;
          top.top_k = k;
          ExpectSamePairs(*FindOverlaps(reg, top), *FindOverlapsNaive(reg, top), absl::StrCat(context, " top_k ", k));
        }
      }
    }
  }
}

TEST(OverlapPropertyTest, FeaturesBuiltInParallelGiveTheSameResult) {
  // Large enough for the features to be split into chunks between workers.
  Register reg = SkewedRegister(400, 2500);
  for (double min_score : {0.5, 0.7}) {
    OverlapOptions options;
    options.min_score = min_score;
    options.threads = 1;
    OverlapResult one = *FindOverlaps(reg, options);
    for (int threads : {2, 3, 7}) {
      options.threads = threads;
      ExpectSamePairs(*FindOverlaps(reg, options), one, absl::StrCat("min ", min_score, " threads ", threads));
    }
    options.threads = 3;
    options.top_k = 2;
    options.explain = false;
    ExpectSamePairs(*FindOverlaps(reg, options), *FindOverlapsNaive(reg, options),
                    absl::StrCat("min ", min_score, " top_k 2 against every pair"));
  }
}

TEST(OverlapPropertyTest, ScoresAreSymmetric) {
  Register reg = RandomRegister(7, 40);
  OverlapOptions options;
  options.min_score = 0.2;
  OverlapResult r = *FindOverlapsNaive(reg, options);
  // Reverse the register: the same pairs, the same scores.
  RegisterBuilder reversed;
  for (const Organisation& o : reg.organisations()) reversed.AddOrganisation(o);
  for (const Topic& t : reg.topics()) reversed.AddTopic(t);
  for (const Area& a : reg.areas()) reversed.AddArea(a);
  for (size_t i = reg.meetings().size(); i-- > 0;) reversed.AddMeeting(reg.meetings()[i]);
  Register rev = Build(reversed);
  OverlapResult rr = *FindOverlapsNaive(rev, options);
  ASSERT_EQ(r.pairs.size(), rr.pairs.size());
  std::map<std::pair<std::string, std::string>, double> scores;
  for (const Overlap& o : r.pairs) scores[{ItemId(reg, o.a), ItemId(reg, o.b)}] = o.score;
  for (const Overlap& o : rr.pairs) {
    auto it = scores.find({ItemId(rev, o.b), ItemId(rev, o.a)});
    ASSERT_NE(it, scores.end());
    EXPECT_NEAR(it->second, o.score, 1e-12);
  }
}

// Across two sets, the search finds exactly the pairs of the whole search
// that cross them, with the same scores (specificity and term weights still
// count every item), whichever set is the smaller.
TEST(OverlapPropertyTest, OneSideFindsTheWholeSearchsPairsAcross) {
  for (uint32_t seed = 200; seed < 210; ++seed) {
    Register reg = RandomRegister(seed, 120);
    for (size_t side_size : {size_t{3}, size_t{60}, size_t{110}}) {
      // 0.1: level and cadence alone could reach it, so every pair across is scored.
      for (double min_score : {0.1, 0.3, 0.5, 0.7}) {
        OverlapOptions options;
        options.min_score = min_score;
        if (seed % 2 == 0) options.weights = {.participants = 0.7, .topics = 0.1, .areas = 0.1, .level = 0.05, .cadence = 0.05};
        std::mt19937 rng(seed);
        std::vector<Item> side;
        for (uint32_t k = 0; k < reg.meetings().size(); ++k) side.push_back({Item::Kind::kMeeting, k});
        std::shuffle(side.begin(), side.end(), rng);
        side.resize(side_size);
        const std::set<Item> in_side(side.begin(), side.end());
        const std::string context = absl::StrCat("seed ", seed, " side ", side_size, " min ", min_score);

        OverlapResult whole = *FindOverlaps(reg, options);
        const int64_t whole_indexed = whole.stats.indexed_features;
        std::erase_if(whole.pairs, [&](const Overlap& o) { return in_side.contains(o.a) == in_side.contains(o.b); });
        options.one_side = side;
        OverlapResult across = *FindOverlaps(reg, options);
        ExpectSamePairs(across, whole, context);
        ExpectSamePairs(*FindOverlapsNaive(reg, options), whole, context);
        for (const Overlap& o : across.pairs) EXPECT_LT(o.a, o.b) << context;
        if (min_score == 0.1) {
          EXPECT_LE(across.stats.threshold, 1e-9) << context;
          EXPECT_EQ(across.stats.pairs_scored, static_cast<int64_t>(side_size * (reg.meetings().size() - side_size)));
        }
        // Only the smaller set is indexed.
        if (whole_indexed > 0) {
          EXPECT_LT(across.stats.indexed_features, whole_indexed) << context;
        }
      }
    }
  }
}

TEST(OverlapTest, OneSideMustNameItemsOfTheRegister) {
  Register reg = RandomRegister(1, 10);
  OverlapOptions options;
  options.one_side = {{Item::Kind::kMeeting, 2}, {Item::Kind::kMeeting, 10}};
  EXPECT_EQ(FindOverlaps(reg, options).status().message(), "one_side[1]: no meeting 10 in the register (it has 10)");
  EXPECT_EQ(FindOverlapsNaive(reg, options).status().message(),
            "one_side[1]: no meeting 10 in the register (it has 10)");
  options.one_side = {{Item::Kind::kInitiative, 0}};
  EXPECT_THAT(FindOverlaps(reg, options).status().message(), HasSubstr("one_side[0]: no initiative 0"));
}

TEST(ClusterTest, FamiliesWithRepresentative) {
  OverlapResult r;
  auto pair = [](uint32_t a, uint32_t b, double s) {
    Overlap o;
    o.a = {Item::Kind::kMeeting, a};
    o.b = {Item::Kind::kMeeting, b};
    o.score = s;
    return o;
  };
  r.pairs = {pair(0, 1, 0.9), pair(1, 2, 0.8), pair(3, 4, 0.5)};
  std::vector<OverlapCluster> c = ClusterOverlaps(r);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].members.size(), 3u);
  EXPECT_EQ(c[0].representative.index, 1u);  // overlaps both others
  EXPECT_NEAR(c[0].mean_score, 0.85, 1e-12);
  EXPECT_EQ(ClusterOverlaps(r, 0.85).size(), 1u);
}

TEST(ClusterTest, FamiliesDoNotChain) {
  OverlapResult r;
  auto pair = [](uint32_t a, uint32_t b, double s) {
    Overlap o;
    o.a = {Item::Kind::kMeeting, a};
    o.b = {Item::Kind::kMeeting, b};
    o.score = s;
    return o;
  };
  // A path 0 ~ 1 ~ 2 ~ 3 ~ 4: one component, but 0 and 4 are nothing alike.
  r.pairs = {pair(0, 1, 0.5), pair(1, 2, 0.6), pair(2, 3, 0.5), pair(3, 4, 0.4)};
  std::vector<OverlapCluster> c = ClusterOverlaps(r);
  ASSERT_EQ(c.size(), 2u);
  // 1 and 2 overlap most (1.1 each; ties by item): 1 takes 0 and 2; 3 takes 4.
  EXPECT_EQ(c[0].representative.index, 1u);
  ASSERT_EQ(c[0].members.size(), 3u);
  EXPECT_EQ(c[0].members[2].index, 2u);
  EXPECT_EQ(c[1].representative.index, 3u);
  EXPECT_EQ(c[1].members.size(), 2u);
  EXPECT_EQ(c[1].pairs, 1);
}

TEST(ContainmentTest, CoveredByTheUnionOfTwo) {
  RegisterBuilder b = WithOrgs(5);
  b.AddMeeting(MakeMeeting("small", {"o0", "o1", "o2"}, "reoffending housing"));
  b.AddMeeting(MakeMeeting("big1", {"o0", "o1", "o3"}, "reoffending courts"));
  b.AddMeeting(MakeMeeting("big2", {"o2", "o4"}, "housing homelessness"));
  Register reg = Build(b);
  std::vector<Containment> c = *FindConsumedMeetings(reg);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(ItemId(reg, c[0].consumed), "small");
  ASSERT_EQ(c[0].covering.size(), 2u);
  EXPECT_EQ(ItemId(reg, c[0].covering[0]), "big1");
  EXPECT_EQ(ItemId(reg, c[0].covering[1]), "big2");
  EXPECT_DOUBLE_EQ(c[0].participant_coverage, 1.0);
  EXPECT_TRUE(c[0].uncovered_participants.empty());

  ContainmentOptions one;
  one.max_covering = 1;
  EXPECT_TRUE(FindConsumedMeetings(reg, one)->empty());
}

TEST(ContainmentTest, StatutoryAndRemovedMeetingsAreLeftOut) {
  RegisterBuilder b = WithOrgs(3);
  Meeting small = MakeMeeting("small", {"o0"}, "reoffending");
  small.statutory = true;
  Meeting big = MakeMeeting("big", {"o0", "o1"}, "reoffending courts");
  b.AddMeeting(small).AddMeeting(big);
  Register reg = Build(b);
  EXPECT_TRUE(FindConsumedMeetings(reg)->empty());
  ContainmentOptions with_statutory;
  with_statutory.include_statutory = true;
  EXPECT_EQ(FindConsumedMeetings(reg, with_statutory)->size(), 1u);
  b.meetings()[1].status = MeetingStatus::kToBeRemoved;
  Register removed = Build(b);
  EXPECT_TRUE(FindConsumedMeetings(removed, with_statutory)->empty());
}

class ExampleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    absl::StatusOr<Register> r =
        LoadRegisterJsonFile(GOVGRAPH_SOURCE_DIR "/examples/registers/avon-and-somerset-2016.json");
    ASSERT_TRUE(r.ok()) << r.status();
    reg_ = *std::move(r);
  }
  Register reg_;
};

TEST_F(ExampleTest, TheRemovedMeetingsAreConsumedByRetainedOnes) {
  std::vector<Containment> consumed = *FindConsumedMeetings(reg_);
  std::vector<std::string> ids;
  for (const Containment& c : consumed) {
    ids.push_back(ItemId(reg_, c.consumed));
    for (Item cover : c.covering) {
      EXPECT_NE(reg_.meetings()[cover.index].status, MeetingStatus::kToBeRemoved);
    }
    EXPECT_FALSE(c.covering.empty());
    EXPECT_FALSE(c.covered_terms.empty());
  }
  EXPECT_THAT(ids, ::testing::IsSupersetOf({"community-safety-meeting", "commissioning-meeting"}));
}

TEST_F(ExampleTest, TheTwoSafeguardingMeetingsOverlap) {
  OverlapResult r = *FindOverlaps(reg_);
  const Overlap* found = nullptr;
  for (const Overlap& o : r.pairs) {
    if (ItemId(reg_, o.a) == "safeguarding-chairs-meeting" && ItemId(reg_, o.b) == "safeguarding-consortium") found = &o;
  }
  ASSERT_NE(found, nullptr);
  std::vector<std::string> terms;
  for (const SharedTerm& t : found->shared_terms) terms.push_back(t.term);
  EXPECT_THAT(terms, ::testing::Contains("#safeguarding"));
  ASSERT_FALSE(found->shared_participants.empty());
  EXPECT_EQ(found->shared_participants.front().key, "role:independent-safeguarding-chair");
  EXPECT_EQ(r.pairs.size(), FindOverlapsNaive(reg_)->pairs.size());
}

TEST(OverlapProgressTest, EachStageRisesToItsTotalOneCallAtATime) {
  const Register reg = RandomRegister(11, 2000);
  for (int threads : {1, 2}) {
    std::vector<std::tuple<std::string, int64_t, int64_t>> calls;
    std::atomic<int> inside{0};
    bool overlapped = false;
    OverlapOptions options;
    options.threads = threads;
    options.progress = [&](std::string_view stage, int64_t done, int64_t total) {
      if (inside.fetch_add(1) != 0) overlapped = true;
      calls.emplace_back(std::string(stage), done, total);
      inside.fetch_sub(1);
    };
    const OverlapResult result = *FindOverlaps(reg, options);
    ASSERT_FALSE(result.pairs.empty());
    EXPECT_FALSE(overlapped);
    std::vector<std::string> stages;
    for (const auto& [stage, done, total] : calls) {
      if (stages.empty() || stages.back() != stage) stages.push_back(stage);
    }
    EXPECT_EQ(stages, (std::vector<std::string>{"features", "search", "explanations"}));
    for (size_t i = 0; i < calls.size(); ++i) {
      const auto& [stage, done, total] = calls[i];
      EXPECT_EQ(total, stage == "explanations" ? static_cast<int64_t>(result.pairs.size()) : 2000);
      EXPECT_LE(done, total);
      if (i > 0 && std::get<0>(calls[i - 1]) == stage) {
        EXPECT_GE(done, std::get<1>(calls[i - 1]));
      }
    }
    // Each stage starts at 0 and ends at its total, in about a hundred steps.
    EXPECT_EQ(std::get<1>(calls.front()), 0);
    EXPECT_EQ(std::get<1>(calls.back()), std::get<2>(calls.back()));
    EXPECT_LE(calls.size(), 3u * 102u);
  }
  // Without explanations there is no stage for them.
  int explanations = 0;
  OverlapOptions quiet;
  quiet.explain = false;
  quiet.progress = [&](std::string_view stage, int64_t, int64_t) { explanations += stage == "explanations"; };
  ASSERT_TRUE(FindOverlaps(reg, quiet).ok());
  EXPECT_EQ(explanations, 0);
}

}  // namespace
}  // namespace govgraph
