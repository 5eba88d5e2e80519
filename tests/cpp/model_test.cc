// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/model.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/handle.h"

namespace govgraph {
namespace {

using ::testing::HasSubstr;

// Each enumeration, with its parser, the expected names in declaration
// order, and the word its error messages use.
template <class E>
struct EnumCase;

template <>
struct EnumCase<OrganisationKind> {
  static absl::StatusOr<OrganisationKind> Parse(absl::string_view n) { return ParseOrganisationKind(n); }
  static std::vector<std::string> Names() {
    return {"police",      "police_and_crime_commissioner", "police_and_crime_panel",
            "local_authority", "health",                    "criminal_justice",
            "fire_and_rescue", "ambulance",                 "education",
            "voluntary",   "private",                       "statutory_board",
            "partnership", "government",                    "other"};
  }
  static constexpr const char* kWhat = "organisation kind";
};

template <>
struct EnumCase<MeetingKind> {
  static absl::StatusOr<MeetingKind> Parse(absl::string_view n) { return ParseMeetingKind(n); }
  static std::vector<std::string> Names() {
    return {"board", "panel", "partnership", "committee", "forum", "meeting", "working_group", "other"};
  }
  static constexpr const char* kWhat = "meeting kind";
};

template <>
struct EnumCase<Level> {
  static absl::StatusOr<Level> Parse(absl::string_view n) { return ParseLevel(n); }
  static std::vector<std::string> Names() { return {"strategic", "tactical", "operational", "unknown"}; }
  static constexpr const char* kWhat = "level";
};

template <>
struct EnumCase<MeetingStatus> {
  static absl::StatusOr<MeetingStatus> Parse(absl::string_view n) { return ParseMeetingStatus(n); }
  static std::vector<std::string> Names() { return {"existing", "new", "proposed", "to_be_removed"}; }
  static constexpr const char* kWhat = "meeting status";
};

template <>
struct EnumCase<InitiativeStatus> {
  static absl::StatusOr<InitiativeStatus> Parse(absl::string_view n) { return ParseInitiativeStatus(n); }
  static std::vector<std::string> Names() {
    return {"proposed", "planned", "in_progress", "completed", "stopped"};
  }
  static constexpr const char* kWhat = "initiative status";
};

template <>
struct EnumCase<ParticipationType> {
  static absl::StatusOr<ParticipationType> Parse(absl::string_view n) {
    return ParseParticipationType(n);
  }
  static std::vector<std::string> Names() {
    return {"chair", "member", "statutory_member", "attendee", "observer", "support"};
  }
  static constexpr const char* kWhat = "participation type";
};

template <>
struct EnumCase<AreaKind> {
  static absl::StatusOr<AreaKind> Parse(absl::string_view n) { return ParseAreaKind(n); }
  static std::vector<std::string> Names() {
    return {"country", "region", "force_area", "local_authority", "locality", "other"};
  }
  static constexpr const char* kWhat = "area kind";
};

template <class E>
class EnumTest : public ::testing::Test {};

using AllEnums = ::testing::Types<OrganisationKind, MeetingKind, Level, MeetingStatus,
                                  InitiativeStatus, ParticipationType, AreaKind>;
TYPED_TEST_SUITE(EnumTest, AllEnums);

TYPED_TEST(EnumTest, AllValuesAreDistinctAndInDeclarationOrder) {
  const std::vector<TypeParam> values = AllValues<TypeParam>();
  ASSERT_EQ(values.size(), EnumCase<TypeParam>::Names().size());
  // The enumerators are declared from zero without gaps.
  for (size_t i = 0; i < values.size(); ++i) {
    EXPECT_EQ(static_cast<size_t>(values[i]), i);
  }
}

TYPED_TEST(EnumTest, NamesAreTheDocumentedSnakeCaseNames) {
  const std::vector<TypeParam> values = AllValues<TypeParam>();
  const std::vector<std::string> expected = EnumCase<TypeParam>::Names();
  ASSERT_EQ(values.size(), expected.size());
  std::set<std::string> seen;
  for (size_t i = 0; i < values.size(); ++i) {
    const std::string name(Name(values[i]));
    EXPECT_EQ(name, expected[i]);
    EXPECT_TRUE(seen.insert(name).second) << "duplicate name " << name;
    for (char c : name) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_') << name;
  }
}

TYPED_TEST(EnumTest, NameParseRoundTrip) {
  for (TypeParam v : AllValues<TypeParam>()) {
    absl::StatusOr<TypeParam> parsed = EnumCase<TypeParam>::Parse(std::string(Name(v)));
    ASSERT_TRUE(parsed.ok()) << Name(v) << ": " << parsed.status();
    EXPECT_EQ(*parsed, v) << Name(v);
  }
}

TYPED_TEST(EnumTest, UnknownNameIsRejectedListingValidNames) {
  for (absl::string_view bad : {"nonsense", "", "Board ", "STRATEGIC", "to-be-removed"}) {
    absl::StatusOr<TypeParam> parsed = EnumCase<TypeParam>::Parse(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
    const std::string message(parsed.status().message());
    EXPECT_THAT(message, HasSubstr(std::string("unknown ") + EnumCase<TypeParam>::kWhat + " \"" +
                                   std::string(bad) + "\""));
    EXPECT_THAT(message, HasSubstr("expected one of: " + absl::StrJoin(EnumCase<TypeParam>::Names(), ", ")));
  }
}

TEST(EnumParseTest, ParsingIsExactNotCaseInsensitive) {
  EXPECT_FALSE(ParseLevel("Strategic").ok());
  EXPECT_FALSE(ParseMeetingStatus("to be removed").ok());
  EXPECT_FALSE(ParseOrganisationKind(" police").ok());
  EXPECT_EQ(*ParseMeetingStatus("to_be_removed"), MeetingStatus::kToBeRemoved);
}

TEST(EnumParseTest, ExactErrorMessage) {
  absl::StatusOr<Level> parsed = ParseLevel("high");
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().message(),
            "unknown level \"high\"; expected one of: strategic, tactical, operational, unknown");
}

// --- Lead, Party, Ref ---------------------------------------------------------

TEST(ModelLeadTest, NoneAndJoint) {
  Lead lead;
  EXPECT_TRUE(lead.none());
  EXPECT_FALSE(lead.joint());

  // Text and supporting organisations alone are still no lead.
  lead.text = "Constabulary and OPCC attendance";
  lead.supporting = {"constabulary"};
  EXPECT_TRUE(lead.none());
  EXPECT_FALSE(lead.joint());

  lead.organisations = {"opcc"};
  EXPECT_FALSE(lead.none());
  EXPECT_FALSE(lead.joint());

  lead.organisations.push_back("constabulary");
  EXPECT_FALSE(lead.none());
  EXPECT_TRUE(lead.joint());

  lead.organisations.push_back("cps");
  EXPECT_TRUE(lead.joint());
}

TEST(PartyTest, EmptyUntilAnyFieldIsSet) {
  Party p;
  EXPECT_TRUE(p.empty());
  Party org;
  org.organisation = "cps";
  EXPECT_FALSE(org.empty());
  Party role;
  role.role = "pcc";
  EXPECT_FALSE(role.empty());
  Party person;
  person.person = "watson";
  EXPECT_FALSE(person.empty());
  Party all{.organisation = "constabulary", .role = "acc", .person = "watson"};
  EXPECT_FALSE(all.empty());
}

TEST(RefTest, EqualityComparesIdsOnly) {
  Ref<Organisation> a("cps");
  Ref<Organisation> b(std::string("cps"));
  EXPECT_TRUE(a == b);
  // The handle does not take part in equality.
  b.handle = OrganisationHandle(7);
  EXPECT_TRUE(a == b);
  EXPECT_FALSE(a.handle == b.handle);
  Ref<Organisation> c("hmcts");
  c.handle = OrganisationHandle(7);
  EXPECT_FALSE(b == c);
  EXPECT_TRUE(b != c);
}

TEST(RefTest, EmptyAndImplicitConstruction) {
  Ref<Area> none;
  EXPECT_TRUE(none.empty());
  EXPECT_FALSE(none.handle.valid());
  Ref<Area> some = "bristol";
  EXPECT_FALSE(some.empty());
  EXPECT_EQ(some.id, "bristol");
  EXPECT_FALSE(some.handle.valid());
}

TEST(HandleTest, DefaultIsInvalidAndHandlesCompare) {
  OrganisationHandle h;
  EXPECT_FALSE(h.valid());
  EXPECT_EQ(h.index(), OrganisationHandle::kInvalidIndex);
  OrganisationHandle a(1), b(2);
  EXPECT_TRUE(a.valid());
  EXPECT_LT(a, b);
  EXPECT_EQ(a, OrganisationHandle(1));
  EXPECT_EQ(std::hash<OrganisationHandle>()(a), std::hash<uint32_t>()(1));
}

TEST(EntityEqualityTest, StructsCompareFieldByField) {
  Meeting a;
  a.id = "m";
  a.name = "M";
  a.participants.push_back({.party = {.organisation = "cps"}});
  Meeting b = a;
  EXPECT_EQ(a, b);
  b.participants[0].seats = 2;
  EXPECT_NE(a, b);
  b = a;
  b.cadence = Cadence::Regular(4);
  EXPECT_NE(a, b);
  b = a;
  b.duration_hours = 2.0;
  EXPECT_NE(a, b);
  b = a;
  b.participants[0].party.organisation.handle = OrganisationHandle(3);
  EXPECT_EQ(a, b) << "handles do not take part in equality";
}

TEST(DefaultsTest, TwoHourMeetingDefault) {
  EXPECT_EQ(RegisterDefaults().meeting_duration_hours, 2.0);
  Participant p;
  EXPECT_EQ(p.seats, 1);
  EXPECT_EQ(p.type, ParticipationType::kMember);
  Meeting m;
  EXPECT_EQ(m.kind, MeetingKind::kMeeting);
  EXPECT_EQ(m.level, Level::kUnknown);
  EXPECT_EQ(m.status, MeetingStatus::kExisting);
  EXPECT_FALSE(m.duration_hours.has_value());
  Initiative in;
  EXPECT_EQ(in.status, InitiativeStatus::kInProgress);
}

}  // namespace
}  // namespace govgraph
