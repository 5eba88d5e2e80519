// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/model.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "internal/enum_names.h"

namespace govgraph {
namespace internal {

// The name table of each enumeration, in declaration order.
template <>
struct EnumNames<OrganisationKind> {
  static constexpr std::string_view kWhat = "organisation kind";
  static constexpr std::pair<OrganisationKind, std::string_view> kTable[] = {
      {OrganisationKind::kPolice, "police"},
      {OrganisationKind::kPoliceAndCrimeCommissioner, "police_and_crime_commissioner"},
      {OrganisationKind::kPoliceAndCrimePanel, "police_and_crime_panel"},
      {OrganisationKind::kLocalAuthority, "local_authority"},
      {OrganisationKind::kHealth, "health"},
      {OrganisationKind::kCriminalJustice, "criminal_justice"},
      {OrganisationKind::kFireAndRescue, "fire_and_rescue"},
      {OrganisationKind::kAmbulance, "ambulance"},
      {OrganisationKind::kEducation, "education"},
      {OrganisationKind::kVoluntary, "voluntary"},
      {OrganisationKind::kPrivate, "private"},
      {OrganisationKind::kStatutoryBoard, "statutory_board"},
      {OrganisationKind::kPartnership, "partnership"},
      {OrganisationKind::kGovernment, "government"},
      {OrganisationKind::kOther, "other"},
  };
};

template <>
struct EnumNames<MeetingKind> {
  static constexpr std::string_view kWhat = "meeting kind";
  static constexpr std::pair<MeetingKind, std::string_view> kTable[] = {
      {MeetingKind::kBoard, "board"},         {MeetingKind::kPanel, "panel"},
      {MeetingKind::kPartnership, "partnership"}, {MeetingKind::kCommittee, "committee"},
      {MeetingKind::kForum, "forum"},         {MeetingKind::kMeeting, "meeting"},
      {MeetingKind::kWorkingGroup, "working_group"}, {MeetingKind::kOther, "other"},
  };
};

template <>
struct EnumNames<Level> {
  static constexpr std::string_view kWhat = "level";
  static constexpr std::pair<Level, std::string_view> kTable[] = {
      {Level::kStrategic, "strategic"},
      {Level::kTactical, "tactical"},
      {Level::kOperational, "operational"},
      {Level::kUnknown, "unknown"},
  };
};

template <>
struct EnumNames<MeetingStatus> {
  static constexpr std::string_view kWhat = "meeting status";
  static constexpr std::pair<MeetingStatus, std::string_view> kTable[] = {
      {MeetingStatus::kExisting, "existing"},
      {MeetingStatus::kNew, "new"},
      {MeetingStatus::kProposed, "proposed"},
      {MeetingStatus::kToBeRemoved, "to_be_removed"},
  };
};

template <>
struct EnumNames<InitiativeStatus> {
  static constexpr std::string_view kWhat = "initiative status";
  static constexpr std::pair<InitiativeStatus, std::string_view> kTable[] = {
      {InitiativeStatus::kProposed, "proposed"},
      {InitiativeStatus::kPlanned, "planned"},
      {InitiativeStatus::kInProgress, "in_progress"},
      {InitiativeStatus::kCompleted, "completed"},
      {InitiativeStatus::kStopped, "stopped"},
  };
};

template <>
struct EnumNames<ParticipationType> {
  static constexpr std::string_view kWhat = "participation type";
  static constexpr std::pair<ParticipationType, std::string_view> kTable[] = {
      {ParticipationType::kChair, "chair"},
      {ParticipationType::kMember, "member"},
      {ParticipationType::kStatutoryMember, "statutory_member"},
      {ParticipationType::kAttendee, "attendee"},
      {ParticipationType::kObserver, "observer"},
      {ParticipationType::kSupport, "support"},
  };
};

template <>
struct EnumNames<AreaKind> {
  static constexpr std::string_view kWhat = "area kind";
  static constexpr std::pair<AreaKind, std::string_view> kTable[] = {
      {AreaKind::kCountry, "country"},
      {AreaKind::kRegion, "region"},
      {AreaKind::kForceArea, "force_area"},
      {AreaKind::kLocalAuthority, "local_authority"},
      {AreaKind::kLocality, "locality"},
      {AreaKind::kOther, "other"},
  };
};

template <>
struct EnumNames<SeatKind> {
  static constexpr std::string_view kWhat = "seat kind";
  static constexpr std::pair<SeatKind, std::string_view> kTable[] = {
      {SeatKind::kCouncillor, "councillor"},
      {SeatKind::kCoOptedCouncillor, "co_opted_councillor"},
      {SeatKind::kIndependent, "independent"},
  };
};

template <>
struct EnumNames<MemberOffice> {
  static constexpr std::string_view kWhat = "office";
  static constexpr std::pair<MemberOffice, std::string_view> kTable[] = {
      {MemberOffice::kMember, "member"},
      {MemberOffice::kChair, "chair"},
      {MemberOffice::kViceChair, "vice_chair"},
  };
};

}  // namespace internal

std::string_view Name(OrganisationKind v) { return internal::NameOf(v); }
std::string_view Name(MeetingKind v) { return internal::NameOf(v); }
std::string_view Name(Level v) { return internal::NameOf(v); }
std::string_view Name(MeetingStatus v) { return internal::NameOf(v); }
std::string_view Name(InitiativeStatus v) { return internal::NameOf(v); }
std::string_view Name(ParticipationType v) { return internal::NameOf(v); }
std::string_view Name(AreaKind v) { return internal::NameOf(v); }
std::string_view Name(SeatKind v) { return internal::NameOf(v); }
std::string_view Name(MemberOffice v) { return internal::NameOf(v); }

absl::StatusOr<OrganisationKind> ParseOrganisationKind(absl::string_view n) {
  return internal::ParseName<OrganisationKind>(n);
}
absl::StatusOr<MeetingKind> ParseMeetingKind(absl::string_view n) { return internal::ParseName<MeetingKind>(n); }
absl::StatusOr<Level> ParseLevel(absl::string_view n) { return internal::ParseName<Level>(n); }
absl::StatusOr<MeetingStatus> ParseMeetingStatus(absl::string_view n) {
  return internal::ParseName<MeetingStatus>(n);
}
absl::StatusOr<InitiativeStatus> ParseInitiativeStatus(absl::string_view n) {
  return internal::ParseName<InitiativeStatus>(n);
}
absl::StatusOr<ParticipationType> ParseParticipationType(absl::string_view n) {
  return internal::ParseName<ParticipationType>(n);
}
absl::StatusOr<AreaKind> ParseAreaKind(absl::string_view n) { return internal::ParseName<AreaKind>(n); }
absl::StatusOr<SeatKind> ParseSeatKind(absl::string_view n) { return internal::ParseName<SeatKind>(n); }
absl::StatusOr<MemberOffice> ParseMemberOffice(absl::string_view n) { return internal::ParseName<MemberOffice>(n); }

int ParticipationStrength(ParticipationType t) {
  switch (t) {
    case ParticipationType::kChair:
      return 5;
    case ParticipationType::kStatutoryMember:
      return 4;
    case ParticipationType::kMember:
      return 3;
    case ParticipationType::kAttendee:
      return 2;
    case ParticipationType::kSupport:
      return 1;
    case ParticipationType::kObserver:
      return 0;
  }
  return 0;
}

GOVGRAPH_ENUM_VALUES(OrganisationKind);
GOVGRAPH_ENUM_VALUES(MeetingKind);
GOVGRAPH_ENUM_VALUES(Level);
GOVGRAPH_ENUM_VALUES(MeetingStatus);
GOVGRAPH_ENUM_VALUES(InitiativeStatus);
GOVGRAPH_ENUM_VALUES(ParticipationType);
GOVGRAPH_ENUM_VALUES(AreaKind);
GOVGRAPH_ENUM_VALUES(SeatKind);
GOVGRAPH_ENUM_VALUES(MemberOffice);

}  // namespace govgraph
