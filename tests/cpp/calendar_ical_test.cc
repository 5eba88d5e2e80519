// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0

#include "govgraph/calendar/ical.h"

#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "govgraph/io/json.h"
#include "govgraph/register_builder.h"

namespace govgraph {
namespace {

using ::testing::HasSubstr;

TEST(IcalTextTest, Escaping) {
  EXPECT_EQ(EscapeIcalText("a, b; c\\d\ne\r\n"), "a\\, b\\; c\\\\d\\ne\\n");
}

TEST(IcalTextTest, FoldsAt75OctetsWithoutSplittingUtf8) {
  std::string line = "SUMMARY:" + std::string(100, 'x');
  std::string folded = FoldIcalLine(line);
  std::vector<std::string> parts = absl::StrSplit(folded, "\r\n");
  ASSERT_EQ(parts.size(), 3u);  // two physical lines and the empty tail
  EXPECT_EQ(parts[0].size(), 75u);
  EXPECT_EQ(parts[1][0], ' ');
  EXPECT_EQ(parts[0] + parts[1].substr(1), line);
  // "–" is three octets; none may be split across lines.
  std::string dashes = "SUMMARY:";
  for (int i = 0; i < 40; ++i) dashes += "\xE2\x80\x93";
  std::vector<std::string> dparts = absl::StrSplit(FoldIcalLine(dashes), "\r\n");
  for (const std::string& p : dparts) {
    EXPECT_LE(p.size(), 75u);
    if (p.size() > 1) {
      const size_t start = p[0] == ' ' ? 1 : 0;
      EXPECT_NE(static_cast<unsigned char>(p[start]) & 0xC0, 0x80) << "continuation byte at line start";
    }
  }
  EXPECT_EQ(FoldIcalLine("short"), "short\r\n");
}

TEST(IcalTest, DorsetCalendar) {
  const std::string dir = GOVGRAPH_SOURCE_DIR;
  Register reg = *LoadRegisterJsonFile(dir + "/examples/registers/dorset-pcp-2018.json");
  CyclePlan plan = *LoadCyclePlanJsonFile(dir + "/examples/cycle-plans/dorset-pcp-2018-cycle.json");
  Schedule s = *ExpandSchedule(reg, plan);
  IcalOptions options;
  options.calendar_name = "Dorset PCP, 2018; test";
  options.dtstamp = absl::FromUnixSeconds(1517443200);  // 2018-02-01T00:00:00Z
  const std::string ics = ScheduleToIcal(reg, s, options);
  EXPECT_EQ(ics.substr(0, 17), "BEGIN:VCALENDAR\r\n");
  EXPECT_THAT(ics, HasSubstr("X-WR-CALNAME:Dorset PCP\\, 2018\\; test\r\n"));
  EXPECT_THAT(ics, HasSubstr("TZID:Europe/London\r\n"));
  EXPECT_THAT(ics, HasSubstr("UID:dorset-pcp-20180201@govgraph.invalid\r\n"));
  EXPECT_THAT(ics, HasSubstr("DTSTAMP:20180201T000000Z\r\n"));
  EXPECT_THAT(ics, HasSubstr("DTSTART;TZID=Europe/London:20180201T100000\r\n"));
  EXPECT_THAT(ics, HasSubstr("DTEND;TZID=Europe/London:20180201T120000\r\n"));
  size_t events = 0;
  for (size_t p = ics.find("BEGIN:VEVENT"); p != std::string::npos; p = ics.find("BEGIN:VEVENT", p + 1)) ++events;
  EXPECT_EQ(events, s.occurrences.size());
  EXPECT_EQ(events, 9u);  // five panel sittings and four audit committees
  // Every line ends in CRLF, and no physical line exceeds 75 octets.
  for (absl::string_view l : absl::StrSplit(ics, "\r\n")) {
    EXPECT_LE(l.size(), 75u);
    EXPECT_EQ(l.find('\n'), absl::string_view::npos);
  }
}

TEST(IcalTest, AllDayEventsWithoutATime) {
  RegisterBuilder b;
  Meeting m;
  m.id = "m";
  m.name = "Board";
  m.cadence = Cadence::Regular(1, "Annually");
  b.AddMeeting(m);
  Register reg = *std::move(b).Build();
  Schedule s = *ExpandSchedule(reg, ScheduleOptions{.year = 2018});
  const std::string ics = ScheduleToIcal(reg, s, {.dtstamp = absl::UnixEpoch()});
  EXPECT_THAT(ics, HasSubstr("DTSTART;VALUE=DATE:20180102\r\nDTEND;VALUE=DATE:20180103\r\n"));
  EXPECT_EQ(ics.find("VTIMEZONE"), std::string::npos);
  EXPECT_THAT(ics, HasSubstr("Moved from 2018-01-01"));
}

}  // namespace
}  // namespace govgraph
