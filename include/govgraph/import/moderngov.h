// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// import/moderngov.h: committees, their meetings and who attends them, from
/// the XML that a council's (or a police and crime panel's) ModernGov web
/// service, mgWebService.asmx, returns.
///
/// Save the responses to files (docs/moderngov.md says how); govgraph reads
/// files and never the network. Four responses are understood, told apart by
/// their root element:
///
/// ```
///   GetCommittees          <committees>          committee id, title, deleted, expired, category
///   GetMeetings            <getmeetings>         each committee's meetings: id, date, time, status
///   GetMeeting             <meeting>             one meeting, its agenda items and <attendees>
///   GetCouncillorsByWard   <councillorsbyward>   wards and their councillors
/// ```
///
/// ImportModernGov turns one or more of them into a Register:
///
/// ```
///   - the council is one organisation (ModernGovOptions::council), which leads
///     every committee;
///   - each committee is a Meeting (a meeting series), kind committee (or
///     board, panel, forum... from its title); expired and deleted committees
///     are kept, status to_be_removed, with attributes["moderngov_state"];
///   - each dated meeting of a committee is evidence for its cadence: the
///     median gap between the dates of meetings that were not cancelled gives
///     monthly, bimonthly, quarterly, six-monthly, annual...; the dates, the
///     gaps and the number cancelled are kept in the committee's attributes
///     and in ModernGovImportResult::cadences, and said in a diagnostic;
///   - each attendee of a meeting is a Person (a councillor or other member)
///     and a participant of the committee, typed by their role description
///     ("Chair" -> chair, "Committee Member" -> member, "Substitute" ->
///     attendee...), the description and attendance kept in the note;
///   - councillors by ward are people with the role of councillor, and each
///     ward an area.
/// ```
/// Dates are dd/mm/yyyy; an impossible date is an error naming its place.
/// Text that a council escaped twice ("Audit &amp;amp; Risk") and HTML inside
/// agenda text are decoded to plain text.
///
/// Documents that declare entities or refer to external ones are refused (see
/// internal XML reader): "committees.xml:2:1: <!DOCTYPE ...>: entity
/// declarations are not accepted ...".
///
/// ```
///   ModernGovOptions options;
///   options.council = "Manchester City Council";
///   absl::StatusOr<ModernGovImportResult> result =
///       ImportModernGovFiles({"committees.xml", "meetings.xml", "meeting-4967.xml"}, options);
/// ```
#ifndef GOVGRAPH_IMPORT_MODERNGOV_H_
#define GOVGRAPH_IMPORT_MODERNGOV_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/cadence.h"
#include "govgraph/diagnostic.h"
#include "govgraph/import/resolver.h"
#include "govgraph/model.h"
#include "govgraph/register.h"

namespace govgraph {

enum class ModernGovResponse { kCommittees, kMeetings, kMeeting, kCouncillorsByWard };
std::string_view Name(ModernGovResponse v);  ///< "committees", "meetings", "meeting", "councillors_by_ward"

/// Where something was read: file, line and column of the element, and the
/// element's path ("<getmeetings>/<committee>/<committeemeetings>/<meeting>").
/// A Diagnostic's file, line, column and element (scope "import") say the same:
/// "meetings.xml:14:9: <getmeetings>/.../<meetingdate>: error: ...".
struct ModernGovPlace {
  std::string file;
  int line = 0;
  int column = 0;
  std::string element;
  std::string ToString() const;  ///< "meetings.xml:12:5: `<getmeetings>`/`<committee>`"
  /// A diagnostic of a ModernGov import at this place (scope "import"); its
  /// code says whether the text was understood (diagnostic_code).
  Diagnostic Diagnose(Severity severity, std::string text, std::string message) const;
  friend bool operator==(const ModernGovPlace&, const ModernGovPlace&) = default;
};

struct ModernGovCommittee {
  std::string id;               ///< `<committeeid>`
  std::string title;            ///< decoded to plain text
  std::optional<bool> deleted;  ///< `<committeedeleted>`; empty when not given (GetMeetings)
  std::optional<bool> expired;  ///< `<committeeexpired>`
  std::string category;
  ModernGovPlace place;
};

struct ModernGovMeeting {
  std::string id;                      ///< `<meetingid>`
  std::string committee_id;            ///< from the enclosing committee (GetMeetings); "" in GetMeeting
  std::string committee_title;         ///< enclosing committee, or an agenda item's `<refertocommittee>` (GetMeeting)
  std::optional<absl::CivilDay> date;  ///< empty when not given
  std::string date_text;               ///< as written, dd/mm/yyyy
  std::string time;                    ///< "10.00 am", as written
  std::string planned_finish_time;     ///< GetMeeting
  std::string status;                  ///< "Confirmed", "Cancelled", ...
  std::string location;
  ModernGovPlace place;
  bool cancelled() const;
};

struct ModernGovAgendaItem {
  std::string meeting_id;
  std::string id;
  std::string number;  ///< `<fulldisplaynumberformat>`, "1."
  std::string title;
  std::string text;  ///< the HTML agenda text, as plain text
  ModernGovPlace place;
};

struct ModernGovAttendee {
  std::string meeting_id;
  std::string member_id;         ///< memberid
  std::string name;              ///< "Councillor Basil Curley"
  std::string role_description;  ///< "Committee Member", "Chair"
  std::string attendance;        ///< "Expected", "Present", "Apologies"
  std::string member_type;       ///< membertype ("U")
  std::string party;             ///< politicalparty
  std::string ward;
  std::string url;
  ModernGovPlace place;
};

struct ModernGovCouncillor {
  std::string id;
  std::string name;
  std::string ward;
  std::string party;
  ModernGovPlace place;
};

/// One response, read.
struct ModernGovDocument {
  std::string file;
  ModernGovResponse response = ModernGovResponse::kCommittees;
  std::string site;  ///< the host its first web link points to ("democracy.manchester.gov.uk"), if any
  std::vector<ModernGovCommittee> committees;  ///< GetCommittees; GetMeetings' committee headers
  std::vector<ModernGovMeeting> meetings;      ///< GetMeetings; the one meeting of GetMeeting
  std::vector<ModernGovAgendaItem> agenda_items;
  std::vector<ModernGovAttendee> attendees;
  std::vector<ModernGovCouncillor> councillors;
  std::vector<Diagnostic> diagnostics;  ///< impossible dates, unread elements, ...
};

/// Reads one response. Errors (InvalidArgumentError, starting with the place):
/// not well-formed XML, entity declarations or external entities, a root
/// element that is not a ModernGov response.
absl::StatusOr<ModernGovDocument> ParseModernGov(absl::string_view xml, absl::string_view file = "");
/// As ParseModernGov; NotFoundError when the file does not exist.
absl::StatusOr<ModernGovDocument> LoadModernGovFile(const std::string& path);
/// The name LoadModernGovFile() had before the naming table of docs/architecture.md.
[[deprecated("use LoadModernGovFile")]] inline absl::StatusOr<ModernGovDocument> ParseModernGovFile(
    const std::string& path) {
  return LoadModernGovFile(path);
}

/// The response a text holds, judged from its root element alone; empty when
/// it is not XML or its root is not a ModernGov response.
std::optional<ModernGovResponse> DetectModernGovResponse(absl::string_view text);

struct ModernGovOptions {
  /// The council (or panel) that publishes the committees: the organisation
  /// that leads them. Empty: named after the web site its links point to
  /// ("democracy.manchester.gov.uk"), with a warning; an error when there is
  /// no link either.
  std::string council;
  std::string council_id;  ///< empty: Slugify(council)
  OrganisationKind council_kind = OrganisationKind::kLocalAuthority;
  /// Fail (InvalidArgumentError listing them) when a diagnostic is an error.
  bool strict = false;
  /// Recorded as attributes["source"] on each committee when not empty.
  std::string source;
  RegisterInfo info;  ///< empty title: "`<council>` committees (ModernGov)"
};

/// How a committee's cadence was inferred (InferCadence() on its meetings).
struct ModernGovCadenceEvidence : CadenceEvidence {
  std::string meeting;       ///< the register meeting's id
  std::string committee_id;  ///< ModernGov's
};

struct ModernGovImportResult {
  Register reg;
  std::vector<Diagnostic> diagnostics;
  std::vector<ModernGovCadenceEvidence> cadences;  ///< one per committee
  std::vector<ModernGovDocument> documents;        ///< what was read, file by file
  bool has_errors() const;
};

/// The cadence a committee's meetings show: InferCadence() on their dates.
ModernGovCadenceEvidence InferModernGovCadence(const std::vector<ModernGovMeeting>& meetings);

absl::StatusOr<ModernGovImportResult> ImportModernGov(std::vector<ModernGovDocument> documents,
                                                      const ModernGovOptions& options = {});
absl::StatusOr<ModernGovImportResult> ImportModernGovFiles(const std::vector<std::string>& paths,
                                                           const ModernGovOptions& options = {});

}  // namespace govgraph

#endif  // GOVGRAPH_IMPORT_MODERNGOV_H_
