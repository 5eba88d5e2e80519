// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
// moderngov.cc: a register from ModernGov documents (moderngov_reader.cc
// reads them): the council, its committees as meetings with their cadence,
// duration and latest agenda, and the people who attend them.
#include "govgraph/import/moderngov.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "govgraph/names.h"
#include "govgraph/register_builder.h"
#include "govgraph/status_macros.h"
#include "import/text.h"
#include "internal/labels.h"

namespace govgraph {
namespace {

using import_internal::Clip;
using import_internal::HasWord;
using import_internal::Lower;
using import_internal::StrictImportError;
using import_internal::Trim;
using internal::DayText;
using internal::Median;

// ---------------------------------------------------------------------------
// Cadence.

std::string IsoDay(absl::CivilDay d) { return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day()); }

// "10.00 am", "2.30pm", "14:00" as minutes after midnight.
std::optional<int> MinutesOfDay(absl::string_view text) {
  const std::string lowered = Lower(Trim(text));
  absl::string_view t = lowered;
  bool pm = false, am = false;
  if (absl::ConsumeSuffix(&t, "pm") || absl::ConsumeSuffix(&t, "p.m.")) pm = true;
  if (!pm && (absl::ConsumeSuffix(&t, "am") || absl::ConsumeSuffix(&t, "a.m."))) am = true;
  t = Trim(t);
  const size_t sep = t.find_first_of(".:");
  int hour = 0, minute = 0;
  if (sep == absl::string_view::npos) {
    if (!absl::SimpleAtoi(t, &hour)) return std::nullopt;
  } else if (!absl::SimpleAtoi(t.substr(0, sep), &hour) || !absl::SimpleAtoi(t.substr(sep + 1), &minute)) {
    return std::nullopt;
  }
  if (hour < 0 || minute < 0 || minute > 59 || hour > 23 || ((am || pm) && (hour < 1 || hour > 12))) {
    return std::nullopt;
  }
  if (pm && hour != 12) hour += 12;
  if (am && hour == 12) hour = 0;
  return hour * 60 + minute;
}


// ---------------------------------------------------------------------------
// The register.

std::optional<MeetingKind> KindFromTitle(absl::string_view title) {
  const std::string t = Lower(title);
  if (HasWord(t, "board")) return MeetingKind::kBoard;
  if (HasWord(t, "panel")) return MeetingKind::kPanel;
  if (HasWord(t, "forum")) return MeetingKind::kForum;
  if (HasWord(t, "partnership")) return MeetingKind::kPartnership;
  if (absl::StrContains(t, "sub committee") || absl::StrContains(t, "sub-committee") || HasWord(t, "subcommittee") ||
      absl::StrContains(t, "working group") || absl::StrContains(t, "task and finish")) {
    return MeetingKind::kWorkingGroup;
  }
  if (HasWord(t, "committee") || HasWord(t, "council") || HasWord(t, "cabinet") || HasWord(t, "executive")) {
    return MeetingKind::kCommittee;
  }
  return std::nullopt;
}

struct RoleReading {
  ParticipationType type;
  Severity severity;  // kInfo when read plainly
  std::string message;
};

RoleReading ReadRoleDescription(absl::string_view description) {
  const std::string d = Lower(description);
  if (d.empty()) return {ParticipationType::kMember, Severity::kInfo, "no role description: read as a member"};
  if (HasWord(d, "vice") || absl::StrContains(d, "vice-chair") || absl::StrContains(d, "deputy chair")) {
    return {ParticipationType::kMember, Severity::kInfo, ""};
  }
  if (absl::StrContains(d, "chair")) return {ParticipationType::kChair, Severity::kInfo, ""};
  if (HasWord(d, "substitute") || HasWord(d, "reserve") || absl::StrContains(d, "in attendance") ||
      HasWord(d, "attendee") || HasWord(d, "guest") || HasWord(d, "invited") || HasWord(d, "invitee")) {
    return {ParticipationType::kAttendee, Severity::kInfo, ""};
  }
  if (HasWord(d, "observer")) return {ParticipationType::kObserver, Severity::kInfo, ""};
  if (HasWord(d, "officer") || HasWord(d, "clerk") || HasWord(d, "secretary") || HasWord(d, "support") ||
      absl::StrContains(d, "democratic services") || HasWord(d, "adviser") || HasWord(d, "advisor") ||
      HasWord(d, "scrutiny officer")) {
    return {ParticipationType::kSupport, Severity::kInfo, ""};
  }
  if (HasWord(d, "member") || HasWord(d, "members") || absl::StrContains(d, "co-opted") || HasWord(d, "councillor") ||
      HasWord(d, "independent")) {
    return {ParticipationType::kMember, Severity::kInfo, ""};
  }
  return {ParticipationType::kAttendee, Severity::kWarning,
          absl::StrCat("role description \"", Clip(description, 80), "\" not recognised: read as an attendee")};
}

// "Councillor Basil Curley" -> "Basil Curley", and whether a title said councillor.
std::string NameWithoutTitle(absl::string_view name, bool* councillor) {
  absl::string_view n = Trim(name);
  *councillor = false;
  for (absl::string_view title : {"Councillor ", "Cllr. ", "Cllr ", "County Councillor ", "Cllr."}) {
    if (absl::StartsWithIgnoreCase(n, title)) {
      n.remove_prefix(title.size());
      *councillor = true;
      break;
    }
  }
  return std::string(Trim(n));
}

class Importer {
 public:
  Importer(std::vector<ModernGovDocument> documents, const ModernGovOptions& options) : options_(options) {
    result_.documents = std::move(documents);
  }

  absl::StatusOr<ModernGovImportResult> Run() {
    for (const ModernGovDocument& d : result_.documents) {
      for (const Diagnostic& diag : d.diagnostics) result_.diagnostics.push_back(diag);
    }
    GOVGRAPH_RETURN_IF_ERROR(Council());
    CollectCommittees();
    CollectMeetings();
    CollectWards();
    BuildCommittees();
    RegisterBuilder b;
    RegisterInfo info = options_.info;
    if (info.title.empty()) info.title = absl::StrCat(council_.name, " committees (ModernGov)");
    if (info.source.empty()) {
      std::vector<std::string> files;
      for (const ModernGovDocument& d : result_.documents) files.push_back(d.file);
      info.source = absl::StrCat("ModernGov web service responses: ", absl::StrJoin(files, ", "));
    }
    b.SetInfo(std::move(info));
    b.AddOrganisation(council_);
    if (councillor_role_used_) b.AddRole(councillor_role_);
    for (Role& role : other_roles_) b.AddRole(std::move(role));
    for (Area& a : areas_) b.AddArea(std::move(a));
    for (Person& p : people_) b.AddPerson(std::move(p));
    for (Meeting& m : meetings_) b.AddMeeting(std::move(m));
    absl::StatusOr<Register> reg = std::move(b).Build();
    if (!reg.ok()) return reg.status();
    result_.reg = *std::move(reg);
    if (options_.strict && result_.has_errors()) return StrictImportError(result_.diagnostics);
    return std::move(result_);
  }

 private:
  void Diagnose(Severity severity, ModernGovPlace place, std::string text, std::string message) {
    result_.diagnostics.push_back(place.Diagnose(severity, std::move(text), std::move(message)));
  }

  absl::Status Council() {
    std::string name(Trim(options_.council));
    std::string site;
    for (const ModernGovDocument& d : result_.documents) {
      if (!d.site.empty()) {
        site = d.site;
        break;
      }
    }
    if (name.empty()) {
      if (site.empty()) {
        return absl::InvalidArgumentError(
            "the responses do not say which council publishes them: name it (ModernGovOptions::council, "
            "council= in Python, --council on the command line)");
      }
      name = site;
      Diagnose(Severity::kWarning, {}, site,
               absl::StrCat("the council is not named: called \"", site,
                            "\" after the web site the responses link to; name it to use its proper name"));
    }
    council_.id = options_.council_id.empty() ? Slugify(name) : options_.council_id;
    if (council_.id.empty())
      return absl::InvalidArgumentError(absl::StrCat("the council name \"", name, "\" gives no id"));
    council_.name = name;
    council_.kind = options_.council_kind;
    if (!site.empty()) council_.attributes["moderngov_site"] = site;
    councillor_role_.id = absl::StrCat(council_.id, "-councillor");
    councillor_role_.name = "Councillor";
    councillor_role_.organisation = Ref<Organisation>(council_.id);
    councillor_role_.elected = true;
    return absl::OkStatus();
  }

  struct CommitteeRecord {
    ModernGovCommittee committee;  // merged from every response that names it
    std::vector<ModernGovMeeting> meetings;
    std::vector<ModernGovAttendee> attendees;
    std::vector<const ModernGovAgendaItem*> agenda;  // of its latest detailed meeting
    absl::CivilDay agenda_date;
    std::vector<std::string> other_titles;  // other titles given for the same id, kept as aliases
  };

  CommitteeRecord& CommitteeById(const std::string& key, const ModernGovCommittee& seed) {
    auto it = index_.find(key);
    if (it != index_.end()) return committees_[it->second];
    index_[key] = committees_.size();
    committees_.push_back({seed, {}, {}, {}, {}, {}});
    return committees_.back();
  }

  void CollectCommittees() {
    for (const ModernGovDocument& d : result_.documents) {
      for (const ModernGovCommittee& c : d.committees) {
        if (c.id.empty()) continue;  // reported where it was read
        CommitteeRecord& r = CommitteeById(c.id, c);
        ModernGovCommittee& m = r.committee;
        if (m.title.empty()) m.title = c.title;
        if (!c.title.empty() && NormaliseName(c.title) != NormaliseName(m.title) &&
            absl::c_none_of(r.other_titles, [&](const std::string& t) { return NormaliseName(t) == NormaliseName(c.title); })) {
          r.other_titles.push_back(c.title);
          Diagnose(Severity::kWarning, c.place, c.title,
                   absl::StrCat("committee ", c.id, " is called \"", m.title,
                                "\" elsewhere; the first title is kept and this one as an alias"));
        }
        if (!m.deleted) m.deleted = c.deleted;
        if (!m.expired) m.expired = c.expired;
        if (m.category.empty()) m.category = c.category;
        if (!title_index_.contains(NormaliseName(m.title))) title_index_[NormaliseName(m.title)] = c.id;
      }
    }
  }

  void CollectMeetings() {
    // Meetings by id: GetMeetings gives the committee, GetMeeting the details.
    std::map<std::string, std::string> committee_of;
    for (const ModernGovDocument& d : result_.documents) {
      for (const ModernGovMeeting& m : d.meetings) {
        if (!m.id.empty() && !m.committee_id.empty()) committee_of.emplace(m.id, m.committee_id);
      }
    }
    std::map<std::string, std::pair<std::string, size_t>> placed;  // meeting id -> committee key, index
    for (const ModernGovDocument& d : result_.documents) {
      for (const ModernGovMeeting& m : d.meetings) {
        std::string key = m.committee_id;
        if (key.empty() && committee_of.contains(m.id)) key = committee_of[m.id];
        if (key.empty() && !m.committee_title.empty()) {
          auto t = title_index_.find(NormaliseName(m.committee_title));
          if (t != title_index_.end()) {
            key = t->second;
          } else {
            key = absl::StrCat("title:", NormaliseName(m.committee_title));
            ModernGovCommittee seed;
            seed.title = m.committee_title;
            seed.place = m.place;
            CommitteeById(key, seed);
            title_index_[NormaliseName(m.committee_title)] = key;
            Diagnose(Severity::kInfo, m.place, m.committee_title,
                     absl::StrCat("meeting ", m.id, " belongs to \"", m.committee_title,
                                  "\", which no GetCommittees or GetMeetings response lists; the committee is made "
                                  "from its title"));
          }
        }
        const std::vector<const ModernGovAttendee*> attendees = AttendeesOf(d, m.id);
        if (key.empty()) {
          Diagnose(Severity::kError, m.place, m.id,
                   absl::StrCat("meeting ", m.id, " (", m.date_text,
                                ") cannot be placed: no response names its "
                                "committee (add the GetMeetings response that lists it); its ",
                                attendees.size(), " attendee(s) are not imported"));
          continue;
        }
        CommitteeRecord& r = CommitteeById(key, {});
        auto [it, fresh] = placed.try_emplace(m.id, key, r.meetings.size());
        if (fresh || m.id.empty()) {
          r.meetings.push_back(m);
        } else {
          // The same meeting in two responses: fill in what the first lacked.
          ModernGovMeeting& first = committees_[index_[it->second.first]].meetings[it->second.second];
          if (first.date && m.date && *first.date != *m.date) {
            Diagnose(Severity::kWarning, m.place, m.date_text,
                     absl::StrCat("meeting ", m.id, " is dated ", first.date_text, " elsewhere; the first is kept"));
          }
          if (!first.date) {
            first.date = m.date;
            first.date_text = m.date_text;
          }
          if (first.status.empty()) first.status = m.status;
          if (first.time.empty()) first.time = m.time;
          if (first.planned_finish_time.empty()) first.planned_finish_time = m.planned_finish_time;
          if (first.location.empty()) first.location = m.location;
        }
        CommitteeRecord& owner = committees_[index_[key]];
        for (const ModernGovAttendee* a : attendees) owner.attendees.push_back(*a);
        std::vector<const ModernGovAgendaItem*> items;
        for (const ModernGovAgendaItem& item : d.agenda_items) {
          if (item.meeting_id == m.id) items.push_back(&item);
        }
        if (!items.empty() && m.date && (owner.agenda.empty() || *m.date >= owner.agenda_date)) {
          owner.agenda = items;
          owner.agenda_date = *m.date;
        }
      }
    }
  }

  static std::vector<const ModernGovAttendee*> AttendeesOf(const ModernGovDocument& d, const std::string& meeting_id) {
    std::vector<const ModernGovAttendee*> out;
    for (const ModernGovAttendee& a : d.attendees) {
      if (a.meeting_id == meeting_id) out.push_back(&a);
    }
    return out;
  }

  // The person for a member: by ModernGov member id, else by name.
  Person& PersonFor(const std::string& member_id, const std::string& written_name, const std::string& ward,
                    const std::string& party, const std::string& url) {
    bool councillor = false;
    const std::string name = NameWithoutTitle(written_name, &councillor);
    const std::string key = member_id.empty() ? absl::StrCat("name:", NormaliseName(name)) : member_id;
    auto it = person_index_.find(key);
    if (it == person_index_.end()) {
      // The same name is the same person unless both have different member ids.
      it = person_index_.find(absl::StrCat("name:", NormaliseName(name)));
      if (it != person_index_.end() && !member_id.empty()) {
        auto other = people_[it->second].attributes.find("moderngov_member_id");
        if (other != people_[it->second].attributes.end() && other->second != member_id) it = person_index_.end();
      }
    }
    if (it == person_index_.end()) {
      Person p;
      std::string id = Slugify(name);
      if (id.empty()) id = absl::StrCat("member-", member_id);
      std::string unique = id;
      for (int n = 2; person_ids_.contains(unique); ++n) unique = absl::StrCat(id, "-", n);
      person_ids_.insert(unique);
      p.id = unique;
      p.name = name.empty() ? written_name : name;
      if (written_name != p.name) p.aliases.push_back(written_name);
      people_.push_back(std::move(p));
      it = person_index_.insert_or_assign(key, people_.size() - 1).first;
      person_index_.emplace(absl::StrCat("name:", NormaliseName(name)), people_.size() - 1);
    }
    Person& p = people_[it->second];
    if (!member_id.empty()) person_index_.emplace(member_id, it->second);
    if (!member_id.empty()) p.attributes.try_emplace("moderngov_member_id", member_id);
    if (!ward.empty()) p.attributes.try_emplace("ward", ward);
    if (!party.empty()) p.attributes.try_emplace("party", party);
    if (!url.empty()) p.attributes.try_emplace("url", url);
    if (councillor && p.roles.empty()) {
      p.roles.push_back(Ref<Role>(councillor_role_.id));
      councillor_role_used_ = true;
    }
    return p;
  }

  void CollectWards() {
    std::set<std::string> ward_ids;
    for (const ModernGovDocument& d : result_.documents) {
      for (const ModernGovCouncillor& c : d.councillors) {
        if (c.name.empty()) continue;  // reported where it was read
        Person& p = PersonFor(c.id, c.name, c.ward, c.party, "");
        if (p.roles.empty()) {
          p.roles.push_back(Ref<Role>(councillor_role_.id));
          councillor_role_used_ = true;
        }
        if (!c.ward.empty()) {
          const std::string id = absl::StrCat("ward-", Slugify(c.ward));
          if (ward_ids.insert(id).second) {
            Area a;
            a.id = id;
            a.name = c.ward;
            a.kind = AreaKind::kLocality;
            a.attributes["moderngov_ward"] = "true";
            areas_.push_back(std::move(a));
          }
          p.attributes["ward_area"] = id;
        }
      }
    }
  }

  void BuildCommittees() {
    std::set<std::string> ids;
    for (CommitteeRecord& r : committees_) {
      const ModernGovCommittee& c = r.committee;
      Meeting m;
      std::string id = Slugify(c.title);
      if (id.empty()) {
        id = absl::StrCat("committee-", c.id);
        Diagnose(Severity::kWarning, c.place, c.id, absl::StrCat("committee ", c.id, " has no title"));
      }
      std::string unique = id;
      for (int n = 2; ids.contains(unique); ++n) unique = absl::StrCat(id, "-", n);
      ids.insert(unique);
      m.id = unique;
      m.name = c.title.empty() ? absl::StrCat("Committee ", c.id) : c.title;
      m.aliases.insert(m.aliases.end(), r.other_titles.begin(), r.other_titles.end());
      m.kind = KindFromTitle(c.title).value_or(MeetingKind::kCommittee);
      m.lead.organisations.push_back(Ref<Organisation>(council_.id));
      m.lead.text = council_.name;
      if (!c.id.empty()) m.attributes["moderngov_committee_id"] = c.id;
      if (!c.category.empty()) m.attributes["moderngov_category"] = c.category;
      if (!options_.source.empty()) m.attributes["source"] = options_.source;
      m.attributes["moderngov_file"] = c.place.file;
      const bool deleted = c.deleted.value_or(false);
      const bool expired = c.expired.value_or(false);
      if (deleted || expired) {
        // Kept, so that nothing listed disappears: a register shows it as
        // stopping, and analyses can leave it out by status.
        m.status = MeetingStatus::kToBeRemoved;
        m.attributes["moderngov_state"] = deleted ? "deleted" : "expired";
        Diagnose(Severity::kInfo, c.place, c.title,
                 absl::StrCat("committee ", c.id, " is ", deleted ? "deleted" : "expired",
                              " in ModernGov: kept with status to_be_removed"));
      } else {
        m.attributes["moderngov_state"] = c.deleted || c.expired ? "current" : "not stated";
      }

      // The meetings, cadence and duration.
      std::vector<std::string> listed;
      std::sort(r.meetings.begin(), r.meetings.end(), [](const ModernGovMeeting& a, const ModernGovMeeting& b) {
        if (a.date != b.date) return !a.date || (b.date && *a.date < *b.date);
        return a.id < b.id;
      });
      for (const ModernGovMeeting& mt : r.meetings) {
        std::string item = mt.id;
        std::vector<std::string> detail;
        if (!mt.date_text.empty()) detail.push_back(mt.date_text);
        if (!mt.status.empty()) detail.push_back(mt.status);
        if (!detail.empty()) absl::StrAppend(&item, " (", absl::StrJoin(detail, ", "), ")");
        listed.push_back(item);
      }
      if (!listed.empty()) m.attributes["moderngov_meetings"] = absl::StrJoin(listed, "; ");
      std::map<std::string, int> locations;
      for (const ModernGovMeeting& mt : r.meetings) {
        if (!mt.location.empty()) ++locations[mt.location];
      }
      if (!locations.empty()) {
        // The usual place; the others stay in the documents read.
        m.attributes["moderngov_location"] =
            absl::c_max_element(locations, [](const auto& a, const auto& b) { return a.second < b.second; })->first;
      }
      ModernGovCadenceEvidence e = InferModernGovCadence(r.meetings);
      e.meeting = m.id;
      e.committee_id = c.id;
      m.cadence = e.cadence;
      std::vector<std::string> dates, gaps;
      for (absl::CivilDay d : e.dates) dates.push_back(IsoDay(d));
      for (int g : e.gaps_days) gaps.push_back(absl::StrCat(g));
      m.attributes["cadence_dates"] = absl::StrJoin(dates, " ");
      m.attributes["cadence_gaps_days"] = absl::StrJoin(gaps, " ");
      m.attributes["cadence_cancelled"] = absl::StrCat(e.cancelled);
      m.attributes["cadence_evidence"] = e.reason;
      const bool stopped = deleted || expired;
      Diagnose(e.cadence.is_known() || stopped || r.meetings.empty() ? Severity::kInfo : Severity::kWarning, c.place,
               c.title, absl::StrCat("\"", m.name, "\": ", e.reason));
      Duration(r, m);

      if (!r.agenda.empty()) {
        std::vector<std::string> titles;
        for (const ModernGovAgendaItem* item : r.agenda) {
          if (!item->title.empty()) titles.push_back(item->title);
        }
        m.current_focus = absl::StrCat("Agenda of ", DayText(r.agenda_date), ": ", absl::StrJoin(titles, "; "));
      }
      Participants(r, m);
      result_.cadences.push_back(std::move(e));
      meetings_.push_back(std::move(m));
    }
  }

  // The typical length of a sitting, from start and planned finish times.
  void Duration(const CommitteeRecord& r, Meeting& m) {
    std::vector<double> hours;
    for (const ModernGovMeeting& mt : r.meetings) {
      if (mt.time.empty() || mt.planned_finish_time.empty() || mt.cancelled()) continue;
      const std::optional<int> start = MinutesOfDay(mt.time);
      const std::optional<int> end = MinutesOfDay(mt.planned_finish_time);
      if (!start || !end || *end <= *start) {
        Diagnose(Severity::kWarning, mt.place, absl::StrCat(mt.time, " to ", mt.planned_finish_time),
                 absl::StrCat("meeting ", mt.id, ": times not understood; not used for the duration"));
        continue;
      }
      hours.push_back((*end - *start) / 60.0);
    }
    if (hours.empty()) return;
    m.duration_hours = Median(hours);
    m.attributes["duration_evidence"] =
        absl::StrCat("median of ", hours.size(), " meeting(s) from start to planned finish time");
  }

  // A post in the council named by an attendee's role description, for
  // members who are not councillors (co-opted and independent members,
  // officers): a participant needs a role or an organisation.
  std::string RoleFor(const std::string& description) {
    const std::string name = description.empty() ? "Member" : description;
    const std::string id = absl::StrCat(council_.id, "-", Slugify(name));
    if (id == councillor_role_.id) {
      councillor_role_used_ = true;
      return id;
    }
    if (!absl::c_any_of(other_roles_, [&](const Role& r) { return r.id == id; })) {
      Role role;
      role.id = id;
      role.name = name;
      role.organisation = Ref<Organisation>(council_.id);
      role.attributes["moderngov_role_description"] = description;
      other_roles_.push_back(std::move(role));
    }
    return id;
  }

  void Participants(const CommitteeRecord& r, Meeting& m) {
    struct Seat {
      size_t person;
      ParticipationType type;
      std::vector<std::string> roles;
      std::map<std::string, int> attendance;
    };
    std::vector<Seat> seats;
    for (const ModernGovAttendee& a : r.attendees) {
      if (a.name.empty()) continue;  // reported where it was read
      Person& p = PersonFor(a.member_id, a.name, a.ward, a.party, a.url);
      const size_t index = static_cast<size_t>(&p - people_.data());
      if (p.roles.empty()) p.roles.push_back(Ref<Role>(RoleFor(a.role_description)));
      RoleReading reading = ReadRoleDescription(a.role_description);
      if (reading.severity != Severity::kInfo || !reading.message.empty()) {
        Diagnose(reading.severity, a.place, a.role_description, absl::StrCat(a.name, ": ", reading.message));
      }
      auto it = absl::c_find_if(seats, [&](const Seat& s) { return s.person == index; });
      if (it == seats.end()) {
        seats.push_back({index, reading.type, {}, {}});
        it = seats.end() - 1;
      } else if (ParticipationStrength(reading.type) > ParticipationStrength(it->type)) {
        it->type = reading.type;
      }
      if (!a.role_description.empty() && !absl::c_linear_search(it->roles, a.role_description)) {
        it->roles.push_back(a.role_description);
      }
      ++it->attendance[a.attendance.empty() ? "not stated" : a.attendance];
    }
    for (const Seat& s : seats) {
      const Person& p = people_[s.person];
      Participant part;
      part.party.person = Ref<Person>(p.id);
      if (!p.roles.empty()) part.party.role = p.roles.front();
      part.type = s.type;
      std::vector<std::string> counts;
      for (const auto& [what, n] : s.attendance) counts.push_back(absl::StrCat(what, " ", n));
      part.note = absl::StrCat(s.roles.empty() ? "no role description" : absl::StrJoin(s.roles, ", "),
                               "; attendance: ", absl::StrJoin(counts, ", "));
      if (s.type == ParticipationType::kChair) {
        if (m.chair.empty()) {
          m.chair = part.party;
        } else if (m.chair.person.id != p.id) {
          Diagnose(
              Severity::kWarning, r.committee.place, p.name,
              absl::StrCat("\"", m.name, "\" has more than one chair in its meetings; the first is kept as chair"));
        }
      }
      m.participants.push_back(std::move(part));
    }
  }

  const ModernGovOptions& options_;
  ModernGovImportResult result_;
  Organisation council_;
  Role councillor_role_;
  bool councillor_role_used_ = false;
  std::vector<Role> other_roles_;
  std::vector<CommitteeRecord> committees_;
  std::map<std::string, size_t> index_;             // committee id (or "title:...") -> committees_
  std::map<std::string, std::string> title_index_;  // normalised title -> committee key
  std::vector<Area> areas_;
  std::vector<Person> people_;
  std::map<std::string, size_t> person_index_;
  std::set<std::string> person_ids_;
  std::vector<Meeting> meetings_;
};

}  // namespace

bool ModernGovImportResult::has_errors() const {
  return absl::c_any_of(diagnostics, [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

ModernGovCadenceEvidence InferModernGovCadence(const std::vector<ModernGovMeeting>& meetings) {
  std::vector<Sitting> sittings;
  sittings.reserve(meetings.size());
  for (const ModernGovMeeting& m : meetings) sittings.push_back({.date = m.date, .cancelled = m.cancelled()});
  ModernGovCadenceEvidence e;
  static_cast<CadenceEvidence&>(e) = InferCadence(sittings, "ModernGov");
  if (meetings.empty()) {
    e.reason = "no meetings listed: cadence unknown (add a GetMeetings response)";
    e.cadence.set_note(e.reason);
  }
  return e;
}

absl::StatusOr<ModernGovImportResult> ImportModernGov(std::vector<ModernGovDocument> documents,
                                                      const ModernGovOptions& options) {
  if (documents.empty()) return absl::InvalidArgumentError("no ModernGov responses to import");
  return Importer(std::move(documents), options).Run();
}

absl::StatusOr<ModernGovImportResult> ImportModernGovFiles(const std::vector<std::string>& paths,
                                                           const ModernGovOptions& options) {
  std::vector<ModernGovDocument> documents;
  for (const std::string& path : paths) {
    absl::StatusOr<ModernGovDocument> doc = LoadModernGovFile(path);
    if (!doc.ok()) return doc.status();
    documents.push_back(*std::move(doc));
  }
  return ImportModernGov(std::move(documents), options);
}

}  // namespace govgraph
