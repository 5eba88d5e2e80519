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
#include "govgraph/calendar/bank_holidays.h"
#include "govgraph/calendar/cycle_check.h"
#include "govgraph/calendar/cycle_plan.h"
#include "govgraph/calendar/ical.h"
#include "govgraph/calendar/schedule.h"

namespace pybind11::detail {

template <>
struct type_caster<absl::CivilDay> {
  PYBIND11_TYPE_CASTER(absl::CivilDay, const_name("datetime.date"));

  bool load(handle src, bool) {
    if (src.is_none()) return false;
    if (PyUnicode_Check(src.ptr())) {
      const std::string text = src.cast<std::string>();
      absl::CivilDay day;
      if (text.size() != 10 || !absl::ParseCivilTime(text, &day) || absl::FormatCivilTime(day) != text) {
        govgraph::python::RaiseStatus(
            absl::InvalidArgumentError("expected a date as YYYY-MM-DD, found \"" + text + "\""));
      }
      value = day;
      return true;
    }
    if (!hasattr(src, "year") || !hasattr(src, "month") || !hasattr(src, "day")) return false;
    value = absl::CivilDay(src.attr("year").cast<int>(), src.attr("month").cast<int>(), src.attr("day").cast<int>());
    return true;
  }

  static handle cast(absl::CivilDay d, return_value_policy, handle) {
    return module_::import("datetime").attr("date")(d.year(), d.month(), d.day()).release();
  }
};

}  // namespace pybind11::detail

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
void CheckFits(const Register& reg, const Schedule& s) {
  for (const Occurrence& o : s.occurrences) {
    if (o.meeting.index() >= reg.meetings().size() || (o.area.valid() && o.area.index() >= reg.areas().size())) {
      throw py::value_error("the schedule was not made from this register");
    }
  }
  for (const UnscheduledMeeting& u : s.unscheduled) {
    if (u.meeting.index() >= reg.meetings().size()) throw py::value_error("the schedule was not made from this register");
  }
}

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
  py::enum_<BankHolidayRegion>(m, "BankHolidayRegion", "UK bank holiday regions.")
      .value("ENGLAND_AND_WALES", BankHolidayRegion::kEnglandAndWales)
      .value("SCOTLAND", BankHolidayRegion::kScotland)
      .value("NORTHERN_IRELAND", BankHolidayRegion::kNorthernIreland)
      .def_property_readonly("label", [](BankHolidayRegion r) { return std::string(Name(r)); },
                             "'england-and-wales', 'scotland' or 'northern-ireland'.");

  py::class_<BankHoliday>(m, "BankHoliday", "A bank holiday: date, name, and whether it is a substitute day.")
      .def(py::init([](absl::CivilDay date, std::string name) { return BankHoliday{date, std::move(name), false}; }),
           py::arg("date"), py::arg("name") = "Extra holiday")
      .def_readonly("date", &BankHoliday::date)
      .def_readonly("name", &BankHoliday::name)
      .def_readonly("substitute", &BankHoliday::substitute)
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
      .def_readonly("text", &ScheduleRule::text)
      .def_property_readonly("generator", [](const ScheduleRule& r) { return GeneratorName(r.generator); })
      .def_readonly("ordinal", &ScheduleRule::ordinal)
      .def_readonly("every", &ScheduleRule::every)
      .def_readonly("publication", &ScheduleRule::publication)
      .def_readonly("window_days", &ScheduleRule::window_days)
      .def_readonly("from_date", &ScheduleRule::from)
      .def_readonly("until", &ScheduleRule::until)
      .def("allows_month", &ScheduleRule::AllowsMonth, py::arg("month"),
           "True when the rule lets the meeting sit in this month (1-12).")
      .def("__repr__", [](const ScheduleRule& r) { return "<govgraph.ScheduleRule '" + r.text + "'>"; });
  m.def(
      "parse_schedule_rule", [](const std::string& text) { return ValueOrThrow(ParseScheduleRule(View(text))); },
      py::arg("text"),
      "Read a rule such as 'second Tuesday of the month; not in August'.\n\n:raises InvalidInputError: quoting "
      "the clause that cannot be read.\n\n>>> rule = govgraph.parse_schedule_rule('second Tuesday of the month; not in August')\n>>> rule.allows_month(8), rule.allows_month(9)\n(False, True)");

  py::class_<Publication>(m, "Publication", "A periodic report that meetings scrutinise.")
      .def_readonly("id", &Publication::id)
      .def_readonly("name", &Publication::name)
      .def_readonly("aliases", &Publication::aliases)
      .def_readonly("periods_per_year", &Publication::periods_per_year)
      .def_readonly("year_end_month", &Publication::year_end_month)
      .def_readonly("lag_days", &Publication::lag_days)
      .def_readonly("dates", &Publication::dates)
      .def_readonly("scrutiny_within_days", &Publication::scrutiny_within_days);

  py::class_<PlannedSitting>(m, "PlannedSitting", "One planned sitting of a meeting in a cycle plan: date, time, label, the statutory step it serves and what it scrutinises.")
      .def_readonly("date", &PlannedSitting::date)
      .def_property_readonly("time", [](const PlannedSitting& s) { return TimeText(s.start_minutes); })
      .def_readonly("label", &PlannedSitting::label)
      .def_readonly("step", &PlannedSitting::step)
      .def_readonly("scrutinises", &PlannedSitting::scrutinises)
      .def_readonly("note", &PlannedSitting::note);

  py::class_<MeetingPlan>(m, "MeetingPlan", "The plan for one meeting of the register: its sittings, or the scheduling rule and anchor date that make them.")
      .def_readonly("meeting", &MeetingPlan::meeting)
      .def_readonly("sittings", &MeetingPlan::sittings)
      .def_readonly("rule", &MeetingPlan::rule)
      .def_readonly("anchor", &MeetingPlan::anchor)
      .def_property_readonly("time", [](const MeetingPlan& p) { return TimeText(p.start_minutes); })
      .def_readonly("scrutinises", &MeetingPlan::scrutinises)
      .def_readonly("note", &MeetingPlan::note);

  py::class_<StatutoryAssignment>(m, "StatutoryAssignment", "Which meeting follows which statutory timetable in a year, with the dates of steps done elsewhere when known.")
      .def_readonly("timetable", &StatutoryAssignment::timetable)
      .def_readonly("meeting", &StatutoryAssignment::meeting)
      .def_readonly("year", &StatutoryAssignment::year)
      .def_readonly("step_dates", &StatutoryAssignment::step_dates);

  py::class_<CyclePlan>(m, "CyclePlan", R"pbdoc(
A meeting cycle plan: planned sittings, scheduling rules, publications and
statutory timetables, read from its own JSON file (docs/meeting-cycle.md).
``CyclePlan()`` is an empty plan: every meeting from its cadence.
)pbdoc")
      .def(py::init<>())
      .def_readonly("title", &CyclePlan::title)
      .def_readonly("description", &CyclePlan::description)
      .def_readonly("year", &CyclePlan::year)
      .def_readonly("region", &CyclePlan::region)
      .def_readonly("extra_holidays", &CyclePlan::extra_holidays)
      .def_readonly("publications", &CyclePlan::publications)
      .def_readonly("meetings", &CyclePlan::meetings)
      .def_readonly("statutory", &CyclePlan::statutory)
      .def("__repr__", [](const CyclePlan& p) {
        return absl::StrFormat("<govgraph.CyclePlan '%s': %d meetings, %d publications>", p.title, p.meetings.size(),
                               p.publications.size());
      });
  m.def(
      "load_cycle_plan",
      [](const py::object& path) {
        return ValueOrThrow(LoadCyclePlanJsonFile(py::str(py::module_::import("os").attr("fspath")(path))));
      },
      py::arg("path"), "Read a cycle plan file.\n\n:raises InvalidInputError: naming the file and JSON path.\n\n>>> plan = govgraph.load_cycle_plan(\"examples/registers/dorset-pcp-2018-cycle.json\")\n>>> schedule = govgraph.expand_schedule(dorset, plan, year=2018)");
  m.def(
      "loads_cycle_plan", [](const std::string& text) { return ValueOrThrow(ParseCyclePlanJson(View(text))); },
      py::arg("text"), "Parse a cycle plan from JSON text.\n\n>>> with open(\"examples/registers/dorset-pcp-2018-cycle.json\", encoding=\"utf-8\") as f:\n... plan = govgraph.loads_cycle_plan(f.read())");

  py::class_<Occurrence>(m, "Occurrence", "One dated sitting of a meeting.")
      .def_readonly("meeting", &Occurrence::meeting)
      .def_readonly("date", &Occurrence::date)
      .def_property_readonly("time", [](const Occurrence& o) { return TimeText(o.start_minutes); },
                             "Local start time (Europe/London) as 'HH:MM', or None when not planned.")
      .def_readonly("duration_hours", &Occurrence::duration_hours)
      .def_property_readonly("area",
                             [](const Occurrence& o) -> std::optional<AreaHandle> {
                               if (!o.area.valid()) return std::nullopt;
                               return o.area;
                             })
      .def_property_readonly("source", [](const Occurrence& o) { return std::string(Name(o.source)); },
                             "'planned', 'rule' or 'cadence'.")
      .def_readonly("moved_from", &Occurrence::moved_from)
      .def_readonly("estimated", &Occurrence::estimated,
                    "True when stepped from the cadence with no anchor, so the dates' phase is arbitrary.")
      .def_readonly("label", &Occurrence::label)
      .def_readonly("step", &Occurrence::step)
      .def_readonly("scrutinises", &Occurrence::scrutinises)
      .def_readonly("note", &Occurrence::note);

  py::class_<PublicationDate>(m, "PublicationDate", "The date a publication (by id) appears; ``period_end`` is the period it reports on, None for listed dates.")
      .def_readonly("publication", &PublicationDate::publication)
      .def_readonly("period_end", &PublicationDate::period_end)
      .def_readonly("date", &PublicationDate::date);

  py::class_<UnscheduledMeeting>(m, "UnscheduledMeeting", "A meeting left out of a schedule, with the reason (\"cadence unknown (TBC)\", \"ad hoc\").")
      .def_readonly("meeting", &UnscheduledMeeting::meeting)
      .def_readonly("reason", &UnscheduledMeeting::reason);

  py::class_<Schedule>(m, "Schedule", py::dynamic_attr(), R"pbdoc(
A register's meetings as dated occurrences over a period. ``to_pandas()``
gives one row per occurrence; ``to_pandas("publications")`` the publication dates.
)pbdoc")
      .def_readonly("start", &Schedule::start)
      .def_readonly("end", &Schedule::end)
      .def_readonly("region", &Schedule::region)
      .def_readonly("extra_holidays", &Schedule::extra_holidays)
      .def_readonly("occurrences", &Schedule::occurrences)
      .def_readonly("publications", &Schedule::publications)
      .def_readonly("unscheduled", &Schedule::unscheduled)
      .def_readonly("notes", &Schedule::notes)
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
      .def_property_readonly("kind", [](const CycleFinding& f) { return std::string(Name(f.kind)); },
                             "'clash', 'statutory_window', 'misaligned' or 'non_working_day'.")
      .def_readonly("meeting", &CycleFinding::meeting)
      .def_readonly("date", &CycleFinding::date)
      .def_readonly("rule", &CycleFinding::rule)
      .def_readonly("message", &CycleFinding::message)
      .def("__repr__", [](const CycleFinding& f) { return "<govgraph.CycleFinding " + f.message + ">"; });

  py::class_<Clash>(m, "Clash", "Two meetings on one day sharing organisations or roles (handles).")
      .def_readonly("date", &Clash::date)
      .def_readonly("first", &Clash::first)
      .def_readonly("second", &Clash::second)
      .def_readonly("organisations", &Clash::organisations)
      .def_readonly("roles", &Clash::roles);

  py::class_<RoleMonthLoad>(m, "RoleMonthLoad", "One role's sittings and hours in one calendar month of a schedule.")
      .def_readonly("role", &RoleMonthLoad::role)
      .def_readonly("year", &RoleMonthLoad::year)
      .def_readonly("month", &RoleMonthLoad::month)
      .def_readonly("sittings", &RoleMonthLoad::sittings)
      .def_readonly("hours", &RoleMonthLoad::hours);

  py::class_<RoleWeekLoad>(m, "RoleWeekLoad", "One role's sittings and hours in one week of a schedule (``week_start`` is a Monday).")
      .def_readonly("role", &RoleWeekLoad::role)
      .def_readonly("week_start", &RoleWeekLoad::week_start)
      .def_readonly("sittings", &RoleWeekLoad::sittings)
      .def_readonly("hours", &RoleWeekLoad::hours);

  py::class_<StatutoryCheck>(m, "StatutoryCheck", "One step of a statutory timetable as planned.")
      .def_readonly("timetable", &StatutoryCheck::timetable)
      .def_readonly("step", &StatutoryCheck::step)
      .def_readonly("description", &StatutoryCheck::description)
      .def_readonly("meeting", &StatutoryCheck::meeting)
      .def_readonly("earliest", &StatutoryCheck::earliest)
      .def_readonly("deadline", &StatutoryCheck::deadline)
      .def_readonly("planned", &StatutoryCheck::planned)
      .def_readonly("meeting_step", &StatutoryCheck::meeting_step)
      .def_readonly("contingent", &StatutoryCheck::contingent)
      .def_readonly("ok", &StatutoryCheck::ok);

  py::class_<AlignmentCheck>(m, "AlignmentCheck", "A scrutiny sitting against the publication it scrutinises.")
      .def_readonly("meeting", &AlignmentCheck::meeting)
      .def_readonly("date", &AlignmentCheck::date)
      .def_readonly("publication", &AlignmentCheck::publication)
      .def_readonly("published", &AlignmentCheck::published)
      .def_readonly("next_published", &AlignmentCheck::next_published)
      .def_readonly("within_days", &AlignmentCheck::within_days)
      .def_readonly("ok", &AlignmentCheck::ok);

  py::class_<CycleCheck>(m, "CycleCheck", py::dynamic_attr(), R"pbdoc(
The cycle check: ``problems`` (statutory windows missed, misaligned scrutiny,
clashes, sittings on non-working days), ``notes``, and the details.
``to_pandas(table)`` gives "problems" (default), "statutory", "alignment",
"clashes", "load" or "busiest_weeks".
)pbdoc")
      .def_property_readonly("ok", &CycleCheck::ok, "True when there are no problems.")
      .def_readonly("problems", &CycleCheck::problems)
      .def_readonly("notes", &CycleCheck::notes)
      .def_readonly("clashes", &CycleCheck::clashes)
      .def_readonly("statutory", &CycleCheck::statutory)
      .def_readonly("alignment", &CycleCheck::alignment)
      .def_readonly("load", &CycleCheck::load)
      .def_readonly("busiest_weeks", &CycleCheck::busiest_weeks);

  m.def(
      "check_cycle",
      [](py::object reg_obj, const Schedule& schedule, std::optional<CyclePlan> plan, int busiest_weeks_per_role) {
        const Register& reg = reg_obj.cast<const Register&>();
        CheckFits(reg, schedule);
        CycleCheckOptions options;
        options.busiest_weeks_per_role = busiest_weeks_per_role;
        return WithRegister(CheckCycle(reg, plan.value_or(CyclePlan{}), schedule, options), reg_obj);
      },
      py::arg("register"), py::arg("schedule"), py::arg("plan") = py::none(), py::kw_only(),
      py::arg("busiest_weeks_per_role") = 3, R"pbdoc(
Check a schedule made by ``expand_schedule(register, plan)``: statutory
windows and publication alignment from the plan, clashes, load per role, and
sittings planned on non-working days.

>>> c = govgraph.check_cycle(reg, schedule, plan)
>>> c.ok, [p.message for p in c.problems]
)pbdoc");
  m.def(
      "format_cycle_check",
      [](const Register& reg, const CycleCheck& check) {
        const size_t n = reg.meetings().size();
        for (const CycleFinding& f : check.problems) {
          if (f.meeting.valid() && f.meeting.index() >= n) {
            throw py::value_error("the check was not made from this register");
          }
        }
        for (const AlignmentCheck& a : check.alignment) {
          if (a.meeting.index() >= n) throw py::value_error("the check was not made from this register");
        }
        for (const RoleWeekLoad& w : check.busiest_weeks) {
          if (w.role.index() >= reg.roles().size()) throw py::value_error("the check was not made from this register");
        }
        return FormatCycleCheck(reg, check);
      },
      py::arg("register"), py::arg("check"), "The check as readable text, as `govgraph check-cycle` prints it.\n\n>>> dorset = govgraph.load_json(\"examples/registers/dorset-pcp-2018.json\")\n>>> plan = govgraph.load_cycle_plan(\"examples/registers/dorset-pcp-2018-cycle.json\")\n>>> check = govgraph.check_cycle(dorset, govgraph.expand_schedule(dorset, plan, year=2018), plan)\n>>> print(govgraph.format_cycle_check(dorset, check))");

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
