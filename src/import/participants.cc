// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/import/participants.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "import/text.h"

namespace govgraph {
namespace {

using import_internal::Clip;
using import_internal::Found;
using import_internal::FindOutsideParens;
using import_internal::HasWord;
using import_internal::JoinWords;
using import_internal::Lower;
using import_internal::SplitOutsideParens;
using import_internal::Trim;
using import_internal::Words;

struct Piece {
  Resolution resolution;
  std::string note;
};

class Reader {
 public:
  Reader(Resolver& resolver, const ParticipantOptions& options, ParticipantsResult& out)
      : resolver_(resolver), options_(options), out_(out) {}

  void Cell(absl::string_view cell) {
    const absl::string_view text = Trim(cell, /*stops=*/true);
    if (text.empty()) return;
    if (text.size() > options_.max_cell_bytes) {
      out_.findings.push_back(Found(Severity::kWarning, Clip(text), "",  "",
                               absl::StrCat("the cell is ", text.size(), " bytes long, more than the ",
                                            options_.max_cell_bytes,
                                            " read as a participant list; it is kept as text only")));
      return;
    }
    std::vector<std::string> segments = {std::string(text)};
    for (absl::string_view sep : {" \u2013 ", " \u2014 ", " - ", ";", "\n"}) {
      std::vector<std::string> next;
      for (const std::string& s : segments) {
        for (absl::string_view piece : SplitOutsideParens(s, sep)) next.emplace_back(piece);
      }
      segments = std::move(next);
    }
    for (const std::string& s : segments) Segment(s);
    Finish();
  }

 private:
  static ParticipationType TypeFor(absl::string_view item, ParticipationType dflt) {
    const std::string lower = Lower(item);
    for (absl::string_view w : {"business manager", "secretariat", "clerk", "minute", "administrator",
                                "support officer", "servicing officer"}) {
      if (absl::StrContains(lower, w)) return ParticipationType::kSupport;
    }
    if (absl::StrContains(lower, "(chair)") || absl::StartsWith(lower, "chair:") ||
        absl::StrContains(lower, "chaired by")) {
      return ParticipationType::kChair;
    }
    if (HasWord(lower, "observer") || HasWord(lower, "observers")) return ParticipationType::kObserver;
    for (absl::string_view w : {"in attendance", "by invitation", "invited", "as required", "attendee"}) {
      if (absl::StrContains(lower, w)) return ParticipationType::kAttendee;
    }
    return dflt;
  }

  static bool Statutory(absl::string_view intro) {
    const std::string lower = Lower(intro);
    return HasWord(lower, "statutory") && !absl::StrContains(lower, "non-statutory") &&
           !absl::StrContains(lower, "non statutory");
  }

  void Segment(absl::string_view segment) {
    ParticipationType type = ParticipationType::kMember;
    std::string heading;
    absl::string_view list = segment;
    std::string intro;
    const std::string lower = Lower(segment);
    // An introduction: "X including A, B", "Statutory partners are A, B".
    for (absl::string_view kw : {" including ", " are ", " include ", " includes ", " comprise ", " comprises ",
                                 " e.g. ", " e.g ", " eg ", " such as ", " for example ", " incl. ", " incl "}) {
      const size_t pos = FindOutsideParens(lower, kw);
      if (pos == absl::string_view::npos) continue;
      intro = std::string(Trim(segment.substr(0, pos)));
      list = segment.substr(pos + kw.size());
      break;
    }
    if (intro.empty()) {
      for (absl::string_view kw : {"also includes ", "includes ", "including ", "also "}) {
        if (absl::StartsWith(lower, kw)) {
          list = segment.substr(kw.size());
          break;
        }
      }
      const size_t colon = FindOutsideParens(list, ":");
      if (colon != absl::string_view::npos) {
        heading = std::string(Trim(list.substr(0, colon)));
        list = list.substr(colon + 1);
      }
    }
    if (!intro.empty()) {
      if (Statutory(intro)) type = ParticipationType::kStatutoryMember;
      out_.findings.push_back(
          Found(Severity::kInfo, intro, "", "",
           absl::StrCat("\"", Clip(intro), "\" read as introducing the names that follow",
                        type == ParticipationType::kStatutoryMember ? ", as statutory members" : "")));
    }
    for (absl::string_view item : SplitOutsideParens(list, ",")) {
      absl::string_view it = Trim(item, /*stops=*/true);
      for (absl::string_view lead : {"and ", "& ", "plus "}) {
        if (absl::StartsWith(Lower(it), lead)) it = Trim(it.substr(lead.size()));
      }
      if (!it.empty()) Item(it, heading, TypeFor(it, type));
    }
  }

  Resolution StrongItem(absl::string_view item, const std::string& heading) {
    if (!heading.empty()) {
      for (const std::string& cand : {absl::StrCat(heading, " ", item), absl::StrCat(item, " ", heading)}) {
        Resolution r = resolver_.Resolve(cand, MatchQuality::kAlias, options_.areas, /*people=*/false);
        if (r.ok()) return r;
      }
    }
    return resolver_.Resolve(item, MatchQuality::kJudged, options_.areas);
  }

  // The item read with its heading, loosely: "Chief Executive Officers" +
  // "Health" is the role "Chief Executive Officer, health body".
  Resolution HeadingItem(absl::string_view item, const std::string& heading) {
    if (heading.empty()) return Resolution{};
    Resolution r =
        resolver_.Resolve(absl::StrCat(heading, " ", item), MatchQuality::kLoose, options_.areas, /*people=*/false);
    if (r.ok()) {
      r.quality = std::max(r.quality, MatchQuality::kJudged);
      r.explanation = absl::StrCat("read with the heading \"", heading, "\"",
                                   r.explanation.empty() ? "" : ": " + r.explanation);
    }
    return r;
  }

  Resolution PartItem(absl::string_view item, const std::string& heading) {
    Resolution r = StrongItem(item, heading);
    if (!r.ok()) r = HeadingItem(item, heading);
    return r;
  }

  Resolution LooseItem(absl::string_view item, const std::string& heading) {
    Resolution r = HeadingItem(item, heading);
    if (r.ok()) return r;
    return resolver_.Resolve(item, MatchQuality::kLoose, options_.areas);
  }

  // One side of a split: a name, or itself several names.
  bool Side(absl::string_view text, const std::string& heading, int depth, std::vector<Piece>& out) {
    Resolution r = PartItem(text, heading);
    if (r.ok()) {
      out.push_back({std::move(r), std::string(text)});
      return true;
    }
    return Split(text, heading, depth + 1, out);
  }

  // Tries the item as several names joined by "/", "&", "and" or "+": first
  // every part on its own ("A / B / C"), then in two at each joiner, completing
  // a shared word where one side needs it ("Directors of Children and Adult
  // Services", "Local authority senior councillor and officer").
  bool Split(absl::string_view item, const std::string& heading, int depth, std::vector<Piece>& out) {
    if (depth > 3) return false;
    for (absl::string_view sep : {"/", " & ", " and ", " + "}) {
      std::vector<size_t> positions;
      for (size_t at = FindOutsideParens(item, sep); at != absl::string_view::npos;
           at = FindOutsideParens(item, sep, at + sep.size())) {
        positions.push_back(at);
      }
      if (positions.empty() || positions.size() > 6) continue;
      if (positions.size() >= 2) {
        const Resolver::Checkpoint mark = resolver_.Mark();
        std::vector<Piece> pieces;
        bool all = true;
        for (absl::string_view part : SplitOutsideParens(item, sep)) {
          Resolution r = PartItem(part, heading);
          if (!r.ok()) {
            all = false;
            break;
          }
          pieces.push_back({std::move(r), std::string(part)});
        }
        if (all) {
          for (Piece& p : pieces) out.push_back(std::move(p));
          return true;
        }
        resolver_.Rollback(mark);
      }
      for (size_t at : positions) {
        const absl::string_view left = Trim(item.substr(0, at)), right = Trim(item.substr(at + sep.size()));
        if (left.empty() || right.empty()) continue;
        const Resolver::Checkpoint mark = resolver_.Mark();
        std::vector<Piece> lp, rp;
        bool lok = Side(left, heading, depth, lp);
        bool rok = Side(right, heading, depth, rp);
        bool distributed = false;
        const std::vector<std::string> a = Words(left), b = Words(right);
        if (!lok) {
          for (size_t j = 1; j < b.size() && !lok; ++j) {
            Resolution r = PartItem(absl::StrCat(left, " ", JoinWords(b, b.size() - j, b.size())), heading);
            if (r.ok()) {
              lp = {{std::move(r), std::string(left)}};
              lok = distributed = true;
            }
          }
        }
        if (!rok) {
          for (size_t k = a.size() > 0 ? a.size() - 1 : 0; k >= 1 && !rok; --k) {
            Resolution r = PartItem(absl::StrCat(JoinWords(a, 0, k), " ", right), heading);
            if (r.ok()) {
              rp = {{std::move(r), std::string(right)}};
              rok = distributed = true;
            }
          }
        }
        if (!lok || !rok) {
          resolver_.Rollback(mark);
          continue;
        }
        for (std::vector<Piece>* side : {&lp, &rp}) {
          for (Piece& p : *side) {
            if (distributed) p.note = std::string(item);
            out.push_back(std::move(p));
          }
        }
        return true;
      }
    }
    return false;
  }

  void Item(absl::string_view item, const std::string& heading, ParticipationType type) {
    std::vector<Piece> pieces;
    Resolution r = StrongItem(item, heading);
    if (r.ok()) {
      pieces.push_back({std::move(r), std::string(item)});
    } else if (!Split(item, heading, 0, pieces)) {
      pieces.clear();
      r = LooseItem(item, heading);
      if (r.ok()) pieces.push_back({std::move(r), std::string(item)});
    }
    if (pieces.empty()) {
      const std::string suggestion = resolver_.Suggest(item);
      const Party placeholder = resolver_.Placeholder(item, options_.provenance);
      out_.unresolved = true;
      out_.findings.push_back(
          Found(Severity::kError, std::string(item), absl::StrCat("kept as ", resolver_.Describe(placeholder)),
           suggestion,
           absl::StrCat("participant \"", Clip(item), "\" not recognised",
                        suggestion.empty() ? "" : absl::StrCat("; did you mean \"", suggestion, "\"?"),
                        " (add it to the base register or the alias table)")));
      add(placeholder, type, std::string(item), false);
      return;
    }
    for (Piece& p : pieces) {
      if (p.resolution.quality >= MatchQuality::kJudged || p.resolution.expanded) {
        std::string understood;
        for (const Party& party : p.resolution.parties) {
          if (!understood.empty()) understood += "; ";
          understood += resolver_.Describe(party);
        }
        out_.findings.push_back(Found(Severity::kInfo, p.note, understood, "",
                                 absl::StrCat("\"", Clip(p.note), "\" ", p.resolution.explanation.empty()
                                                                              ? "read as " + understood
                                                                              : p.resolution.explanation)));
      }
      for (const Party& party : p.resolution.parties) add(party, type, p.note, p.resolution.expanded);
    }
  }

  void add(const Party& party, ParticipationType type, std::string note, bool expanded) {
    Participant p;
    p.party = party;
    p.type = type;
    p.note = std::move(note);
    participants_.push_back(std::move(p));
    expanded_.push_back(expanded);
  }

  // Drops repeats, and members of an expanded group that are named in the cell.
  void Finish() {
    absl::flat_hash_set<std::string> named;
    for (size_t i = 0; i < participants_.size(); ++i) {
      if (!expanded_[i] && !participants_[i].party.organisation.empty()) {
        named.insert(participants_[i].party.organisation.id);
      }
    }
    for (size_t i = 0; i < participants_.size(); ++i) {
      const Participant& p = participants_[i];
      if (expanded_[i] && named.contains(p.party.organisation.id)) continue;
      bool repeat = false;
      for (const Participant& q : out_.participants) repeat = repeat || q.party == p.party;
      if (repeat) {
        out_.findings.push_back(Found(Severity::kInfo, p.note, resolver_.Describe(p.party), "",
                                 absl::StrCat("\"", Clip(p.note), "\" names a participant already listed; kept once")));
        continue;
      }
      out_.participants.push_back(p);
    }
  }

  Resolver& resolver_;
  const ParticipantOptions& options_;
  ParticipantsResult& out_;
  std::vector<Participant> participants_;
  std::vector<bool> expanded_;
};

}  // namespace

ParticipantsResult ParseParticipants(absl::string_view cell, Resolver& resolver, const ParticipantOptions& options) {
  ParticipantsResult result;
  Reader(resolver, options, result).Cell(cell);
  return result;
}

}  // namespace govgraph
