// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
//
/// @file
/// calendar/ical.h: a schedule as an iCalendar file (RFC 5545), readable by
/// Outlook, Google Calendar and Apple Calendar.
///
/// One VEVENT per occurrence, with a stable UID (meeting id, date, area),
/// DTSTAMP, SUMMARY (the meeting's name and the sitting's label), DESCRIPTION
/// (purpose, statutory step, publication scrutinised, moves off holidays) and
/// CATEGORIES (the meeting's kind). A sitting with a start time is a timed
/// event in Europe/London (DTSTART;TZID=Europe/London:20180201T100000, DTEND
/// from the meeting's duration) and the calendar carries the Europe/London
/// VTIMEZONE; one without is an all-day event (DTSTART;VALUE=DATE). Lines end
/// in CRLF and are folded at 75 octets without splitting a UTF-8 character;
/// text escapes backslash, semicolon, comma and newline.
///
/// ```
///   std::string ics = ScheduleToIcal(reg, schedule, {.calendar_name = "Dorset PCP 2018"});
///   absl::Status s = SaveIcalFile(reg, schedule, "cycle.ics");
/// ```
#ifndef GOVGRAPH_CALENDAR_ICAL_H_
#define GOVGRAPH_CALENDAR_ICAL_H_

#include <optional>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "govgraph/calendar/schedule.h"
#include "govgraph/register.h"

namespace govgraph {

struct IcalOptions {
  std::string calendar_name;                      ///< X-WR-CALNAME, when set
  std::string uid_domain = "govgraph.invalid";    ///< UIDs are "<meeting>-<yyyymmdd>@<domain>"
  std::optional<absl::Time> dtstamp;              ///< default: now
};

std::string ScheduleToIcal(const Register& reg, const Schedule& schedule, const IcalOptions& options = {});
absl::Status SaveIcalFile(const Register& reg, const Schedule& schedule, const std::string& path,
                          const IcalOptions& options = {});

/// RFC 5545 helpers, exposed for tests and other writers.
/// TEXT escaping (3.3.11): \ ; , and newlines; carriage returns dropped.
std::string EscapeIcalText(absl::string_view text);
/// Folds one content line (3.1) at 75 octets and ends every physical line in CRLF.
std::string FoldIcalLine(absl::string_view line);

}  // namespace govgraph

#endif  // GOVGRAPH_CALENDAR_ICAL_H_
