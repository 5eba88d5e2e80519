// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/summary.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/cadence.h"
#include "govgraph/model.h"
#include "govgraph/register.h"
#include "govgraph/register_builder.h"

namespace govgraph {

void PrintTo(const NamedCount& c, std::ostream* os) { *os << c.name << "=" << c.count; }

namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

Participant Org(std::string id, int seats) {
  Participant p;
  p.party.organisation = std::move(id);
  p.seats = seats;
  return p;
}

// Five meetings with answers that can be worked out by hand. The default
// duration is 1.5 hours.
//
//   meeting  lead         cadence               duration  seats  status         sittings  hours  seat-hours
//   board    OPCC         6 a year              2.5       2+1    existing       6         15     45
//   csp      none         4, one area at 2,     (1.5)     1+3    existing       4+4+2=10  15     60
//                         per area x 3
//   joint    OPCC + ASC   unknown (TBC)         1         1      new            -         -      -
//   old      OPCC         12 a year             1         1      to be removed  12        12     12
//   forum    none         ad hoc                (1.5)     -      existing       -         -      -
//   totals                                                                      28        42     117
Register MakeRegister() {
  RegisterBuilder b;
  b.SetInfo({.title = "Summary test register"});
  b.SetDefaults({.meeting_duration_hours = 1.5});
  for (const char* id : {"north", "south", "west"}) {
    Area a;
    a.id = id;
    a.name = std::string("The ") + id;
    b.AddArea(a);
  }
  auto org = [&](const char* id, const char* name, std::vector<std::string> aliases) {
    Organisation o;
    o.id = id;
    o.name = name;
    o.aliases = std::move(aliases);
    b.AddOrganisation(o);
  };
  org("opcc", "Office of the Police and Crime Commissioner", {"OPCC"});
  org("asc", "Avon and Somerset Constabulary", {"Constabulary", "Avon and Somerset Police Force"});
  org("council", "Council", {"The City Council"});  // the alias is longer: the name is shown
  org("lonely", "Lonely body", {});
  Role r;
  r.id = "pcc";
  r.name = "PCC";
  r.organisation = "opcc";
  b.AddRole(r);
  Person p;
  p.id = "sue";
  p.name = "Sue";
  p.roles = {"pcc"};
  b.AddPerson(p);
  Topic t;
  t.id = "plan";
  t.name = "Plan";
  b.AddTopic(t);

  Meeting board;
  board.id = "board";
  board.name = "Board";
  board.kind = MeetingKind::kBoard;
  board.level = Level::kStrategic;
  board.lead.organisations = {"opcc"};
  board.cadence = Cadence::Regular(6);
  board.duration_hours = 2.5;
  board.participants = {Org("opcc", 2), Org("asc", 1)};
  b.AddMeeting(board);

  Meeting csp;
  csp.id = "csp";
  csp.name = "CSP";
  csp.kind = MeetingKind::kPartnership;
  csp.level = Level::kTactical;
  csp.cadence = Cadence::Regular(4).AddException("west", 2);
  csp.areas = {"north", "south", "west"};
  csp.per_area = true;
  csp.participants = {Org("asc", 1), Org("council", 3)};
  b.AddMeeting(csp);

  Meeting joint;
  joint.id = "joint";
  joint.name = "Joint";
  joint.kind = MeetingKind::kBoard;
  joint.level = Level::kStrategic;
  joint.status = MeetingStatus::kNew;
  joint.lead.organisations = {"asc", "opcc"};
  joint.cadence = Cadence::Unknown("TBC");
  joint.duration_hours = 1;
  joint.participants = {Org("asc", 1)};
  b.AddMeeting(joint);

  Meeting old;
  old.id = "old";
  old.name = "Old";
  old.kind = MeetingKind::kMeeting;
  old.level = Level::kOperational;
  old.status = MeetingStatus::kToBeRemoved;
  old.lead.organisations = {"opcc"};
  old.cadence = Cadence::Regular(12);
  old.duration_hours = 1;
  old.participants = {Org("opcc", 1)};
  b.AddMeeting(old);

  Meeting forum;
  forum.id = "forum";
  forum.name = "Forum";
  forum.kind = MeetingKind::kForum;
  forum.cadence = Cadence::AdHoc("as required");
  b.AddMeeting(forum);

  Initiative in;
  in.id = "iom";
  in.name = "IOM";
  b.AddInitiative(in);

  absl::StatusOr<Register> reg = std::move(b).Build();
  EXPECT_TRUE(reg.ok()) << reg.status();
  return reg.ok() ? *std::move(reg) : Register();
}

TEST(SummaryTest, Counts) {
  const Register reg = MakeRegister();
  const SummaryResult s = Summarise(reg);
  EXPECT_EQ(s.title, "Summary test register");
  EXPECT_EQ(s.meetings, 5);
  EXPECT_EQ(s.organisations, 4);
  EXPECT_EQ(s.roles, 1);
  EXPECT_EQ(s.people, 1);
  EXPECT_EQ(s.areas, 3);
  EXPECT_EQ(s.topics, 1);
  EXPECT_EQ(s.initiatives, 1);
  // {opcc, asc, council, board, csp, joint, old}, {lonely}, {forum}, {iom}.
  EXPECT_EQ(s.components, 4);
}

TEST(SummaryTest, MeetingsByStatusLevelAndKindInEnumOrderNonZeroOnly) {
  const SummaryResult s = Summarise(MakeRegister());
  EXPECT_THAT(s.meetings_by_status,
              ElementsAre(NamedCount{"existing", 3}, NamedCount{"new", 1}, NamedCount{"to_be_removed", 1}));
  EXPECT_THAT(s.meetings_by_level, ElementsAre(NamedCount{"strategic", 2}, NamedCount{"tactical", 1},
                                               NamedCount{"operational", 1}, NamedCount{"unknown", 1}));
  EXPECT_THAT(s.meetings_by_kind, ElementsAre(NamedCount{"board", 2}, NamedCount{"partnership", 1},
                                              NamedCount{"forum", 1}, NamedCount{"meeting", 1}));
}

TEST(SummaryTest, LeadTallies) {
  const SummaryResult s = Summarise(MakeRegister());
  ASSERT_EQ(s.leads.size(), 3u);
  // Most meetings first, "no lead" last even though it ties for most.
  EXPECT_EQ(s.leads[0].label, "OPCC");
  EXPECT_EQ(s.leads[0].meetings, 2);
  EXPECT_EQ(s.leads[0].organisations, (std::vector<OrganisationHandle>{OrganisationHandle(0)}));
  EXPECT_EQ(s.leads[1].label, "joint: OPCC + Constabulary");
  EXPECT_EQ(s.leads[1].meetings, 1);
  EXPECT_EQ(s.leads[1].organisations,
            (std::vector<OrganisationHandle>{OrganisationHandle(0), OrganisationHandle(1)}))
      << "the same set whatever order the lead lists them in";
  EXPECT_EQ(s.leads[2].label, "no lead");
  EXPECT_EQ(s.leads[2].meetings, 2);
  EXPECT_TRUE(s.leads[2].organisations.empty());
}

TEST(SummaryTest, LeadLabelUsesTheNameWhenTheFirstAliasIsNotShorter) {
  RegisterBuilder b(MakeRegister());
  b.meetings()[4].lead.organisations = {"council"};
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok());
  const SummaryResult s = Summarise(*reg);
  std::vector<std::string> labels;
  for (const LeadTally& t : s.leads) labels.push_back(t.label + "=" + std::to_string(t.meetings));
  EXPECT_THAT(labels, ElementsAre("OPCC=2", "joint: OPCC + Constabulary=1", "Council=1", "no lead=1"));
}

TEST(SummaryTest, HoursAYear) {
  const Register reg = MakeRegister();
  const SummaryResult s = Summarise(reg);
  EXPECT_DOUBLE_EQ(s.sittings_per_year, 6 + (4 + 4 + 2) + 12);
  EXPECT_DOUBLE_EQ(s.meeting_hours_per_year, 6 * 2.5 + 10 * 1.5 + 12 * 1.0);
  EXPECT_DOUBLE_EQ(s.seat_hours_per_year, 6 * 2.5 * 3 + 10 * 1.5 * 4 + 12 * 1.0 * 1);
  EXPECT_DOUBLE_EQ(s.sittings_per_year, 28);
  EXPECT_DOUBLE_EQ(s.meeting_hours_per_year, 42);
  EXPECT_DOUBLE_EQ(s.seat_hours_per_year, 117);
  EXPECT_DOUBLE_EQ(s.to_be_removed_meeting_hours_per_year, 12);
  EXPECT_DOUBLE_EQ(s.to_be_removed_seat_hours_per_year, 12);
}

TEST(SummaryTest, UnknownCadenceIsListedAndLeftOutNotCountedAsZero) {
  const SummaryResult s = Summarise(MakeRegister());
  EXPECT_THAT(s.unknown_cadence, ElementsAre(MeetingHandle(2), MeetingHandle(4)));

  // Giving "joint" a cadence adds exactly its hours.
  RegisterBuilder b(MakeRegister());
  b.meetings()[2].cadence = Cadence::Regular(2);
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok());
  const SummaryResult known = Summarise(*reg);
  EXPECT_THAT(known.unknown_cadence, ElementsAre(MeetingHandle(4)));
  EXPECT_DOUBLE_EQ(known.sittings_per_year, 28 + 2);
  EXPECT_DOUBLE_EQ(known.meeting_hours_per_year, 42 + 2 * 1.0);
  EXPECT_DOUBLE_EQ(known.seat_hours_per_year, 117 + 2 * 1.0 * 1);
}

TEST(SummaryTest, DefaultDurationIsListedAndUsed) {
  const Register reg = MakeRegister();
  const SummaryResult s = Summarise(reg);
  // csp (counted with 1.5 h) and forum (not counted: no cadence).
  EXPECT_THAT(s.default_duration, ElementsAre(MeetingHandle(1), MeetingHandle(4)));

  // A different default changes csp's hours only.
  RegisterBuilder b(reg);
  b.SetDefaults({.meeting_duration_hours = 3});
  absl::StatusOr<Register> other = std::move(b).Build();
  ASSERT_TRUE(other.ok());
  const SummaryResult t = Summarise(*other);
  EXPECT_DOUBLE_EQ(t.meeting_hours_per_year, 42 - 10 * 1.5 + 10 * 3);
  EXPECT_DOUBLE_EQ(t.seat_hours_per_year, 117 - 10 * 1.5 * 4 + 10 * 3 * 4);
  EXPECT_DOUBLE_EQ(t.sittings_per_year, 28);
}

TEST(SummaryTest, EmptyRegister) {
  const Register reg;
  const SummaryResult s = Summarise(reg);
  EXPECT_EQ(s.meetings, 0);
  EXPECT_EQ(s.components, 0);
  EXPECT_THAT(s.meetings_by_status, IsEmpty());
  EXPECT_THAT(s.leads, IsEmpty());
  EXPECT_EQ(s.sittings_per_year, 0);
  const std::string text = FormatSummary(reg, s);
  EXPECT_THAT(text, HasSubstr("Governance register\n"));
  EXPECT_THAT(text, HasSubstr("  Meetings        0\n"));
  EXPECT_THAT(text, testing::Not(HasSubstr("To be removed")));
  EXPECT_THAT(text, testing::Not(HasSubstr("Not counted")));
}

TEST(SummaryTest, FormatSummaryHasTheKeyLines) {
  const Register reg = MakeRegister();
  const std::string text = FormatSummary(reg, Summarise(reg));
  EXPECT_THAT(text, testing::StartsWith("Summary test register\n"));
  EXPECT_THAT(text, HasSubstr("  Meetings        5 (3 existing, 1 new, 1 to be removed)\n"));
  EXPECT_THAT(text, HasSubstr("  Levels          2 strategic, 1 tactical, 1 operational, 1 unknown\n"));
  EXPECT_THAT(text, HasSubstr("  Organisations   4\n"));
  EXPECT_THAT(text, HasSubstr("  Roles           1 (1 named people)\n"));
  EXPECT_THAT(text, HasSubstr("  Areas           3: The north, The south, The west\n"));
  EXPECT_THAT(text, HasSubstr("  Leads           OPCC 2, joint: OPCC + Constabulary 1, no lead 2\n"));
  EXPECT_THAT(text, HasSubstr("  Network         4 connected parts\n"));
  EXPECT_THAT(text, HasSubstr("Hours a year (3 of 5 meetings with a known cadence)\n"));
  EXPECT_THAT(text, HasSubstr("  Sittings        28\n"));
  EXPECT_THAT(text, HasSubstr("  Meeting hours   42\n"));
  EXPECT_THAT(text, HasSubstr("  People-hours    117 (meeting hours x seats)\n"));
  EXPECT_THAT(text, HasSubstr("  To be removed   12 meeting hours, 12 people-hours\n"));
  EXPECT_THAT(text, HasSubstr("  Not counted (cadence unknown): Joint; Forum\n"));
  EXPECT_THAT(text, HasSubstr("  2 of 5 meetings have no stated duration; the register default of 1.5 h was used.\n"));
}

}  // namespace
}  // namespace govgraph

namespace govgraph {
namespace {

TEST(SummaryTest, LongListsShowTwentyNamesAndCountTheRest) {
  RegisterBuilder b;
  for (int i = 1; i <= 25; ++i) {
    Area a;
    a.id = "a" + std::to_string(i);
    a.name = "Area " + std::to_string(i);
    b.AddArea(a);
    Meeting m;
    m.id = "m" + std::to_string(i);
    m.name = "Meeting " + std::to_string(i);
    b.AddMeeting(m);  // cadence unknown
  }
  absl::StatusOr<Register> reg = std::move(b).Build();
  ASSERT_TRUE(reg.ok()) << reg.status();
  const std::string text = FormatSummary(*reg, Summarise(*reg));
  EXPECT_THAT(text, HasSubstr("  Areas           25: Area 1, Area 2, "));
  EXPECT_THAT(text, HasSubstr(", Area 20, and 5 more\n"));
  EXPECT_THAT(text, testing::Not(HasSubstr("Area 21")));
  EXPECT_THAT(text, HasSubstr("  Not counted (cadence unknown): Meeting 1; "));
  EXPECT_THAT(text, HasSubstr("; Meeting 20; and 5 more\n"));
}

}  // namespace
}  // namespace govgraph
