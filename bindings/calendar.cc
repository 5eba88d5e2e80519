// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/calendar/*.h: bank holidays, cycle plans, schedules,
// the cycle check and iCalendar export. Dates cross as datetime.date (a
// "YYYY-MM-DD" string is accepted too); results carry `register` for
// `.to_pandas()` (python/govgraph/calendar.py).

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "analysis_common.h"
#include "calendar_common.h"
#include "govgraph/calendar/bank_holidays.h"
#include "govgraph/calendar/cycle_check.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/calendar/ical.h"
#include "govgraph/calendar/schedule.h"

namespace govgraph::python {
namespace {

BankHolidayRegion ToRegion(const py::object& value) {
  if (py::isinstance<py::str>(value)) return ValueOrThrow(ParseBankHolidayRegion(value.cast<std::string>()));
  return value.cast<BankHolidayRegion>();
}

std::vector<BankHoliday> ToHolidays(const py::object& extra) {
  std::vector<BankHoliday> out;
  if (extra.is_none()) return out;
  if (py::isinstance<py::dict>(extra)) {
    for (auto [k, v] : extra.cast<py::dict>()) {
      out.push_back({py::reinterpret_borrow<py::object>(k).cast<absl::CivilDay>(), py::str(v), false});
    }
    return out;
  }
  for (py::handle item : extra) {
    if (py::isinstance<BankHoliday>(item)) {
      out.push_back(item.cast<BankHoliday>());
    } else {
      out.push_back({item.cast<absl::CivilDay>(), "Extra holiday", false});
    }
  }
  return out;
}

std::optional<std::string> TimeText(const std::optional<int>& minutes) {
  if (!minutes) return std::nullopt;
  return absl::StrFormat("%02d:%02d", *minutes / 60, *minutes % 60);
}

std::string GeneratorName(ScheduleRule::Generator g) {
  switch (g) {
    case ScheduleRule::Generator::kCadence:
      return "cadence";
    case ScheduleRule::Generator::kNthWeekday:
      return "nth_weekday";
    case ScheduleRule::Generator::kEveryWeekday:
      return "every_weekday";
    case ScheduleRule::Generator::kEveryWeeks:
      return "every_weeks";
    case ScheduleRule::Generator::kEveryMonths:
      return "every_months";
    case ScheduleRule::Generator::kAfterPublication:
      return "after_publication";
  }
  return "cadence";
}

// A schedule refers to its register's meetings and areas by handle.
void CheckFits(const Register& reg, const Schedule& s) { ThrowIfError(CheckScheduleFits(reg, s)); }

IcalOptions MakeIcalOptions(const std::string& calendar_name, const std::string& uid_domain, const py::object& dtstamp) {
  IcalOptions o;
  o.calendar_name = calendar_name;
  o.uid_domain = uid_domain;
  if (!dtstamp.is_none()) {
    // An aware datetime is converted to UTC; a naive one is taken as UTC.
    py::object utc = py::module_::import("datetime").attr("timezone").attr("utc");
    py::object dt = dtstamp;
    if (!dt.attr("tzinfo").is_none()) dt = dt.attr("astimezone")(utc);
    const double seconds = dt.attr("replace")(py::arg("tzinfo") = utc).attr("timestamp")().cast<double>();
    o.dtstamp = absl::FromUnixSeconds(static_cast<int64_t>(seconds));
  }
  return o;
}

}  // namespace

void InitCalendar(py::module_& m) {
  const CycleCheckOptions d;
  BindEnum<BankHolidayRegion>(m, "BankHolidayRegion",
                              "UK bank holiday regions: england-and-wales, scotland or northern-ireland.");

  py::class_<BankHoliday>(m, "BankHoliday", "A bank holiday: date, name, and whether it is a substitute day.")
      .def(py::init([](absl::CivilDay date, std::string name) {
             return BankHoliday{date, std::move(name), false};
           }),
           py::arg("date"), py::arg("name") = "Extra holiday")
      .def_property_readonly("date", CopyOut(&BankHoliday::date))
      .def_property_readonly("name", CopyOut(&BankHoliday::name))
      .def_property_readonly("substitute", CopyOut(&BankHoliday::substitute))
      .def("__repr__", [](const BankHoliday& h) { return absl::FormatCivilTime(h.date) + " " + h.name; });

  m.def(
      "easter_sunday",
      [](int year) {
        ThrowIfError(ValidateCalendarYear(year));
        return EasterSunday(year);
      },
      py::arg("year"),
      "Easter Sunday (Gregorian, anonymous algorithm) as a datetime.date, for a year from 1900 to 2999.\n\n"
      ":raises InvalidInputError: for another year.\n\n>>> govgraph.easter_sunday(2026)\ndatetime.date(2026, 4, 5)");
  m.def(
      "bank_holidays",
      [](int year, const py::object& region) {
        ThrowIfError(ValidateCalendarYear(year));
        return BankHolidays(year, ToRegion(region));
      },
      py::arg("year"), py::arg("region") = "england-and-wales", R"pbdoc(
The computed bank holidays of a year (1900 to 2999) in a region
("england-and-wales", "scotland", "northern-ireland"), with substitute days. One-off holidays
(coronations, jubilees, state funerals, moved May holidays) are not computed:
pass them as ``extra_holidays`` where a function takes them.

>>> [h.name for h in govgraph.bank_holidays(2026)][:3]
["New Year's Day", 'Good Friday', 'Easter Monday']
)pbdoc");
  m.def(
      "is_working_day",
      [](absl::CivilDay day, const py::object& region, const py::object& extra) {
        return HolidayCalendar(ToRegion(region), ToHolidays(extra)).IsWorkingDay(day);
      },
      py::arg("day"), py::arg("region") = "england-and-wales", py::arg("extra_holidays") = py::none(),
      "True for a Monday to Friday that is not a bank holiday (nor one of extra_holidays).\n\n>>> govgraph.is_working_day(datetime.date(2026, 12, 28))  # Boxing Day substitute\nFalse");

  py::class_<ScheduleRule>(m, "ScheduleRule", "A parsed scheduling rule (see docs/meeting-cycle.md).")
      .def_property_readonly("text", CopyOut(&ScheduleRule::text))
      .def_property_readonly("generator", [](const ScheduleRule& r) { return GeneratorName(r.generator); })
      .def_property_readonly("ordinal", CopyOut(&ScheduleRule::ordinal))
      .def_property_readonly("every", CopyOut(&ScheduleRule::every))
      .def_property_readonly("publication", CopyOut(&ScheduleRule::publication))
      .def_property_readonly("window_days", CopyOut(&ScheduleRule::window_days))
      .def_property_readonly("from_date", CopyOut(&ScheduleRule::from))
      .def_property_readonly("until", CopyOut(&ScheduleRule::until))
      .def("allows_month", &ScheduleRule::AllowsMonth, py::arg("month"),
           "True when the rule lets the meeting sit in this month (1-12).")
      .def("__repr__", [](const ScheduleRule& r) { return "<govgraph.ScheduleRule '" + r.text + "'>"; });
  m.def(
      "parse_schedule_rule", [](const std::string& text) { return ValueOrThrow(ParseScheduleRule(View(text))); },
      py::arg("text"),
      "Read a rule such as 'second Tuesday of the month; not in August'.\n\n:raises InvalidInputError: quoting "
      "the clause that cannot be read.\n\n>>> rule = govgraph.parse_schedule_rule('second Tuesday of the month; not in August')\n>>> rule.allows_month(8), rule.allows_month(9)\n(False, True)");

  py::class_<Publication>(m, "Publication", "A periodic report that meetings scrutinise.")
      .def_property_readonly("id", CopyOut(&Publication::id))
      .def_property_readonly("name", CopyOut(&Publication::name))
      .def_property_readonly("aliases", CopyOut(&Publication::aliases))
      .def_property_readonly("periods_per_year", CopyOut(&Publication::periods_per_year))
      .def_property_readonly("year_end_month", CopyOut(&Publication::year_end_month))
      .def_property_readonly("lag_days", CopyOut(&Publication::lag_days))
      .def_property_readonly("dates", CopyOut(&Publication::dates))
      .def_property_readonly("scrutiny_within_days", CopyOut(&Publication::scrutiny_within_days));

  py::class_<PlannedSitting>(m, "PlannedSitting",
                             "One planned sitting of a meeting in a cycle plan: date, time, label, the statutory step "
                             "it serves and what it scrutinises.")
      .def_property_readonly("date", CopyOut(&PlannedSitting::date))
      .def_property_readonly("time", [](const PlannedSitting& s) { return TimeText(s.start_minutes); })
      .def_property_readonly("label", CopyOut(&PlannedSitting::label))
      .def_property_readonly("step", CopyOut(&PlannedSitting::step))
      .def_property_readonly("scrutinises", CopyOut(&PlannedSitting::scrutinises))
      .def_property_readonly("note", CopyOut(&PlannedSitting::note));

  py::class_<MeetingPlan>(
      m, "MeetingPlan",
      "The plan for one meeting of the register: its sittings, or the scheduling rule and anchor date that make them.")
      .def_property_readonly("meeting", CopyOut(&MeetingPlan::meeting))
      .def_property_readonly("sittings", CopyOut(&MeetingPlan::sittings))
      .def_property_readonly("rule", CopyOut(&MeetingPlan::rule))
      .def_property_readonly("anchor", CopyOut(&MeetingPlan::anchor))
      .def_property_readonly("time", [](const MeetingPlan& p) { return TimeText(p.start_minutes); })
      .def_property_readonly("scrutinises", CopyOut(&MeetingPlan::scrutinises))
      .def_property_readonly("note", CopyOut(&MeetingPlan::note));

  py::class_<StatutoryAssignment>(
      m, "StatutoryAssignment",
      "Which meeting follows which statutory timetable in a year, with the dates of steps done elsewhere when known.")
      .def_property_readonly("timetable", CopyOut(&StatutoryAssignment::timetable))
      .def_property_readonly("meeting", CopyOut(&StatutoryAssignment::meeting))
      .def_property_readonly("year", CopyOut(&StatutoryAssignment::year))
      .def_property_readonly("step_dates", CopyOut(&StatutoryAssignment::step_dates));

  py::class_<CyclePlan>(m, "CyclePlan", R"pbdoc(
A meeting cycle plan: planned sittings, scheduling rules, publications and
statutory timetables, read from its own JSON file (docs/meeting-cycle.md).
``CyclePlan()`` is an empty plan: every meeting from its cadence.
)pbdoc")
      .def(py::init<>())
      .def_property_readonly("title", CopyOut(&CyclePlan::title))
      .def_property_readonly("description", CopyOut(&CyclePlan::description))
      .def_property_readonly("year", CopyOut(&CyclePlan::year))
      .def_property_readonly("region", CopyOut(&CyclePlan::region))
      .def_property_readonly("extra_holidays", CopyOut(&CyclePlan::extra_holidays))
      .def_property_readonly("publications", CopyOut(&CyclePlan::publications))
      .def_property_readonly("meetings", CopyOut(&CyclePlan::meetings))
      .def_property_readonly("statutory", CopyOut(&CyclePlan::statutory))
      .def("__repr__", [](const CyclePlan& p) {
        return absl::StrFormat("<govgraph.CyclePlan '%s': %d meetings, %d publications>", p.title, p.meetings.size(),
                               p.publications.size());
      });
  m.def(
      "load_cycle_plan",
      [](const py::object& path) {
        return ValueOrThrow(LoadCyclePlanJsonFile(py::str(py::module_::import("os").attr("fspath")(path))));
      },
      py::arg("path"), "Read a cycle plan file.\n\n:raises InvalidInputError: naming the file and JSON path.\n\n>>> plan = govgraph.load_cycle_plan(\"examples/cycle-plans/dorset-pcp-2018-cycle.json\")\n>>> schedule = govgraph.expand_schedule(dorset, plan, year=2018)");
  m.def(
      "loads_cycle_plan", [](const std::string& text) { return ValueOrThrow(ParseCyclePlanJson(View(text))); },
      py::arg("text"), "Parse a cycle plan from JSON text.\n\n>>> with open(\"examples/cycle-plans/dorset-pcp-2018-cycle.json\", encoding=\"utf-8\") as f:\n... plan = govgraph.loads_cycle_plan(f.read())");

  py::class_<Occurrence>(m, "Occurrence", "One dated sitting of a meeting.")
      .def_property_readonly("meeting", CopyOut(&Occurrence::meeting))
      .def_property_readonly("date", CopyOut(&Occurrence::date))
      .def_property_readonly(
          "time", [](const Occurrence& o) { return TimeText(o.start_minutes); },
          "Local start time (Europe/London) as 'HH:MM', or None when not planned.")
      .def_property_readonly("duration_hours", CopyOut(&Occurrence::duration_hours))
      .def_property_readonly("area",
                             [](const Occurrence& o) -> std::optional<AreaHandle> {
                               if (!o.area.valid()) return std::nullopt;
                               return o.area;
                             })
      .def_property_readonly(
          "source", [](const Occurrence& o) { return std::string(Name(o.source)); }, "'planned', 'rule' or 'cadence'.")
      .def_property_readonly("moved_from", CopyOut(&Occurrence::moved_from))
      .def_property_readonly("estimated", CopyOut(&Occurrence::estimated),
                             "True when stepped from the cadence with no anchor, so the dates' phase is arbitrary.")
      .def_property_readonly("label", CopyOut(&Occurrence::label))
      .def_property_readonly("step", CopyOut(&Occurrence::step))
      .def_property_readonly("scrutinises", CopyOut(&Occurrence::scrutinises))
      .def_property_readonly("note", CopyOut(&Occurrence::note));

  py::class_<PublicationDate>(
      m, "PublicationDate",
      "The date a publication (by id) appears; ``period_end`` is the period it reports on, None for listed dates.")
      .def_property_readonly("publication", CopyOut(&PublicationDate::publication))
      .def_property_readonly("period_end", CopyOut(&PublicationDate::period_end))
      .def_property_readonly("date", CopyOut(&PublicationDate::date));

  py::class_<UnscheduledMeeting>(
      m, "UnscheduledMeeting",
      "A meeting left out of a schedule, with the reason (\"cadence unknown (TBC)\", \"ad hoc\").")
      .def_property_readonly("meeting", CopyOut(&UnscheduledMeeting::meeting))
      .def_property_readonly("reason", CopyOut(&UnscheduledMeeting::reason));

  py::class_<Schedule>(m, "Schedule", py::dynamic_attr(), R"pbdoc(
A register's meetings as dated occurrences over a period. ``to_pandas()``
gives one row per occurrence; ``to_pandas("publications")`` the publication dates.
)pbdoc")
      .def_property_readonly("start", CopyOut(&Schedule::start))
      .def_property_readonly("end", CopyOut(&Schedule::end))
      .def_property_readonly("region", CopyOut(&Schedule::region))
      .def_property_readonly("extra_holidays", CopyOut(&Schedule::extra_holidays))
      .def_property_readonly("occurrences", CopyOut(&Schedule::occurrences))
      .def_property_readonly("publications", CopyOut(&Schedule::publications))
      .def_property_readonly("unscheduled", CopyOut(&Schedule::unscheduled))
      .def_property_readonly("notes", CopyOut(&Schedule::notes))
      .def("__len__", [](const Schedule& s) { return s.occurrences.size(); });

  m.def(
      "expand_schedule",
      [](py::object reg_obj, std::optional<CyclePlan> plan, std::optional<int> year, std::optional<absl::CivilDay> start,
         std::optional<absl::CivilDay> end, const py::object& region, const py::object& extra_holidays,
         bool exclude_to_be_removed) {
        const Register& reg = reg_obj.cast<const Register&>();
        ScheduleOptions options;
        options.year = year;
        options.start = start;
        options.end = end;
        if (!region.is_none()) options.region = ToRegion(region);
        options.extra_holidays = ToHolidays(extra_holidays);
        options.exclude_to_be_removed = exclude_to_be_removed;
        return WithRegister(ValueOrThrow(ExpandSchedule(reg, plan.value_or(CyclePlan{}), options)), reg_obj);
      },
      py::arg("register"), py::arg("plan") = py::none(), py::kw_only(), py::arg("year") = py::none(),
      py::arg("start") = py::none(), py::arg("end") = py::none(), py::arg("region") = py::none(),
      py::arg("extra_holidays") = py::none(), py::arg("exclude_to_be_removed") = false, R"pbdoc(
Expand every meeting into dated occurrences over a period (the calendar year
``year``, else the plan's year; or ``start`` to ``end``; ``start`` alone gives
a year). Planned sittings are kept as planned; rules and cadences give working
days only. ``region`` overrides the plan's; ``extra_holidays`` adds one-off
holidays (dates, BankHoliday objects, or a {date: name} dict).

>>> s = govgraph.expand_schedule(reg, govgraph.load_cycle_plan("cycle.json"), year=2018)
>>> s.to_pandas()
)pbdoc");

  py::class_<CycleFinding>(m, "CycleFinding", "One problem with a meeting cycle.")
      .def_property_readonly(
          "kind", [](const CycleFinding& f) { return std::string(Name(f.kind)); },
          "'clash', 'statutory_window', 'misaligned' or 'non_working_day'.")
      .def_property_readonly("meeting", CopyOut(&CycleFinding::meeting))
      .def_property_readonly("date", CopyOut(&CycleFinding::date))
      .def_property_readonly("rule", CopyOut(&CycleFinding::rule))
      .def_property_readonly("message", CopyOut(&CycleFinding::message))
      .def("__repr__", [](const CycleFinding& f) { return "<govgraph.CycleFinding " + f.message + ">"; });

  py::class_<Clash>(m, "Clash", "Two meetings on one day sharing organisations or roles (handles).")
      .def_property_readonly("date", CopyOut(&Clash::date))
      .def_property_readonly("first", CopyOut(&Clash::first))
      .def_property_readonly("second", CopyOut(&Clash::second))
      .def_property_readonly("organisations", CopyOut(&Clash::organisations))
      .def_property_readonly("roles", CopyOut(&Clash::roles));

  py::class_<RoleMonthLoad>(m, "RoleMonthLoad", "One role's sittings and hours in one calendar month of a schedule.")
      .def_property_readonly("role", CopyOut(&RoleMonthLoad::role))
      .def_property_readonly("year", CopyOut(&RoleMonthLoad::year))
      .def_property_readonly("month", CopyOut(&RoleMonthLoad::month))
      .def_property_readonly("sittings", CopyOut(&RoleMonthLoad::sittings))
      .def_property_readonly("hours", CopyOut(&RoleMonthLoad::hours));

  py::class_<RoleWeekLoad>(m, "RoleWeekLoad",
                           "One role's sittings and hours in one week of a schedule (``week_start`` is a Monday).")
      .def_property_readonly("role", CopyOut(&RoleWeekLoad::role))
      .def_property_readonly("week_start", CopyOut(&RoleWeekLoad::week_start))
      .def_property_readonly("sittings", CopyOut(&RoleWeekLoad::sittings))
      .def_property_readonly("hours", CopyOut(&RoleWeekLoad::hours));

  py::class_<StatutoryCheck>(m, "StatutoryCheck", "One step of a statutory timetable as planned.")
      .def_property_readonly("timetable", CopyOut(&StatutoryCheck::timetable))
      .def_property_readonly("step", CopyOut(&StatutoryCheck::step))
      .def_property_readonly("description", CopyOut(&StatutoryCheck::description))
      .def_property_readonly("meeting", CopyOut(&StatutoryCheck::meeting))
      .def_property_readonly("earliest", CopyOut(&StatutoryCheck::earliest))
      .def_property_readonly("deadline", CopyOut(&StatutoryCheck::deadline))
      .def_property_readonly("planned", CopyOut(&StatutoryCheck::planned))
      .def_property_readonly("meeting_step", CopyOut(&StatutoryCheck::meeting_step))
      .def_property_readonly("contingent", CopyOut(&StatutoryCheck::contingent))
      .def_property_readonly("ok", CopyOut(&StatutoryCheck::ok));

  py::class_<AlignmentCheck>(m, "AlignmentCheck", "A scrutiny sitting against the publication it scrutinises.")
      .def_property_readonly("meeting", CopyOut(&AlignmentCheck::meeting))
      .def_property_readonly("date", CopyOut(&AlignmentCheck::date))
      .def_property_readonly("publication", CopyOut(&AlignmentCheck::publication))
      .def_property_readonly("published", CopyOut(&AlignmentCheck::published))
      .def_property_readonly("next_published", CopyOut(&AlignmentCheck::next_published))
      .def_property_readonly("within_days", CopyOut(&AlignmentCheck::within_days))
      .def_property_readonly("ok", CopyOut(&AlignmentCheck::ok));

  py::class_<CoverageCheck>(m, "CoverageCheck",
                            "A report against the sittings of one meeting that scrutinise it (exactly one is ok).")
      .def_property_readonly("meeting", CopyOut(&CoverageCheck::meeting))
      .def_property_readonly("publication", CopyOut(&CoverageCheck::publication))
      .def_property_readonly("published", CopyOut(&CoverageCheck::published))
      .def_property_readonly("within_days", CopyOut(&CoverageCheck::within_days))
      .def_property_readonly("sittings", CopyOut(&CoverageCheck::sittings))
      .def_property_readonly("ok", CopyOut(&CoverageCheck::ok));

  py::class_<CycleCheckResult>(m, "CycleCheckResult", py::dynamic_attr(), R"pbdoc(
The cycle check: ``problems`` (statutory windows missed, misaligned scrutiny,
reports no sitting scrutinises or two do, clashes, sittings on non-working
days), ``notes``, and the details. ``to_pandas(table)`` gives "problems"
(default), "statutory", "alignment", "coverage", "clashes", "load" or
"busiest_weeks".
)pbdoc")
      .def_property_readonly("ok", CopyOut(&CycleCheckResult::ok), "True when there are no problems.")
      .def_property_readonly("problems", CopyOut(&CycleCheckResult::problems))
      .def_property_readonly("notes", CopyOut(&CycleCheckResult::notes))
      .def_property_readonly("clashes", CopyOut(&CycleCheckResult::clashes))
      .def_property_readonly("statutory", CopyOut(&CycleCheckResult::statutory))
      .def_property_readonly("alignment", CopyOut(&CycleCheckResult::alignment))
      .def_property_readonly("coverage", CopyOut(&CycleCheckResult::coverage))
      .def_property_readonly("load", CopyOut(&CycleCheckResult::load))
      .def_property_readonly("busiest_weeks", CopyOut(&CycleCheckResult::busiest_weeks));

  m.def(
      "check_cycle",
      [](py::object reg_obj, const Schedule& schedule, std::optional<CyclePlan> plan, int busiest_weeks_per_role) {
        const Register& reg = reg_obj.cast<const Register&>();
        CycleCheckOptions options;
        options.busiest_weeks_per_role = busiest_weeks_per_role;
        return WithRegister(ValueOrThrow(CheckCycle(reg, plan.value_or(CyclePlan{}), schedule, options)), reg_obj);
      },
      py::arg("register"), py::arg("schedule"), py::arg("plan") = py::none(), py::kw_only(),
      py::arg("busiest_weeks_per_role") = d.busiest_weeks_per_role, R"pbdoc(
Check a schedule made by ``expand_schedule(register, plan)``: statutory
windows and publication alignment from the plan, clashes, load per role, and
sittings planned on non-working days.

>>> c = govgraph.check_cycle(reg, schedule, plan)
>>> c.ok, [p.message for p in c.problems]
)pbdoc");
  m.def(
      "format_cycle_check",
      [](const Register& reg, const CycleCheckResult& check) {
        const size_t n = reg.meetings().size();
        for (const CycleFinding& f : check.problems) {
          if (f.meeting.valid() && f.meeting.index() >= n) {
            throw py::value_error("the check was not made from this register");
          }
        }
        for (const AlignmentCheck& a : check.alignment) {
          if (a.meeting.index() >= n) throw py::value_error("the check was not made from this register");
        }
        for (const CoverageCheck& c : check.coverage) {
          if (c.meeting.index() >= n) throw py::value_error("the check was not made from this register");
        }
        for (const RoleWeekLoad& w : check.busiest_weeks) {
          if (w.role.index() >= reg.roles().size()) throw py::value_error("the check was not made from this register");
        }
        return FormatCycleCheck(reg, check);
      },
      py::arg("register"), py::arg("check"), "The check as readable text, as `govgraph check-cycle` prints it.\n\n>>> dorset = govgraph.load_json(\"examples/registers/dorset-pcp-2018.json\")\n>>> plan = govgraph.load_cycle_plan(\"examples/cycle-plans/dorset-pcp-2018-cycle.json\")\n>>> check = govgraph.check_cycle(dorset, govgraph.expand_schedule(dorset, plan, year=2018), plan)\n>>> print(govgraph.format_cycle_check(dorset, check))");

  m.def(
      "schedule_to_ical",
      [](const Register& reg, const Schedule& schedule, const std::string& calendar_name, const std::string& uid_domain,
         const py::object& dtstamp) {
        CheckFits(reg, schedule);
        return ScheduleToIcal(reg, schedule, MakeIcalOptions(calendar_name, uid_domain, dtstamp));
      },
      py::arg("register"), py::arg("schedule"), py::kw_only(), py::arg("calendar_name") = "",
      py::arg("uid_domain") = "govgraph.invalid", py::arg("dtstamp") = py::none(), R"pbdoc(
The schedule as iCalendar text (RFC 5545): one VEVENT per occurrence, CRLF
line ends, lines folded at 75 octets. ``dtstamp`` (a datetime) defaults to now.

>>> schedule = govgraph.expand_schedule(dorset, plan, year=2018)
>>> govgraph.schedule_to_ical(dorset, schedule).splitlines()[0]
'BEGIN:VCALENDAR'
)pbdoc");
  m.def(
      "save_ical",
      [](const Register& reg, const Schedule& schedule, const py::object& path, const std::string& calendar_name,
         const std::string& uid_domain, const py::object& dtstamp) {
        CheckFits(reg, schedule);
        ThrowIfError(SaveIcalFile(reg, schedule, py::str(py::module_::import("os").attr("fspath")(path)),
                                  MakeIcalOptions(calendar_name, uid_domain, dtstamp)));
      },
      py::arg("register"), py::arg("schedule"), py::arg("path"), py::kw_only(), py::arg("calendar_name") = "",
      py::arg("uid_domain") = "govgraph.invalid", py::arg("dtstamp") = py::none(),
      "Write schedule_to_ical() to a file.\n\n>>> schedule = govgraph.expand_schedule(dorset, plan, year=2018)\n>>> govgraph.save_ical(dorset, schedule, \"dorset-pcp-2018.ics\", calendar_name=\"Dorset PCP\")");
}

}  // namespace govgraph::python
