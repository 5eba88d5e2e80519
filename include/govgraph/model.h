// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// model.h: the nouns of partnership governance.
///
/// Organisations (police forces, OPCCs, councils, health and justice bodies,
/// statutory boards), the roles held in them and the people who hold them; the
/// meetings between them (boards, panels, partnerships, forums); initiatives
/// (collaborative ventures); topics (themes and plan priorities); areas; and
/// memberships: the seats people hold on a meeting (a panel's councillors and
/// co-opted members, their substitutes, chair, vice-chair and pillar leads).
///
/// These are plain structs. Cross-references are Ref<T>: set the target's id;
/// RegisterBuilder checks and resolves them. Build a register with
/// RegisterBuilder (register_builder.h) or load one (io/json.h).
///
/// ```
///   Meeting m;
///   m.id = "lcjb";
///   m.name = "Avon and Somerset Local Criminal Justice Board";
///   m.cadence = Cadence::Regular(6, "Bi monthly");
///   m.participants.push_back({.party = {.organisation = "cps"}});
/// ```
#ifndef GOVGRAPH_MODEL_H_
#define GOVGRAPH_MODEL_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "govgraph/cadence.h"
#include "govgraph/enum_values.h"
#include "govgraph/handle.h"

namespace govgraph {

struct Organisation;
struct Role;
struct Person;
struct Meeting;
struct Initiative;
struct Topic;
struct Area;

using OrganisationHandle = Handle<Organisation>;
using RoleHandle = Handle<Role>;
using PersonHandle = Handle<Person>;
using MeetingHandle = Handle<Meeting>;
using InitiativeHandle = Handle<Initiative>;
using TopicHandle = Handle<Topic>;
using AreaHandle = Handle<Area>;

// ---------------------------------------------------------------------------
// Enumerations. Each has a snake_case name used in JSON and Python
// ("local_authority"); Name() gives it and Parse...() reads it back.

enum class OrganisationKind {
  kPolice,            ///< a police force (constabulary)
  kPoliceAndCrimeCommissioner,  ///< a PCC and their office (OPCC)
  kPoliceAndCrimePanel,
  kLocalAuthority,    ///< county, unitary, district, borough council
  kHealth,            ///< NHS trust, CCG/ICB, public health
  kCriminalJustice,   ///< CPS, HMCTS, probation, CRC, prisons, YOT, legal aid
  kFireAndRescue,
  kAmbulance,
  kEducation,
  kVoluntary,         ///< voluntary and community sector
  kPrivate,
  kStatutoryBoard,    ///< LSCB, LSAB, CSP, HWB as bodies in their own right
  kPartnership,       ///< a non-statutory partnership body
  kGovernment,        ///< central government and its agencies
  kOther,
};

enum class MeetingKind {
  kBoard,
  kPanel,
  kPartnership,
  kCommittee,
  kForum,
  kMeeting,       ///< a meeting series with no formal standing
  kWorkingGroup,  ///< a sub-group or task-and-finish group
  kOther,
};

enum class Level { kStrategic, kTactical, kOperational, kUnknown };

enum class MeetingStatus { kExisting, kNew, kProposed, kToBeRemoved };

enum class InitiativeStatus { kProposed, kPlanned, kInProgress, kCompleted, kStopped };

enum class ParticipationType {
  kChair,
  kMember,
  kStatutoryMember,  ///< required by statute (e.g. the police on a CSP)
  kAttendee,         ///< attends without membership, or by invitation
  kObserver,
  kSupport,          ///< secretariat, business manager, officer support
};

/// The seat a member holds on a meeting (a police and crime panel's kinds,
/// Schedule 6 to the Police Reform and Social Responsibility Act 2011).
enum class SeatKind {
  kCouncillor,         ///< appointed by the council they represent
  kCoOptedCouncillor,  ///< a councillor co-opted by the body itself
  kIndependent,        ///< a co-opted independent member: represents no council
};

/// The office a member holds on the body, besides membership.
enum class MemberOffice { kMember, kChair, kViceChair };

enum class AreaKind {
  kCountry,
  kRegion,
  kForceArea,       ///< a police force area
  kLocalAuthority,  ///< a county, unitary or district area
  kLocality,        ///< a neighbourhood, town or policing locality
  kOther,
};

std::string_view Name(OrganisationKind v);
std::string_view Name(MeetingKind v);
std::string_view Name(Level v);
std::string_view Name(MeetingStatus v);
std::string_view Name(InitiativeStatus v);
std::string_view Name(ParticipationType v);
std::string_view Name(AreaKind v);
std::string_view Name(SeatKind v);
std::string_view Name(MemberOffice v);

absl::StatusOr<OrganisationKind> ParseOrganisationKind(absl::string_view name);
absl::StatusOr<MeetingKind> ParseMeetingKind(absl::string_view name);
absl::StatusOr<Level> ParseLevel(absl::string_view name);
absl::StatusOr<MeetingStatus> ParseMeetingStatus(absl::string_view name);
absl::StatusOr<InitiativeStatus> ParseInitiativeStatus(absl::string_view name);
absl::StatusOr<ParticipationType> ParseParticipationType(absl::string_view name);
absl::StatusOr<AreaKind> ParseAreaKind(absl::string_view name);
absl::StatusOr<SeatKind> ParseSeatKind(absl::string_view name);
absl::StatusOr<MemberOffice> ParseMemberOffice(absl::string_view name);

// Defined in model.cc from the name tables (govgraph/enum_values.h).
extern template std::vector<OrganisationKind> AllValues<OrganisationKind>();
extern template std::vector<MeetingKind> AllValues<MeetingKind>();
extern template std::vector<Level> AllValues<Level>();
extern template std::vector<MeetingStatus> AllValues<MeetingStatus>();
extern template std::vector<InitiativeStatus> AllValues<InitiativeStatus>();
extern template std::vector<ParticipationType> AllValues<ParticipationType>();
extern template std::vector<AreaKind> AllValues<AreaKind>();
extern template std::vector<SeatKind> AllValues<SeatKind>();
extern template std::vector<MemberOffice> AllValues<MemberOffice>();
extern template absl::StatusOr<OrganisationKind> ParseEnum<OrganisationKind>(absl::string_view name);
extern template absl::StatusOr<MeetingKind> ParseEnum<MeetingKind>(absl::string_view name);
extern template absl::StatusOr<Level> ParseEnum<Level>(absl::string_view name);
extern template absl::StatusOr<MeetingStatus> ParseEnum<MeetingStatus>(absl::string_view name);
extern template absl::StatusOr<InitiativeStatus> ParseEnum<InitiativeStatus>(absl::string_view name);
extern template absl::StatusOr<ParticipationType> ParseEnum<ParticipationType>(absl::string_view name);
extern template absl::StatusOr<AreaKind> ParseEnum<AreaKind>(absl::string_view name);
extern template absl::StatusOr<SeatKind> ParseEnum<SeatKind>(absl::string_view name);
extern template absl::StatusOr<MemberOffice> ParseEnum<MemberOffice>(absl::string_view name);

/// How strongly a participation type involves its participant, for merging
/// several participants that stand for the same organisation: chair 5,
/// statutory member 4, member 3, attendee 2, support 1, observer 0.
int ParticipationStrength(ParticipationType t);


// ---------------------------------------------------------------------------
// Shared parts.

/// Free-form key/value pairs kept with an entity: columns of an imported
/// table that the model has no field for, source references, notes.
using Attributes = std::map<std::string, std::string>;

/// An identifier in an external scheme, e.g. {"ocd", "ocd-division/country:gb/
/// police_force_area:avon_and_somerset"} or {"gss", "E23000036"}.
struct Identifier {
  std::string scheme;
  std::string value;
  friend bool operator==(const Identifier&, const Identifier&) = default;
};

/// What every entity has: a stable id (unique within its kind), a display
/// name, other names it goes by, and attributes.
struct Entity {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  Attributes attributes;
  friend bool operator==(const Entity&, const Entity&) = default;
};

// ---------------------------------------------------------------------------
// The entities.

struct Area : Entity {
  AreaKind kind = AreaKind::kOther;
  Ref<Area> parent;
  std::vector<Identifier> identifiers;
  friend bool operator==(const Area&, const Area&) = default;
};

struct Organisation : Entity {
  OrganisationKind kind = OrganisationKind::kOther;
  std::vector<Ref<Area>> areas;  ///< the areas it serves
  Ref<Organisation> parent;      ///< the body it sits inside, if any
  std::vector<Identifier> identifiers;
  friend bool operator==(const Organisation&, const Organisation&) = default;
};

/// A post: "Police and Crime Commissioner", "Assistant Chief Constable",
/// "Chief Executive". The organisation may be empty for a post that is not
/// tied to one body ("Independent safeguarding chair").
struct Role : Entity {
  Ref<Organisation> organisation;
  bool elected = false;  ///< an elected member (PCC, council leader, councillor)
  friend bool operator==(const Role&, const Role&) = default;
};

struct Person : Entity {
  std::vector<Ref<Role>> roles;  ///< posts held, most significant first
  friend bool operator==(const Person&, const Person&) = default;
};

struct Topic : Entity {
  Ref<Topic> parent;  ///< e.g. a plan pillar that the topic sits under
  friend bool operator==(const Topic&, const Topic&) = default;
};

/// Who takes part: an organisation, a role, a named person, or a combination
/// ("ACC Watson" is the role ACC held by the person Watson). At least one is set.
struct Party {
  Ref<Organisation> organisation;
  Ref<Role> role;
  Ref<Person> person;
  bool empty() const { return organisation.empty() && role.empty() && person.empty(); }
  friend bool operator==(const Party&, const Party&) = default;
};

struct Participant {
  Party party;
  ParticipationType type = ParticipationType::kMember;
  int seats = 1;     ///< people attending for this participant (for burden)
  std::string note;  ///< the participant as written in the source, or a remark
  /// Co-opted by the meeting itself rather than appointed by the organisation
  /// it names: a police and crime panel's co-opted members (an independent
  /// member names no council; a co-opted councillor names their council).
  bool co_opted = false;
  friend bool operator==(const Participant&, const Participant&) = default;
};

/// Who leads a meeting or initiative: no organisation (no lead), one, or
/// several (a joint lead), with others in support ("OPCC with Constabulary
/// support"). `text` keeps the lead as the source wrote it.
struct Lead {
  std::vector<Ref<Organisation>> organisations;
  std::vector<Ref<Organisation>> supporting;
  std::string text;

  bool none() const { return organisations.empty(); }
  bool joint() const { return organisations.size() > 1; }
  friend bool operator==(const Lead&, const Lead&) = default;
};

struct Meeting : Entity {
  MeetingKind kind = MeetingKind::kMeeting;
  Lead lead;
  Party chair;             ///< empty when not stated
  std::string chair_note;  ///< e.g. "agreed by vote of participants"
  std::string purpose;
  std::string current_focus;
  std::vector<Participant> participants;
  Cadence cadence;
  /// Typical length of one sitting in hours; empty means "not stated", and
  /// analyses use RegisterDefaults::meeting_duration_hours and say so.
  std::optional<double> duration_hours;
  Level level = Level::kUnknown;
  std::vector<Ref<Area>> areas;
  /// True when the meeting is held separately in each of its areas (a CSP per
  /// local authority, "locality based meetings x 5"); false when one sitting
  /// covers all its areas.
  bool per_area = false;
  bool statutory = false;
  MeetingStatus status = MeetingStatus::kExisting;
  Ref<Meeting> reports_to;
  std::vector<Ref<Topic>> topics;
  friend bool operator==(const Meeting&, const Meeting&) = default;
};

struct Initiative : Entity {
  Lead lead;
  std::string purpose;
  std::vector<Participant> participants;
  std::vector<Ref<Topic>> priorities;
  std::vector<Ref<Area>> areas;
  InitiativeStatus status = InitiativeStatus::kInProgress;
  std::optional<absl::CivilDay> start_date;
  std::optional<absl::CivilDay> end_date;
  friend bool operator==(const Initiative&, const Initiative&) = default;
};

/// A person's seat on a meeting (a panel or board) for a term of office: whom
/// they represent, in what capacity, and what they lead there. Memberships
/// are not entities: a member is known by person and meeting, and the same
/// person may sit again in a later term.
///
/// ```
///   Membership m;
///   m.person = Ref<Person>("ann");
///   m.meeting = Ref<Meeting>("dorset-pcp");
///   m.council = Ref<Organisation>("dorset-county-council");
///   m.leads.emplace_back("protecting-people");  // a pillar lead
/// ```
struct Membership {
  Ref<Person> person;
  Ref<Meeting> meeting;
  SeatKind seat = SeatKind::kCouncillor;
  /// The council a councillor represents; empty for an independent member.
  Ref<Organisation> council;
  std::string party;  ///< political party, where known
  MemberOffice office = MemberOffice::kMember;
  /// The topics (pillars of a plan) the member leads on for the body.
  std::vector<Ref<Topic>> leads;
  /// A substitute member: attends in a member's place and is not counted as
  /// a member. Naming `substitute_for` makes a substitute too.
  bool substitute = false;
  Ref<Person> substitute_for;  ///< the member substituted for, where named
  std::optional<absl::CivilDay> start_date;  ///< the term of office
  std::optional<absl::CivilDay> end_date;    ///< inclusive
  Attributes attributes;

  bool is_substitute() const { return substitute || !substitute_for.empty(); }
  /// True when the term covers `day` (a missing start or end is open).
  bool InOffice(absl::CivilDay day) const {
    return (!start_date || *start_date <= day) && (!end_date || day <= *end_date);
  }
  friend bool operator==(const Membership&, const Membership&) = default;
};

/// Register-wide settings that analyses fall back on.
struct RegisterDefaults {
  /// Used for meetings whose duration is not stated. Two hours is a common
  /// planning figure for a partnership board; it is a default, not a fact, and
  /// summaries report which meetings relied on it.
  double meeting_duration_hours = 2.0;
  friend bool operator==(const RegisterDefaults&, const RegisterDefaults&) = default;
};

/// Where the register came from: title, publisher, source document, date.
struct RegisterInfo {
  std::string title;
  std::string description;
  std::string source;
  std::string date;  ///< as written; ISO 8601 preferred
  Attributes attributes;
  friend bool operator==(const RegisterInfo&, const RegisterInfo&) = default;
};

}  // namespace govgraph

#endif  // GOVGRAPH_MODEL_H_
