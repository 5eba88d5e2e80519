// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// cycle_plan.cc: a cycle plan read from its JSON, every problem named by
// its path; the rules it holds are read by schedule_rule.cc.
#include "govgraph/calendar/cycle_plan.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "calendar/calendar_text.h"
#include "govgraph/register_builder.h"
#include "internal/files.h"
#include "internal/json_fields.h"
#include "internal/json_text.h"

namespace govgraph {
namespace {

using absl::CivilDay;

using Json = nlohmann::json;

// The plan's own fields on the shared field reader: an unknown field and a
// missing one are said at the object that has (or lacks) them.
class PlanReader : public internal::JsonFieldReader {
 public:
  bool Object(const Json& v, const std::string& path, std::initializer_list<const char*> allowed) {
    if (!IsObject(v, path)) return false;
    for (const std::string& key : UnknownKeys(v, allowed)) Fail(path, absl::StrCat("unknown field \"", key, "\""));
    return true;
  }

  std::optional<std::string> String(const Json& obj, const std::string& path, const char* key, bool required = false) {
    if (required && !obj.contains(key)) {
      Fail(path, absl::StrCat("missing \"", key, "\""));
      return std::nullopt;
    }
    return JsonFieldReader::String(obj, path, key);
  }

  std::optional<CivilDay> Day(const Json& v, const std::string& path) {
    if (!v.is_string()) {
      Fail(path, absl::StrCat("expected a date as YYYY-MM-DD, found ", v.type_name()));
      return std::nullopt;
    }
    const std::string text = v.get<std::string>();
    std::optional<CivilDay> d = internal::ParseIsoDay(text);
    if (!d) Fail(path, absl::StrCat("expected a date as YYYY-MM-DD, found \"", text, "\""));
    return d;
  }

  std::optional<CivilDay> DayField(const Json& obj, const std::string& path, const char* key, bool required = false) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) Fail(path, absl::StrCat("missing \"", key, "\""));
      return std::nullopt;
    }
    return Day(*it, Child(path, key));
  }

  std::optional<int> Time(const Json& obj, const std::string& path, const char* key) {
    std::optional<std::string> s = String(obj, path, key);
    if (!s) return std::nullopt;
    absl::StatusOr<int> t = ParseTimeOfDay(*s);
    if (!t.ok()) {
      Fail(Child(path, key), std::string(t.status().message()));
      return std::nullopt;
    }
    return *t;
  }

  // "MM-DD".
  std::optional<std::pair<int, int>> MonthDay(const Json& obj, const std::string& path, const char* key,
                                              bool required) {
    std::optional<std::string> s = String(obj, path, key, required);
    if (!s) return std::nullopt;
    int m = 0, d = 0;
    std::vector<std::string> parts = absl::StrSplit(*s, '-');
    if (parts.size() != 2 || parts[0].size() != 2 || parts[1].size() != 2 || !absl::SimpleAtoi(parts[0], &m) ||
        !absl::SimpleAtoi(parts[1], &d) || m < 1 || m > 12 || d < 1 ||
        d > static_cast<int>((CivilDay(absl::CivilMonth(2001, m) + 1) - 1).day())) {
      Fail(Child(path, key), absl::StrCat("expected a day of the year as MM-DD, found \"", *s, "\""));
      return std::nullopt;
    }
    return std::make_pair(m, d);
  }
};

std::optional<int> PeriodsPerYear(absl::string_view frequency) {
  std::string f = absl::AsciiStrToLower(frequency);
  f = absl::StrReplaceAll(f, {{"-", ""}, {" ", ""}});
  if (f == "monthly") return 12;
  if (f == "bimonthly" || f == "everytwomonths") return 6;
  if (f == "fourmonthly" || f == "termly" || f == "threetimesayear") return 3;
  if (f == "quarterly") return 4;
  if (f == "halfyearly" || f == "sixmonthly" || f == "biannually" || f == "twiceayear") return 2;
  if (f == "annually" || f == "yearly" || f == "annual") return 1;
  return std::nullopt;
}

Publication ReadPublication(PlanReader& r, const Json& v, const std::string& path) {
  Publication p;
  if (!r.Object(v, path, {"id", "name", "aliases", "frequency", "periods_per_year", "year_end_month", "lag_days",
                          "lag_weeks", "dates", "scrutiny_within_days", "note"})) {
    return p;
  }
  p.id = r.String(v, path, "id", true).value_or("");
  p.name = r.String(v, path, "name").value_or(p.id);
  p.aliases = r.Strings(v, path, "aliases");
  if (std::optional<std::string> f = r.String(v, path, "frequency")) {
    if (std::optional<int> n = PeriodsPerYear(*f)) {
      p.periods_per_year = *n;
    } else {
      r.Fail(PlanReader::Child(path, "frequency"),
             absl::StrCat("unknown frequency \"", *f,
                          "\"; expected monthly, bi-monthly, four-monthly, quarterly, half-yearly or annually"));
    }
  }
  if (std::optional<int> n = r.Int(v, path, "periods_per_year", 1, 12)) {
    if (12 % *n != 0) {
      r.Fail(PlanReader::Child(path, "periods_per_year"), "expected 1, 2, 3, 4, 6 or 12");
    } else {
      p.periods_per_year = *n;
    }
  }
  p.year_end_month = r.Int(v, path, "year_end_month", 1, 12).value_or(3);
  p.lag_days = r.Int(v, path, "lag_days", 0, 366).value_or(0) + 7 * r.Int(v, path, "lag_weeks", 0, 52).value_or(0);
  if (const Json* dates = r.Array(v, path, "dates")) {
    for (size_t i = 0; i < dates->size(); ++i) {
      if (std::optional<CivilDay> d = r.Day((*dates)[i], PlanReader::Index(PlanReader::Child(path, "dates"), i))) {
        p.dates.push_back(*d);
      }
    }
    std::sort(p.dates.begin(), p.dates.end());
  }
  p.scrutiny_within_days = r.Int(v, path, "scrutiny_within_days", 0, 366).value_or(28);
  return p;
}

StatutoryTimetable ReadTimetable(PlanReader& r, const Json& v, const std::string& path) {
  StatutoryTimetable t;
  if (!r.Object(v, path, {"id", "name", "basis", "opens", "steps"})) return t;
  t.id = r.String(v, path, "id", true).value_or("");
  t.name = r.String(v, path, "name").value_or(t.id);
  t.basis = r.String(v, path, "basis").value_or("");
  if (auto md = r.MonthDay(v, path, "opens", false)) std::tie(t.opens_month, t.opens_day) = *md;
  const Json* steps = r.Array(v, path, "steps");
  if (steps == nullptr) {
    r.Fail(path, "missing \"steps\"");
    return t;
  }
  for (size_t i = 0; i < steps->size(); ++i) {
    const std::string sp = PlanReader::Index(PlanReader::Child(path, "steps"), i);
    const Json& s = (*steps)[i];
    if (!r.Object(s, sp, {"id", "description", "by", "after", "meeting", "contingent"})) continue;
    StatutoryStep step;
    step.id = r.String(s, sp, "id", true).value_or("");
    step.description = r.String(s, sp, "description").value_or(step.id);
    if (auto md = r.MonthDay(s, sp, "by", true)) std::tie(step.deadline_month, step.deadline_day) = *md;
    step.after = r.String(s, sp, "after").value_or("");
    step.meeting = r.Bool(s, sp, "meeting").value_or(false);
    step.contingent = r.Bool(s, sp, "contingent").value_or(false);
    if (!step.after.empty() && t.Step(step.after) == nullptr) {
      r.Fail(PlanReader::Child(sp, "after"),
             absl::StrCat("unknown step \"", step.after, "\" (steps must follow the step they come after)"));
    }
    t.steps.push_back(std::move(step));
  }
  return t;
}

}  // namespace

const MeetingPlan* CyclePlan::ForMeeting(absl::string_view meeting_id) const {
  for (const MeetingPlan& m : meetings) {
    if (m.meeting == meeting_id) return &m;
  }
  return nullptr;
}

const Publication* CyclePlan::FindPublication(absl::string_view name) const {
  const std::string key = internal::NormalisePublicationName(name);
  if (key.empty()) return nullptr;
  for (const Publication& p : publications) {
    if (internal::NormalisePublicationName(p.id) == key || internal::NormalisePublicationName(p.name) == key) {
      return &p;
    }
    for (const std::string& a : p.aliases) {
      if (internal::NormalisePublicationName(a) == key) return &p;
    }
  }
  return nullptr;
}

std::optional<StatutoryTimetable> CyclePlan::Timetable(absl::string_view id) const {
  for (const StatutoryTimetable& t : timetables) {
    if (t.id == id) return t;
  }
  if (id == "precept") return PreceptTimetable();
  return std::nullopt;
}

absl::StatusOr<CyclePlan> ParseCyclePlanJson(absl::string_view text) {
  absl::StatusOr<Json> document = internal::ParseJsonText(text);
  if (!document.ok()) return document.status();
  const Json& root = *document;
  PlanReader r;
  CyclePlan plan;
  if (!r.Object(root, "", {"cycle_plan_version", "title", "description", "year", "region", "extra_holidays",
                           "publications", "meetings", "statutory", "timetables", "note"})) {
    return ProblemsToStatus(r.problems);
  }
  auto version = root.find("cycle_plan_version");
  if (version == root.end()) {
    r.Fail("", "missing \"cycle_plan_version\" (this library reads version 1)");
  } else if (!version->is_number_integer() || version->get<long long>() != kCyclePlanVersion) {
    r.Fail("cycle_plan_version", absl::StrCat("unsupported version ", version->dump(), "; this library reads 1"));
  }
  plan.title = r.String(root, "", "title").value_or("");
  plan.description = r.String(root, "", "description").value_or("");
  plan.year = r.Int(root, "", "year", kMinCalendarYear, kMaxCalendarYear);
  if (std::optional<std::string> region = r.String(root, "", "region")) {
    absl::StatusOr<BankHolidayRegion> parsed = ParseBankHolidayRegion(*region);
    if (parsed.ok()) {
      plan.region = *parsed;
    } else {
      r.Fail("region", std::string(parsed.status().message()));
    }
  }
  if (const Json* extra = r.Array(root, "", "extra_holidays")) {
    for (size_t i = 0; i < extra->size(); ++i) {
      const std::string path = PlanReader::Index("extra_holidays", i);
      const Json& h = (*extra)[i];
      if (!r.Object(h, path, {"date", "name"})) continue;
      std::optional<CivilDay> d = r.DayField(h, path, "date", true);
      if (d) plan.extra_holidays.push_back({*d, r.String(h, path, "name").value_or("Extra holiday"), false});
    }
  }
  if (const Json* timetables = r.Array(root, "", "timetables")) {
    for (size_t i = 0; i < timetables->size(); ++i) {
      plan.timetables.push_back(ReadTimetable(r, (*timetables)[i], PlanReader::Index("timetables", i)));
    }
  }
  if (const Json* pubs = r.Array(root, "", "publications")) {
    for (size_t i = 0; i < pubs->size(); ++i) {
      const std::string path = PlanReader::Index("publications", i);
      Publication p = ReadPublication(r, (*pubs)[i], path);
      if (!p.id.empty()) {
        for (const Publication& q : plan.publications) {
          if (q.id == p.id) r.Fail(PlanReader::Child(path, "id"), absl::StrCat("duplicate publication \"", p.id, "\""));
        }
      }
      plan.publications.push_back(std::move(p));
    }
  }
  auto publication_id = [&](const std::string& path, const std::string& name) -> std::string {
    const Publication* p = plan.FindPublication(name);
    if (p == nullptr) {
      std::vector<std::string> ids;
      for (const Publication& q : plan.publications) ids.push_back(q.id);
      r.Fail(path, absl::StrCat("unknown publication \"", name, "\"",
                                ids.empty() ? std::string("; the plan lists no publications")
                                            : absl::StrCat("; the plan's publications are ", absl::StrJoin(ids, ", "))));
      return "";
    }
    return p->id;
  };
  auto check_step = [&](const std::string& path, const std::string& step) {
    std::vector<std::string> parts = absl::StrSplit(step, ':');
    std::optional<StatutoryTimetable> t;
    if (parts.size() == 2) t = plan.Timetable(parts[0]);
    if (!t || t->Step(parts[1]) == nullptr) {
      r.Fail(path, absl::StrCat("unknown statutory step \"", step,
                                "\"; expected TIMETABLE:STEP such as \"precept:review\" or \"precept:respond\""));
    }
  };
  if (const Json* meetings = r.Array(root, "", "meetings")) {
    for (size_t i = 0; i < meetings->size(); ++i) {
      const std::string path = PlanReader::Index("meetings", i);
      const Json& v = (*meetings)[i];
      MeetingPlan mp;
      if (!r.Object(v, path, {"meeting", "sittings", "rule", "anchor", "time", "scrutinises",
                              "scrutiny_within_days", "note"})) {
        continue;
      }
      mp.meeting = r.String(v, path, "meeting", true).value_or("");
      if (!mp.meeting.empty() && plan.ForMeeting(mp.meeting) != nullptr) {
        r.Fail(PlanReader::Child(path, "meeting"),
               absl::StrCat("meeting \"", mp.meeting, "\" is planned twice; list all its sittings in one entry"));
      }
      mp.anchor = r.DayField(v, path, "anchor");
      mp.start_minutes = r.Time(v, path, "time");
      mp.note = r.String(v, path, "note").value_or("");
      mp.scrutiny_within_days = r.Int(v, path, "scrutiny_within_days", 0, 366);
      if (std::optional<std::string> s = r.String(v, path, "scrutinises")) {
        mp.scrutinises = publication_id(PlanReader::Child(path, "scrutinises"), *s);
      }
      if (std::optional<std::string> rule_text = r.String(v, path, "rule")) {
        absl::StatusOr<ScheduleRule> rule = ParseScheduleRule(*rule_text);
        if (!rule.ok()) {
          r.Fail(PlanReader::Child(path, "rule"),
                 absl::StrCat(rule.status().message(), mp.meeting.empty() ? "" : " (meeting \"" + mp.meeting + "\")"));
        } else {
          if (rule->generator == ScheduleRule::Generator::kAfterPublication) {
            rule->publication = publication_id(PlanReader::Child(path, "rule"), rule->publication);
          }
          mp.rule = *std::move(rule);
        }
      }
      if (const Json* sittings = r.Array(v, path, "sittings")) {
        for (size_t j = 0; j < sittings->size(); ++j) {
          const std::string sp = PlanReader::Index(PlanReader::Child(path, "sittings"), j);
          const Json& s = (*sittings)[j];
          if (!r.Object(s, sp, {"date", "time", "label", "step", "scrutinises", "note"})) continue;
          PlannedSitting ps;
          std::optional<CivilDay> d = r.DayField(s, sp, "date", true);
          if (!d) continue;
          ps.date = *d;
          ps.start_minutes = r.Time(s, sp, "time");
          ps.label = r.String(s, sp, "label").value_or("");
          ps.note = r.String(s, sp, "note").value_or("");
          ps.step = r.String(s, sp, "step").value_or("");
          if (!ps.step.empty()) check_step(PlanReader::Child(sp, "step"), ps.step);
          if (std::optional<std::string> pub = r.String(s, sp, "scrutinises")) {
            ps.scrutinises = publication_id(PlanReader::Child(sp, "scrutinises"), *pub);
          }
          mp.sittings.push_back(std::move(ps));
        }
      }
      plan.meetings.push_back(std::move(mp));
    }
  }
  if (const Json* statutory = r.Array(root, "", "statutory")) {
    for (size_t i = 0; i < statutory->size(); ++i) {
      const std::string path = PlanReader::Index("statutory", i);
      const Json& v = (*statutory)[i];
      if (!r.Object(v, path, {"timetable", "meeting", "year", "dates"})) continue;
      StatutoryAssignment a;
      a.timetable = r.String(v, path, "timetable", true).value_or("");
      a.meeting = r.String(v, path, "meeting", true).value_or("");
      a.year = r.Int(v, path, "year", kMinCalendarYear, kMaxCalendarYear);
      std::optional<StatutoryTimetable> t = plan.Timetable(a.timetable);
      if (!a.timetable.empty() && !t) {
        r.Fail(PlanReader::Child(path, "timetable"),
               absl::StrCat("unknown timetable \"", a.timetable, "\"; expected \"precept\" or one in \"timetables\""));
      }
      auto dates = v.find("dates");
      if (dates != v.end()) {
        const std::string dp = PlanReader::Child(path, "dates");
        if (!dates->is_object()) {
          r.Fail(dp, absl::StrCat("expected an object of step: date, found ", dates->type_name()));
        } else {
          for (const auto& [step, value] : dates->items()) {
            if (t && t->Step(step) == nullptr) {
              r.Fail(PlanReader::Child(dp, step), absl::StrCat("unknown step \"", step, "\" of \"", a.timetable, "\""));
              continue;
            }
            if (std::optional<CivilDay> d = r.Day(value, PlanReader::Child(dp, step))) a.step_dates[step] = *d;
          }
        }
      }
      plan.statutory.push_back(std::move(a));
    }
  }
  if (!r.problems.empty()) return ProblemsToStatus(r.problems);
  return plan;
}

absl::StatusOr<CyclePlan> LoadCyclePlanJsonFile(const std::string& path) {
  return internal::LoadFile(path, ParseCyclePlanJson);
}

}  // namespace govgraph
