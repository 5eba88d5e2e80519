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
  py::class_<ModernGovCadenceEvidence>(m, "ModernGovCadenceEvidence", R"pbdoc(
How a committee's cadence was inferred from its meeting dates.

``dates`` are the dated meetings that were not cancelled (``datetime.date``,
sorted, each once), ``gaps_days`` the gaps between them, ``cancelled`` and
``undated`` the meetings set aside, ``median_gap_days`` (None with fewer than
two dates), ``cadence`` the result and ``reason`` the explanation.

>>> [(c.meeting, c.cadence.describe()) for c in result.cadences]
[('audit-committee', 'unknown (ModernGov: 1 dated meeting(s))')]
)pbdoc")
      .def_property_readonly("meeting", CopyOut(&ModernGovCadenceEvidence::meeting))
      .def_property_readonly("committee_id", CopyOut(&ModernGovCadenceEvidence::committee_id))
      .def_property_readonly("dates",
                             [](const ModernGovCadenceEvidence& e) {
                               py::list out;
                               for (absl::CivilDay d : e.dates) out.append(Date(d));
                               return out;
                             })
      .def_property_readonly("gaps_days", CopyOut<ModernGovCadenceEvidence>(&ModernGovCadenceEvidence::gaps_days))
      .def_property_readonly("cancelled", CopyOut<ModernGovCadenceEvidence>(&ModernGovCadenceEvidence::cancelled))
      .def_property_readonly("undated", CopyOut<ModernGovCadenceEvidence>(&ModernGovCadenceEvidence::undated))
      .def_property_readonly("median_gap_days", CopyOut<ModernGovCadenceEvidence>(&ModernGovCadenceEvidence::median_gap_days))
      .def_property_readonly("cadence", CopyOut<ModernGovCadenceEvidence>(&ModernGovCadenceEvidence::cadence))
      .def_property_readonly("reason", CopyOut<ModernGovCadenceEvidence>(&ModernGovCadenceEvidence::reason))
      .def("__repr__", [](const ModernGovCadenceEvidence& e) {
        return "<govgraph.ModernGovCadenceEvidence " + e.meeting + ": " + e.reason + ">";
      });

  py::class_<ModernGovCommittee> committee(m, "ModernGovCommittee",
                                           "A committee as a GetCommittees or GetMeetings response lists it.");
  committee.def_property_readonly("id", CopyOut(&ModernGovCommittee::id))
      .def_property_readonly("title", CopyOut(&ModernGovCommittee::title))
      .def_property_readonly("deleted", CopyOut(&ModernGovCommittee::deleted))
      .def_property_readonly("expired", CopyOut(&ModernGovCommittee::expired))
      .def_property_readonly("category", CopyOut(&ModernGovCommittee::category))
      .def("__repr__",
           [](const ModernGovCommittee& c) { return "<govgraph.ModernGovCommittee " + c.id + " " + c.title + ">"; });
  BindPlace(committee);

  py::class_<ModernGovMeeting> meeting(m, "ModernGovMeeting", "One dated meeting of a committee.");
  meeting.def_property_readonly("id", CopyOut(&ModernGovMeeting::id))
      .def_property_readonly("committee_id", CopyOut(&ModernGovMeeting::committee_id))
      .def_property_readonly("committee_title", CopyOut(&ModernGovMeeting::committee_title))
      .def_property_readonly("date", [](const ModernGovMeeting& v) { return Date(v.date); })
      .def_property_readonly("date_text", CopyOut(&ModernGovMeeting::date_text))
      .def_property_readonly("time", CopyOut(&ModernGovMeeting::time))
      .def_property_readonly("planned_finish_time", CopyOut(&ModernGovMeeting::planned_finish_time))
      .def_property_readonly("status", CopyOut(&ModernGovMeeting::status))
      .def_property_readonly("location", CopyOut(&ModernGovMeeting::location))
      .def_property_readonly("cancelled", CopyOut(&ModernGovMeeting::cancelled))
      .def("__repr__", [](const ModernGovMeeting& v) {
        return "<govgraph.ModernGovMeeting " + v.id + " " + v.date_text + " " + v.status + ">";
      });
  BindPlace(meeting);

  py::class_<ModernGovAgendaItem> item(m, "ModernGovAgendaItem", "An agenda item; its HTML text as plain text.");
  item.def_property_readonly("meeting_id", CopyOut(&ModernGovAgendaItem::meeting_id))
      .def_property_readonly("id", CopyOut(&ModernGovAgendaItem::id))
      .def_property_readonly("number", CopyOut(&ModernGovAgendaItem::number))
      .def_property_readonly("title", CopyOut(&ModernGovAgendaItem::title))
      .def_property_readonly("text", CopyOut(&ModernGovAgendaItem::text));
  BindPlace(item);

  py::class_<ModernGovAttendee> attendee(m, "ModernGovAttendee", "One attendee of a meeting (GetMeeting).");
  attendee.def_property_readonly("meeting_id", CopyOut(&ModernGovAttendee::meeting_id))
      .def_property_readonly("member_id", CopyOut(&ModernGovAttendee::member_id))
      .def_property_readonly("name", CopyOut(&ModernGovAttendee::name))
      .def_property_readonly("role_description", CopyOut(&ModernGovAttendee::role_description))
      .def_property_readonly("attendance", CopyOut(&ModernGovAttendee::attendance))
      .def_property_readonly("member_type", CopyOut(&ModernGovAttendee::member_type))
      .def_property_readonly("party", CopyOut(&ModernGovAttendee::party))
      .def_property_readonly("ward", CopyOut(&ModernGovAttendee::ward))
      .def_property_readonly("url", CopyOut(&ModernGovAttendee::url))
      .def("__repr__", [](const ModernGovAttendee& a) {
        return "<govgraph.ModernGovAttendee " + a.name + " (" + a.role_description + ", " + a.attendance + ")>";
      });
  BindPlace(attendee);

  py::class_<ModernGovCouncillor> councillor(m, "ModernGovCouncillor",
                                             "A councillor of a ward (GetCouncillorsByWard).");
  councillor.def_property_readonly("id", CopyOut(&ModernGovCouncillor::id))
      .def_property_readonly("name", CopyOut(&ModernGovCouncillor::name))
      .def_property_readonly("ward", CopyOut(&ModernGovCouncillor::ward))
      .def_property_readonly("party", CopyOut(&ModernGovCouncillor::party));
  BindPlace(councillor);

  py::class_<ModernGovDocument>(m, "ModernGovDocument", R"pbdoc(
One ModernGov web-service response, read.

``response`` is ``"committees"``, ``"meetings"``, ``"meeting"`` or
``"councillors_by_ward"`` (from the root element).

>>> doc = govgraph.read_moderngov("meetings.xml")
>>> [(m.id, m.date, m.status) for m in doc.meetings]
[('4966', datetime.date(2026, 1, 13), 'Cancelled'), ('4967', datetime.date(2026, 2, 10), 'Confirmed')]
)pbdoc")
      .def_property_readonly("file", CopyOut(&ModernGovDocument::file))
      .def_property_readonly("response", [](const ModernGovDocument& d) { return Text(Name(d.response)); })
      .def_property_readonly("site", CopyOut(&ModernGovDocument::site))
      .def_property_readonly("committees", CopyOut(&ModernGovDocument::committees))
      .def_property_readonly("meetings", CopyOut(&ModernGovDocument::meetings))
      .def_property_readonly("agenda_items", CopyOut(&ModernGovDocument::agenda_items))
      .def_property_readonly("attendees", CopyOut(&ModernGovDocument::attendees))
      .def_property_readonly("councillors", CopyOut(&ModernGovDocument::councillors))
      .def_property_readonly("diagnostics", CopyOut(&ModernGovDocument::diagnostics))
      .def("__repr__", [](const ModernGovDocument& d) {
        return "<govgraph.ModernGovDocument " + d.file + " (" + Text(Name(d.response)) + ")>";
      });

  m.def(
      "_read_moderngov",
      [](const std::filesystem::path& path) { return ValueOrThrow(LoadModernGovFile(path.string())); },
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
