// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/calendar/cycle_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "calendar/calendar_text.h"
#include "calendar/report_coverage.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using absl::CivilDay;

constexpr const char* kWeekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};
constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

// "Thursday 8 February 2018".
std::string LongDate(CivilDay d) {
  return absl::StrCat(kWeekdayNames[static_cast<int>(absl::GetWeekday(d))], " ", d.day(), " ",
                      kMonthNames[d.month() - 1], " ", d.year());
}

std::string Hours(double h) {
  if (h == static_cast<long>(h)) return absl::StrFormat("%.0f", h);
  return absl::StrFormat("%.1f", h);
}

struct Parties {
  std::set<OrganisationHandle> organisations;
  std::set<RoleHandle> roles;
};

void AddParty(const Register& reg, const Party& party, Parties& out) {
  if (party.empty()) return;
  if (std::optional<OrganisationHandle> o = reg.OrganisationOf(party)) out.organisations.insert(*o);
  if (std::optional<RoleHandle> r = reg.Resolve(party.role)) {
    out.roles.insert(*r);
  } else if (std::optional<PersonHandle> p = reg.Resolve(party.person)) {
    for (const Ref<Role>& role : reg.person(*p).roles) {
      if (std::optional<RoleHandle> rh = reg.Resolve(role)) out.roles.insert(*rh);
    }
  }
}

std::vector<Parties> MeetingParties(const Register& reg) {
  std::vector<Parties> out(reg.meetings().size());
  for (size_t i = 0; i < out.size(); ++i) {
    const Meeting& m = reg.meetings()[i];
    for (const Participant& p : m.participants) AddParty(reg, p.party, out[i]);
    AddParty(reg, m.chair, out[i]);
  }
  return out;
}

template <class T>
std::vector<T> Shared(const std::set<T>& a, const std::set<T>& b) {
  std::vector<T> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

void CheckStatutory(const Register& reg, const CyclePlan& plan, const Schedule& s, CycleCheckResult& out) {
  for (const StatutoryAssignment& a : plan.statutory) {
    std::optional<StatutoryTimetable> t = plan.Timetable(a.timetable);
    std::optional<MeetingHandle> h = reg.FindMeeting(a.meeting);
    if (!t || !h || t->steps.empty()) continue;
    const Meeting& m = reg.meeting(*h);
    int year = a.year.value_or(static_cast<int>(s.start.year()));
    if (!a.year) {
      const StatutoryStep& first = t->steps.front();
      for (int y = static_cast<int>(s.start.year()); y <= s.end.year(); ++y) {
        const CivilDay d(y, first.deadline_month, first.deadline_day);
        if (d >= s.start && d <= s.end) {
          year = y;
          break;
        }
      }
    }
    const CivilDay opens(year, t->opens_month, t->opens_day);
    std::map<std::string, CivilDay> done;      // dated or planned steps
    std::map<std::string, CivilDay> earliest;  // earliest each step may happen
    for (const StatutoryStep& step : t->steps) {
      StatutoryCheck c;
      c.timetable = t->id;
      c.step = step.id;
      c.description = step.description;
      c.meeting = *h;
      c.meeting_step = step.meeting;
      c.contingent = step.contingent;
      c.deadline = CivilDay(year, step.deadline_month, step.deadline_day);
      CivilDay from = opens;
      if (!step.after.empty()) {
        if (auto it = done.find(step.after); it != done.end()) {
          from = it->second;
        } else if (auto e = earliest.find(step.after); e != earliest.end()) {
          from = e->second;
        }
      }
      earliest[step.id] = from;
      c.earliest = from;
      const std::string tag = absl::StrCat(t->id, ":", step.id);
      const std::string after_text =
          step.after.empty() ? absl::StrCat("the window opens on ", LongDate(from))
          : done.count(step.after) ? absl::StrCat("it must follow \"", step.after, "\" on ", LongDate(from))
                                   : absl::StrCat("the window opens on ", LongDate(from));
      if (step.meeting) {
        std::optional<CivilDay> planned;
        for (const Occurrence& o : s.occurrences) {
          if (o.meeting == *h && o.step == tag && (!planned || o.date < *planned)) planned = o.date;
        }
        c.planned = planned;
        if (!planned) {
          const std::string text =
              absl::StrCat("\"", m.name, "\": no sitting is planned for ", tag, " (", step.description, ", between ",
                           LongDate(from), " and ", LongDate(c.deadline), ")");
          if (step.contingent) {
            c.ok = true;
            out.notes.push_back(absl::StrCat(text, "; needed only in some years, so keep a reserve date"));
          } else {
            out.problems.push_back({CycleFindingKind::kStatutoryWindow, *h, std::nullopt, tag, text});
          }
        } else if (*planned > c.deadline) {
          out.problems.push_back({CycleFindingKind::kStatutoryWindow, *h, planned, tag,
                                  absl::StrCat("\"", m.name, "\" sitting on ", LongDate(*planned), " misses the ",
                                               t->name, " window: ", step.description, " by ", LongDate(c.deadline),
                                               " (", tag, ")")});
        } else if (*planned < from) {
          out.problems.push_back({CycleFindingKind::kStatutoryWindow, *h, planned, tag,
                                  absl::StrCat("\"", m.name, "\" sitting on ", LongDate(*planned), " is too early for ",
                                               tag, " (", step.description, "): ", after_text)});
        } else {
          c.ok = true;
        }
        if (planned) done[step.id] = *planned;
      } else {
        auto it = a.step_dates.find(step.id);
        if (it == a.step_dates.end()) {
          c.ok = true;  // done outside the panel and not dated: nothing to check
        } else {
          c.planned = it->second;
          done[step.id] = it->second;
          if (it->second > c.deadline) {
            out.problems.push_back({CycleFindingKind::kStatutoryWindow, *h, it->second, tag,
                                    absl::StrCat("the plan dates ", tag, " (", step.description, ") on ",
                                                 LongDate(it->second), ", after its deadline ", LongDate(c.deadline))});
          } else if (it->second < from) {
            out.problems.push_back({CycleFindingKind::kStatutoryWindow, *h, it->second, tag,
                                    absl::StrCat("the plan dates ", tag, " (", step.description, ") on ",
                                                 LongDate(it->second), ", too early: ", after_text)});
          } else {
            c.ok = true;
          }
        }
      }
      out.statutory.push_back(std::move(c));
    }
  }
}

// Days after publication a sitting may scrutinise the report: the meeting's
// plan entry's window, else the publication's.
int ScrutinyWindow(const MeetingPlan* mp, const Publication& pub) {
  return mp != nullptr && mp->scrutiny_within_days ? *mp->scrutiny_within_days : pub.scrutiny_within_days;
}

void CheckAlignment(const Register& reg, const CyclePlan& plan, const Schedule& s, CycleCheckResult& out) {
  for (const Occurrence& o : s.occurrences) {
    if (o.scrutinises.empty()) continue;
    const Publication* pub = plan.FindPublication(o.scrutinises);
    if (pub == nullptr) continue;
    const Meeting& m = reg.meeting(o.meeting);
    const MeetingPlan* mp = plan.ForMeeting(m.id);
    AlignmentCheck c;
    c.meeting = o.meeting;
    c.date = o.date;
    c.publication = pub->id;
    c.within_days = ScrutinyWindow(mp, *pub);
    for (const PublicationDate& p : s.publications) {
      if (p.publication != pub->id) continue;
      if (p.date < o.date) c.published = p.date;
      if (p.date >= o.date && !c.next_published) c.next_published = p.date;
    }
    c.ok = c.published && (o.date - *c.published) <= c.within_days;
    if (!c.ok) {
      std::string why;
      if (!c.published) {
        why = absl::StrCat("comes before any ", pub->name, " is published");
      } else {
        why = absl::StrCat("falls ", o.date - *c.published, " days after the latest ", pub->name, " (published ",
                           internal::FormatDay(*c.published), "), outside the ", c.within_days, "-day window");
      }
      if (c.next_published) {
        absl::StrAppend(&why, "; the next is published ", internal::FormatDay(*c.next_published),
                        *c.next_published == o.date ? ", the same day"
                                                    : absl::StrCat(", ", *c.next_published - o.date, " days later"));
      }
      out.problems.push_back({CycleFindingKind::kMisaligned, o.meeting, o.date, pub->id,
                              absl::StrCat("\"", m.name, "\" sitting on ", LongDate(o.date), " scrutinises the ",
                                           pub->name, " but ", why)});
    }
    out.alignment.push_back(std::move(c));
  }
}

}  // namespace

namespace internal {

// Each report a meeting scrutinises is scrutinised by exactly one of its
// sittings within the window: checked from the reports' side, so that a
// sitting moved past the next report (which the alignment check accepts, as
// it scrutinises that one) cannot leave a report unscrutinised unseen.
void CheckReportCoverage(const Register& reg, const CyclePlan& plan, const Schedule& s,
                         const std::vector<Occurrence>& sittings, CycleCheckResult& out) {
  // The meetings that scrutinise each publication, with their windows.
  std::map<std::pair<std::string, MeetingHandle>, int> windows;
  for (const std::vector<Occurrence>* list : {&s.occurrences, &sittings}) {
    for (const Occurrence& o : *list) {
      const Publication* pub = o.scrutinises.empty() ? nullptr : plan.FindPublication(o.scrutinises);
      if (pub == nullptr) continue;
      windows.emplace(std::make_pair(pub->id, o.meeting),
                      ScrutinyWindow(plan.ForMeeting(reg.meeting(o.meeting).id), *pub));
    }
  }
  for (const auto& [key, within] : windows) {
    const auto& [publication, meeting] = key;
    const Publication& pub = *plan.FindPublication(publication);
    const Meeting& m = reg.meeting(meeting);
    std::vector<CivilDay> dates;
    for (const PublicationDate& p : s.publications) {
      if (p.publication == publication) dates.push_back(p.date);
    }
    for (size_t i = 0; i < dates.size(); ++i) {
      const CivilDay published = dates[i];
      if (published < s.start || published > s.end) continue;
      // A sitting scrutinises the latest report published before it.
      const CivilDay next = i + 1 < dates.size() ? dates[i + 1] : s.end + 1;
      CoverageCheck c{.meeting = meeting, .publication = publication, .published = published,
                      .within_days = within};
      for (const Occurrence& o : sittings) {
        if (o.meeting == meeting && o.scrutinises == publication && o.date > published && o.date <= next &&
            o.date - published <= within) {
          c.sittings.push_back(o.date);
        }
      }
      const bool window_ends_in_year = published + within <= s.end;
      c.ok = c.sittings.size() == 1 || (c.sittings.empty() && !window_ends_in_year);
      if (c.sittings.empty() && !window_ends_in_year) {
        out.notes.push_back(absl::StrCat("the ", pub.name, " published ", internal::FormatDay(published),
                                         " is due for scrutiny by \"", m.name, "\" after the period checked"));
      } else if (c.sittings.empty()) {
        out.problems.push_back(
            {CycleFindingKind::kUnscrutinised, meeting, published, publication,
             absl::StrCat("the ", pub.name, " published on ", LongDate(published), " is scrutinised by no sitting of \"",
                          m.name, "\" within ", within, " days (by ", LongDate(published + within), ")")});
      } else if (c.sittings.size() > 1) {
        out.problems.push_back(
            {CycleFindingKind::kScrutinisedTwice, meeting, published, publication,
             absl::StrCat("the ", pub.name, " published on ", LongDate(published), " is scrutinised by ",
                          c.sittings.size(), " sittings of \"", m.name, "\" (",
                          absl::StrJoin(c.sittings, ", ",
                                        [](std::string* text, CivilDay d) { text->append(internal::FormatDay(d)); }),
                          "); each report once")});
      }
      out.coverage.push_back(std::move(c));
    }
  }
}

}  // namespace internal

namespace internal {
template <>
struct EnumNames<CycleFindingKind> {
  static constexpr std::string_view kWhat = "cycle finding kind";
  static constexpr std::pair<CycleFindingKind, std::string_view> kTable[] = {
      {CycleFindingKind::kClash, "clash"},
      {CycleFindingKind::kStatutoryWindow, "statutory_window"},
      {CycleFindingKind::kMisaligned, "misaligned"},
      {CycleFindingKind::kNonWorkingDay, "non_working_day"},
      {CycleFindingKind::kUnscrutinised, "unscrutinised"},
      {CycleFindingKind::kScrutinisedTwice, "scrutinised_twice"},
      {CycleFindingKind::kTooFewSittings, "too_few_sittings"},
  };
};
}  // namespace internal

std::string_view Name(CycleFindingKind kind) { return internal::NameOf(kind, "clash"); }

absl::Status ValidateCycleCheckOptions(const CycleCheckOptions& options) {
  if (options.busiest_weeks_per_role < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("busiest_weeks_per_role: must be 0 or more, got ", options.busiest_weeks_per_role));
  }
  return absl::OkStatus();
}

absl::StatusOr<CycleCheckResult> CheckCycle(const Register& reg, const CyclePlan& plan, const Schedule& schedule,
                                      const CycleCheckOptions& options) {
  if (absl::Status s = ValidateCycleCheckOptions(options); !s.ok()) return s;
  if (absl::Status s = CheckScheduleFits(reg, schedule); !s.ok()) return s;
  CycleCheckResult out;
  CheckStatutory(reg, plan, schedule, out);
  CheckAlignment(reg, plan, schedule, out);
  internal::CheckReportCoverage(reg, plan, schedule, schedule.occurrences, out);

  // Clashes: same day, shared organisation or role.
  const std::vector<Parties> parties = MeetingParties(reg);
  const std::vector<Occurrence>& occ = schedule.occurrences;
  std::set<std::tuple<CivilDay, uint32_t, uint32_t>> seen;
  size_t estimated_pairs = 0;
  for (size_t i = 0; i < occ.size(); ++i) {
    for (size_t j = i + 1; j < occ.size() && occ[j].date == occ[i].date; ++j) {
      if (occ[i].meeting == occ[j].meeting) continue;
      if (occ[i].estimated || occ[j].estimated) {
        ++estimated_pairs;
        continue;
      }
      const uint32_t a = std::min(occ[i].meeting.index(), occ[j].meeting.index());
      const uint32_t b = std::max(occ[i].meeting.index(), occ[j].meeting.index());
      if (!seen.insert({occ[i].date, a, b}).second) continue;
      Clash c;
      c.date = occ[i].date;
      c.first = MeetingHandle(a);
      c.second = MeetingHandle(b);
      c.organisations = Shared(parties[a].organisations, parties[b].organisations);
      c.roles = Shared(parties[a].roles, parties[b].roles);
      if (c.organisations.empty() && c.roles.empty()) continue;
      std::vector<std::string> shared;
      for (RoleHandle r : c.roles) shared.push_back(absl::StrCat("role \"", reg.role(r).name, "\""));
      for (OrganisationHandle o : c.organisations) {
        shared.push_back(absl::StrCat("organisation \"", reg.organisation(o).name, "\""));
      }
      out.problems.push_back({CycleFindingKind::kClash, c.first, c.date, reg.meeting(c.second).id,
                              absl::StrCat("clash on ", LongDate(c.date), ": \"", reg.meeting(c.first).name,
                                           "\" and \"", reg.meeting(c.second).name, "\" share ",
                                           absl::StrJoin(shared, ", "))});
      out.clashes.push_back(std::move(c));
    }
  }

  // Planned sittings on non-working days.
  const HolidayCalendar cal = schedule.calendar();
  for (const Occurrence& o : occ) {
    if (o.source != OccurrenceSource::kPlanned || cal.IsWorkingDay(o.date)) continue;
    out.problems.push_back({CycleFindingKind::kNonWorkingDay, o.meeting, o.date, "",
                            absl::StrCat("\"", reg.meeting(o.meeting).name, "\" is planned on ", LongDate(o.date),
                                         ", not a working day (", cal.WhyNotWorking(o.date), ")")});
  }

  // Load per role: by month and by week.
  std::map<std::tuple<uint32_t, int, int>, RoleMonthLoad> months;
  std::map<std::pair<uint32_t, CivilDay>, RoleWeekLoad> weeks;
  for (const Occurrence& o : occ) {
    const CivilDay monday =
        absl::GetWeekday(o.date) == absl::Weekday::monday ? o.date : absl::PrevWeekday(o.date, absl::Weekday::monday);
    for (RoleHandle r : parties[o.meeting.index()].roles) {
      RoleMonthLoad& ml = months[{r.index(), static_cast<int>(o.date.year()), o.date.month()}];
      ml.role = r;
      ml.year = static_cast<int>(o.date.year());
      ml.month = o.date.month();
      ml.sittings += 1;
      ml.hours += o.duration_hours;
      RoleWeekLoad& wl = weeks[{r.index(), monday}];
      wl.role = r;
      wl.week_start = monday;
      wl.sittings += 1;
      wl.hours += o.duration_hours;
    }
  }
  for (auto& [key, v] : months) out.load.push_back(v);
  std::map<uint32_t, std::vector<RoleWeekLoad>> by_role;
  for (auto& [key, v] : weeks) by_role[key.first].push_back(v);
  for (auto& [role, list] : by_role) {
    std::stable_sort(list.begin(), list.end(), [](const RoleWeekLoad& x, const RoleWeekLoad& y) {
      return std::make_tuple(-x.hours, -x.sittings, x.week_start) < std::make_tuple(-y.hours, -y.sittings, y.week_start);
    });
    if (list.size() > static_cast<size_t>(std::max(0, options.busiest_weeks_per_role))) {
      list.resize(std::max(0, options.busiest_weeks_per_role));
    }
    out.busiest_weeks.insert(out.busiest_weeks.end(), list.begin(), list.end());
  }

  if (estimated_pairs > 0) {
    out.notes.push_back(absl::StrCat(estimated_pairs, " same-day pairs involve estimated dates (a cadence with no ",
                                     "anchor, rule or planned dates) and are not checked for clashes; plan those ",
                                     "meetings' dates to check them"));
  }
  // Fewer sittings in the year than the cadence implies is a problem (the
  // schedule's note for it is not repeated); more is a note. A meeting of ten
  // or more sittings a year may miss one (monthly but for August).
  std::set<std::string> reported;
  for (const SittingCount& c : schedule.sitting_counts) {
    const double allowed = c.implied >= 10 ? 1 : 0;
    if (c.implied - c.sittings < allowed + 1) continue;
    const Meeting& m = reg.meeting(c.meeting);
    out.problems.push_back({CycleFindingKind::kTooFewSittings, c.meeting, std::nullopt, m.id,
                            absl::StrCat("\"", m.name, "\" has ", c.sittings, c.sittings == 1 ? " sitting" : " sittings",
                                         " in the year, but its cadence (", m.cadence.Describe(), ") implies ",
                                         c.implied, ": the plan lacks a sitting")});
    reported.insert(SittingCountNote(reg, c));
  }
  for (const std::string& note : schedule.notes) {
    if (!reported.contains(note)) out.notes.push_back(note);
  }
  for (const UnscheduledMeeting& u : schedule.unscheduled) {
    out.notes.push_back(absl::StrCat("\"", reg.meeting(u.meeting).name, "\" is not scheduled: ", u.reason));
  }
  return out;
}

std::string FormatCycleCheck(const Register& reg, const CycleCheckResult& check) {
  std::string out;
  if (check.ok()) {
    absl::StrAppend(&out, "Meeting cycle: no problems found\n");
  } else {
    absl::StrAppend(&out, "Meeting cycle: ", check.problems.size(),
                    check.problems.size() == 1 ? " problem\n" : " problems\n");
    for (const CycleFinding& f : check.problems) {
      absl::StrAppendFormat(&out, "  %-17s  %-10s  %s\n", std::string(Name(f.kind)), f.date ? internal::FormatDay(*f.date) : "",
                            f.message);
    }
  }
  if (!check.statutory.empty()) {
    absl::StrAppend(&out, "\nStatutory timetable\n");
    absl::StrAppendFormat(&out, "  %-18s  %-10s  %-10s  %-7s  %s\n", "step", "due by", "planned", "", "what");
    for (const StatutoryCheck& c : check.statutory) {
      absl::StrAppendFormat(&out, "  %-18s  %-10s  %-10s  %-7s  %s%s\n", absl::StrCat(c.timetable, ":", c.step),
                            internal::FormatDay(c.deadline), c.planned ? internal::FormatDay(*c.planned) : "-",
                            !c.ok ? "MISSED" : c.planned ? "ok" : "-", c.description,
                            c.contingent ? " (if vetoed)" : "");
    }
  }
  if (!check.alignment.empty()) {
    absl::StrAppend(&out, "\nScrutiny after publication\n");
    for (const AlignmentCheck& a : check.alignment) {
      absl::StrAppendFormat(&out, "  %-10s  %-40s  %-20s  %s\n", internal::FormatDay(a.date),
                            reg.meeting(a.meeting).name, a.publication,
                            a.published ? absl::StrCat(a.date - *a.published, " days after ",
                                                       internal::FormatDay(*a.published), a.ok ? "  ok" : "  MISALIGNED")
                                        : std::string("before any publication  MISALIGNED"));
    }
  }
  const bool busy = std::any_of(check.busiest_weeks.begin(), check.busiest_weeks.end(),
                                [](const RoleWeekLoad& w) { return w.sittings >= 2; });
  if (busy) {
    absl::StrAppend(&out, "\nBusiest weeks by role (two or more sittings)\n");
    for (const RoleWeekLoad& w : check.busiest_weeks) {
      if (w.sittings < 2) continue;
      absl::StrAppendFormat(&out, "  %-40s  week of %s  %d sittings, %s hours\n", reg.role(w.role).name,
                            internal::FormatDay(w.week_start), w.sittings, Hours(w.hours));
    }
  }
  if (!check.notes.empty()) {
    absl::StrAppend(&out, "\nNotes\n");
    for (const std::string& n : check.notes) absl::StrAppend(&out, "  - ", n, "\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(CycleFindingKind);

}  // namespace govgraph
