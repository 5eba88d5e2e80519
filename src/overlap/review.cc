// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/overlap/review.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "govgraph/names.h"
#include "govgraph/overlap/text.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

constexpr double kWeightParticipants = 0.4, kWeightText = 0.3, kWeightTopics = 0.2, kWeightContext = 0.1;

bool HasText(const Meeting& m) { return !m.purpose.empty() || !m.current_focus.empty(); }

double RecordOf(const Meeting& m) {
  double r = 0;
  if (!m.participants.empty()) {
    r += kWeightParticipants;
  } else if (!m.lead.organisations.empty() || !m.chair.empty()) {
    r += kWeightParticipants / 2;  // who leads or chairs, but not who attends
  }
  if (HasText(m)) r += kWeightText;
  if (!m.topics.empty()) r += kWeightTopics;
  if (!m.areas.empty() || m.level != Level::kUnknown || m.cadence.per_year().has_value()) r += kWeightContext;
  return r;
}

std::vector<std::string> MissingOf(const Meeting& m) {
  std::vector<std::string> missing;
  if (m.participants.empty())
    missing.push_back(m.lead.organisations.empty() ? "participants" : "participants (only the lead)");
  if (!HasText(m)) missing.push_back("purpose or focus");
  if (m.topics.empty()) missing.push_back("topics");
  if (m.areas.empty()) missing.push_back("areas");
  if (!m.cadence.per_year()) missing.push_back("frequency");
  return missing;
}

std::string JoinNames(const Register& reg, const std::vector<Item>& items) {
  std::vector<std::string> names;
  for (Item i : items) names.push_back(ItemName(reg, i));
  if (names.size() <= 2) return absl::StrJoin(names, " and ");
  return absl::StrCat(absl::StrJoin(names.begin(), names.end() - 1, ", "), " and ", names.back());
}

class Reviewer {
 public:
  Reviewer(const Register& reg, const ReviewOptions& options) : reg_(reg), options_(options) {}

  absl::StatusOr<ReviewResult> Run() {
    const size_t n = reg_.meetings().size();
    review_.record.resize(n);
    judged_.resize(n);
    for (size_t i = 0; i < n; ++i) {
      const Meeting& m = reg_.meetings()[i];
      review_.record[i] = RecordOf(m);
      // Who attends, or what it is for, or (a statutory board, say) its topics and who chairs or leads it.
      const bool something = !m.participants.empty() || HasText(m) ||
                             (!m.topics.empty() && (!m.chair.empty() || !m.lead.organisations.empty()));
      judged_[i] = something && review_.record[i] + 1e-9 >= options_.min_record;
      if (!judged_[i] && m.status != MeetingStatus::kToBeRemoved) {
        review_.cannot_judge.push_back({Item{Item::Kind::kMeeting, static_cast<uint32_t>(i)}, MissingOf(m)});
      }
    }
    CountParticipants();
    CollectPlaceWords();
    CountTextWords();

    OverlapOptions overlap = options_.overlap;
    overlap.include_initiatives = false;
    overlap.explain = true;
    absl::StatusOr<OverlapResult> pairs = FindOverlaps(reg_, overlap);
    if (!pairs.ok()) return pairs.status();
    SameFunction(*pairs);
    Pairs(*pairs);
    ReportingLines(*pairs);
    if (absl::Status s = Consumed(); !s.ok()) return s;

    auto rank = [](FindingKind k) { return static_cast<int>(k); };
    std::stable_sort(review_.findings.begin(), review_.findings.end(),
                     [&](const ReviewFinding& a, const ReviewFinding& b) {
                       if (a.kind != b.kind) return rank(a.kind) < rank(b.kind);
                       return a.confidence > b.confidence;
                     });
    return std::move(review_);
  }

 private:
  const Meeting& M(Item i) const { return reg_.meetings()[i.index]; }

  // In how many meetings each participant key ("organisation:x", "role:y") is.
  void CountParticipants() {
    for (const Meeting& m : reg_.meetings()) {
      absl::flat_hash_set<std::string> keys;
      auto add = [&](const Party& p) {
        if (!p.organisation.empty()) keys.insert(absl::StrCat("organisation:", p.organisation.id));
        if (!p.role.empty()) keys.insert(absl::StrCat("role:", p.role.id));
      };
      for (const Participant& p : m.participants) add(p.party);
      add(m.chair);
      for (const Ref<Organisation>& o : m.lead.organisations) keys.insert(absl::StrCat("organisation:", o.id));
      for (const Ref<Organisation>& o : m.lead.supporting) keys.insert(absl::StrCat("organisation:", o.id));
      for (const std::string& k : keys) ++participant_df_[k];
    }
  }

  // Words of the register's area names: places, not themes.
  void CollectPlaceWords() {
    for (const Area& a : reg_.areas()) {
      for (absl::string_view w : absl::StrSplit(NormaliseName(a.name), ' ', absl::SkipEmpty())) {
        place_words_.insert(std::string(w));
      }
      for (const std::string& alias : a.aliases) {
        for (absl::string_view w : absl::StrSplit(NormaliseName(alias), ' ', absl::SkipEmpty())) {
          place_words_.insert(std::string(w));
        }
      }
    }
    for (absl::string_view w : {"and", "of", "the", "for", "&"}) place_words_.erase(std::string(w));
  }

  // A word of the register's area names, or one typed with two letters
  // swapped or one letter wrong ("Carven" for "Craven"), for words of five
  // or more letters.
  bool IsPlaceWord(absl::string_view w) const {
    if (place_words_.contains(w)) return true;
    if (w.size() < 5) return false;
    for (const std::string& p : place_words_) {
      if (p.size() != w.size()) continue;
      std::vector<size_t> diff;
      for (size_t i = 0; i < w.size() && diff.size() <= 2; ++i) {
        if (w[i] != p[i]) diff.push_back(i);
      }
      if (diff.size() == 1) return true;
      if (diff.size() == 2 && diff[1] == diff[0] + 1 && w[diff[0]] == p[diff[1]] && w[diff[1]] == p[diff[0]]) {
        return true;
      }
    }
    return false;
  }

  // In how many meetings' purpose and focus each stem is: words in most of
  // them are boilerplate ("partnership", "area"), not shared themes.
  void CountTextWords() {
    for (const Meeting& m : reg_.meetings()) {
      absl::flat_hash_set<std::string> stems;
      for (const std::string& t : analyzer_.Terms(absl::StrCat(m.purpose, " ", m.current_focus))) stems.insert(t);
      for (const std::string& s : stems) ++text_df_[s];
    }
  }

  // The word as the meeting writes it, for a stem.
  std::string Surface(const Meeting& m, const std::string& stem) {
    for (const std::string* text : {&m.purpose, &m.current_focus}) {
      std::string word;
      auto flush = [&]() -> std::optional<std::string> {
        if (word.size() > 1 && analyzer_.Stem(absl::AsciiStrToLower(word)) == stem) return word;
        word.clear();
        return std::nullopt;
      };
      for (char c : *text) {
        if (absl::ascii_isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
          word.push_back(c);
        } else if (std::optional<std::string> w = flush()) {
          return *w;
        }
      }
      if (std::optional<std::string> w = flush()) return *w;
    }
    return stem;
  }

  std::string ParticipantEvidence(const SharedParticipant& p) const {
    const auto it = participant_df_.find(p.key);
    const int df = it == participant_df_.end() ? 0 : it->second;
    return absl::StrCat("both have ", p.label, " (in ", df, " of ", reg_.meetings().size(), " meetings)");
  }

  // The evidence of a scored pair, strongest first, in the register's words.
  std::vector<std::string> PairEvidence(const Overlap& o) {
    std::vector<std::pair<double, std::string>> items;
    const double n = static_cast<double>(reg_.meetings().size());
    for (const SharedParticipant& p : o.shared_participants) {
      const auto it = participant_df_.find(p.key);
      const double df = it == participant_df_.end() ? n : it->second;
      const double specificity = n > 1 ? std::log(1.0 + n / df) / std::log(1.0 + n) : 1.0;
      if (specificity < 0.3) continue;  // the force, the OPCC: not evidence
      items.push_back({specificity * std::min(p.weight_a, p.weight_b) + 0.5, ParticipantEvidence(p)});
    }
    std::vector<std::string> topics, words;
    for (const SharedTerm& t : o.shared_terms) {
      if (!t.term.empty() && t.term[0] == '#') {
        const std::optional<TopicHandle> h = reg_.FindTopic(t.term.substr(1));
        topics.push_back(h ? reg_.topic(*h).name : t.term.substr(1));
        continue;
      }
      const auto df = text_df_.find(t.term);
      if (reg_.meetings().size() >= 4 && df != text_df_.end() && 2 * df->second > static_cast<int>(n)) continue;
      const std::string w = Surface(M(o.a), t.term);
      if (place_words_.contains(absl::AsciiStrToLower(w))) continue;
      words.push_back(absl::StrCat("\"", w, "\""));
    }
    if (!topics.empty())
      items.push_back({o.signals.topics + 0.4, absl::StrCat("both are about ", absl::StrJoin(topics, ", "))});
    if (!words.empty())
      items.push_back({o.signals.topics, absl::StrCat("their purposes share ", absl::StrJoin(words, ", "))});
    if (!o.shared_areas.empty()) {
      std::vector<std::string> areas;
      for (AreaHandle a : o.shared_areas) areas.push_back(reg_.area(a).name);
      items.push_back({0.2, absl::StrCat("both cover ", absl::StrJoin(areas, ", "))});
    }
    const Meeting &a = M(o.a), &b = M(o.b);
    if (a.level == b.level && a.level != Level::kUnknown) {
      items.push_back({0.1, absl::StrCat("both are ", std::string(Name(a.level)))});
    }
    std::stable_sort(items.begin(), items.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    std::vector<std::string> out;
    for (const auto& [weight, text] : items) {
      if (out.size() >= static_cast<size_t>(options_.max_evidence)) break;
      out.push_back(text);
    }
    return out;
  }

  std::string RecordCaveat(const std::vector<Item>& items) const {
    std::vector<std::string> thin;
    for (Item i : items) {
      const std::vector<std::string> missing = MissingOf(M(i));
      if (review_.record[i.index] < 0.6 && !missing.empty()) {
        thin.push_back(absl::StrCat(ItemName(reg_, i), " records no ", absl::StrJoin(missing, ", ")));
      }
    }
    return absl::StrJoin(thin, "; ");
  }

  double Confidence(const std::vector<Item>& items, double strength) const {
    double record = 1;
    for (Item i : items) record = std::min(record, review_.record[i.index]);
    return std::clamp(record * std::clamp(strength, 0.0, 1.0), 0.0, 1.0);
  }

  bool AreasShared(const Meeting& a, const Meeting& b) const {
    if (a.areas.empty() || b.areas.empty()) return true;
    for (const Ref<Area>& x : a.areas) {
      for (const Ref<Area>& y : b.areas) {
        if (x.id == y.id || IsWithin(x.id, y.id) || IsWithin(y.id, x.id)) return true;
      }
    }
    return false;
  }

  bool IsWithin(const std::string& inner, const std::string& outer) const {
    std::optional<AreaHandle> h = reg_.FindArea(inner);
    for (int depth = 0; h && depth < 64; ++depth) {
      if (reg_.area(*h).id == outer) return true;
      h = reg_.Resolve(reg_.area(*h).parent);
    }
    return false;
  }

  bool ReportsTo(const Meeting& child, const Meeting& parent) const { return child.reports_to.id == parent.id; }

  // Same kind of body for different areas: by name, then by topics.
  void SameFunction(const OverlapResult& pairs) {
    const size_t n = reg_.meetings().size();
    absl::flat_hash_map<std::string, std::vector<uint32_t>> by_key;
    std::vector<std::string> key_of(n);
    for (uint32_t i = 0; i < n; ++i) {
      // Abbreviations of kinds of body spelt out: "CSP" and "Community
      // Safety Partnership" are one function.
      key_of[i] = FunctionKey(reg_.meetings()[i].name, [&](absl::string_view w) { return IsPlaceWord(w); });
      if (!key_of[i].empty()) by_key[key_of[i]].push_back(i);
    }
    std::vector<int> group(n, -1);
    std::vector<std::vector<uint32_t>> groups;
    for (uint32_t i = 0; i < n; ++i) {
      const auto it = by_key.find(key_of[i]);
      if (it == by_key.end() || it->second.size() < 2 || group[i] >= 0) continue;
      std::vector<uint32_t> members;
      for (uint32_t j : it->second) {
        // The same name for the same areas is a duplicate, not the same function elsewhere.
        const bool distinct = absl::c_all_of(members, [&](uint32_t k) {
          return reg_.meetings()[k].name != reg_.meetings()[j].name &&
                 !(reg_.meetings()[k].areas == reg_.meetings()[j].areas && !reg_.meetings()[j].areas.empty());
        });
        if (distinct) members.push_back(j);
      }
      if (members.size() < 2) continue;
      for (uint32_t j : members) group[j] = static_cast<int>(groups.size());
      groups.push_back(std::move(members));
      group_reason_.push_back(absl::StrCat("their names agree once the places are set aside (\"", key_of[i], "\")"));
    }
    // Disjoint areas and the same topics.
    for (const Overlap& o : pairs.pairs) {
      if (o.a.kind != Item::Kind::kMeeting || o.b.kind != Item::Kind::kMeeting) continue;
      const Meeting &a = M(o.a), &b = M(o.b);
      if (a.areas.empty() || b.areas.empty() || AreasShared(a, b)) continue;
      if (o.signals.topics < options_.same_function_min_topics || !judged_[o.a.index] || !judged_[o.b.index]) continue;
      if (ReportsTo(a, b) || ReportsTo(b, a)) continue;
      int& ga = group[o.a.index];
      int& gb = group[o.b.index];
      if (ga >= 0 && gb >= 0) continue;
      if (ga < 0 && gb < 0) {
        ga = gb = static_cast<int>(groups.size());
        groups.push_back({o.a.index, o.b.index});
        group_reason_.push_back(
            absl::StrFormat("they are about the same things (topics %.2f) in different areas", o.signals.topics));
      } else {
        const int g = std::max(ga, gb);
        groups[static_cast<size_t>(g)].push_back(ga < 0 ? o.a.index : o.b.index);
        ga = gb = g;
      }
    }
    for (size_t g = 0; g < groups.size(); ++g) {
      std::sort(groups[g].begin(), groups[g].end());
      ReviewFinding f;
      f.kind = FindingKind::kSameFunction;
      for (uint32_t i : groups[g]) f.meetings.push_back({Item::Kind::kMeeting, i});
      std::vector<std::string> areas;
      for (uint32_t i : groups[g]) {
        for (const Ref<Area>& a : reg_.meetings()[i].areas) {
          const std::optional<AreaHandle> h = reg_.FindArea(a.id);
          const std::string name = h ? reg_.area(*h).name : a.id;
          if (!absl::c_linear_search(areas, name)) areas.push_back(name);
        }
      }
      f.summary = absl::StrCat(JoinNames(reg_, f.meetings), " are the same kind of body for ",
                               areas.empty() ? "different places" : absl::StrJoin(areas, ", "),
                               ": a candidate for a joint or merged board.");
      f.evidence.push_back(group_reason_[g]);
      if (!areas.empty()) f.evidence.push_back(absl::StrCat("each serves its own area: ", absl::StrJoin(areas, ", ")));
      f.score = 1;
      f.confidence = Confidence(f.meetings, 1);
      f.caveat = RecordCaveat(f.meetings);
      review_.findings.push_back(std::move(f));
    }
    same_group_ = std::move(group);
  }

  // Every reporting line the register records between two of its meetings:
  // a hierarchy, whether or not the two look alike.
  void ReportingLines(const OverlapResult& pairs) {
    absl::flat_hash_map<std::pair<uint32_t, uint32_t>, const Overlap*> scored;
    for (const Overlap& o : pairs.pairs) {
      if (o.a.kind == Item::Kind::kMeeting && o.b.kind == Item::Kind::kMeeting) scored[{o.a.index, o.b.index}] = &o;
    }
    for (uint32_t c = 0; c < reg_.meetings().size(); ++c) {
      const Meeting& child = reg_.meetings()[c];
      const std::optional<MeetingHandle> p = reg_.Resolve(child.reports_to);
      if (!p || p->index() == c) continue;
      const uint32_t parent = p->index();
      ReviewFinding f;
      f.kind = FindingKind::kParentSubgroup;
      f.meetings = {Item{Item::Kind::kMeeting, parent}, Item{Item::Kind::kMeeting, c}};
      const auto it = scored.find({std::min(parent, c), std::max(parent, c)});
      const Overlap* o = it == scored.end() ? nullptr : it->second;
      f.summary = absl::StrCat(child.name, " reports to ", reg_.meetings()[parent].name,
                               o != nullptr ? ": they overlap because one feeds the other, a hierarchy rather than a "
                                              "duplicate."
                                            : ": a sub-group and its board, a hierarchy to keep in view when either "
                                              "changes.");
      f.evidence.push_back(absl::StrCat(child.name, " reports to ", reg_.meetings()[parent].name, " in the register"));
      if (o != nullptr) {
        for (std::string& e : PairEvidence(*o)) f.evidence.push_back(std::move(e));
        f.score = o->score;
      }
      f.confidence = Confidence(f.meetings, 1);
      f.caveat = RecordCaveat(f.meetings);
      review_.findings.push_back(std::move(f));
    }
  }

  void Pairs(const OverlapResult& pairs) {
    for (const Overlap& o : pairs.pairs) {
      if (o.a.kind != Item::Kind::kMeeting || o.b.kind != Item::Kind::kMeeting) continue;
      if (!judged_[o.a.index] || !judged_[o.b.index]) continue;  // never paired on too little
      const Meeting &a = M(o.a), &b = M(o.b);
      ReviewFinding f;
      if (ReportsTo(a, b) || ReportsTo(b, a)) {
        continue;  // a hierarchy (ReportingLines)
      } else if (o.score >= options_.duplicate_min_score && AreasShared(a, b) &&
                 !(same_group_[o.a.index] >= 0 && same_group_[o.a.index] == same_group_[o.b.index])) {
        f.kind = FindingKind::kDuplicate;
        f.meetings = {o.a, o.b};
        f.summary = absl::StrFormat(
            "%s and %s may duplicate each other (score %.2f): they share specific participants or topics "
            "for the same areas.",
            ItemName(reg_, o.a), ItemName(reg_, o.b), o.score);
        f.evidence = PairEvidence(o);
        f.confidence = Confidence(f.meetings, o.score / options_.duplicate_min_score);
        if (a.statutory && b.statutory) {
          f.caveat = "both are statutory: they can meet jointly but neither can simply stop";
        }
      } else {
        continue;
      }
      f.score = o.score;
      const std::string thin = RecordCaveat(f.meetings);
      if (!thin.empty()) f.caveat = f.caveat.empty() ? thin : absl::StrCat(f.caveat, "; ", thin);
      review_.findings.push_back(std::move(f));
    }
  }

  // Consumed meetings, decided jointly: each stopped only if covered by kept ones.
  absl::Status Consumed() {
    ContainmentOptions c = options_.containment;
    c.overlap = options_.overlap;
    c.overlap.include_initiatives = false;
    c.allow_no_participants = true;
    c.covering_must_be_retained = true;
    absl::StatusOr<std::vector<Containment>> first = FindConsumedMeetings(reg_, c);
    if (!first.ok()) return first.status();
    std::vector<Containment> order;
    for (Containment& x : *first) {
      const Meeting& m = M(x.consumed);
      // Never proposed on too little: a meeting is proposed to stop only when
      // who attends it is recorded and covered. The register's own removals
      // are checked on whatever they record.
      if (m.status != MeetingStatus::kToBeRemoved && (!judged_[x.consumed.index] || m.participants.empty())) continue;
      order.push_back(std::move(x));
    }
    std::stable_sort(order.begin(), order.end(), [&](const Containment& x, const Containment& y) {
      const bool rx = M(x.consumed).status == MeetingStatus::kToBeRemoved;
      const bool ry = M(y.consumed).status == MeetingStatus::kToBeRemoved;
      if (rx != ry) return rx;
      const double ax = review_.record[x.consumed.index], ay = review_.record[y.consumed.index];
      if (ax != ay) return ax < ay;
      return static_cast<int>(M(x.consumed).level) > static_cast<int>(M(y.consumed).level);
    });
    absl::flat_hash_map<uint32_t, std::vector<Item>> first_cover;
    std::vector<MeetingHandle> handles;
    for (const Containment& x : order) {
      first_cover[x.consumed.index] = x.covering;
      handles.emplace_back(x.consumed.index);
    }
    absl::StatusOr<std::vector<Containment>> decided = FindConsumedMeetingsJointly(reg_, handles, c);
    if (!decided.ok()) return decided.status();
    absl::flat_hash_set<uint32_t> stopped;
    for (const Containment& x : *decided) stopped.insert(x.consumed.index);
    // Mutual covers: a kept meeting whose first cover was a stopped one that it covered.
    absl::flat_hash_map<uint32_t, std::string> mutual;
    for (const Containment& x : order) {
      if (stopped.contains(x.consumed.index)) continue;
      for (Item i : x.covering) {
        if (!stopped.contains(i.index) || !absl::c_linear_search(first_cover[i.index], x.consumed)) continue;
        mutual[i.index] = absl::StrCat(M(i).name, " and ", M(x.consumed).name, " each cover the other; ",
                                       M(x.consumed).name, " is kept, having the fuller record");
      }
    }
    for (const Containment& x : *decided) {
      const Meeting& m = M(x.consumed);
      ReviewFinding f;
      f.kind = FindingKind::kConsumed;
      f.meetings = {x.consumed};
      f.covered_by = x.covering;
      f.score = m.participants.empty() ? x.topic_coverage : (x.participant_coverage + x.topic_coverage) / 2;
      const bool removing = m.status == MeetingStatus::kToBeRemoved;
      f.summary = absl::StrCat(m.name, removing ? " is to be removed, and its purpose is consumed: " : " is consumed: ",
                               "what it covers is covered by ", JoinNames(reg_, x.covering), ", which ",
                               x.covering.size() == 1 ? "is" : "are", " kept.");
      if (!m.participants.empty()) {
        f.evidence.push_back(absl::StrFormat(
            "%.0f%% of its participants are in them%s", 100 * x.participant_coverage,
            x.covered_participants.empty() ? "" : absl::StrCat(": ", absl::StrJoin(x.covered_participants, ", "))));
      }
      std::vector<std::string> topics, missing_topics;
      for (const std::string& t : x.covered_terms) {
        if (t.empty() || t[0] != '#') continue;
        const std::optional<TopicHandle> h = reg_.FindTopic(t.substr(1));
        topics.push_back(h ? reg_.topic(*h).name : t.substr(1));
      }
      for (const std::string& t : x.uncovered_terms) {
        if (t.empty() || t[0] != '#') continue;
        const std::optional<TopicHandle> h = reg_.FindTopic(t.substr(1));
        missing_topics.push_back(h ? reg_.topic(*h).name : t.substr(1));
      }
      f.evidence.push_back(absl::StrFormat("%.0f%% of its topics are covered%s", 100 * x.topic_coverage,
                                           topics.empty() ? "" : absl::StrCat(": ", absl::StrJoin(topics, ", "))));
      if (!missing_topics.empty())
        f.evidence.push_back(absl::StrCat("not covered: ", absl::StrJoin(missing_topics, ", ")));
      std::vector<std::string> caveats;
      if (auto it = mutual.find(x.consumed.index); it != mutual.end()) caveats.push_back(it->second);
      if (m.participants.empty()) caveats.push_back("it records no participants, so only its topics are compared");
      const std::string thin = RecordCaveat({x.consumed});
      if (!thin.empty()) caveats.push_back(thin);
      f.caveat = absl::StrJoin(caveats, "; ");
      f.confidence = Confidence({x.consumed}, f.score);
      ProposedStop stop;
      stop.meeting = x.consumed;
      stop.covered_by = x.covering;
      stop.already_to_be_removed = removing;
      stop.reason = removing ? absl::StrCat("to be removed in the register; covered by ", JoinNames(reg_, x.covering))
                             : absl::StrCat("consumed by ", JoinNames(reg_, x.covering));
      review_.proposal.push_back(std::move(stop));
      review_.findings.push_back(std::move(f));
    }
    return absl::OkStatus();
  }

  const Register& reg_;
  const ReviewOptions& options_;
  ReviewResult review_;
  std::vector<bool> judged_;
  absl::flat_hash_map<std::string, int> participant_df_;
  absl::flat_hash_map<std::string, int> text_df_;
  absl::flat_hash_set<std::string> place_words_;
  std::vector<int> same_group_;
  std::vector<std::string> group_reason_;
  TermAnalyzer analyzer_;
};

}  // namespace

namespace internal {
template <>
struct EnumNames<FindingKind> {
  static constexpr std::string_view kWhat = "finding kind";
  static constexpr std::pair<FindingKind, std::string_view> kTable[] = {
      {FindingKind::kDuplicate, "duplicate"},
      {FindingKind::kConsumed, "consumed"},
      {FindingKind::kSameFunction, "same_function"},
      {FindingKind::kParentSubgroup, "parent_subgroup"}};
};
}  // namespace internal

std::string_view Name(FindingKind kind) { return internal::NameOf(kind); }
GOVGRAPH_ENUM_VALUES(FindingKind);

absl::Status ValidateReviewOptions(const ReviewOptions& o) {
  if (absl::Status s = ValidateOverlapOptions(o.overlap); !s.ok()) return s;
  ContainmentOptions c = o.containment;
  c.overlap = o.overlap;
  if (absl::Status s = ValidateContainmentOptions(c); !s.ok()) return s;
  for (const auto& [v, name] : {std::pair{o.duplicate_min_score, "duplicate_min_score"},
                                {o.same_function_min_topics, "same_function_min_topics"},
                                {o.min_record, "min_record"}}) {
    if (!std::isfinite(v) || v < 0 || v > 1)
      return absl::InvalidArgumentError(absl::StrCat(name, ": must be between 0 and 1"));
  }
  if (o.duplicate_min_score <= 0) return absl::InvalidArgumentError("duplicate_min_score: must be more than 0");
  if (o.max_evidence < 1) return absl::InvalidArgumentError("max_evidence: must be at least 1");
  return absl::OkStatus();
}

absl::StatusOr<ReviewResult> ReviewRegister(const Register& reg, const ReviewOptions& options) {
  if (absl::Status s = ValidateReviewOptions(options); !s.ok()) return s;
  return Reviewer(reg, options).Run();
}

}  // namespace govgraph
