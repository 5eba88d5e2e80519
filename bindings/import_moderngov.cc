// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
// Bindings for govgraph/import/moderngov.h. The Python-facing functions
// (govgraph.import_moderngov, read_moderngov, moderngov_response) are in
// python/govgraph/moderngov.py and call the underscored functions here.
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common.h"
#include "govgraph/import/moderngov.h"

namespace govgraph::python {
namespace {

std::string Text(std::string_view s) { return std::string(s); }

py::object Date(const std::optional<absl::CivilDay>& d) {
  if (!d) return py::none();
  return py::module_::import("datetime").attr("date")(d->year(), d->month(), d->day());
}

template <class T>
void BindPlace(py::class_<T>& c) {
  c.def_property_readonly("file", [](const T& v) { return v.place.file; })
      .def_property_readonly("line", [](const T& v) { return v.place.line; })
      .def_property_readonly("column", [](const T& v) { return v.place.column; })
      .def_property_readonly(
          "element", [](const T& v) { return v.place.element; },
          "The element's path, \"<getmeetings>/<committee>/...\".");
}

}  // namespace

void InitImportModernGov(py::module_& m) {
  py::class_<ModernGovDiagnostic> diagnostic(m, "ModernGovDiagnostic", R"pbdoc(
Something a ModernGov import read with a judgement, or did not understand.

``severity`` is ``"info"``, ``"warning"`` or ``"error"``; ``file``, ``line``,
``column`` and ``element`` (the element's path) say where; ``text`` is what
was written there.

>>> result = govgraph.import_moderngov(["committees.xml", "meetings.xml"], council="Manchester City Council")
>>> [str(d) for d in result.diagnostics if d.severity == "error"]
[]
)pbdoc");
  diagnostic.def_property_readonly("severity", [](const ModernGovDiagnostic& d) { return Text(Name(d.severity)); })
      .def_readonly("text", &ModernGovDiagnostic::text)
      .def_readonly("message", &ModernGovDiagnostic::message)
      .def("__str__", &ModernGovDiagnostic::ToString)
      .def("__repr__",
           [](const ModernGovDiagnostic& d) { return "<govgraph.ModernGovDiagnostic " + d.ToString() + ">"; });
  BindPlace(diagnostic);

  py::class_<ModernGovCadenceEvidence>(m, "ModernGovCadenceEvidence", R"pbdoc(
How a committee's cadence was inferred from its meeting dates.

``dates`` are the dated meetings that were not cancelled (``datetime.date``,
sorted, each once), ``gaps_days`` the gaps between them, ``cancelled`` and
``undated`` the meetings set aside, ``median_gap_days`` (None with fewer than
two dates), ``cadence`` the result and ``reason`` the explanation.

>>> [(c.meeting, c.cadence.describe()) for c in result.cadences]
[('audit-committee', 'unknown (ModernGov: 1 dated meeting(s))')]
)pbdoc")
      .def_readonly("meeting", &ModernGovCadenceEvidence::meeting)
      .def_readonly("committee_id", &ModernGovCadenceEvidence::committee_id)
      .def_property_readonly("dates",
                             [](const ModernGovCadenceEvidence& e) {
                               py::list out;
                               for (absl::CivilDay d : e.dates) out.append(Date(d));
                               return out;
                             })
      .def_readonly("gaps_days", &ModernGovCadenceEvidence::gaps_days)
      .def_readonly("cancelled", &ModernGovCadenceEvidence::cancelled)
      .def_readonly("undated", &ModernGovCadenceEvidence::undated)
      .def_readonly("median_gap_days", &ModernGovCadenceEvidence::median_gap_days)
      .def_readonly("cadence", &ModernGovCadenceEvidence::cadence)
      .def_readonly("reason", &ModernGovCadenceEvidence::reason)
      .def("__repr__", [](const ModernGovCadenceEvidence& e) {
        return "<govgraph.ModernGovCadenceEvidence " + e.meeting + ": " + e.reason + ">";
      });

  py::class_<ModernGovCommittee> committee(m, "ModernGovCommittee",
                                           "A committee as a GetCommittees or GetMeetings response lists it.");
  committee.def_readonly("id", &ModernGovCommittee::id)
      .def_readonly("title", &ModernGovCommittee::title)
      .def_readonly("deleted", &ModernGovCommittee::deleted)
      .def_readonly("expired", &ModernGovCommittee::expired)
      .def_readonly("category", &ModernGovCommittee::category)
      .def("__repr__",
           [](const ModernGovCommittee& c) { return "<govgraph.ModernGovCommittee " + c.id + " " + c.title + ">"; });
  BindPlace(committee);

  py::class_<ModernGovMeeting> meeting(m, "ModernGovMeeting", "One dated meeting of a committee.");
  meeting.def_readonly("id", &ModernGovMeeting::id)
      .def_readonly("committee_id", &ModernGovMeeting::committee_id)
      .def_readonly("committee_title", &ModernGovMeeting::committee_title)
      .def_property_readonly("date", [](const ModernGovMeeting& v) { return Date(v.date); })
      .def_readonly("date_text", &ModernGovMeeting::date_text)
      .def_readonly("time", &ModernGovMeeting::time)
      .def_readonly("planned_finish_time", &ModernGovMeeting::planned_finish_time)
      .def_readonly("status", &ModernGovMeeting::status)
      .def_readonly("location", &ModernGovMeeting::location)
      .def_property_readonly("cancelled", &ModernGovMeeting::cancelled)
      .def("__repr__", [](const ModernGovMeeting& v) {
        return "<govgraph.ModernGovMeeting " + v.id + " " + v.date_text + " " + v.status + ">";
      });
  BindPlace(meeting);

  py::class_<ModernGovAgendaItem> item(m, "ModernGovAgendaItem", "An agenda item; its HTML text as plain text.");
  item.def_readonly("meeting_id", &ModernGovAgendaItem::meeting_id)
      .def_readonly("id", &ModernGovAgendaItem::id)
      .def_readonly("number", &ModernGovAgendaItem::number)
      .def_readonly("title", &ModernGovAgendaItem::title)
      .def_readonly("text", &ModernGovAgendaItem::text);
  BindPlace(item);

  py::class_<ModernGovAttendee> attendee(m, "ModernGovAttendee", "One attendee of a meeting (GetMeeting).");
  attendee.def_readonly("meeting_id", &ModernGovAttendee::meeting_id)
      .def_readonly("member_id", &ModernGovAttendee::member_id)
      .def_readonly("name", &ModernGovAttendee::name)
      .def_readonly("role_description", &ModernGovAttendee::role_description)
      .def_readonly("attendance", &ModernGovAttendee::attendance)
      .def_readonly("member_type", &ModernGovAttendee::member_type)
      .def_readonly("party", &ModernGovAttendee::party)
      .def_readonly("ward", &ModernGovAttendee::ward)
      .def_readonly("url", &ModernGovAttendee::url)
      .def("__repr__", [](const ModernGovAttendee& a) {
        return "<govgraph.ModernGovAttendee " + a.name + " (" + a.role_description + ", " + a.attendance + ")>";
      });
  BindPlace(attendee);

  py::class_<ModernGovCouncillor> councillor(m, "ModernGovCouncillor",
                                             "A councillor of a ward (GetCouncillorsByWard).");
  councillor.def_readonly("id", &ModernGovCouncillor::id)
      .def_readonly("name", &ModernGovCouncillor::name)
      .def_readonly("ward", &ModernGovCouncillor::ward)
      .def_readonly("party", &ModernGovCouncillor::party);
  BindPlace(councillor);

  py::class_<ModernGovDocument>(m, "ModernGovDocument", R"pbdoc(
One ModernGov web-service response, read.

``response`` is ``"committees"``, ``"meetings"``, ``"meeting"`` or
``"councillors_by_ward"`` (from the root element).

>>> doc = govgraph.read_moderngov("meetings.xml")
>>> [(m.id, m.date, m.status) for m in doc.meetings]
[('4966', datetime.date(2026, 1, 13), 'Cancelled'), ('4967', datetime.date(2026, 2, 10), 'Confirmed')]
)pbdoc")
      .def_readonly("file", &ModernGovDocument::file)
      .def_property_readonly("response", [](const ModernGovDocument& d) { return Text(Name(d.response)); })
      .def_readonly("site", &ModernGovDocument::site)
      .def_readonly("committees", &ModernGovDocument::committees)
      .def_readonly("meetings", &ModernGovDocument::meetings)
      .def_readonly("agenda_items", &ModernGovDocument::agenda_items)
      .def_readonly("attendees", &ModernGovDocument::attendees)
      .def_readonly("councillors", &ModernGovDocument::councillors)
      .def_readonly("diagnostics", &ModernGovDocument::diagnostics)
      .def("__repr__", [](const ModernGovDocument& d) {
        return "<govgraph.ModernGovDocument " + d.file + " (" + Text(Name(d.response)) + ")>";
      });

  m.def(
      "_read_moderngov",
      [](const std::filesystem::path& path) { return ValueOrThrow(ParseModernGovFile(path.string())); },
      py::arg("path"), "Internal: use govgraph.read_moderngov.");
  m.def(
      "_moderngov_response",
      [](const py::bytes& head) -> std::optional<std::string> {
        const std::optional<ModernGovResponse> r = DetectModernGovResponse(View(std::string(head)));
        if (!r) return std::nullopt;
        return Text(Name(*r));
      },
      py::arg("head"), "Internal: use govgraph.moderngov_response.");
  m.def(
      "_import_moderngov",
      [](const std::vector<std::filesystem::path>& paths, const std::string& council, const std::string& council_id,
         const std::string& council_kind, bool strict, const std::string& source) {
        ModernGovOptions o;
        o.council = council;
        o.council_id = council_id;
        o.council_kind = ValueOrThrow(ParseOrganisationKind(View(council_kind)));
        o.strict = strict;
        o.source = source;
        std::vector<std::string> files;
        for (const auto& p : paths) files.push_back(p.string());
        absl::StatusOr<ModernGovImportResult> result;
        {
          py::gil_scoped_release release;
          result = ImportModernGovFiles(files, o);
        }
        ModernGovImportResult r = ValueOrThrow(std::move(result));
        return py::make_tuple(std::move(r.reg), std::move(r.diagnostics), std::move(r.cadences),
                              std::move(r.documents));
      },
      py::arg("paths"), py::arg("council"), py::arg("council_id"), py::arg("council_kind"), py::arg("strict"),
      py::arg("source"),
      "Internal: use govgraph.import_moderngov. Returns (register, diagnostics, cadences, documents).");
}

}  // namespace govgraph::python
