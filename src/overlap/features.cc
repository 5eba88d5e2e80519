// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "overlap/features.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <numeric>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "govgraph/overlap/text.h"
#include "govgraph/partnership_graph.h"
#include "internal/progress.h"

namespace govgraph::internal {
namespace {

double InvolvementWeight(const InvolvementWeights& w, ParticipationType t) {
  switch (t) {
    case ParticipationType::kChair:
      return w.chair;
    case ParticipationType::kStatutoryMember:
      return w.statutory_member;
    case ParticipationType::kMember:
      return w.member;
    case ParticipationType::kAttendee:
      return w.attendee;
    case ParticipationType::kSupport:
      return w.support;
    case ParticipationType::kObserver:
      return w.observer;
  }
  return w.member;
}

// Interns string keys as dense ids and counts in how many items each occurs.
class Vocabulary {
 public:
  uint32_t Intern(const std::string& key) {
    auto [it, inserted] = ids_.try_emplace(key, static_cast<uint32_t>(keys_.size()));
    if (inserted) {
      keys_.push_back(key);
      df_.push_back(0);
    }
    return it->second;
  }
  void CountItem(const std::vector<WeightedToken>& tokens) {
    for (const WeightedToken& t : tokens) ++df_[t.id];
  }
  size_t size() const { return keys_.size(); }
  const std::string& key(uint32_t id) const { return keys_[id]; }
  uint32_t df(uint32_t id) const { return df_[id]; }

  // New ids ordered by document frequency (ascending if `rarest_first`), ties
  // by key, so results do not depend on insertion order.
  std::vector<uint32_t> Ranking(bool rarest_first) const {
    std::vector<uint32_t> order(keys_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      if (df_[a] != df_[b]) return rarest_first ? df_[a] < df_[b] : df_[a] > df_[b];
      return keys_[a] < keys_[b];
    });
    std::vector<uint32_t> rank(keys_.size());
    for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    return rank;
  }

 private:
  absl::flat_hash_map<std::string, uint32_t> ids_;
  std::vector<std::string> keys_;
  std::vector<uint32_t> df_;
};

// Keeps one entry per id, with the largest weight (participants) or the sum (terms).
void Merge(std::vector<WeightedToken>& tokens, bool sum) {
  std::sort(tokens.begin(), tokens.end(),
            [](const WeightedToken& a, const WeightedToken& b) { return a.id < b.id; });
  size_t out = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (out > 0 && tokens[out - 1].id == tokens[i].id) {
      tokens[out - 1].weight =
          sum ? tokens[out - 1].weight + tokens[i].weight : std::max(tokens[out - 1].weight, tokens[i].weight);
    } else {
      tokens[out++] = tokens[i];
    }
  }
  tokens.resize(out);
}

void Remap(std::vector<WeightedToken>& tokens, const std::vector<uint32_t>& rank) {
  for (WeightedToken& t : tokens) t.id = rank[t.id];
  std::sort(tokens.begin(), tokens.end(),
            [](const WeightedToken& a, const WeightedToken& b) { return a.id < b.id; });
}

std::vector<std::string> Reorder(const Vocabulary& v, const std::vector<uint32_t>& rank) {
  std::vector<std::string> out(v.size());
  for (uint32_t i = 0; i < v.size(); ++i) out[rank[i]] = v.key(i);
  return out;
}

// An item's features while they are built, before they are packed.
struct Draft {
  Item item;
  std::vector<WeightedToken> participants;
  std::vector<WeightedToken> terms;
  std::vector<uint32_t> areas;
  double participant_total = 0;
  Level level = Level::kUnknown;
  std::optional<double> per_year;
};

// The drafts' vectors packed into `fs`, item after item.
void Pack(std::vector<Draft>& drafts, FeatureSet& fs) {
  size_t tokens = 0, areas = 0;
  for (const Draft& d : drafts) tokens += d.participants.size() + d.terms.size(), areas += d.areas.size();
  fs.tokens.reserve(tokens);
  fs.area_leaves.reserve(areas);
  fs.items.reserve(drafts.size());
  // Advised before they are filled, so the pages are huge from the start.
  AdviseHugePages(fs.tokens.data(), tokens * sizeof(WeightedToken));
  AdviseHugePages(fs.items.data(), drafts.size() * sizeof(ItemFeatures));
  for (Draft& d : drafts) {
    const size_t p = fs.tokens.size();
    fs.tokens.insert(fs.tokens.end(), d.participants.begin(), d.participants.end());
    fs.tokens.insert(fs.tokens.end(), d.terms.begin(), d.terms.end());
    const size_t a = fs.area_leaves.size();
    fs.area_leaves.insert(fs.area_leaves.end(), d.areas.begin(), d.areas.end());
    ItemFeatures f;
    f.item = d.item;
    f.participants = std::span<const WeightedToken>(fs.tokens).subspan(p, d.participants.size());
    f.terms = std::span<const WeightedToken>(fs.tokens).subspan(p + d.participants.size(), d.terms.size());
    f.areas = std::span<const uint32_t>(fs.area_leaves).subspan(a, d.areas.size());
    f.participant_total = d.participant_total;
    f.level = d.level;
    f.per_year = d.per_year;
    fs.items.push_back(f);
    d = Draft();  // its memory is no longer needed
  }
}

}  // namespace

void AdviseHugePages(const void* data, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + kHugePage - 1) & ~(kHugePage - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHugePage - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

namespace {

// Drafts items' features with ids of its own (a worker's): participants and
// terms are interned in its own vocabularies, and the caches of tokens by
// handle, of a topic's terms and of an area's leaves are its own.
class Drafter {
 public:
  Drafter(const Register& reg, const OverlapOptions& options, bool with_terms,
          const std::vector<std::vector<uint32_t>>& children)
      : reg_(reg),
        options_(options),
        want_terms_(with_terms),
        children_(children),
        organisation_token_(reg.organisations().size(), kUnset),
        role_token_(reg.roles().size(), kUnset),
        topic_terms_(reg.topics().size()),
        leaves_(reg.areas().size()) {}

  Vocabulary people;  // participant tokens
  Vocabulary words;   // terms

  Draft Make(Item item) {
    Draft f;
    f.item = item;
    if (item.kind == Item::Kind::kMeeting) {
      const Meeting& m = reg_.meetings()[item.index];
      for (const Participant& p : m.participants) {
        AddParty(p.party, InvolvementWeight(options_.involvement, p.type), f.participants);
      }
      if (!m.chair.empty()) AddParty(m.chair, options_.involvement.chair, f.participants);
      AddLead(m.lead, f.participants);
      AddTopics(m.topics, f.terms);
      AddText(m.purpose, f.terms);
      AddText(m.current_focus, f.terms);
      AddAreas(m.areas, f.areas);
      f.level = m.level;
      f.per_year = m.cadence.per_year();
    } else {
      const Initiative& in = reg_.initiatives()[item.index];
      for (const Participant& p : in.participants) {
        AddParty(p.party, InvolvementWeight(options_.involvement, p.type), f.participants);
      }
      AddLead(in.lead, f.participants);
      AddTopics(in.priorities, f.terms);
      AddText(in.purpose, f.terms);
      AddAreas(in.areas, f.areas);
    }
    return f;
  }

 private:
  static constexpr uint32_t kUnset = ~uint32_t{0};

  // Token ids by handle, interned once each: a national register has
  // millions of participations but only thousands of organisations and roles.
  uint32_t OrganisationId(uint32_t index) {
    uint32_t& token = organisation_token_[index];
    if (token == kUnset) token = people.Intern(absl::StrCat("organisation:", reg_.organisations()[index].id));
    return token;
  }
  uint32_t RoleId(uint32_t index) {
    uint32_t& token = role_token_[index];
    if (token == kUnset) token = people.Intern(absl::StrCat("role:", reg_.roles()[index].id));
    return token;
  }
  void AddParty(const Party& party, double weight, std::vector<WeightedToken>& out) {
    std::optional<Actor> actor = ActorOf(reg_, party);
    if (!actor) return;
    out.push_back(
        {actor->kind == VertexKind::kOrganisation ? OrganisationId(actor->index) : RoleId(actor->index), weight});
    if (options_.include_roles) {
      if (std::optional<RoleHandle> role = reg_.Resolve(party.role)) {
        if (!(actor->kind == VertexKind::kRole && actor->index == role->index())) {
          out.push_back({RoleId(role->index()), weight});
        }
      }
    }
  }
  // Leads are named by id and may (in a register built without checks) name
  // no organisation: those keep their id as the key.
  uint32_t LeadId(const Ref<Organisation>& o) {
    if (std::optional<OrganisationHandle> h = reg_.Resolve(o)) return OrganisationId(h->index());
    return people.Intern(absl::StrCat("organisation:", o.id));
  }
  void AddLead(const Lead& lead, std::vector<WeightedToken>& out) {
    if (!options_.include_leads) return;
    for (const Ref<Organisation>& o : lead.organisations) out.push_back({LeadId(o), options_.involvement.lead});
    for (const Ref<Organisation>& o : lead.supporting) out.push_back({LeadId(o), options_.involvement.support});
  }
  // A tag counts for its parents too: "safeguarding children" is also "safeguarding".
  const std::vector<uint32_t>& TermsOfTopic(TopicHandle topic) {
    std::vector<uint32_t>& out = topic_terms_[topic.index()];
    if (!out.empty()) return out;
    std::optional<TopicHandle> h = topic;
    for (int depth = 0; h && depth < 64; ++depth) {
      out.push_back(words.Intern(absl::StrCat("#", reg_.topic(*h).id)));
      h = reg_.Resolve(reg_.topic(*h).parent);
    }
    return out;
  }
  void AddTopics(const std::vector<Ref<Topic>>& topics, std::vector<WeightedToken>& out) {
    if (!want_terms_) return;
    for (const Ref<Topic>& t : topics) {
      if (std::optional<TopicHandle> h = reg_.Resolve(t)) {
        for (uint32_t term : TermsOfTopic(*h)) out.push_back({term, 1.0});
      }
    }
  }
  void AddText(absl::string_view text, std::vector<WeightedToken>& out) {
    if (!want_terms_) return;
    for (const std::string& term : analyzer_.Terms(text)) out.push_back({words.Intern(term), 1.0});
  }
  // Each area's leaves: the smallest areas inside it (itself if none).
  const std::vector<uint32_t>& LeavesOf(uint32_t root) {
    std::vector<uint32_t>& out = leaves_[root];
    if (!out.empty()) return out;
    std::vector<uint32_t> stack = {root};  // parents are acyclic (the builder checks)
    while (!stack.empty()) {
      const uint32_t a = stack.back();
      stack.pop_back();
      if (children_[a].empty()) {
        out.push_back(a);
      } else {
        stack.insert(stack.end(), children_[a].begin(), children_[a].end());
      }
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  void AddAreas(const std::vector<Ref<Area>>& areas, std::vector<uint32_t>& out) {
    for (const Ref<Area>& a : areas) {
      if (std::optional<AreaHandle> h = reg_.Resolve(a)) {
        const std::vector<uint32_t>& l = LeavesOf(h->index());
        out.insert(out.end(), l.begin(), l.end());
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }

  const Register& reg_;
  const OverlapOptions& options_;
  const bool want_terms_;
  const std::vector<std::vector<uint32_t>>& children_;
  TermAnalyzer analyzer_;
  std::vector<uint32_t> organisation_token_;
  std::vector<uint32_t> role_token_;
  std::vector<std::vector<uint32_t>> topic_terms_;
  std::vector<std::vector<uint32_t>> leaves_;
};

// Runs fn(worker, begin, end) over [0, n) in chunks shared out between
// `threads` workers (the calling thread is worker 0).
template <class Fn>
void ForChunks(size_t n, int threads, size_t chunk, Fn fn) {
  std::atomic<size_t> next{0};
  auto work = [&](int worker) {
    for (;;) {
      const size_t begin = next.fetch_add(chunk);
      if (begin >= n) break;
      fn(worker, begin, std::min(n, begin + chunk));
    }
  };
  std::vector<std::thread> pool;
  for (int w = 1; w < threads; ++w) pool.emplace_back(work, w);
  work(0);
  for (std::thread& t : pool) t.join();
}

constexpr size_t kFeatureChunk = 512;

}  // namespace

FeatureSet BuildFeatures(const Register& reg, const OverlapOptions& options, bool with_terms) {
  FeatureSet fs;
  // The items compared, in the result's order.
  std::vector<Item> items;
  for (size_t i = 0; i < reg.meetings().size(); ++i) {
    if (options.exclude_to_be_removed && reg.meetings()[i].status == MeetingStatus::kToBeRemoved) continue;
    items.push_back({Item::Kind::kMeeting, static_cast<uint32_t>(i)});
  }
  if (options.include_initiatives) {
    for (size_t i = 0; i < reg.initiatives().size(); ++i) items.push_back({Item::Kind::kInitiative, static_cast<uint32_t>(i)});
  }
  std::vector<std::vector<uint32_t>> children(reg.areas().size());
  for (size_t i = 0; i < reg.areas().size(); ++i) {
    if (std::optional<AreaHandle> parent = reg.Resolve(reg.areas()[i].parent)) {
      children[parent->index()].push_back(static_cast<uint32_t>(i));
    }
  }

  // Drafted in parallel, each worker with its own ids; the ids are made one
  // space afterwards and then ranked by (document frequency, key), so they
  // and every weight summed in their order are the same whatever the split.
  const int threads = std::min<int>(
      options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())),
      static_cast<int>((items.size() + kFeatureChunk - 1) / kFeatureChunk) + 1);
  std::vector<Draft> drafts(items.size());
  std::vector<std::unique_ptr<Drafter>> drafters;
  for (int w = 0; w < threads; ++w) drafters.push_back(std::make_unique<Drafter>(reg, options, with_terms, children));
  std::vector<int> chunk_worker((items.size() + kFeatureChunk - 1) / kFeatureChunk, 0);
  {
    StageProgress progress(options.progress, "features",
                           static_cast<int64_t>(reg.meetings().size() +
                                                (options.include_initiatives ? reg.initiatives().size() : 0)));
    progress.Add(static_cast<int64_t>(reg.meetings().size() + (options.include_initiatives ? reg.initiatives().size() : 0) -
                                      items.size()));  // the meetings left out
    ForChunks(items.size(), threads, kFeatureChunk, [&](int worker, size_t begin, size_t end) {
      chunk_worker[begin / kFeatureChunk] = worker;
      for (size_t i = begin; i < end; ++i) drafts[i] = drafters[static_cast<size_t>(worker)]->Make(items[i]);
      progress.Add(static_cast<int64_t>(end - begin));
    });
  }
  Vocabulary people;  // participant tokens
  Vocabulary words;   // terms
  std::vector<std::vector<uint32_t>> people_id(drafters.size()), word_id(drafters.size());
  for (size_t w = 0; w < drafters.size(); ++w) {
    for (uint32_t id = 0; id < drafters[w]->people.size(); ++id) people_id[w].push_back(people.Intern(drafters[w]->people.key(id)));
    for (uint32_t id = 0; id < drafters[w]->words.size(); ++id) word_id[w].push_back(words.Intern(drafters[w]->words.key(id)));
  }
  drafters.clear();
  ForChunks(drafts.size(), threads, kFeatureChunk, [&](int, size_t begin, size_t end) {
    const size_t w = static_cast<size_t>(chunk_worker[begin / kFeatureChunk]);
    for (size_t i = begin; i < end; ++i) {
      Draft& f = drafts[i];
      for (WeightedToken& t : f.participants) t.id = people_id[w][t.id];
      for (WeightedToken& t : f.terms) t.id = word_id[w][t.id];
      Merge(f.participants, /*sum=*/false);
      Merge(f.terms, /*sum=*/true);
    }
  });
  for (const Draft& f : drafts) {
    people.CountItem(f.participants);
    words.CountItem(f.terms);
  }
  // Participants rarest first (prefix filtering indexes the rare ones);
  // terms most common first (the cosine join indexes the rare tail).
  const std::vector<uint32_t> people_rank = people.Ranking(/*rarest_first=*/true);
  const std::vector<uint32_t> word_rank = words.Ranking(/*rarest_first=*/false);
  const double n = static_cast<double>(std::max<size_t>(drafts.size(), 1));
  // By rank from here on.
  std::vector<double> idf(words.size());
  std::vector<bool> is_tag(words.size());
  for (uint32_t id = 0; id < words.size(); ++id) {
    idf[word_rank[id]] = std::log(1.0 + n / words.df(id));
    is_tag[word_rank[id]] = words.key(id)[0] == '#';
  }
  // Specificity: a body in most meetings is little evidence that two of them
  // overlap. ln(1 + N/df) / ln(1 + N): 1 for a body in one meeting, ln 2 /
  // ln(1 + N) for one in every meeting.
  // Kept for the evidence floor (overlap.h) whether or not it weighs.
  std::vector<double> specificity(people.size(), 1.0);
  if (drafts.size() > 1) {
    const double log_n = std::log(1.0 + n);
    for (uint32_t id = 0; id < people.size(); ++id) {
      specificity[people_rank[id]] = std::log(1.0 + n / people.df(id)) / log_n;
    }
  }
  fs.participant_specificity.reserve(specificity.size());
  for (double v : specificity) fs.participant_specificity.push_back(static_cast<float>(v));
  std::vector<std::vector<double>> term_max(static_cast<size_t>(threads), std::vector<double>(words.size(), 0.0));
  ForChunks(drafts.size(), threads, kFeatureChunk, [&](int worker, size_t begin, size_t end) {
    std::vector<double>& max_weight = term_max[static_cast<size_t>(worker)];
    for (size_t i = begin; i < end; ++i) {
      Draft& f = drafts[i];
      Remap(f.participants, people_rank);
      Remap(f.terms, word_rank);
      for (WeightedToken& t : f.participants) {
        if (options.participant_specificity) t.weight *= specificity[t.id];
        f.participant_total += t.weight;
      }
      // TF-IDF, (1 + ln tf) x ln(1 + N / df), with tags and text each brought
      // to length sqrt(share), so the cosine of two meetings that both have
      // tags and text is tag_share x tag cosine + (1 - tag_share) x text cosine.
      double tag_norm = 0, text_norm = 0;
      for (WeightedToken& t : f.terms) {
        t.weight = (1.0 + std::log(t.weight)) * idf[t.id];
        (is_tag[t.id] ? tag_norm : text_norm) += t.weight * t.weight;
      }
      const double tag_scale = tag_norm == 0    ? 0
                               : text_norm == 0 ? 1 / std::sqrt(tag_norm)
                                                : std::sqrt(options.tag_share / tag_norm);
      const double text_scale = text_norm == 0  ? 0
                                : tag_norm == 0 ? 1 / std::sqrt(text_norm)
                                                : std::sqrt((1 - options.tag_share) / text_norm);
      for (WeightedToken& t : f.terms) {
        t.weight *= is_tag[t.id] ? tag_scale : text_scale;
        max_weight[t.id] = std::max(max_weight[t.id], t.weight);
      }
    }
  });
  fs.term_max_weight.assign(words.size(), 0.0);
  for (const std::vector<double>& m : term_max) {
    for (size_t id = 0; id < m.size(); ++id) fs.term_max_weight[id] = std::max(fs.term_max_weight[id], m[id]);
  }
  fs.participant_keys = Reorder(people, people_rank);
  fs.term_names = Reorder(words, word_rank);
  fs.participant_labels.reserve(fs.participant_keys.size());
  for (const std::string& key : fs.participant_keys) {
    const size_t colon = key.find(':');
    const std::string kind = key.substr(0, colon);
    const std::string id = key.substr(colon + 1);
    std::optional<std::string> label;
    if (kind == "organisation") {
      if (auto h = reg.FindOrganisation(id)) label = reg.organisation(*h).name;
    } else if (auto h = reg.FindRole(id)) {
      label = reg.role(*h).name;
    }
    fs.participant_labels.push_back(label.value_or(id));
  }
  Pack(drafts, fs);
  return fs;
}

double ParticipantSimilarity(const ItemFeatures& a, const ItemFeatures& b, double prior) {
  // Weighted Jaccard: sum of minima over sum of maxima, the prior added to
  // the maxima so that little shared evidence cannot score high.
  double min_sum = 0, max_sum = 0;
  size_t i = 0, j = 0;
  while (i < a.participants.size() || j < b.participants.size()) {
    if (j == b.participants.size() || (i < a.participants.size() && a.participants[i].id < b.participants[j].id)) {
      max_sum += a.participants[i++].weight;
    } else if (i == a.participants.size() || b.participants[j].id < a.participants[i].id) {
      max_sum += b.participants[j++].weight;
    } else {
      min_sum += std::min(a.participants[i].weight, b.participants[j].weight);
      max_sum += std::max(a.participants[i].weight, b.participants[j].weight);
      ++i;
      ++j;
    }
  }
  return max_sum > 0 ? min_sum / (max_sum + prior) : 0;
}

double TopicSimilarity(const ItemFeatures& a, const ItemFeatures& b) {
  double dot = 0;
  ForEachShared(a.terms, b.terms, TokenId,
                [&](const WeightedToken& x, const WeightedToken& y) { dot += x.weight * y.weight; });
  return std::clamp(dot, 0.0, 1.0);
}

bool HasEvidence(const FeatureSet& fs, const ItemFeatures& a, const ItemFeatures& b, const SignalScores& s,
                 const OverlapOptions& options) {
  if (s.topics >= options.min_topic_evidence) return true;
  bool specific = false;
  ForEachShared(a.participants, b.participants, TokenId, [&](const WeightedToken& x, const WeightedToken&) {
    specific = specific || fs.participant_specificity[x.id] >= options.min_shared_specificity;
  });
  return specific;
}

double AreaSimilarity(const ItemFeatures& a, const ItemFeatures& b) {
  if (a.areas.empty() || b.areas.empty()) return 0.5;
  size_t shared = 0;
  ForEachShared(a.areas, b.areas, AreaIndex, [&](uint32_t, uint32_t) { ++shared; });
  return static_cast<double>(shared) / static_cast<double>(a.areas.size() + b.areas.size() - shared);
}

SignalScores ScoreSignals(const ItemFeatures& a, const ItemFeatures& b, double participant_prior) {
  SignalScores s;
  s.participants = ParticipantSimilarity(a, b, participant_prior);
  s.topics = TopicSimilarity(a, b);
  s.areas = AreaSimilarity(a, b);
  s.level = LevelSimilarity(a.level, b.level);
  s.cadence = CadenceSimilarity(a.per_year, b.per_year);
  return s;
}

double Combine(const SignalScores& s, const SignalWeights& w) {
  return w.participants * s.participants + w.topics * s.topics + w.areas * s.areas + w.level * s.level +
         w.cadence * s.cadence;
}

namespace {

// Stable. Explanations are mostly short lists, sorted by insertion: std::stable_sort
// would allocate a buffer for each of millions of pairs.
template <class T, class Before>
void SortShortList(std::vector<T>& v, Before before) {
  if (v.size() > 32) {
    std::stable_sort(v.begin(), v.end(), before);
    return;
  }
  for (size_t i = 1; i < v.size(); ++i) {
    for (size_t j = i; j > 0 && before(v[j], v[j - 1]); --j) std::swap(v[j], v[j - 1]);
  }
}

template <class T, class Key>
size_t CountShared(std::span<const T> a, std::span<const T> b, Key key) {
  size_t n = 0;
  ForEachShared(a, b, key, [&](const T&, const T&) { ++n; });
  return n;
}

}  // namespace

void Explain(const FeatureSet& features, const ItemFeatures& a, const ItemFeatures& b, int max_terms,
             Overlap& out) {
  out.shared_participants.reserve(CountShared(a.participants, b.participants, TokenId));
  ForEachShared(a.participants, b.participants, TokenId, [&](const WeightedToken& x, const WeightedToken& y) {
    out.shared_participants.push_back(
        {features.participant_keys[x.id], features.participant_labels[x.id], x.weight, y.weight});
  });
  SortShortList(out.shared_participants, [](const SharedParticipant& x, const SharedParticipant& y) {
    return std::min(x.weight_a, x.weight_b) > std::min(y.weight_a, y.weight_b);
  });
  // The largest contributions, found by weight before any name is copied.
  thread_local std::vector<std::pair<double, uint32_t>> terms;
  terms.clear();
  ForEachShared(a.terms, b.terms, TokenId,
                [&](const WeightedToken& x, const WeightedToken& y) { terms.push_back({x.weight * y.weight, x.id}); });
  SortShortList(terms, [](const auto& x, const auto& y) { return x.first > y.first; });
  if (max_terms >= 0 && terms.size() > static_cast<size_t>(max_terms)) terms.resize(static_cast<size_t>(max_terms));
  out.shared_terms.reserve(terms.size());
  for (const auto& [contribution, id] : terms) out.shared_terms.push_back({features.term_names[id], contribution});
  out.shared_areas.reserve(CountShared(a.areas, b.areas, AreaIndex));
  ForEachShared(a.areas, b.areas, AreaIndex, [&](uint32_t x, uint32_t) { out.shared_areas.emplace_back(x); });
}

}  // namespace govgraph::internal
