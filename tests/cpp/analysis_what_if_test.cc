// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/analysis/what_if.h"

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/str_replace.h"
#include "analysis_test_util.h"
#include "govgraph/io/json.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace govgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::StartsWith;
using ::testing::IsEmpty;
using namespace testing_util;  // NOLINT

//   m1  a, b        topic t1      north  4 a year x 2 h   (a 8, b 8)
//   m2  a, c (stat) topics t1 t2  south  12 a year x 1 h  (a 12, c 12)  statutory
//   m3  b, c        topic t2      north  unknown
//   sub c           reports to m2        unknown
Register Small() {
  RegisterBuilder b;
  AddAreas(b, {"north", "south"});
  for (const char* id : {"t1", "t2"}) {
    Topic t;
    t.id = id;
    t.name = std::string("Topic ") + id;
    b.AddTopic(t);
  }
  for (const char* id : {"a", "b", "c"}) b.AddOrganisation(Org(id, std::string("Org ") + id));
  Meeting m1 = Meet("m1", {OrgSeat("a"), OrgSeat("b")}, Cadence::Regular(4), {"a"});
  m1.duration_hours = 2;
  m1.topics = {"t1"};
  m1.areas = {"north"};
  Meeting m2 = Meet("m2", {OrgSeat("a"), OrgSeat("c", 1, ParticipationType::kStatutoryMember)}, Cadence::Regular(12));
  m2.duration_hours = 1;
  m2.topics = {"t1", "t2"};
  m2.areas = {"south"};
  m2.statutory = true;
  Meeting m3 = Meet("m3", {OrgSeat("b"), OrgSeat("c")}, Cadence::Unknown("TBC"));
  m3.topics = {"t2"};
  m3.areas = {"north"};
  Meeting sub = Meet("sub", {OrgSeat("c")}, Cadence::Unknown());
  sub.reports_to = "m2";
  b.AddMeeting(m1);
  b.AddMeeting(m2);
  b.AddMeeting(m3);
  b.AddMeeting(sub);
  return MustBuild(b);
}

ChangeSet Parse(const std::string& json) {
  absl::StatusOr<ChangeSet> cs = ParseChangeSetJson(json);
  EXPECT_TRUE(cs.ok()) << cs.status();
  return cs.ok() ? *cs : ChangeSet();
}

std::string Error(const Register& reg, const std::string& json) {
  absl::StatusOr<ChangeSet> cs = ParseChangeSetJson(json);
  if (!cs.ok()) return std::string(cs.status().message());
  absl::StatusOr<WhatIfResult> r = WhatIf(reg, *cs);
  return r.ok() ? "ok" : std::string(r.status().message());
}

TEST(WhatIfTest, RemovingTheStatutoryMeetingLosesAreaLinkAndDuty) {
  const Register reg = Small();
  absl::StatusOr<WhatIfResult> r = WhatIf(reg, Parse(R"({"changes": [{"action": "remove", "meeting": "m2"}]})"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->removed, ElementsAre("m2"));
  EXPECT_THAT(r->reparented, ElementsAre("sub"));
  EXPECT_THAT(r->lost_topics, IsEmpty());  // t1 in m1, t2 in m3
  ASSERT_EQ(r->lost_areas.size(), 1u);
  EXPECT_EQ(r->lost_areas[0].id, "south");
  ASSERT_EQ(r->lost_links.size(), 1u);
  EXPECT_EQ(r->lost_links[0].a, "organisation:a");
  EXPECT_EQ(r->lost_links[0].b, "organisation:c");
  EXPECT_THAT(r->lost_links[0].former_meetings, ElementsAre("m2"));
  ASSERT_EQ(r->unmet_duties.size(), 1u);
  EXPECT_EQ(r->unmet_duties[0].reason, "statutory meeting removed");
  EXPECT_DOUBLE_EQ(r->meeting_hours_saved, 12);
  EXPECT_DOUBLE_EQ(r->seat_hours_saved, 24);
  ASSERT_EQ(r->hours.size(), 2u);
  EXPECT_EQ(r->hours[0].organisation, "a");
  EXPECT_DOUBLE_EQ(r->hours[0].before, 20);
  EXPECT_DOUBLE_EQ(r->hours[0].saved, 12);
  EXPECT_FALSE(r->loses_nothing());
  EXPECT_FALSE(r->after.FindMeeting("m2").has_value());
  EXPECT_TRUE(r->after.meeting(*r->after.FindMeeting("sub")).reports_to.empty());
}

TEST(WhatIfTest, RemovingAnUnknownCadenceMeetingSavesUnknownHours) {
  const Register reg = Small();
  absl::StatusOr<WhatIfResult> r = WhatIf(reg, Parse(R"({"changes": [{"action": "remove", "meeting": "m3"}]})"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_DOUBLE_EQ(r->seat_hours_saved, 0);
  EXPECT_THAT(r->unknown_cadence_removed, ElementsAre("m3"));
  ASSERT_EQ(r->hours.size(), 2u);  // b and c, each with an unknown saving
  EXPECT_THAT(r->hours[0].unknown_removed, ElementsAre("m3"));
  // b and c still meet? No: m3 was their only shared meeting.
  ASSERT_EQ(r->lost_links.size(), 1u);
  EXPECT_EQ(r->lost_links[0].a, "organisation:b");
}

TEST(WhatIfTest, MergeKeepsUnionAndMostFrequentCadence) {
  const Register reg = Small();
  absl::StatusOr<WhatIfResult> r = WhatIf(
      reg, Parse(R"({"changes": [{"action": "merge", "meetings": ["m3", "m2"], "into": {"id": "m23", "name": "Joint"}}]})"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->removed, ElementsAre("m2", "m3"));
  EXPECT_THAT(r->added, ElementsAre("m23"));
  const Meeting& m = r->after.meeting(*r->after.FindMeeting("m23"));
  EXPECT_EQ(m.participants.size(), 3u);
  EXPECT_EQ(m.cadence.per_year(), 12);
  EXPECT_TRUE(m.statutory);
  EXPECT_EQ(m.topics.size(), 2u);
  EXPECT_EQ(r->after.meeting(*r->after.FindMeeting("sub")).reports_to.id, "m23");
  EXPECT_THAT(r->lost_links, IsEmpty());
  EXPECT_THAT(r->unmet_duties, IsEmpty());  // c stays a statutory member of the merged meeting
}

TEST(WhatIfTest, AddSetLeadAndSetCadence) {
  const Register reg = Small();
  absl::StatusOr<WhatIfResult> r = WhatIf(reg, Parse(R"({"changes": [
      {"action": "add", "meeting": {"id": "new", "name": "New forum", "cadence": "Monthly",
                                    "participants": [{"organisation": "a"}], "areas": ["south"]}},
      {"action": "set_lead", "meeting": "m3", "lead": ["b"]},
      {"action": "set_cadence", "meeting": "m3", "cadence": "Quarterly"},
      {"action": "remove", "meeting": "m2"}]})"));
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->added, ElementsAre("new"));
  EXPECT_THAT(r->changed, ElementsAre("m3"));
  EXPECT_THAT(r->lost_areas, IsEmpty());  // the new forum covers the south
  const Meeting& m3 = r->after.meeting(*r->after.FindMeeting("m3"));
  EXPECT_EQ(m3.cadence.per_year(), 4);
  ASSERT_EQ(m3.lead.organisations.size(), 1u);
  EXPECT_EQ(m3.lead.organisations[0].id, "b");
}

TEST(WhatIfTest, ErrorsNameTheItemAndField) {
  const Register reg = Small();
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "remove", "meeting": "m1"}, {"action": "remove", "meeting": "m2"},
                                       {"action": "remove", "meeting": "xyz"}]})"),
            "changes[2].meeting: unknown meeting \"xyz\"");
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "remove", "meeting": "m1"}, {"action": "set_cadence", "meeting": "m1", "cadence": "Monthly"}]})"),
            "changes[1].meeting: meeting \"m1\" was removed by changes[0]");
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "set_lead", "meeting": "m1", "lead": ["a", "zz"]}]})"),
            "changes[0].lead[1]: unknown organisation \"zz\"");
  EXPECT_THAT(Error(reg, R"({"changes": [{"action": "set_cadence", "meeting": "m1", "cadence": "whenever"}]})"),
              HasSubstr("changes[0].cadence: "));
  EXPECT_THAT(Error(reg, R"({"changes": [{"action": "explode", "meeting": "m1"}]})"),
              HasSubstr("changes[0].action: unknown action \"explode\""));
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "remove", "meting": "m1"}]})"),
            "changes[0].meting: unknown field for action \"remove\"");
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "merge", "meetings": ["m1"]}]})"),
            "changes[0].meetings: give two or more meeting ids to merge");
  EXPECT_THAT(Error(reg, R"({"changes": [{"action": "add", "meeting": {"id": "n", "name": "N",
                              "participants": [{"organisation": "nobody"}]}}]})"),
              HasSubstr("changes[0].meeting.participants[0].organisation"));
  EXPECT_THAT(Error(reg, R"({"changes": [{"action": "add", "meeting": {"id": "m1", "name": "Dup"}}]})"),
              HasSubstr("changes[0].meeting"));
  EXPECT_THAT(Error(reg, "[1, 2"), StartsWith("change set: line 1, column 5: syntax error"));
}

// A meeting added by a change is read and checked as the register reader
// reads and checks each meeting: the same problems, named from the change.
TEST(WhatIfTest, AddedMeetingProblemsAreTheRegisterReadersNamedFromTheChange) {
  const Register reg = Small();
  absl::StatusOr<std::string> text = RegisterToJson(reg, {.indent = -1});
  ASSERT_TRUE(text.ok()) << text.status();
  for (const char* meeting : {
           R"({"id": "n", "name": "N", "participants": [{"organisation": "nobody"}]})",
           R"({"id": "n", "name": "N", "participants": [{"org": "a"}], "cadence": "whenever", "level": "x"})",
           R"({"id": "n", "name": "N", "reports_to": "zz", "areas": ["north", "atlantis"], "topics": [""]})",
           R"({"id": "n", "name": "N", "areas": ["north"],
               "cadence": {"kind": "regular", "per_year": 4, "exceptions": [{"area": "south", "per_year": 2}]}})",
           R"({"id": "n", "name": "", "duration_hours": -1, "participants": [{"organisation": "a", "seats": -2}]})",
           R"({"name": "N", "aliases": "x"})",
           R"({"id": "n", "name": "N", "chair": {"person": "who"}, "lead": {"organisations": ["a"], "supporting": ["zz"]}})",
           R"({"id": "m1", "name": "Dup"})",
       }) {
    nlohmann::json whole = nlohmann::json::parse(*text);
    const size_t n = whole["meetings"].size();
    whole["meetings"].push_back(nlohmann::json::parse(meeting));
    absl::StatusOr<Register> loaded = ParseRegisterJson(whole.dump());
    ASSERT_FALSE(loaded.ok()) << meeting;
    const std::string expected = absl::StrReplaceAll(loaded.status().message(),
                                                     {{absl::StrCat("meetings[", n, "]"), "changes[0].meeting"}});
    EXPECT_EQ(Error(reg, absl::StrCat(R"({"changes": [{"action": "add", "meeting": )", meeting, "}]}")), expected)
        << meeting;
  }
}

TEST(WhatIfTest, AddedMeetingErrorsNameTheChangeAndField) {
  const Register reg = Small();
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "remove", "meeting": "m1"},
      {"action": "add", "meeting": {"id": "n", "name": "N", "participants": [{"organisation": "a"}, {"organisation": "x"}]}}]})"),
            "changes[1].meeting.participants[1].organisation: unknown organisation \"x\" (meeting \"n\")");
  // Meetings as the earlier changes leave them: removed, merged away, added.
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "remove", "meeting": "m1"},
      {"action": "add", "meeting": {"id": "n", "name": "N", "reports_to": "m1"}}]})"),
            "changes[1].meeting.reports_to: unknown meeting \"m1\" (meeting \"n\")");
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "merge", "meetings": ["m1", "m3"], "into": {"id": "m13"}},
      {"action": "add", "meeting": {"id": "n", "name": "N", "reports_to": "m3"}}]})"),
            "changes[1].meeting.reports_to: unknown meeting \"m3\" (meeting \"n\")");
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "merge", "meetings": ["m1", "m3"], "into": {"id": "m13"}},
      {"action": "add", "meeting": {"id": "n", "name": "N", "reports_to": "m13"}},
      {"action": "add", "meeting": {"id": "n2", "name": "N2", "reports_to": "n"}}]})"),
            "ok");
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "add", "meeting": {"id": "n", "name": "N"}},
      {"action": "add", "meeting": {"id": "n", "name": "N again"}}]})"),
            "changes[1].meeting.id: duplicate id \"n\" (first at meetings[4])");
  // Shape first, as a register is read: the unknown organisation waits.
  EXPECT_EQ(Error(reg, R"({"changes": [{"action": "add", "meeting": {"id": "n", "name": "N", "colour": "red",
      "participants": [{"organisation": "x"}]}}]})"),
            "changes[0].meeting: unknown field \"colour\"");
}

// Each change costs what it touches, not the register's size: ten thousand
// changes (adds in a reporting chain, removals that re-parent, merges of
// what is left) apply in well under a second. Not timed: the old cost, a
// register rebuilt and re-read per change, would take minutes.
TEST(WhatIfTest, TenThousandChangesApply) {
  const Register reg = Small();
  const int added = 6000, removed = 2000, merged = 2000;
  nlohmann::json changes = nlohmann::json::array();
  for (int i = 0; i < added; ++i) {
    nlohmann::json m = {{"id", absl::StrCat("n", i)},
                        {"name", absl::StrCat("New ", i)},
                        {"participants", {{{"organisation", i % 2 == 0 ? "a" : "b"}}}}};
    if (i > 0) m["reports_to"] = absl::StrCat("n", i - 1);
    changes.push_back({{"action", "add"}, {"meeting", m}});
  }
  // n(3k) goes: n(3k+1) reports to what n(3k) reported to.
  for (int k = 0; k < removed; ++k) changes.push_back({{"action", "remove"}, {"meeting", absl::StrCat("n", 3 * k)}});
  // n(3k+1) and n(3k+2) become j(k), reporting to j(k-1).
  for (int k = 0; k < merged; ++k) {
    changes.push_back({{"action", "merge"},
                       {"meetings", {absl::StrCat("n", 3 * k + 1), absl::StrCat("n", 3 * k + 2)}},
                       {"into", {{"id", absl::StrCat("j", k)}, {"name", absl::StrCat("Joined ", k)}}}});
  }
  absl::StatusOr<Register> after = ApplyChangeSet(reg, Parse(nlohmann::json({{"changes", changes}}).dump()));
  ASSERT_TRUE(after.ok()) << after.status();
  ASSERT_EQ(after->meetings().size(), reg.meetings().size() + merged);
  for (int k = 0; k < merged; ++k) {
    std::optional<MeetingHandle> h = after->FindMeeting(absl::StrCat("j", k));
    ASSERT_TRUE(h.has_value()) << k;
    const Meeting& j = after->meeting(*h);
    EXPECT_EQ(j.reports_to.id, k == 0 ? "" : absl::StrCat("j", k - 1)) << k;
    EXPECT_EQ(j.participants.size(), 2u) << k;
  }
}

TEST(WhatIfTest, PaperRecommendationBLosesNothing) {
  const Register reg = Example();
  absl::StatusOr<ChangeSet> cs = LoadChangeSetJsonFile(
      std::string(GOVGRAPH_SOURCE_DIR) + "/examples/changes/avon-and-somerset-recommendation-b.json");
  ASSERT_TRUE(cs.ok()) << cs.status();
  absl::StatusOr<WhatIfResult> r = WhatIf(reg, *cs);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_THAT(r->removed, ElementsAre("community-safety-meeting", "commissioning-meeting"));
  // Community safety stays with the CSPs and others; commissioning with the Local Meetings.
  EXPECT_TRUE(r->loses_nothing());
  // Neither meeting's frequency is stated: the hours saved are unknown, not zero.
  EXPECT_THAT(r->unknown_cadence_removed, ElementsAre("community-safety-meeting", "commissioning-meeting"));
  EXPECT_DOUBLE_EQ(r->seat_hours_saved, 0);
  ASSERT_EQ(r->hours.size(), 1u);
  EXPECT_EQ(r->hours[0].organisation, "opcc");
  EXPECT_THAT(r->hours[0].unknown_removed, ElementsAre("community-safety-meeting", "commissioning-meeting"));
  EXPECT_THAT(FormatWhatIf(*r), HasSubstr("Plus an unknown number of hours"));
}

TEST(WhatIfTest, LostLinksAreGroupedByMeetingAndActorEachPairOnce) {
  const Register reg = Example();
  absl::StatusOr<ChangeSet> cs = ParseChangeSetJson(
      R"({"changes": [{"action": "remove", "meeting": "lcjb"}, {"action": "remove", "meeting": "reducing-reoffending-board"}]})");
  ASSERT_TRUE(cs.ok()) << cs.status();
  absl::StatusOr<WhatIfResult> r = WhatIf(reg, *cs);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_GT(r->lost_links.size(), 20u);
  const std::string text = FormatWhatIf(*r);
  EXPECT_THAT(text, HasSubstr("  Links that met only at lcjb ("));
  // Every lost pair is said once: as "A no longer meets ...; B; ..." under the meetings it shared.
  size_t said = 0, lines = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    const size_t at = line.find(" no longer meets ");
    if (at == absl::string_view::npos) continue;
    ++lines;
    said += std::vector<absl::string_view>(absl::StrSplit(line.substr(at + 17), "; ")).size();
  }
  EXPECT_EQ(said, r->lost_links.size());
  EXPECT_LT(lines * 4, r->lost_links.size());  // far fewer lines than pairs
}

}  // namespace
}  // namespace govgraph
