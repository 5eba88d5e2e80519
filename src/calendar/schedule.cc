// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/calendar/schedule.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "calendar/calendar_text.h"

namespace govgraph {
namespace {

using absl::CivilDay;
using absl::CivilMonth;

CivilDay LastDayOfMonth(CivilMonth m) { return CivilDay(m + 1) - 1; }

CivilDay AddMonthsClamped(CivilDay anchor, long n) {
  const CivilMonth m = CivilMonth(anchor) + n;
  const CivilDay last = LastDayOfMonth(m);
  return CivilDay(m.year(), m.month(), std::min(anchor.day(), last.day()));
}

long MonthIndex(CivilDay d) { return static_cast<long>(d.year()) * 12 + d.month() - 1; }

long FloorDiv(long a, long b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// The n-th (1..5) or last (-1) weekday of a month; empty when there is no fifth.
std::optional<CivilDay> NthWeekdayOfMonth(CivilMonth month, absl::Weekday weekday, int n) {
  if (n < 0) {
    const CivilDay last = LastDayOfMonth(month);
    return absl::GetWeekday(last) == weekday ? last : absl::PrevWeekday(last, weekday);
  }
  const CivilDay first(month);
  const CivilDay d = (absl::GetWeekday(first) == weekday ? first : absl::NextWeekday(first, weekday)) + 7 * (n - 1);
  if (CivilMonth(d) != month) return std::nullopt;
  return d;
}

std::vector<CivilDay> StepDays(CivilDay anchor, long step, CivilDay start, CivilDay end) {
  std::vector<CivilDay> out;
  for (long k = FloorDiv(start - anchor, step); anchor + k * step <= end; ++k) {
    const CivilDay d = anchor + k * step;
    if (d >= start) out.push_back(d);
  }
  return out;
}

std::vector<CivilDay> StepMonths(CivilDay anchor, long months, CivilDay start, CivilDay end) {
  std::vector<CivilDay> out;
  for (long k = FloorDiv(MonthIndex(start) - MonthIndex(anchor), months) - 1;; ++k) {
    const CivilDay d = AddMonthsClamped(anchor, k * months);
    if (d > end) break;
    if (d >= start) out.push_back(d);
  }
  return out;
}

struct Placed {
  CivilDay nominal;
  CivilDay date;
};

class Expander {
 public:
  Expander(const Register& reg, const CyclePlan& plan, Schedule& schedule)
      : reg_(reg), plan_(plan), s_(schedule), cal_(schedule.calendar()) {}

  // The first working day on or after `d` that the rule's weekday filter allows.
  std::optional<CivilDay> Place(CivilDay d, const ScheduleRule* rule) const {
    for (int i = 0; i < 21; ++i, d += 1) {
      if (cal_.IsWorkingDay(d) && (rule == nullptr || rule->AllowsWeekday(absl::GetWeekday(d)))) return d;
    }
    return std::nullopt;
  }

  // Moves nominal dates to working days, keeping those the rule's months allow.
  void PlaceAll(const std::vector<CivilDay>& nominal, const ScheduleRule* rule, CivilDay lo, CivilDay hi,
                std::vector<Placed>& out) const {
    for (CivilDay n : nominal) {
      if (rule != nullptr && !rule->AllowsMonth(n.month())) continue;
      std::optional<CivilDay> d = Place(n, rule);
      if (d && *d >= lo && *d <= hi) out.push_back({n, *d});
    }
  }

  absl::Status GenerateRule(const Meeting& m, const MeetingPlan* mp, const std::string& place,
                            const ScheduleRule* rule, std::optional<double> per_year, CivilDay lo, CivilDay hi,
                            std::vector<Placed>& out, std::string& scrutinises) {
    using G = ScheduleRule::Generator;
    const G g = rule == nullptr ? G::kCadence : rule->generator;
    std::optional<CivilDay> anchor = mp != nullptr ? mp->anchor : std::nullopt;
    if (rule != nullptr && rule->from && !anchor) anchor = rule->from;
    switch (g) {
      case G::kCadence: {
        if (!per_year) return absl::OkStatus();  // reported as unscheduled by the caller
        absl::StatusOr<std::vector<CivilDay>> dates = CadenceDates(*per_year, anchor.value_or(s_.start), lo, hi);
        if (!dates.ok()) {
          return absl::InvalidArgumentError(absl::StrCat(place, ": meeting \"", m.id, "\": ", dates.status().message()));
        }
        PlaceAll(*dates, rule, lo, hi, out);
        return absl::OkStatus();
      }
      case G::kNthWeekday: {
        std::vector<CivilDay> nominal;
        for (CivilMonth month(lo); month <= CivilMonth(hi); ++month) {
          if (std::optional<CivilDay> d = NthWeekdayOfMonth(month, rule->weekdays.front(), rule->ordinal)) {
            if (*d >= lo && *d <= hi) nominal.push_back(*d);
          }
        }
        PlaceAll(nominal, rule, lo, hi, out);
        return absl::OkStatus();
      }
      case G::kEveryWeekday: {
        const absl::Weekday w = rule->weekdays.front();
        const CivilDay first = absl::GetWeekday(lo) == w ? lo : absl::NextWeekday(lo, w);
        PlaceAll(StepDays(first, 7, lo, hi), rule, lo, hi, out);
        return absl::OkStatus();
      }
      case G::kEveryWeeks:
      case G::kEveryMonths: {
        if (!anchor) {
          return absl::InvalidArgumentError(absl::StrCat(
              place, ": rule \"", rule->text, "\" of meeting \"", m.id,
              "\" needs a start: add \"anchor\": \"YYYY-MM-DD\" or a \"from YYYY-MM-DD\" clause"));
        }
        CivilDay a = *anchor;
        if (g == G::kEveryWeeks && !rule->weekdays.empty() && absl::GetWeekday(a) != rule->weekdays.front()) {
          a = absl::NextWeekday(a, rule->weekdays.front());
        }
        PlaceAll(g == G::kEveryWeeks ? StepDays(a, 7L * rule->every, lo, hi) : StepMonths(a, rule->every, lo, hi),
                 rule, lo, hi, out);
        return absl::OkStatus();
      }
      case G::kAfterPublication: {
        const Publication* pub = plan_.FindPublication(rule->publication);
        if (pub == nullptr) {
          return absl::InvalidArgumentError(absl::StrCat(place, ": unknown publication \"", rule->publication,
                                                         "\" in rule \"", rule->text, "\" (meeting \"", m.id, "\")"));
        }
        if (mp == nullptr || mp->scrutinises.empty()) scrutinises = pub->id;
        const int window = rule->window_days > 0 ? rule->window_days : pub->scrutiny_within_days;
        for (const PublicationDate& p : s_.publications) {
          if (p.publication != pub->id) continue;
          if (p.date + window < lo || p.date + 1 > hi) continue;
          std::optional<CivilDay> chosen;
          for (CivilDay d = p.date + 1; d <= p.date + window && !chosen; d += 1) {
            if (d >= lo && d <= hi && cal_.IsWorkingDay(d) && rule->AllowsMonth(d.month()) &&
                rule->AllowsWeekday(absl::GetWeekday(d))) {
              chosen = d;
            }
          }
          if (chosen) {
            out.push_back({*chosen, *chosen});
          } else {
            s_.notes.push_back(absl::StrCat("meeting \"", m.id, "\": rule \"", rule->text,
                                            "\" finds no suitable working day in the ", window, " days after ",
                                            pub->name, " published ", internal::FormatDay(p.date)));
          }
        }
        return absl::OkStatus();
      }
    }
    return absl::OkStatus();
  }

  absl::Status Meeting(MeetingHandle h, const ScheduleOptions& options) {
    const govgraph::Meeting& m = reg_.meeting(h);
    if (options.exclude_to_be_removed && m.status == MeetingStatus::kToBeRemoved) return absl::OkStatus();
    const MeetingPlan* mp = plan_.ForMeeting(m.id);
    std::string place = "plan meetings";
    for (size_t i = 0; i < plan_.meetings.size(); ++i) {
      if (&plan_.meetings[i] == mp) place = absl::StrCat("plan meetings[", i, "]");
    }
    const double duration = reg_.DurationHours(m);
    size_t added = 0;

    Occurrence base;
    base.meeting = h;
    base.duration_hours = duration;
    if (mp != nullptr) {
      base.start_minutes = mp->start_minutes;
      base.scrutinises = mp->scrutinises;
      base.note = mp->note;
      for (const PlannedSitting& ps : mp->sittings) {
        if (ps.date < s_.start || ps.date > s_.end) continue;
        Occurrence o = base;
        o.date = ps.date;
        o.source = OccurrenceSource::kPlanned;
        if (ps.start_minutes) o.start_minutes = ps.start_minutes;
        if (!ps.scrutinises.empty()) o.scrutinises = ps.scrutinises;
        if (!ps.note.empty()) o.note = ps.note;
        o.label = ps.label;
        o.step = ps.step;
        s_.occurrences.push_back(std::move(o));
        ++added;
      }
    }
    const ScheduleRule* rule = mp != nullptr && mp->rule ? &*mp->rule : nullptr;
    const bool generate = rule != nullptr || mp == nullptr || mp->sittings.empty();
    if (!generate) return absl::OkStatus();

    CivilDay lo = s_.start;
    CivilDay hi = s_.end;
    if (rule != nullptr && rule->from) lo = std::max(lo, *rule->from);
    if (rule != nullptr && rule->until) hi = std::min(hi, *rule->until);
    const bool needs_cadence = rule == nullptr || rule->generator == ScheduleRule::Generator::kCadence;

    // One series, or one per area for a meeting held in each of its areas.
    std::vector<AreaHandle> series;
    if (m.per_area && !m.areas.empty() && needs_cadence) {
      for (const Ref<Area>& a : m.areas) series.push_back(a.handle);
    } else {
      series.push_back(AreaHandle());
    }
    for (AreaHandle area : series) {
      std::optional<double> per_year = area.valid() ? m.cadence.PerYearIn(area) : m.cadence.per_year();
      if (needs_cadence && (!per_year || *per_year <= 0)) {
        if (added == 0) {
          s_.unscheduled.push_back({h, per_year ? std::string("no sittings a year")
                                                : absl::StrCat("cadence ", m.cadence.Describe(),
                                                               "; give dates or a rule in a cycle plan")});
        }
        return absl::OkStatus();
      }
      std::vector<Placed> placed;
      std::string scrutinises = base.scrutinises;
      if (absl::Status st = GenerateRule(m, mp, place, rule, per_year, lo, hi, placed, scrutinises); !st.ok()) {
        return st;
      }
      for (const Placed& p : placed) {
        Occurrence o = base;
        o.date = p.date;
        o.area = area;
        o.scrutinises = scrutinises;
        o.source = needs_cadence ? OccurrenceSource::kCadence : OccurrenceSource::kRule;
        o.estimated = needs_cadence && (mp == nullptr || !mp->anchor) && (rule == nullptr || !rule->from);
        if (p.nominal != p.date) o.moved_from = p.nominal;
        s_.occurrences.push_back(std::move(o));
      }
    }
    return absl::OkStatus();
  }

 private:
  const Register& reg_;
  const CyclePlan& plan_;
  Schedule& s_;
  HolidayCalendar cal_;
};

}  // namespace

absl::StatusOr<std::vector<CivilDay>> CadenceDates(double per_year, CivilDay anchor, CivilDay start, CivilDay end) {
  if (!std::isfinite(per_year) || per_year <= 0) {
    return absl::InvalidArgumentError(absl::StrCat("cannot step a cadence of ", per_year, " sittings a year"));
  }
  const double months = 12.0 / per_year;
  if (months >= 1 && std::fabs(months - std::round(months)) < 1e-6) {
    return StepMonths(anchor, std::lround(months), start, end);
  }
  const double weeks = 52.0 / per_year;
  if (per_year > 12 || std::fabs(weeks - std::round(weeks)) < 1e-6) {
    return StepDays(anchor, 7 * std::max(1L, std::lround(weeks)), start, end);
  }
  return StepDays(anchor, std::max(1L, std::lround(365.25 / per_year)), start, end);
}

std::vector<PublicationDate> PublicationDates(const Publication& pub, const HolidayCalendar& calendar, CivilDay start,
                                              CivilDay end) {
  std::vector<PublicationDate> out;
  if (!pub.dates.empty()) {
    for (CivilDay d : pub.dates) {
      if (d >= start && d <= end) out.push_back({pub.id, std::nullopt, d});
    }
    return out;
  }
  const int n = pub.periods_per_year > 0 && 12 % pub.periods_per_year == 0 ? pub.periods_per_year : 4;
  const int step = 12 / n;
  for (CivilMonth month(start.year() - 2, 1); month <= CivilMonth(end); ++month) {
    if (((month.month() - pub.year_end_month) % step + step) % step != 0) continue;
    const CivilDay period_end = LastDayOfMonth(month);
    const CivilDay date = calendar.OnOrAfter(period_end + pub.lag_days);
    if (date >= start && date <= end) out.push_back({pub.id, period_end, date});
  }
  return out;
}

namespace {

// The years asked for, the plan's and the period's, within the calendar's
// (kMinCalendarYear to kMaxCalendarYear).
absl::Status CheckYears(const CyclePlan& plan, const ScheduleOptions& options) {
  if (options.year) {
    if (absl::Status s = ValidateCalendarYear(*options.year, "year"); !s.ok()) return s;
  }
  if (plan.year) {
    if (absl::Status s = ValidateCalendarYear(*plan.year, "plan.year"); !s.ok()) return s;
  }
  for (size_t i = 0; i < plan.statutory.size(); ++i) {
    if (!plan.statutory[i].year) continue;
    const std::string name = absl::StrCat("plan.statutory[", i, "].year");
    if (absl::Status s = ValidateCalendarYear(*plan.statutory[i].year, name); !s.ok()) return s;
  }
  for (const auto& [day, name] : {std::pair{options.start, "start"}, std::pair{options.end, "end"}}) {
    if (day && (day->year() < kMinCalendarYear || day->year() > kMaxCalendarYear)) {
      return absl::InvalidArgumentError(absl::StrCat(name, ": must be a date from ", kMinCalendarYear, " to ",
                                                     kMaxCalendarYear, ", got ", internal::FormatDay(*day)));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Schedule> ExpandSchedule(const Register& reg, const CyclePlan& plan, const ScheduleOptions& options) {
  Schedule s;
  if (absl::Status st = CheckYears(plan, options); !st.ok()) return st;
  std::optional<int> year = options.year ? options.year : plan.year;
  if (options.start) {
    s.start = *options.start;
  } else if (year) {
    s.start = CivilDay(*year, 1, 1);
  } else {
    return absl::InvalidArgumentError("no period to schedule: give a year or a start and end (the plan has no year)");
  }
  if (options.end) {
    s.end = *options.end;
  } else if (options.start) {
    s.end = AddMonthsClamped(s.start, 12) - 1;  // a year
  } else {
    s.end = CivilDay(*year, 12, 31);
  }
  if (s.end < s.start) {
    return absl::InvalidArgumentError(absl::StrCat("the period ends (", internal::FormatDay(s.end),
                                                   ") before it starts (", internal::FormatDay(s.start), ")"));
  }
  s.region = options.region ? *options.region : plan.region.value_or(BankHolidayRegion::kEnglandAndWales);
  s.extra_holidays = plan.extra_holidays;
  s.extra_holidays.insert(s.extra_holidays.end(), options.extra_holidays.begin(), options.extra_holidays.end());

  for (size_t i = 0; i < plan.meetings.size(); ++i) {
    if (!reg.FindMeeting(plan.meetings[i].meeting)) {
      return absl::InvalidArgumentError(
          absl::StrCat("plan meetings[", i, "].meeting: unknown meeting \"", plan.meetings[i].meeting, "\""));
    }
  }
  for (size_t i = 0; i < plan.statutory.size(); ++i) {
    if (!reg.FindMeeting(plan.statutory[i].meeting)) {
      return absl::InvalidArgumentError(
          absl::StrCat("plan statutory[", i, "].meeting: unknown meeting \"", plan.statutory[i].meeting, "\""));
    }
    if (!plan.Timetable(plan.statutory[i].timetable)) {
      return absl::InvalidArgumentError(
          absl::StrCat("plan statutory[", i, "].timetable: unknown timetable \"", plan.statutory[i].timetable, "\""));
    }
  }

  const HolidayCalendar cal = s.calendar();
  for (const Publication& pub : plan.publications) {
    std::vector<PublicationDate> dates = PublicationDates(pub, cal, s.start - 400, s.end);
    s.publications.insert(s.publications.end(), dates.begin(), dates.end());
  }
  std::stable_sort(s.publications.begin(), s.publications.end(),
                   [](const PublicationDate& a, const PublicationDate& b) { return a.date < b.date; });

  Expander expander(reg, plan, s);
  for (uint32_t i = 0; i < reg.meetings().size(); ++i) {
    if (absl::Status st = expander.Meeting(MeetingHandle(i), options); !st.ok()) return st;
  }
  std::stable_sort(s.occurrences.begin(), s.occurrences.end(), [](const Occurrence& a, const Occurrence& b) {
    return std::make_tuple(a.date, a.start_minutes.value_or(-1), a.meeting.index(), a.area.index()) <
           std::make_tuple(b.date, b.start_minutes.value_or(-1), b.meeting.index(), b.area.index());
  });

  // Over a whole year, compare the sittings with the register's cadence.
  const long days = s.end - s.start + 1;
  if (days == 365 || days == 366) {
    for (const MeetingPlan& mp : plan.meetings) {
      const MeetingHandle h = *reg.FindMeeting(mp.meeting);
      std::optional<double> expected = reg.SittingsPerYear(reg.meeting(h));
      if (!expected) continue;
      const long n = std::count_if(s.occurrences.begin(), s.occurrences.end(),
                                   [h](const Occurrence& o) { return o.meeting == h; });
      const SittingCount count{.meeting = h, .sittings = static_cast<int>(n), .implied = *expected};
      s.sitting_counts.push_back(count);
      if (std::fabs(static_cast<double>(n) - *expected) >= 1) s.notes.push_back(SittingCountNote(reg, count));
    }
  }
  return s;
}

std::string SittingCountNote(const Register& reg, const SittingCount& count) {
  const Meeting& m = reg.meeting(count.meeting);
  return absl::StrCat("meeting \"", m.id, "\": ", count.sittings, " sittings in the period; the register's cadence (",
                      m.cadence.Describe(), ") implies ", count.implied);
}

absl::Status CheckScheduleFits(const Register& reg, const Schedule& schedule) {
  const auto fits = [&reg](MeetingHandle m, AreaHandle a) {
    return m.index() < reg.meetings().size() && (!a.valid() || a.index() < reg.areas().size());
  };
  for (const Occurrence& o : schedule.occurrences) {
    if (!fits(o.meeting, o.area)) return absl::InvalidArgumentError("the schedule was not made from this register");
  }
  for (const UnscheduledMeeting& u : schedule.unscheduled) {
    if (!fits(u.meeting, AreaHandle())) {
      return absl::InvalidArgumentError("the schedule was not made from this register");
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<Schedule> ExpandSchedule(const Register& reg, const ScheduleOptions& options) {
  return ExpandSchedule(reg, CyclePlan{}, options);
}

}  // namespace govgraph
