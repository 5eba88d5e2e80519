// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/register.h and govgraph/register_builder.h.
#include "govgraph/register.h"

#include <span>
#include <string>
#include <variant>
#include <vector>

#include "common.h"
#include "govgraph/names.h"
#include "govgraph/register_builder.h"

namespace govgraph::python {
namespace {

template <class T>
std::vector<T> ToVector(std::span<const T> items) {
  return std::vector<T>(items.begin(), items.end());
}

// Adds the four accessors of one entity kind: a list property, get by
// handle, find by id, and look up by name.
template <class T, class Handle>
void BindKind(py::class_<Register>& cls, const char* plural, const char* singular,
              std::span<const T> (Register::*all)() const, const T& (Register::*get)(Handle) const,
              std::optional<Handle> (Register::*find)(absl::string_view) const,
              absl::StatusOr<Handle> (Register::*lookup)(absl::string_view) const) {
  cls.def_property_readonly(
      plural, [all](const Register& r) { return ToVector((r.*all)()); },
      (std::string("All ") + plural + ", in order (copies; handles are list positions).").c_str());
  cls.def(
      singular,
      [get, all, singular](const Register& r, Handle h) {
        if (h.index() >= (r.*all)().size()) {
          throw py::index_error(std::string(singular) + " handle " + std::to_string(h.index()) +
                                " is out of range");
        }
        return (r.*get)(h);
      },
      py::arg("handle"), (std::string("The ") + singular + " with this handle.").c_str());
  cls.def(
      ("find_" + std::string(singular)).c_str(),
      [find](const Register& r, const std::string& id) { return (r.*find)(View(id)); },
      py::arg("id"), (std::string("Handle of the ") + singular + " with this id, or None.").c_str());
  cls.def(
      ("lookup_" + std::string(singular)).c_str(),
      [lookup](const Register& r, const std::string& name) { return ValueOrThrow((r.*lookup)(View(name))); },
      py::arg("name"),
      (std::string("Handle of the ") + singular +
       " with this id, name or alias (normalised).\n\n:raises NotFoundError: nothing matches.\n"
       ":raises InvalidInputError: the name is ambiguous.")
          .c_str());
}

}  // namespace

void InitRegister(py::module_& m) {
  py::class_<Diagnostic>(m, "Diagnostic", R"pbdoc(
One thing a reader, an importer or a check noticed: the register's checks,
the JSON, Popolo and OCD readers, and the table and ModernGov imports all
report with it.

``severity`` is ``"info"`` (understood, with a reading worth checking),
``"warning"`` (partly understood, or assumed) or ``"error"`` (not understood,
or wrong); ``code`` tells kinds apart (``"unknown_reference"``,
``"duplicate_id"``, ``"missing"``, ``"bad_type"``, ``"bad_value"``,
``"unknown_field"``, ``"cycle"``, ``"conflict"``, ``"not_understood"``,
``"judged"``, ``"not_imported"``, or ``""``). Where it is, as far as the
reader knows: ``path`` in a JSON-style document
(``"meetings[3].participants[2].organisation"``; ``path_steps`` gives its
keys and indexes), ``file``, ``line``, ``column`` and ``element`` in a text
file, ``row``, ``column``, ``column_name`` and ``field`` in a table (rows
numbered as a spreadsheet does, the header being row 1; ``column`` is
1-based, 0 for none). ``str(d)`` is the line every message is shown as.

>>> b = govgraph.RegisterBuilder()
>>> b.add_meeting(govgraph.Meeting(id="m", name="M", lead="x"))
>>> [(d.path, d.code) for d in b.check()]
[('meetings[0].lead.organisations[0]', 'unknown_reference')]
)pbdoc")
      .def_property_readonly(
          "severity", py::cpp_function([](const Diagnostic& self) { return Text(Name(self.severity)); }, py::arg("self")),
          "\"info\", \"warning\" or \"error\"")
      .def_property_readonly("code", CopyOut(&Diagnostic::code))
      .def_property_readonly(
          "path", py::cpp_function([](const Diagnostic& self) { return self.path.ToString(); }, py::arg("self")),
          "e.g. 'meetings[3].participants[2].organisation'; '' for none")
      .def_property_readonly(
          "path_steps",
          py::cpp_function(
              [](const Diagnostic& self) {
                std::vector<std::variant<std::string, size_t>> out;
                for (const DiagnosticPath::Step& s : self.path.steps()) {
                  if (s.is_index) {
                    out.emplace_back(s.index);
                  } else {
                    out.emplace_back(s.key);
                  }
                }
                return out;
              },
              py::arg("self")),
          "The path's keys (str) and indexes (int): ['meetings', 3, 'participants', 2, 'organisation'].")
      .def_property_readonly("file", CopyOut(&Diagnostic::file))
      .def_property_readonly("line", CopyOut(&Diagnostic::line))
      .def_property_readonly("column", CopyOut(&Diagnostic::column))
      .def_property_readonly("element", CopyOut(&Diagnostic::element),
                             "An XML element's path, \"<getmeetings>/<committee>/...\".")
      .def_property_readonly("row", CopyOut(&Diagnostic::row))
      .def_property_readonly("column_name", CopyOut(&Diagnostic::column_name))
      .def_property_readonly("field", CopyOut(&Diagnostic::field))
      .def_property_readonly("scope", CopyOut(&Diagnostic::scope),
                             "What was read as a whole (\"table\", \"import\"), shown when there is no finer place.")
      .def_property_readonly("message", CopyOut(&Diagnostic::message))
      .def_property_readonly("text", CopyOut(&Diagnostic::text))
      .def_property_readonly("understood", CopyOut(&Diagnostic::understood))
      .def_property_readonly("suggestion", CopyOut(&Diagnostic::suggestion))
      .def("__str__", &Diagnostic::ToString)
      .def("__repr__", [](const Diagnostic& d) { return "<govgraph.Diagnostic " + d.ToString() + ">"; });

  py::class_<RegisterBuilder> builder(m, "RegisterBuilder", R"pbdoc(
Assembles and validates a Register. Add entities in any order; build()
resolves every reference and raises InvalidInputError listing the problems.

>>> b = govgraph.RegisterBuilder()
>>> b.add_organisation(govgraph.Organisation(id="opcc", name="OPCC"))
>>> b.add_meeting(govgraph.Meeting(id="m", name="Board", lead="opcc"))
>>> reg = b.build()
)pbdoc");

  py::class_<Register> reg(m, "Register", R"pbdoc(
A validated, immutable governance register: organisations, roles, people,
topics, areas, meetings and initiatives, with look-up by id and by name.

Make one with RegisterBuilder or load one with govgraph.load_json(path).
Entity lists are copies: edit through ``register.to_builder()``.

>>> reg = govgraph.load_json("examples/registers/avon-and-somerset-2016.json")
>>> reg.meeting(reg.lookup_meeting("Safeguarding chairs meeting")).cadence.per_year
2.0
)pbdoc");
  reg.def(py::init<>(), "An empty register.")
      .def_property_readonly("info", CopyOut(&Register::info))
      .def_property_readonly("defaults", CopyOut(&Register::defaults));
  BindKind<Area, AreaHandle>(reg, "areas", "area", &Register::areas, &Register::area,
                             &Register::FindArea, &Register::LookupArea);
  BindKind<Organisation, OrganisationHandle>(reg, "organisations", "organisation",
                                             &Register::organisations, &Register::organisation,
                                             &Register::FindOrganisation, &Register::LookupOrganisation);
  BindKind<Role, RoleHandle>(reg, "roles", "role", &Register::roles, &Register::role,
                             &Register::FindRole, &Register::LookupRole);
  BindKind<Person, PersonHandle>(reg, "people", "person", &Register::people, &Register::person,
                                 &Register::FindPerson, &Register::LookupPerson);
  BindKind<Topic, TopicHandle>(reg, "topics", "topic", &Register::topics, &Register::topic,
                               &Register::FindTopic, &Register::LookupTopic);
  BindKind<Meeting, MeetingHandle>(reg, "meetings", "meeting", &Register::meetings, &Register::meeting,
                                   &Register::FindMeeting, &Register::LookupMeeting);
  BindKind<Initiative, InitiativeHandle>(reg, "initiatives", "initiative", &Register::initiatives,
                                         &Register::initiative, &Register::FindInitiative,
                                         &Register::LookupInitiative);
  reg.def_property_readonly(
         "memberships",
         [](const Register& r) { return ToVector(r.memberships()); },
         "All memberships (people's seats on meetings), in order (copies).")
      .def(
          "memberships_of",
          [](const Register& r, MeetingHandle h) {
            std::vector<Membership> out;
            for (const Membership* x : r.MembershipsOf(h)) out.push_back(*x);
            return out;
          },
          py::arg("meeting"), "The memberships of one meeting (by handle), in order (copies).");
  reg.def("organisation_of", &Register::OrganisationOf, py::arg("party"),
          "Handle of the organisation a party belongs to (via its role or person), or None.")
      .def("sittings_per_year", &Register::SittingsPerYear, py::arg("meeting"),
           "Sittings a year, counting each area of a per-area meeting; None if the cadence is unknown.")
      .def("duration_hours", &Register::DurationHours, py::arg("meeting"),
           "The meeting's duration, or the register default.")
      .def("to_builder", [](const Register& r) { return RegisterBuilder(r); },
           "A builder holding a copy of this register, to edit and build anew.")
      .def("__eq__", [](const Register& a, const py::object& b) { return py::isinstance<Register>(b) && a == b.cast<const Register&>(); },
           py::arg("other"), py::is_operator())
      .def("__repr__", [](const Register& r) {
        return "<govgraph.Register " + std::string(py::repr(py::str(r.info().title))) + ": " +
               std::to_string(r.meetings().size()) + " meetings, " +
               std::to_string(r.organisations().size()) + " organisations>";
      });
  reg.attr("__hash__") = py::none();

  builder
      .def(py::init<>())
      .def(py::init<const Register&>(), py::arg("register"), "Start from a copy of a register.")
      .def("set_info", &RegisterBuilder::SetInfo, py::arg("info"), py::return_value_policy::reference_internal,
           "Set the title, source and date of the register. Returns the builder, so calls chain.")
      .def("set_defaults", &RegisterBuilder::SetDefaults, py::arg("defaults"), py::return_value_policy::reference_internal,
           "Set the defaults (meeting duration) the register falls back on. Returns the builder.")
      .def("add_area", &RegisterBuilder::AddArea, py::arg("area"), py::return_value_policy::reference_internal,
           "Add an area (force area, local authority area, locality). Returns the builder, so calls chain.")
      .def("add_organisation", &RegisterBuilder::AddOrganisation, py::arg("organisation"), py::return_value_policy::reference_internal,
           "Add an organisation. Returns the builder, so calls chain.")
      .def("add_role", &RegisterBuilder::AddRole, py::arg("role"), py::return_value_policy::reference_internal,
           "Add a role (a post, in an organisation or on its own). Returns the builder, so calls chain.")
      .def("add_person", &RegisterBuilder::AddPerson, py::arg("person"), py::return_value_policy::reference_internal,
           "Add a named person. Returns the builder, so calls chain.")
      .def("add_topic", &RegisterBuilder::AddTopic, py::arg("topic"), py::return_value_policy::reference_internal,
           "Add a topic. Returns the builder, so calls chain.")
      .def("add_meeting", &RegisterBuilder::AddMeeting, py::arg("meeting"), py::return_value_policy::reference_internal,
           "Add a meeting. References to other entities are checked when build() is called. Returns the builder.")
      .def("add_initiative", &RegisterBuilder::AddInitiative, py::arg("initiative"), py::return_value_policy::reference_internal,
           "Add an initiative. Returns the builder, so calls chain.")
      .def("add_membership", &RegisterBuilder::AddMembership, py::arg("membership"), py::return_value_policy::reference_internal,
           "Add a membership (a person's seat on a meeting). Returns the builder, so calls chain.")
      .def_property("memberships", [](RegisterBuilder& b) { return b.memberships(); },
                    [](RegisterBuilder& b, std::vector<Membership> v) { b.memberships() = std::move(v); },
                    "The memberships added so far (a copy); assign a list to replace them.")
      .def_property("meetings", [](RegisterBuilder& b) { return b.meetings(); },
                    [](RegisterBuilder& b, std::vector<Meeting> v) { b.meetings() = std::move(v); },
                    "The meetings added so far (a copy); assign a list to replace them.")
      .def_property("organisations", [](RegisterBuilder& b) { return b.organisations(); },
                    [](RegisterBuilder& b, std::vector<Organisation> v) { b.organisations() = std::move(v); })
      .def("check", &RegisterBuilder::Check, "Every problem, as a list of Diagnostic; empty when build() would succeed.")
      .def("build", [](const RegisterBuilder& b) { return ValueOrThrow(b.Build()); },
           "The validated Register.\n\n:raises InvalidInputError: naming each problem's place.");

  m.def("normalise_name", [](const std::string& s) { return NormaliseName(View(s)); }, py::arg("name"),
        "The form names are matched in: lower case, '&' as 'and', punctuation as spaces.\n\n>>> govgraph.normalise_name('Avon & Somerset LCJB')\n'avon and somerset lcjb'")
      .def("slugify", [](const std::string& s) { return Slugify(View(s)); }, py::arg("name"),
           "An id made from a name.\n\n>>> govgraph.slugify('Avon & Somerset LCJB')\n'avon-and-somerset-lcjb'");
}

}  // namespace govgraph::python
