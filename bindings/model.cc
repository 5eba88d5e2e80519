// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/model.h.
#include "govgraph/model.h"

#include <pybind11/operators.h>

#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/time/civil_time.h"
#include "common.h"

namespace govgraph::python {
namespace {

// Adds `Type(**fields)` construction and value equality to a model class.
template <class T, class... Options>
void AddKwargsInit(py::class_<T, Options...>& cls) {
  cls.def(py::init([](const py::kwargs& kwargs) {
            py::object obj = py::cast(T{});
            SetFromKwargs(obj, kwargs);
            return obj.cast<T>();
          }),
          "Create with any fields as keyword arguments.");
  cls.def("__eq__", [](const T& a, const py::object& b) { return py::isinstance<T>(b) && a == b.cast<const T&>(); },
          py::arg("other"), py::is_operator());
  cls.attr("__hash__") = py::none();
}

template <class T, class... Options>
void AddEntityRepr(py::class_<T, Options...>& cls, const char* type_name) {
  cls.def("__repr__", [type_name](const T& e) {
    return std::string(type_name) + "(id=" + std::string(py::repr(py::str(e.id))) +
           ", name=" + std::string(py::repr(py::str(e.name))) + ")";
  });
}

// A read/write enum field that also accepts the JSON name, raising
// InvalidInputError with the list of valid names for a bad one.
template <class T, class E, class... Options>
void EnumField(py::class_<T, Options...>& cls, const char* name, E T::*field,
               absl::StatusOr<E> (*parse)(absl::string_view)) {
  cls.def_property(
      name, [field](const T& self) { return self.*field; },
      [field, parse](T& self, const py::object& value) {
        if (py::isinstance<py::str>(value)) {
          self.*field = ValueOrThrow(parse(View(value.cast<std::string>())));
        } else {
          self.*field = value.cast<E>();
        }
      });
}

py::object ToDate(const std::optional<absl::CivilDay>& day) {
  if (!day) return py::none();
  return py::module_::import("datetime").attr("date")(day->year(), day->month(), day->day());
}

std::optional<absl::CivilDay> FromDate(const py::object& value) {
  if (value.is_none()) return std::nullopt;
  if (py::isinstance<py::str>(value)) {
    absl::CivilDay day;
    const std::string text = value.cast<std::string>();
    if (text.size() != 10 || !absl::ParseCivilTime(text, &day)) {
      RaiseStatus(absl::InvalidArgumentError("expected a date as YYYY-MM-DD, found \"" + text + "\""));
    }
    return day;
  }
  return absl::CivilDay(value.attr("year").cast<int>(), value.attr("month").cast<int>(),
                        value.attr("day").cast<int>());
}

}  // namespace

void InitModel(py::module_& m) {
  BindEnum<OrganisationKind>(m, "OrganisationKind", "What kind of body an organisation is.");
  BindEnum<MeetingKind>(m, "MeetingKind", "Board, panel, partnership, ...");
  BindEnum<Level>(m, "Level", "Strategic, tactical or operational.");
  BindEnum<MeetingStatus>(m, "MeetingStatus", "Existing, new, proposed or to be removed.");
  BindEnum<InitiativeStatus>(m, "InitiativeStatus", "Where an initiative stands.");
  BindEnum<ParticipationType>(m, "ParticipationType", "How a participant takes part.");
  BindEnum<AreaKind>(m, "AreaKind", "What kind of geography an area is.");
  BindEnum<SeatKind>(m, "SeatKind", "A member's seat: councillor, co-opted councillor or independent.");
  BindEnum<MemberOffice>(m, "MemberOffice", "A member's office on the body: member, chair or vice-chair.");

  py::class_<Identifier> identifier(m, "Identifier", "An identifier in an external scheme (ocd, gss, ...).");
  identifier.def_property("scheme", CopyOut(&Identifier::scheme), CopyIn(&Identifier::scheme))
      .def_property("value", CopyOut(&Identifier::value), CopyIn(&Identifier::value));
  AddKwargsInit(identifier);
  identifier.def("__repr__", [](const Identifier& i) {
    return "Identifier(scheme=" + std::string(py::repr(py::str(i.scheme))) +
           ", value=" + std::string(py::repr(py::str(i.value))) + ")";
  });

  py::class_<Entity>(m, "Entity", "What every entity has: id, name, aliases, attributes.")
      .def_property("id", CopyOut(&Entity::id), CopyIn(&Entity::id), "Stable id, unique within its kind.")
      .def_property("name", CopyOut(&Entity::name), CopyIn(&Entity::name))
      .def_property("aliases", CopyOut(&Entity::aliases), CopyIn(&Entity::aliases),
                    "Other names; assign a whole list to change.")
      .def_property("attributes", CopyOut(&Entity::attributes), CopyIn(&Entity::attributes),
                    "Extra string fields; assign a whole dict.");

  py::class_<Area, Entity> area(m, "Area", "A geography: force area, local authority area, locality.");
  EnumField(area, "kind", &Area::kind, ParseAreaKind);
  area.def_property("parent", CopyOut(&Area::parent), CopyIn(&Area::parent))
      .def_property("identifiers", CopyOut(&Area::identifiers), CopyIn(&Area::identifiers));
  AddKwargsInit(area);
  AddEntityRepr(area, "Area");

  py::class_<Organisation, Entity> organisation(m, "Organisation", R"pbdoc(
A body: police force, OPCC, council, health or justice body, statutory board.

>>> govgraph.Organisation(id="cps", name="Crown Prosecution Service", kind="criminal_justice")
Organisation(id='cps', name='Crown Prosecution Service')
)pbdoc");
  EnumField(organisation, "kind", &Organisation::kind, ParseOrganisationKind);
  organisation
      .def_property("areas", CopyOut(&Organisation::areas), CopyIn(&Organisation::areas), "Ids of the areas served.")
      .def_property("parent", CopyOut(&Organisation::parent), CopyIn(&Organisation::parent),
                    "Id of the body it sits inside, or None.")
      .def_property("identifiers", CopyOut(&Organisation::identifiers), CopyIn(&Organisation::identifiers));
  AddKwargsInit(organisation);
  AddEntityRepr(organisation, "Organisation");

  py::class_<Role, Entity> role(m, "Role", "A post held in an organisation (PCC, ACC, Chief Executive).");
  role.def_property("organisation", CopyOut(&Role::organisation), CopyIn(&Role::organisation))
      .def_property("elected", CopyOut(&Role::elected), CopyIn(&Role::elected));
  AddKwargsInit(role);
  AddEntityRepr(role, "Role");

  py::class_<Person, Entity> person(m, "Person", "A named person, holding roles.");
  person.def_property("roles", CopyOut(&Person::roles), CopyIn(&Person::roles),
                      "Ids of the roles held, most significant first.");
  AddKwargsInit(person);
  AddEntityRepr(person, "Person");

  py::class_<Topic, Entity> topic(m, "Topic", "A theme or plan priority.");
  topic.def_property("parent", CopyOut(&Topic::parent), CopyIn(&Topic::parent));
  AddKwargsInit(topic);
  AddEntityRepr(topic, "Topic");

  py::class_<Party> party(m, "Party", "Who takes part: an organisation, role and/or person, by id.");
  party.def_property("organisation", CopyOut(&Party::organisation), CopyIn(&Party::organisation))
      .def_property("role", CopyOut(&Party::role), CopyIn(&Party::role))
      .def_property("person", CopyOut(&Party::person), CopyIn(&Party::person))
      .def_property_readonly("empty", CopyOut(&Party::empty));
  AddKwargsInit(party);

  py::class_<Participant> participant(m, "Participant", R"pbdoc(
A participant of a meeting or initiative.

>>> govgraph.Participant(organisation="cps", type="statutory_member", note="CPS")
)pbdoc");
  participant.def_property("party", CopyOut(&Participant::party), CopyIn(&Participant::party))
      .def_property(
          "organisation", [](const Participant& p) { return p.party.organisation; },
          [](Participant& p, Ref<Organisation> r) { p.party.organisation = std::move(r); })
      .def_property(
          "role", [](const Participant& p) { return p.party.role; },
          [](Participant& p, Ref<Role> r) { p.party.role = std::move(r); })
      .def_property(
          "person", [](const Participant& p) { return p.party.person; },
          [](Participant& p, Ref<Person> r) { p.party.person = std::move(r); })
      .def_property("seats", CopyOut(&Participant::seats), CopyIn(&Participant::seats))
      .def_property("note", CopyOut(&Participant::note), CopyIn(&Participant::note),
                    "The participant as the source wrote it.")
      .def_property("co_opted", CopyOut(&Participant::co_opted), CopyIn(&Participant::co_opted),
                    "Co-opted by the meeting itself (a panel's co-opted member), not appointed by the "
                    "organisation it names.");
  EnumField(participant, "type", &Participant::type, ParseParticipationType);
  AddKwargsInit(participant);
  participant.def("__repr__", [](const Participant& p) {
    std::string out = "Participant(";
    auto field = [&](const char* name, const std::string& id) {
      if (!id.empty()) out += std::string(name) + "=" + std::string(py::repr(py::str(id))) + ", ";
    };
    field("organisation", p.party.organisation.id);
    field("role", p.party.role.id);
    field("person", p.party.person.id);
    return out + "type=" + std::string(Name(p.type)) + (p.co_opted ? ", co_opted=True)" : ")");
  });

  py::class_<Lead> lead(m, "Lead", R"pbdoc(
Who leads: organisations (one, or several for a joint lead), supporting
organisations, and the text as written. A string or list of ids converts.
)pbdoc");
  lead.def_property("organisations", CopyOut(&Lead::organisations), CopyIn(&Lead::organisations))
      .def_property("supporting", CopyOut(&Lead::supporting), CopyIn(&Lead::supporting))
      .def_property("text", CopyOut(&Lead::text), CopyIn(&Lead::text))
      .def_property_readonly("none", CopyOut(&Lead::none), "True when nobody leads.")
      .def_property_readonly("joint", CopyOut(&Lead::joint), "True when several organisations lead.");
  AddKwargsInit(lead);
  lead.def(py::init([](const std::string& id) {
             Lead l;
             l.organisations.emplace_back(id);
             return l;
           }),
           py::arg("organisation"));
  lead.def(py::init([](const std::vector<std::string>& ids) {
             Lead l;
             for (const std::string& id : ids) l.organisations.emplace_back(id);
             return l;
           }),
           py::arg("organisations"));
  py::implicitly_convertible<py::str, Lead>();
  py::implicitly_convertible<py::list, Lead>();

  py::class_<Meeting, Entity> meeting(m, "Meeting", R"pbdoc(
A board, panel, partnership, forum or meeting series.

>>> govgraph.Meeting(id="lcjb", name="Local Criminal Justice Board", cadence="Bi monthly",
...                  lead=["opcc", "constabulary"], level="strategic")
)pbdoc");
  EnumField(meeting, "kind", &Meeting::kind, ParseMeetingKind);
  EnumField(meeting, "level", &Meeting::level, ParseLevel);
  EnumField(meeting, "status", &Meeting::status, ParseMeetingStatus);
  meeting.def_property(
      "cadence", [](const Meeting& self) { return self.cadence; },
      [](Meeting& self, const py::object& value) {
        if (py::isinstance<py::str>(value)) {
          self.cadence = ValueOrThrow(ParseCadence(View(value.cast<std::string>())));
        } else {
          self.cadence = value.cast<Cadence>();
        }
      },
      "A Cadence, or text to parse (InvalidInputError if it cannot be read).");
  meeting.def_property("lead", CopyOut(&Meeting::lead), CopyIn(&Meeting::lead))
      .def_property("chair", CopyOut(&Meeting::chair), CopyIn(&Meeting::chair))
      .def_property("chair_note", CopyOut(&Meeting::chair_note), CopyIn(&Meeting::chair_note))
      .def_property("purpose", CopyOut(&Meeting::purpose), CopyIn(&Meeting::purpose))
      .def_property("current_focus", CopyOut(&Meeting::current_focus), CopyIn(&Meeting::current_focus))
      .def_property("participants", CopyOut(&Meeting::participants), CopyIn(&Meeting::participants),
                    "Assign a whole list to change.")
      .def_property("duration_hours", CopyOut(&Meeting::duration_hours), CopyIn(&Meeting::duration_hours),
                    "Hours a sitting, or None if not stated.")
      .def_property("areas", CopyOut(&Meeting::areas), CopyIn(&Meeting::areas))
      .def_property("per_area", CopyOut(&Meeting::per_area), CopyIn(&Meeting::per_area),
                    "Held separately in each of its areas.")
      .def_property("statutory", CopyOut(&Meeting::statutory), CopyIn(&Meeting::statutory))
      .def_property("reports_to", CopyOut(&Meeting::reports_to), CopyIn(&Meeting::reports_to))
      .def_property("topics", CopyOut(&Meeting::topics), CopyIn(&Meeting::topics));
  AddKwargsInit(meeting);
  AddEntityRepr(meeting, "Meeting");

  py::class_<Initiative, Entity> initiative(m, "Initiative", "A collaborative venture or workstream.");
  EnumField(initiative, "status", &Initiative::status, ParseInitiativeStatus);
  initiative.def_property("lead", CopyOut(&Initiative::lead), CopyIn(&Initiative::lead))
      .def_property("purpose", CopyOut(&Initiative::purpose), CopyIn(&Initiative::purpose))
      .def_property("participants", CopyOut(&Initiative::participants), CopyIn(&Initiative::participants))
      .def_property("priorities", CopyOut(&Initiative::priorities), CopyIn(&Initiative::priorities))
      .def_property("areas", CopyOut(&Initiative::areas), CopyIn(&Initiative::areas))
      .def_property(
          "start_date", [](const Initiative& i) { return ToDate(i.start_date); },
          [](Initiative& i, const py::object& v) { i.start_date = FromDate(v); },
          "A datetime.date (or 'YYYY-MM-DD' when set), or None.")
      .def_property(
          "end_date", [](const Initiative& i) { return ToDate(i.end_date); },
          [](Initiative& i, const py::object& v) { i.end_date = FromDate(v); });
  AddKwargsInit(initiative);
  AddEntityRepr(initiative, "Initiative");

  py::class_<Membership> membership(m, "Membership", R"pbdoc(
A person's seat on a meeting (a panel or board) for a term of office: the
seat kind, the council represented, party, office, the pillars (topics) led,
whether a substitute (and for whom), and the term.

>>> govgraph.Membership(person="ann", meeting="dorset-pcp", seat="councillor",
...                     council="dorset-county-council", leads=["protecting-people"],
...                     start_date="2018-05-24")
)pbdoc");
  membership.def_property("person", CopyOut(&Membership::person), CopyIn(&Membership::person))
      .def_property("meeting", CopyOut(&Membership::meeting), CopyIn(&Membership::meeting))
      .def_property("council", CopyOut(&Membership::council), CopyIn(&Membership::council),
                    "The council a councillor represents; empty for an independent member.")
      .def_property("party", CopyOut(&Membership::party), CopyIn(&Membership::party),
                    "Political party, where known.")
      .def_property("leads", CopyOut(&Membership::leads), CopyIn(&Membership::leads),
                    "Topic ids of the pillars the member leads on for the body.")
      .def_property("substitute", CopyOut(&Membership::substitute), CopyIn(&Membership::substitute),
                    "A substitute member, not counted as a member.")
      .def_property("substitute_for", CopyOut(&Membership::substitute_for), CopyIn(&Membership::substitute_for),
                    "The member substituted for, where named (makes a substitute).")
      .def_property(
          "start_date", [](const Membership& x) { return ToDate(x.start_date); },
          [](Membership& x, const py::object& v) { x.start_date = FromDate(v); },
          "The term's first day: a datetime.date (or 'YYYY-MM-DD' when set), or None.")
      .def_property(
          "end_date", [](const Membership& x) { return ToDate(x.end_date); },
          [](Membership& x, const py::object& v) { x.end_date = FromDate(v); }, "The term's last day, or None.")
      .def_property("attributes", CopyOut(&Membership::attributes), CopyIn(&Membership::attributes))
      .def_property_readonly("is_substitute", CopyOut(&Membership::is_substitute),
                             "True for a substitute (flagged, or naming the member substituted for).")
      .def(
          "in_office",
          [](const Membership& x, const py::object& day) {
            std::optional<absl::CivilDay> d = FromDate(day);
            return !d || x.InOffice(*d);
          },
          py::arg("day"), "True when the term covers the day (a datetime.date or 'YYYY-MM-DD').");
  EnumField(membership, "seat", &Membership::seat, ParseSeatKind);
  EnumField(membership, "office", &Membership::office, ParseMemberOffice);
  AddKwargsInit(membership);
  membership.def("__repr__", [](const Membership& x) {
    std::string out = "Membership(person=" + std::string(py::repr(py::str(x.person.id))) +
                      ", meeting=" + std::string(py::repr(py::str(x.meeting.id))) + ", seat=" + std::string(Name(x.seat));
    if (!x.council.empty()) out += ", council=" + std::string(py::repr(py::str(x.council.id)));
    if (x.is_substitute()) out += ", substitute=True";
    return out + ")";
  });

  py::class_<RegisterDefaults> defaults(m, "RegisterDefaults", "Register-wide fallbacks for analyses.");
  defaults.def_property("meeting_duration_hours", CopyOut(&RegisterDefaults::meeting_duration_hours),
                        CopyIn(&RegisterDefaults::meeting_duration_hours));
  AddKwargsInit(defaults);

  py::class_<RegisterInfo> info(m, "RegisterInfo", "Where a register came from.");
  info.def_property("title", CopyOut(&RegisterInfo::title), CopyIn(&RegisterInfo::title))
      .def_property("description", CopyOut(&RegisterInfo::description), CopyIn(&RegisterInfo::description))
      .def_property("source", CopyOut(&RegisterInfo::source), CopyIn(&RegisterInfo::source))
      .def_property("date", CopyOut(&RegisterInfo::date), CopyIn(&RegisterInfo::date))
      .def_property("attributes", CopyOut(&RegisterInfo::attributes), CopyIn(&RegisterInfo::attributes));
  AddKwargsInit(info);
}

}  // namespace govgraph::python
