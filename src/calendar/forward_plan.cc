// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/calendar/forward_plan.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "calendar/calendar_text.h"
#include "calendar/report_coverage.h"
#include "govgraph/calendar/schedule.h"
#include "govgraph/register_builder.h"
#include "internal/files.h"
#include "internal/json_fields.h"
#include "internal/json_text.h"
#include "internal/text.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using absl::CivilDay;
using Json = nlohmann::json;

constexpr AgendaItemKind kKinds[] = {AgendaItemKind::kThematic, AgendaItemKind::kStanding,
                                     AgendaItemKind::kStatutory, AgendaItemKind::kOther};

// --- reading ------------------------------------------------------------------

// The forward plan's fields on the shared field reader: every problem is
// said at the field itself, and a required text must not be blank.
class Reader : public internal::JsonFieldReader {
 public:
  bool Object(const Json& v, const std::string& path, std::initializer_list<const char*> allowed) {
    if (!IsObject(v, path)) return false;
    for (const std::string& key : UnknownKeys(v, allowed)) Fail(Child(path, key), "unknown field");
    return true;
  }

  // A string; `required` also refuses an empty or blank one.
  std::string String(const Json& obj, const std::string& path, const char* key, bool required = false) {
    if (required && !obj.contains(key)) {
      Fail(Child(path, key), "missing");
      return "";
    }
    std::optional<std::string> s = JsonFieldReader::String(obj, path, key);
    if (s && required && absl::StripAsciiWhitespace(*s).empty()) Fail(Child(path, key), "empty");
    return s.value_or("");
  }

  std::vector<std::string> Strings(const Json& obj, const std::string& path, const char* key) {
    return JsonFieldReader::Strings(obj, path, key, /*allow_blank=*/false);
  }

  std::optional<CivilDay> Day(const Json& obj, const std::string& path, const char* key, bool required = false) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) Fail(Child(path, key), "missing");
      return std::nullopt;
    }
    if (!it->is_string()) {
      Fail(Child(path, key), absl::StrCat("expected a date as YYYY-MM-DD, found ", it->type_name()));
      return std::nullopt;
    }
    const std::string text = it->get<std::string>();
    std::optional<CivilDay> d = internal::ParseIsoDay(text);
    if (!d) Fail(Child(path, key), absl::StrCat("expected a date as YYYY-MM-DD, found \"", internal::Clip(text, 80), "\""));
    return d;
  }

  bool Bool(const Json& obj, const std::string& path, const char* key) {
    return JsonFieldReader::Bool(obj, path, key).value_or(false);
  }
};

// The id of `ids` nearest `id`, if one is close, or else the only one it
// begins ("protecting" for "protecting-people").
std::string Nearest(absl::string_view id, const std::vector<std::string>& ids) {
  std::string best;
  size_t best_distance = std::max<size_t>(3, id.size() / 3) + 1;
  const std::string lower = absl::AsciiStrToLower(id);
  std::vector<std::string> extended;
  for (const std::string& candidate : ids) {
    const std::string other = absl::AsciiStrToLower(candidate);
    const size_t d = internal::EditDistance(lower, other, best_distance - 1);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
    if (!lower.empty() && absl::StartsWith(other, lower)) extended.push_back(candidate);
  }
  if (best.empty() && extended.size() == 1) best = extended[0];
  return best;
}

std::string DidYouMean(absl::string_view id, const std::vector<std::string>& ids) {
  const std::string near = Nearest(id, ids);
  return near.empty() ? "" : absl::StrCat("; did you mean \"", near, "\"?");
}

AgendaItem ReadItem(Reader& r, const Json& v, const std::string& path, const std::vector<std::string>& pillar_ids,
                    const std::set<std::string, std::less<>>& known_pillars) {
  AgendaItem item;
  if (!r.Object(v, path, {"title", "kind", "theme", "pillars", "kloes", "pre_meeting", "lead", "scrutinises",
                          "illustrative", "source", "note"})) {
    return item;
  }
  item.title = r.String(v, path, "title", true);
  const std::string kind = r.String(v, path, "kind", true);
  bool known = kind.empty();  // a missing kind is reported already
  for (AgendaItemKind k : kKinds) {
    if (Name(k) == kind) {
      item.kind = k;
      known = true;
    }
  }
  if (!known) {
    r.Fail(Reader::Child(path, "kind"), absl::StrCat("\"", internal::Clip(kind, 80),
                                                     "\" is not a kind: thematic, standing, statutory or other"));
  }
  item.theme = r.String(v, path, "theme");
  item.pillars = r.Strings(v, path, "pillars");
  std::set<absl::string_view> seen;
  for (size_t i = 0; i < item.pillars.size(); ++i) {
    const std::string& id = item.pillars[i];
    const std::string at = Reader::Index(Reader::Child(path, "pillars"), i);
    if (!known_pillars.contains(id)) {
      r.Fail(at, absl::StrCat("no pillar \"", internal::Clip(id, 80), "\" in the plan", DidYouMean(id, pillar_ids)));
    } else if (!seen.insert(id).second) {
      r.Fail(at, absl::StrCat("\"", id, "\" is given twice"));
    }
  }
  item.kloes = r.Strings(v, path, "kloes");
  if (auto it = v.find("pre_meeting"); it != v.end()) {
    const std::string at = Reader::Child(path, "pre_meeting");
    if (r.Object(*it, at, {"date", "note"})) {
      PreMeeting pm;
      pm.date = r.Day(*it, at, "date");
      pm.note = r.String(*it, at, "note");
      item.pre_meeting = std::move(pm);
    }
  }
  item.lead = r.String(v, path, "lead");
  item.scrutinises = r.String(v, path, "scrutinises");
  item.illustrative = r.Bool(v, path, "illustrative");
  item.source = r.String(v, path, "source");
  item.note = r.String(v, path, "note");
  return item;
}

// --- checking -----------------------------------------------------------------

// Leads compare as people write names: case and spacing aside.
std::string LeadKey(absl::string_view lead) {
  std::vector<absl::string_view> words = absl::StrSplit(lead, ' ', absl::SkipWhitespace());
  return absl::AsciiStrToLower(absl::StrJoin(words, " "));
}

std::string ItemPath(size_t sitting, size_t item) { return absl::StrCat("sittings[", sitting, "].items[", item, "]"); }

std::string Day(CivilDay d) { return internal::FormatDay(d); }

class Findings {
 public:
  explicit Findings(ForwardPlanCheckResult& out) : out_(out) {}
  void Add(ForwardPlanFindingKind kind, FindingSeverity severity, std::string path, std::optional<CivilDay> date,
           std::string message) {
    out_.findings.push_back({kind, severity, std::move(path), date, std::move(message)});
    ++(severity == FindingSeverity::kProblem ? out_.problems : out_.notes);
  }

 private:
  ForwardPlanCheckResult& out_;
};

}  // namespace

namespace internal {
template <>
struct EnumNames<AgendaItemKind> {
  static constexpr std::string_view kWhat = "agenda item kind";
  static constexpr std::pair<AgendaItemKind, std::string_view> kTable[] = {
      {AgendaItemKind::kThematic, "thematic"},
      {AgendaItemKind::kStanding, "standing"},
      {AgendaItemKind::kStatutory, "statutory"},
      {AgendaItemKind::kOther, "other"},
  };
};
}  // namespace internal

std::string_view Name(AgendaItemKind kind) { return internal::NameOf(kind, "other"); }

namespace internal {
template <>
struct EnumNames<ForwardPlanFindingKind> {
  static constexpr std::string_view kWhat = "forward plan finding kind";
  static constexpr std::pair<ForwardPlanFindingKind, std::string_view> kTable[] = {
      {ForwardPlanFindingKind::kPillarNotScrutinised, "pillar_not_scrutinised"},
      {ForwardPlanFindingKind::kTooManyThematic, "too_many_thematic"},
      {ForwardPlanFindingKind::kPillarInOneHalf, "pillar_in_one_half"},
      {ForwardPlanFindingKind::kNoKloe, "no_kloe"},
      {ForwardPlanFindingKind::kNoPreMeeting, "no_pre_meeting"},
      {ForwardPlanFindingKind::kPreMeetingNotBefore, "pre_meeting_not_before"},
      {ForwardPlanFindingKind::kLeadNotPillarLead, "lead_not_pillar_lead"},
      {ForwardPlanFindingKind::kNoSuchSitting, "no_such_sitting"},
      {ForwardPlanFindingKind::kReportUnscrutinised, "report_unscrutinised"},
      {ForwardPlanFindingKind::kReportScrutinisedTwice, "report_scrutinised_twice"},
      {ForwardPlanFindingKind::kReportAfterPeriod, "report_after_period"},
  };
};
}  // namespace internal

std::string_view Name(ForwardPlanFindingKind kind) { return internal::NameOf(kind, "pillar_not_scrutinised"); }

namespace internal {
template <>
struct EnumNames<FindingSeverity> {
  static constexpr std::string_view kWhat = "finding severity";
  static constexpr std::pair<FindingSeverity, std::string_view> kTable[] = {
      {FindingSeverity::kProblem, "problem"},
      {FindingSeverity::kNote, "note"},
  };
};
}  // namespace internal

std::string_view Name(FindingSeverity severity) { return internal::NameOf(severity, "note"); }

const ForwardPlanPillar* ForwardPlan::FindPillar(absl::string_view id) const {
  for (const ForwardPlanPillar& p : pillars) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

absl::StatusOr<ForwardPlan> ParseForwardPlanJson(absl::string_view text) {
  absl::StatusOr<Json> document = internal::ParseJsonObject(text, "forward plan");
  if (!document.ok()) return document.status();
  const Json& root = *document;
  Reader r;
  ForwardPlan plan;
  r.Object(root, "", {"forward_plan_version", "title", "source", "note", "year", "pillars_source", "pillars",
                      "sittings"});
  auto version = root.find("forward_plan_version");
  if (version == root.end()) {
    r.Fail("forward_plan_version", "missing (a forward plan starts with it: 1)");
  } else if (!version->is_number_integer() || version->get<long long>() != kForwardPlanVersion) {
    r.Fail("forward_plan_version",
           absl::StrCat(internal::Clip(version->dump(), 80), " is not a version this reader knows (1)"));
  }
  plan.title = r.String(root, "", "title", true);
  plan.source = r.String(root, "", "source");
  plan.note = r.String(root, "", "note");
  if (auto y = root.find("year"); y != root.end()) {
    if (!y->is_number_integer() || y->get<long long>() < kMinCalendarYear ||
        y->get<long long>() > kMaxCalendarYear) {
      r.Fail("year", absl::StrCat("expected a year from ", kMinCalendarYear, " to ", kMaxCalendarYear, ", found ",
                                  internal::Clip(y->dump(), 80)));
    } else {
      plan.year = static_cast<int>(y->get<long long>());
    }
  }
  plan.pillars_source = r.String(root, "", "pillars_source");
  std::vector<std::string> pillar_ids;
  std::set<std::string, std::less<>> known_pillars;
  if (const Json* pillars = r.Array(root, "", "pillars")) {
    for (size_t i = 0; i < pillars->size(); ++i) {
      const std::string path = Reader::Index("pillars", i);
      const Json& v = (*pillars)[i];
      if (!r.Object(v, path, {"id", "name", "lead", "note"})) continue;
      ForwardPlanPillar p;
      p.id = r.String(v, path, "id", true);
      p.name = r.String(v, path, "name", true);
      p.lead = r.String(v, path, "lead");
      p.note = r.String(v, path, "note");
      if (!p.id.empty() && !known_pillars.insert(p.id).second) {
        r.Fail(Reader::Child(path, "id"), absl::StrCat("pillar \"", internal::Clip(p.id, 80), "\" is given twice"));
      }
      pillar_ids.push_back(p.id);
      plan.pillars.push_back(std::move(p));
    }
  }
  const Json* sittings = r.Array(root, "", "sittings");
  if (sittings == nullptr && root.is_object() && !root.contains("sittings")) r.Fail("sittings", "missing");
  if (sittings != nullptr) {
    std::set<std::pair<std::string, CivilDay>> seen;
    for (size_t i = 0; i < sittings->size(); ++i) {
      const std::string path = Reader::Index("sittings", i);
      const Json& v = (*sittings)[i];
      if (!r.Object(v, path, {"meeting", "date", "items", "note"})) continue;
      ForwardPlanSitting s;
      s.meeting = r.String(v, path, "meeting", true);
      std::optional<CivilDay> d = r.Day(v, path, "date", true);
      s.note = r.String(v, path, "note");
      if (d) {
        s.date = *d;
        if (!s.meeting.empty() && !seen.insert({s.meeting, *d}).second) {
          r.Fail(path, absl::StrCat("the sitting of \"", internal::Clip(s.meeting, 80), "\" on ", Day(*d),
                                    " is listed twice; list all its items in one entry"));
        }
      }
      const Json* items = r.Array(v, path, "items");
      if (items == nullptr && !v.contains("items")) r.Fail(Reader::Child(path, "items"), "missing");
      if (items != nullptr) {
        for (size_t j = 0; j < items->size(); ++j) {
          s.items.push_back(
              ReadItem(r, (*items)[j], Reader::Index(Reader::Child(path, "items"), j), pillar_ids, known_pillars));
        }
      }
      plan.sittings.push_back(std::move(s));
    }
  }
  if (!r.problems.empty()) return ProblemsToStatus(r.problems);
  return plan;
}

absl::StatusOr<ForwardPlan> LoadForwardPlanJsonFile(const std::string& path) {
  return internal::LoadFile(path, ParseForwardPlanJson);
}

absl::StatusOr<ForwardPlanCheckResult> CheckForwardPlan(const Register& reg, const CyclePlan& plan,
                                                  const ForwardPlan& forward, const ForwardPlanOptions& options) {
  if (options.max_thematic_per_sitting < 1) {
    return absl::InvalidArgumentError(absl::StrCat("max_thematic_per_sitting: must be at least 1, got ",
                                                   options.max_thematic_per_sitting));
  }
  std::optional<int> year = options.year;
  if (!year && forward.year && plan.year && *forward.year != *plan.year) {
    return absl::InvalidArgumentError(absl::StrCat("year: the forward plan is for ", *forward.year,
                                                   " but the cycle plan for ", *plan.year, "; give the year to check"));
  }
  if (!year) year = forward.year ? forward.year : plan.year;
  // References first: a meeting the register lacks or a report the cycle plan
  // lacks is a mistake in the file, not a finding about the plan.
  std::vector<Diagnostic> references;
  std::vector<MeetingHandle> meetings(forward.sittings.size());
  std::vector<std::string> meeting_ids, publication_ids;
  for (const Meeting& m : reg.meetings()) meeting_ids.push_back(m.id);
  for (const Publication& p : plan.publications) publication_ids.push_back(p.id);
  for (size_t i = 0; i < forward.sittings.size(); ++i) {
    const ForwardPlanSitting& s = forward.sittings[i];
    if (std::optional<MeetingHandle> h = reg.FindMeeting(s.meeting)) {
      meetings[i] = *h;
    } else {
      references.push_back(Diagnostic::AtPath(absl::StrCat("sittings[", i, "].meeting"),
                                              absl::StrCat("no meeting \"", internal::Clip(s.meeting, 80),
                                                           "\" in the register", DidYouMean(s.meeting, meeting_ids)),
                                              diagnostic_code::kUnknownReference));
    }
    for (size_t j = 0; j < s.items.size(); ++j) {
      const std::string& pub = s.items[j].scrutinises;
      if (!pub.empty() && plan.FindPublication(pub) == nullptr) {
        references.push_back(Diagnostic::AtPath(
            ItemPath(i, j) + ".scrutinises",
            absl::StrCat("no publication \"", internal::Clip(pub, 80), "\" in the cycle plan",
                         publication_ids.empty() ? std::string("; it lists none") : DidYouMean(pub, publication_ids)),
            diagnostic_code::kUnknownReference));
      }
    }
  }
  if (!references.empty()) return ProblemsToStatus(references);

  absl::StatusOr<Schedule> schedule = ExpandSchedule(reg, plan, {.year = year});
  if (!schedule.ok()) return schedule.status();
  const Schedule& sched = *schedule;

  ForwardPlanCheckResult out;
  out.title = forward.title;
  out.start = sched.start;
  out.end = sched.end;
  out.second_half = CivilDay(absl::CivilMonth(sched.start) + 6);
  if (out.second_half <= sched.start || out.second_half > sched.end) out.second_half = sched.start + (sched.end - sched.start + 1) / 2;
  out.max_thematic_per_sitting = options.max_thematic_per_sitting;
  out.spread_over_halves = options.spread_over_halves;
  Findings add(out);

  // The cycle's sittings, by meeting and date (estimated cadence dates are
  // not the plan's: a sitting must be planned, generated by a rule or stepped
  // from an anchor).
  std::map<std::pair<MeetingHandle, CivilDay>, const Occurrence*> cycle;
  for (const Occurrence& o : sched.occurrences) {
    if (!o.estimated) cycle.emplace(std::make_pair(o.meeting, o.date), &o);
  }

  // Pillars: who scrutinises each, and when.
  std::map<std::string, size_t> pillar_index;
  for (size_t k = 0; k < forward.pillars.size(); ++k) {
    const ForwardPlanPillar& p = forward.pillars[k];
    pillar_index.emplace(p.id, k);
    out.pillars.push_back({.pillar = p.id, .name = p.name, .lead = p.lead});
  }
  // The sittings in date order for the agenda; findings follow the file's order.
  std::vector<size_t> order(forward.sittings.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::make_tuple(forward.sittings[a].date, forward.sittings[a].meeting) <
           std::make_tuple(forward.sittings[b].date, forward.sittings[b].meeting);
  });
  std::vector<std::set<CivilDay>> thematic_sittings(forward.pillars.size());
  for (size_t i : order) {
    const ForwardPlanSitting& s = forward.sittings[i];
    for (const AgendaItem& item : s.items) {
      for (const std::string& id : item.pillars) {
        auto it = pillar_index.find(id);
        if (it == pillar_index.end()) continue;
        PillarScrutiny& ps = out.pillars[it->second];
        if (s.date < sched.start || s.date > sched.end) continue;  // outside the year: not counted
        ps.items += 1;
        if (ps.sittings.empty() || ps.sittings.back() != s.date) ps.sittings.push_back(s.date);
        if (item.kind == AgendaItemKind::kThematic) {
          thematic_sittings[it->second].insert(s.date);
          ps.thematic_items += 1;
          ++(s.date < out.second_half ? ps.first_half : ps.second_half);
        }
      }
    }
  }
  for (size_t k = 0; k < out.pillars.size(); ++k) {
    const PillarScrutiny& ps = out.pillars[k];
    const std::string path = absl::StrCat("pillars[", k, "]");
    if (ps.items == 0) {
      add.Add(ForwardPlanFindingKind::kPillarNotScrutinised, FindingSeverity::kProblem, path, std::nullopt,
              absl::StrCat("the pillar \"", ps.name, "\" is scrutinised by no agenda item from ", Day(out.start),
                           " to ", Day(out.end)));
    }
    if (!options.spread_over_halves) continue;
    // Thematic items at two or more sittings can be split between the halves.
    if (thematic_sittings[k].size() >= 2 && (ps.first_half == 0 || ps.second_half == 0)) {
      const bool first = ps.second_half == 0;
      add.Add(ForwardPlanFindingKind::kPillarInOneHalf, FindingSeverity::kProblem, path, std::nullopt,
              absl::StrCat("the pillar \"", ps.name, "\" has its ", ps.thematic_items, " thematic items at ",
                           thematic_sittings[k].size(), " sittings, all in the ", first ? "first" : "second",
                           " half of the year (", first ? Day(out.start) : Day(out.second_half), " to ",
                           first ? Day(out.second_half - 1) : Day(out.end), "); spread them over both halves"));
    }
  }

  // Sittings and items.
  std::vector<Occurrence> scrutiny;  // a sitting per report its items scrutinise
  for (size_t i = 0; i < forward.sittings.size(); ++i) {
    const ForwardPlanSitting& s = forward.sittings[i];
    const Meeting& m = reg.meeting(meetings[i]);
    const std::string path = absl::StrCat("sittings[", i, "]");
    SittingAgenda agenda{.meeting = m.id, .meeting_name = m.name, .date = s.date, .items = s.items};
    auto found = cycle.find({meetings[i], s.date});
    agenda.in_cycle = found != cycle.end() && s.date >= out.start && s.date <= out.end;
    if (found != cycle.end()) agenda.label = found->second->label;
    if (!agenda.in_cycle && !s.items.empty()) {
      std::string why;
      if (s.date < out.start || s.date > out.end) {
        why = absl::StrCat("it falls outside the year checked (", Day(out.start), " to ", Day(out.end), ")");
      } else {
        std::vector<std::string> dates;
        for (const auto& [key, o] : cycle) {
          if (key.first == meetings[i] && key.second >= out.start && key.second <= out.end) {
            dates.push_back(Day(key.second));
          }
        }
        why = dates.empty() ? std::string("the cycle plan has no sittings of it")
                            : absl::StrCat("the cycle plan's sittings are ", absl::StrJoin(dates, ", "));
      }
      add.Add(ForwardPlanFindingKind::kNoSuchSitting, FindingSeverity::kProblem, path, s.date,
              absl::StrCat(s.items.size(), s.items.size() == 1 ? " agenda item" : " agenda items", " at \"", m.name,
                           "\" on ", Day(s.date), ", a sitting the cycle plan lacks: ", why));
    }
    for (const AgendaItem& item : s.items) {
      if (item.kind == AgendaItemKind::kThematic) agenda.thematic_items += 1;
    }
    if (agenda.thematic_items > options.max_thematic_per_sitting) {
      std::vector<std::string> titles;
      for (const AgendaItem& item : s.items) {
        if (item.kind == AgendaItemKind::kThematic) titles.push_back(absl::StrCat("\"", item.title, "\""));
      }
      add.Add(ForwardPlanFindingKind::kTooManyThematic, FindingSeverity::kProblem, path, s.date,
              absl::StrCat(agenda.thematic_items, " thematic items at \"", m.name, "\" on ", Day(s.date), " (",
                           absl::StrJoin(titles, ", "), "); at most ", options.max_thematic_per_sitting,
                           " a sitting: move some to another"));
    }
    std::set<std::string> reports;
    for (size_t j = 0; j < s.items.size(); ++j) {
      const AgendaItem& item = s.items[j];
      const std::string at = ItemPath(i, j);
      const std::string what = absl::StrCat("\"", item.title, "\" (", Day(s.date), ")");
      if (item.kind == AgendaItemKind::kThematic) {
        if (item.kloes.empty()) {
          add.Add(ForwardPlanFindingKind::kNoKloe, FindingSeverity::kProblem, at, s.date,
                  absl::StrCat("the thematic item ", what, " has no key line of enquiry"));
        }
        if (!item.pre_meeting) {
          add.Add(ForwardPlanFindingKind::kNoPreMeeting, FindingSeverity::kNote, at, s.date,
                  absl::StrCat("the thematic item ", what, " has no pre-meeting; the improvement plan says they ",
                               "should be held"));
        }
      }
      if (item.pre_meeting && item.pre_meeting->date && *item.pre_meeting->date >= s.date) {
        add.Add(ForwardPlanFindingKind::kPreMeetingNotBefore, FindingSeverity::kProblem, at + ".pre_meeting.date",
                s.date,
                absl::StrCat("the pre-meeting for ", what, " is dated ", Day(*item.pre_meeting->date),
                             *item.pre_meeting->date == s.date ? ", the day of the sitting" : ", after the sitting"));
      }
      if (!item.lead.empty() && !item.pillars.empty()) {
        std::vector<std::string> leads;
        bool leads_one = false;
        for (const std::string& id : item.pillars) {
          auto it = pillar_index.find(id);
          if (it == pillar_index.end()) continue;
          const ForwardPlanPillar* p = &forward.pillars[it->second];
          if (p->lead.empty()) continue;
          leads.push_back(absl::StrCat(p->lead, " leads \"", p->name, "\""));
          leads_one = leads_one || LeadKey(p->lead) == LeadKey(item.lead);
        }
        if (!leads_one && !leads.empty()) {
          add.Add(ForwardPlanFindingKind::kLeadNotPillarLead, FindingSeverity::kNote, at + ".lead", s.date,
                  absl::StrCat(what, " is led by ", item.lead, ", not its pillar's lead (", absl::StrJoin(leads, "; "),
                               ")"));
        }
      }
      if (!item.scrutinises.empty()) reports.insert(plan.FindPublication(item.scrutinises)->id);
    }
    for (const std::string& pub : reports) {
      Occurrence o;
      o.meeting = meetings[i];
      o.date = s.date;
      o.source = OccurrenceSource::kPlanned;
      o.scrutinises = pub;
      scrutiny.push_back(std::move(o));
    }
    out.sittings.push_back(std::move(agenda));
  }
  std::stable_sort(out.sittings.begin(), out.sittings.end(), [](const SittingAgenda& a, const SittingAgenda& b) {
    return std::make_tuple(a.date, a.meeting) < std::make_tuple(b.date, b.meeting);
  });

  // Reports: the cycle check's coverage rule over the agenda's sittings, in
  // date order as a schedule's are.
  std::stable_sort(scrutiny.begin(), scrutiny.end(), [](const Occurrence& a, const Occurrence& b) {
    return std::make_tuple(a.date, a.meeting.index()) < std::make_tuple(b.date, b.meeting.index());
  });
  CycleCheckResult coverage;
  internal::CheckReportCoverage(reg, plan, sched, scrutiny, coverage);
  auto publication_path = [&](const std::string& id) {
    for (size_t k = 0; k < plan.publications.size(); ++k) {
      if (plan.publications[k].id == id) return absl::StrCat("cycle plan publications[", k, "]");
    }
    return std::string("cycle plan");
  };
  // The path of the first item at `date` that scrutinises `pub`.
  auto item_path = [&](MeetingHandle meeting, CivilDay date, const std::string& pub) {
    for (size_t i = 0; i < forward.sittings.size(); ++i) {
      if (meetings[i] != meeting || forward.sittings[i].date != date) continue;
      for (size_t j = 0; j < forward.sittings[i].items.size(); ++j) {
        const std::string& s = forward.sittings[i].items[j].scrutinises;
        if (!s.empty() && plan.FindPublication(s)->id == pub) return ItemPath(i, j);
      }
    }
    return publication_path(pub);
  };
  size_t problem = 0;
  for (const CoverageCheck& c : coverage.coverage) {
    const Publication& pub = *plan.FindPublication(c.publication);
    if (c.ok && !c.sittings.empty()) continue;
    if (c.ok) {
      add.Add(ForwardPlanFindingKind::kReportAfterPeriod, FindingSeverity::kNote, publication_path(c.publication),
              c.published,
              absl::StrCat("the ", pub.name, " published ", Day(c.published), " is due for scrutiny by \"",
                           reg.meeting(c.meeting).name, "\" after ", Day(out.end)));
      continue;
    }
    // The coverage rule's own message, in the order it reported them.
    std::string message;
    for (; problem < coverage.problems.size(); ++problem) {
      const CycleFinding& f = coverage.problems[problem];
      if (f.meeting == c.meeting && f.date == c.published && f.rule == c.publication) {
        message = f.message;
        ++problem;
        break;
      }
    }
    if (c.sittings.empty()) {
      add.Add(ForwardPlanFindingKind::kReportUnscrutinised, FindingSeverity::kProblem, publication_path(c.publication),
              c.published, absl::StrCat(message, ": no agenda item scrutinises it"));
    } else {
      add.Add(ForwardPlanFindingKind::kReportScrutinisedTwice, FindingSeverity::kProblem,
              item_path(c.meeting, c.sittings[1], c.publication), c.published,
              absl::StrCat(message, " (agenda items at each)"));
    }
  }
  out.coverage = std::move(coverage.coverage);
  return out;
}

std::string FormatForwardPlanCheck(const ForwardPlanCheckResult& check) {
  std::string out;
  absl::StrAppend(&out, "Forward plan", check.title.empty() ? "" : absl::StrCat(": ", check.title), "\n");
  absl::StrAppend(&out, "Year ", Day(check.start), " to ", Day(check.end), "; at most ",
                  check.max_thematic_per_sitting, " thematic items a sitting",
                  check.spread_over_halves ? absl::StrCat("; each pillar's thematic items in both halves (the second from ",
                                                          Day(check.second_half), ")")
                                           : "",
                  "\n");
  if (check.problems == 0) {
    absl::StrAppend(&out, "No problems found");
  } else {
    absl::StrAppend(&out, check.problems, check.problems == 1 ? " problem" : " problems");
  }
  absl::StrAppend(&out, check.notes == 0 ? "" : absl::StrCat(", ", check.notes, check.notes == 1 ? " note" : " notes"),
                  "\n");
  for (FindingSeverity severity : {FindingSeverity::kProblem, FindingSeverity::kNote}) {
    bool any = false;
    for (const ForwardPlanFinding& f : check.findings) {
      if (f.severity != severity) continue;
      if (!any) absl::StrAppend(&out, "\n", severity == FindingSeverity::kProblem ? "Problems" : "Notes", "\n");
      any = true;
      absl::StrAppendFormat(&out, "  %-24s  %-22s  %s\n", std::string(Name(f.kind)), f.path, f.message);
    }
  }
  if (!check.pillars.empty()) {
    absl::StrAppend(&out, "\nPillars\n");
    absl::StrAppendFormat(&out, "  %-55s  %-30s  %5s  %8s  %s\n", "pillar", "lead", "items", "thematic", "sittings");
    for (const PillarScrutiny& p : check.pillars) {
      std::vector<std::string> dates;
      for (CivilDay d : p.sittings) dates.push_back(Day(d));
      absl::StrAppendFormat(&out, "  %-55s  %-30s  %5d  %8d  %s\n", p.name, p.lead.empty() ? "-" : p.lead, p.items,
                            p.thematic_items, dates.empty() ? "NONE" : absl::StrJoin(dates, ", "));
    }
  }
  if (!check.coverage.empty()) {
    absl::StrAppend(&out, "\nReports on the agenda\n");
    for (const CoverageCheck& c : check.coverage) {
      std::vector<std::string> dates;
      for (CivilDay d : c.sittings) dates.push_back(Day(d));
      absl::StrAppendFormat(&out, "  %-30s  published %s  %-22s  %s\n", c.publication, Day(c.published),
                            dates.empty() ? "-" : absl::StrJoin(dates, ", "),
                            !c.ok ? (dates.empty() ? "ON NO AGENDA" : "TWICE") : dates.empty() ? "after the year" : "ok");
    }
  }
  for (const SittingAgenda& s : check.sittings) {
    absl::StrAppend(&out, "\n", Day(s.date), "  ", s.meeting_name, s.label.empty() ? "" : absl::StrCat(": ", s.label),
                    s.in_cycle ? "" : "  (NOT IN THE CYCLE PLAN)", "\n");
    for (const AgendaItem& item : s.items) {
      std::string extra;
      if (!item.pillars.empty()) absl::StrAppend(&extra, "; pillars ", absl::StrJoin(item.pillars, ", "));
      if (!item.lead.empty()) absl::StrAppend(&extra, "; lead ", item.lead);
      if (!item.kloes.empty()) absl::StrAppend(&extra, "; ", item.kloes.size(), item.kloes.size() == 1 ? " KLOE" : " KLOEs");
      if (item.pre_meeting) {
        absl::StrAppend(&extra, "; pre-meeting ",
                        item.pre_meeting->date ? Day(*item.pre_meeting->date) : std::string("(date to be set)"));
      }
      if (!item.scrutinises.empty()) absl::StrAppend(&extra, "; scrutinises ", item.scrutinises);
      absl::StrAppendFormat(&out, "  %-9s  %s%s%s\n", std::string(Name(item.kind)), item.title, extra,
                            item.illustrative ? "  [illustrative]" : "");
    }
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(AgendaItemKind);
GOVGRAPH_ENUM_VALUES(ForwardPlanFindingKind);
GOVGRAPH_ENUM_VALUES(FindingSeverity);

}  // namespace govgraph
