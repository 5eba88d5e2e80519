// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// moderngov_reader.cc: one ModernGov response, read from its XML into a
// ModernGovDocument, every element it does not read and every value it
// cannot read said in a diagnostic at its place. Making a register of the
// documents is moderngov.cc's.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "govgraph/import/moderngov.h"
#include "import/html_text.h"
#include "import/text.h"
#include "internal/files.h"
#include "internal/xml.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace {

using import_internal::AV;
using import_internal::Clip;
using import_internal::HtmlToText;
using import_internal::Lower;
using import_internal::PlainText;
using internal::XmlElement;

// ---------------------------------------------------------------------------
// Text.

std::string Trimmed(absl::string_view s) { return std::string(import_internal::Trim(s)); }

// The host of an http(s) link: "democracy.manchester.gov.uk".
std::string LinkHost(absl::string_view url) {
  url = absl::StripAsciiWhitespace(url);
  if (!absl::ConsumePrefix(&url, "https://") && !absl::ConsumePrefix(&url, "http://")) return "";
  const size_t end = url.find_first_of("/?#:");
  return Lower(url.substr(0, end));
}

// ---------------------------------------------------------------------------
// Reading one response.

class DocumentReader {
 public:
  DocumentReader(std::string file, ModernGovDocument* doc) : file_(std::move(file)), doc_(doc) {}

  ModernGovPlace PlaceOf(const XmlElement& e) const { return {file_, e.line, e.column, e.path}; }

  // `code` replaces the one Diagnose() gives by severity, where one says more.
  void Note(Severity severity, const XmlElement& e, std::string text, std::string message,
            std::string_view code = {}) {
    doc_->diagnostics.push_back(PlaceOf(e).Diagnose(severity, std::move(text), std::move(message)));
    if (!code.empty()) doc_->diagnostics.back().code = std::string(code);
  }

  // Reports children that are neither read nor known to be left out, once
  // per element path in the file.
  void CheckChildren(const XmlElement& e, std::initializer_list<absl::string_view> read,
                     std::initializer_list<absl::string_view> left_out = {}) {
    for (const XmlElement& c : e.children) {
      if (absl::c_linear_search(read, c.name) || absl::c_linear_search(left_out, c.name)) continue;
      if (!reported_.insert(c.path).second) continue;
      Note(Severity::kInfo, c, Trimmed(c.text),
           absl::StrCat("element <", c.name, "> is not part of the ModernGov responses govgraph reads; not imported"),
           diagnostic_code::kUnknownField);
    }
  }

  std::optional<bool> Flag(const XmlElement& parent, absl::string_view name) {
    const XmlElement* c = parent.Child(name);
    if (c == nullptr) return std::nullopt;
    const std::string v = Lower(Trimmed(c->text));
    if (v == "true") return true;
    if (v == "false") return false;
    if (v.empty()) return std::nullopt;
    Note(Severity::kWarning, *c, Trimmed(c->text), "expected True or False; read as not given");
    return std::nullopt;
  }

  std::optional<absl::CivilDay> Date(const XmlElement& parent, absl::string_view name, std::string* text) {
    const XmlElement* c = parent.Child(name);
    if (c == nullptr) return std::nullopt;
    *text = Trimmed(c->text);
    if (text->empty()) return std::nullopt;
    const std::vector<absl::string_view> parts = absl::StrSplit(*text, '/');
    int day = 0, month = 0, year = 0;
    if (parts.size() != 3 || parts[0].size() > 2 || parts[1].size() > 2 || parts[2].size() != 4 ||
        !absl::SimpleAtoi(parts[0], &day) || !absl::SimpleAtoi(parts[1], &month) ||
        !absl::SimpleAtoi(parts[2], &year) || parts[0][0] == '-' || parts[1][0] == '-') {
      Note(Severity::kError, *c, *text, "not a date: ModernGov writes dates as dd/mm/yyyy");
      return std::nullopt;
    }
    const absl::CivilDay d(year, month, day);
    if (d.year() != year || d.month() != month || d.day() != day || month < 1 || day < 1) {
      Note(Severity::kError, *c, *text,
           absl::StrFormat("impossible date: there is no day %d of month %d in %d (dd/mm/yyyy)", day, month, year));
      return std::nullopt;
    }
    return d;
  }

  void SeeLink(absl::string_view url) {
    if (doc_->site.empty()) doc_->site = LinkHost(url);
  }

  void CheckCount(const XmlElement& parent, absl::string_view name, size_t found, absl::string_view what) {
    const XmlElement* c = parent.Child(name);
    if (c == nullptr) return;
    size_t stated = 0;
    if (!absl::SimpleAtoi(Trimmed(c->text), &stated)) {
      Note(Severity::kWarning, *c, Trimmed(c->text), "not a number");
    } else if (stated != found) {
      Note(Severity::kWarning, *c, Trimmed(c->text),
           absl::StrCat("the response says ", stated, " ", what, " but holds ", found));
    }
  }

  ModernGovCommittee Committee(const XmlElement& e) {
    ModernGovCommittee c;
    c.id = e.ChildText("committeeid");
    c.title = PlainText(e.ChildText("committeetitle"));
    c.deleted = Flag(e, "committeedeleted");
    c.expired = Flag(e, "committeeexpired");
    c.category = PlainText(e.ChildText("committeecategory"));
    c.place = PlaceOf(e);
    if (c.id.empty()) Note(Severity::kError, e, c.title, "committee without a <committeeid>");
    return c;
  }

  ModernGovMeeting Meeting(const XmlElement& e) {
    ModernGovMeeting m;
    m.id = e.ChildText("meetingid");
    m.date = Date(e, "meetingdate", &m.date_text);
    m.time = e.ChildText("meetingtime");
    m.planned_finish_time = e.ChildText("meetingplannedfinishtime");
    m.status = PlainText(e.ChildText("meetingstatus"));
    m.location = PlainText(e.ChildText("meetinglocation"));
    m.place = PlaceOf(e);
    if (m.id.empty()) Note(Severity::kError, e, m.date_text, "meeting without a <meetingid>");
    return m;
  }

  void ReadCommittees(const XmlElement& root) {
    CheckChildren(root, {"committee", "committeescount"});
    for (const XmlElement* e : root.Children("committee")) {
      CheckChildren(*e, {"committeeid", "committeetitle", "committeedeleted", "committeeexpired", "committeecategory"});
      doc_->committees.push_back(Committee(*e));
    }
    CheckCount(root, "committeescount", doc_->committees.size(), "committees");
  }

  void ReadMeetings(const XmlElement& root) {
    CheckChildren(root, {"committee", "committeescount", "meetingscount"});
    for (const XmlElement* ce : root.Children("committee")) {
      CheckChildren(*ce, {"committeeid", "committeetitle", "committeemeetings", "committeemeetingcount"});
      ModernGovCommittee committee = Committee(*ce);
      size_t found = 0;
      for (const XmlElement* list : ce->Children("committeemeetings")) {
        CheckChildren(*list, {"meeting"});
        for (const XmlElement* me : list->Children("meeting")) {
          CheckChildren(*me, {"meetingid", "meetingdate", "meetingstatus", "meetingtime", "meetinglocation"},
                        {"iswebcast", "isdisplayallowed"});
          ModernGovMeeting m = Meeting(*me);
          m.committee_id = committee.id;
          m.committee_title = committee.title;
          doc_->meetings.push_back(std::move(m));
          ++found;
        }
      }
      CheckCount(*ce, "committeemeetingcount", found, "meetings");
      doc_->committees.push_back(std::move(committee));
    }
    CheckCount(root, "committeescount", doc_->committees.size(), "committees");
    CheckCount(root, "meetingscount", doc_->meetings.size(), "meetings");
  }

  void ReadMeeting(const XmlElement& root) {
    CheckChildren(root,
                  {"meetingid", "meetingdate", "meetingstatus", "meetingtime", "meetingplannedfinishtime",
                   "meetinglocation", "agendaitems", "attendees"},
                  {"isdisplayallowed", "meetingactualstarttime", "meetingactualfinishtime", "iswebcast", "agendaid",
                   "agendapublished", "decisionpublished", "minutepublished", "meetingroom"});
    ModernGovMeeting m = Meeting(root);
    for (const XmlElement* list : root.Children("agendaitems")) {
      CheckChildren(*list, {"agendaitem"});
      for (const XmlElement* ie : list->Children("agendaitem")) {
        // Agenda items carry dozens of publishing fields; the title, the
        // text, the number and the committee are what a register uses.
        CheckChildren(*ie,
                      {"agendaitemid", "agendaitemtitle", "agendatext", "fulldisplaynumberformat", "refertocommittee",
                       "linkeddocuments"},
                      {"actualmeetingdate",
                       "agendaitemnumber",
                       "agendaitemsubnumber",
                       "authorusername",
                       "commentlabel1",
                       "commenttext1",
                       "commentlabel2",
                       "commenttext2",
                       "minutesnonemptyhtmlbody",
                       "declarationcount",
                       "iscallin",
                       "iscomment",
                       "isdecision",
                       "isdecisionpublished",
                       "isminutepublished",
                       "ispubliccanspeak",
                       "isrestricted",
                       "isdisplayallowed",
                       "meetingdate",
                       "meetingtime",
                       "minutesitemnumber",
                       "minutesitemsubnumber",
                       "preferreddate"});
        ModernGovAgendaItem item;
        item.meeting_id = m.id;
        item.id = ie->ChildText("agendaitemid");
        item.number = ie->ChildText("fulldisplaynumberformat");
        item.title = PlainText(ie->ChildText("agendaitemtitle"));
        if (const XmlElement* t = ie->Child("agendatext")) item.text = HtmlToText(t->text);
        item.place = PlaceOf(*ie);
        const std::string committee = PlainText(ie->ChildText("refertocommittee"));
        if (m.committee_title.empty()) m.committee_title = committee;
        for (const XmlElement* docs : ie->Children("linkeddocuments")) {
          for (const XmlElement* d : docs->Children("linkeddoc")) {
            SeeLink(d->ChildText("url"));
            if (m.committee_title.empty()) m.committee_title = PlainText(d->ChildText("committeetitle"));
          }
        }
        doc_->agenda_items.push_back(std::move(item));
      }
    }
    for (const XmlElement* list : root.Children("attendees")) {
      CheckChildren(*list, {"attendee"});
      for (const XmlElement* ae : list->Children("attendee")) {
        CheckChildren(*ae, {"url"});
        ModernGovAttendee a;
        a.meeting_id = m.id;
        auto attr = [&](absl::string_view name) {
          const std::string* v = ae->Attribute(name);
          return v == nullptr ? std::string() : PlainText(*v);
        };
        a.member_id = attr("memberid");
        a.name = attr("name");
        a.role_description = attr("roledescription");
        a.attendance = attr("attendance");
        a.member_type = attr("membertype");
        a.party = attr("politicalparty");
        a.ward = attr("ward");
        a.url = ae->ChildText("url");
        SeeLink(a.url);
        a.place = PlaceOf(*ae);
        for (const auto& [key, value] : ae->attributes) {
          static const absl::string_view kRead[] = {
              "memberid", "name", "roledescription", "attendance", "membertype", "politicalparty", "ward"};
          if (!absl::c_linear_search(kRead, key) && reported_.insert(absl::StrCat(ae->path, "@", key)).second) {
            Note(Severity::kInfo, *ae, value, absl::StrCat("attribute ", key, " is not imported"),
                 diagnostic_code::kNotImported);
          }
        }
        if (a.name.empty()) {
          Note(Severity::kError, *ae, a.member_id, "attendee without a name");
        }
        doc_->attendees.push_back(std::move(a));
      }
    }
    doc_->meetings.push_back(std::move(m));
  }

  void ReadCouncillorsByWard(const XmlElement& root) {
    CheckChildren(root, {"wards"});
    for (const XmlElement* wards : root.Children("wards")) {
      CheckChildren(*wards, {"ward"});
      for (const XmlElement* we : wards->Children("ward")) {
        CheckChildren(*we, {"wardtitle", "councillors"});
        const std::string ward = PlainText(we->ChildText("wardtitle"));
        for (const XmlElement* list : we->Children("councillors")) {
          CheckChildren(*list, {"councillor"});
          for (const XmlElement* ce : list->Children("councillor")) {
            CheckChildren(*ce, {"councillorid", "fullusername", "politicalpartytitle"});
            ModernGovCouncillor c;
            c.id = ce->ChildText("councillorid");
            c.name = PlainText(ce->ChildText("fullusername"));
            c.party = PlainText(ce->ChildText("politicalpartytitle"));
            c.ward = ward;
            c.place = PlaceOf(*ce);
            if (c.name.empty()) Note(Severity::kError, *ce, c.id, "councillor without a <fullusername>");
            doc_->councillors.push_back(std::move(c));
          }
        }
      }
    }
  }

 private:
  std::string file_;
  ModernGovDocument* doc_;
  std::set<std::string> reported_;
};

std::optional<ModernGovResponse> ResponseForRoot(absl::string_view root) {
  if (root == "committees") return ModernGovResponse::kCommittees;
  if (root == "getmeetings") return ModernGovResponse::kMeetings;
  if (root == "meeting") return ModernGovResponse::kMeeting;
  if (root == "councillorsbyward") return ModernGovResponse::kCouncillorsByWard;
  return std::nullopt;
}

}  // namespace

namespace internal {
template <>
struct EnumNames<ModernGovResponse> {
  static constexpr std::string_view kWhat = "ModernGov response";
  static constexpr std::pair<ModernGovResponse, std::string_view> kTable[] = {
      {ModernGovResponse::kCommittees, "committees"},
      {ModernGovResponse::kMeetings, "meetings"},
      {ModernGovResponse::kMeeting, "meeting"},
      {ModernGovResponse::kCouncillorsByWard, "councillors_by_ward"},
  };
};
}  // namespace internal

std::string_view Name(ModernGovResponse v) { return internal::NameOf(v, "committees"); }

std::string ModernGovPlace::ToString() const {
  std::string out = file;
  if (line > 0) absl::StrAppend(&out, out.empty() ? "" : ":", line, ":", column);
  if (!element.empty()) absl::StrAppend(&out, out.empty() ? "" : ": ", element);
  return out;
}

Diagnostic ModernGovPlace::Diagnose(Severity severity, std::string text, std::string message) const {
  Diagnostic d = import_internal::Found(severity, Clip(text), "", "", std::move(message));
  d.scope = "import";
  d.file = file;
  d.line = line;
  d.column = column;
  d.element = element;
  return d;
}

bool ModernGovMeeting::cancelled() const { return absl::StrContains(Lower(status), "cancel"); }

std::optional<ModernGovResponse> DetectModernGovResponse(absl::string_view text) {
  return ResponseForRoot(internal::XmlRootName(text));
}

absl::StatusOr<ModernGovDocument> ParseModernGov(absl::string_view xml, absl::string_view file) {
  absl::StatusOr<XmlElement> root = internal::ParseXml(xml, file);
  if (!root.ok()) return root.status();
  const std::optional<ModernGovResponse> response = ResponseForRoot(root->name);
  if (!response) {
    return absl::InvalidArgumentError(absl::StrCat(
        internal::XmlPlace(file, *root), ": <", root->name,
        "> is not a ModernGov response (expected <committees>, <getmeetings>, <meeting> or <councillorsbyward>)"));
  }
  ModernGovDocument doc;
  doc.file = std::string(file);
  doc.response = *response;
  DocumentReader reader(doc.file, &doc);
  switch (*response) {
    case ModernGovResponse::kCommittees:
      reader.ReadCommittees(*root);
      break;
    case ModernGovResponse::kMeetings:
      reader.ReadMeetings(*root);
      break;
    case ModernGovResponse::kMeeting:
      reader.ReadMeeting(*root);
      break;
    case ModernGovResponse::kCouncillorsByWard:
      reader.ReadCouncillorsByWard(*root);
      break;
  }
  return doc;
}

absl::StatusOr<ModernGovDocument> LoadModernGovFile(const std::string& path) {
  absl::StatusOr<std::string> text = internal::ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParseModernGov(*text, path);
}

GOVGRAPH_ENUM_VALUES(ModernGovResponse);

}  // namespace govgraph
