// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/calendar/ical.h"

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/civil_time.h"
#include "calendar/calendar_text.h"
#include "govgraph/version.h"
#include "internal/files.h"

namespace govgraph {
namespace {

using absl::CivilDay;

std::string DateValue(CivilDay d) { return absl::StrFormat("%04d%02d%02d", d.year(), d.month(), d.day()); }

std::string DateTimeValue(absl::CivilMinute t) {
  return absl::StrFormat("%04d%02d%02dT%02d%02d00", t.year(), t.month(), t.day(), t.hour(), t.minute());
}

// Europe/London since 1996 (EU summer time rules): BST from 01:00 UTC on the
// last Sunday of March to 01:00 UTC on the last Sunday of October.
constexpr const char* kLondonTimezone[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/London",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0100",
    "TZNAME:BST",
    "DTSTART:19810329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0000",
    "TZNAME:GMT",
    "DTSTART:19961027T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

// Characters allowed unescaped in a UID's local part.
std::string UidPart(const std::string& id) {
  std::string out;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    out += ok ? c : '_';
  }
  return out;
}

}  // namespace

std::string EscapeIcalText(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string FoldIcalLine(absl::string_view line) {
  std::string out;
  size_t limit = 75;  // octets on the first line; 74 after the leading space
  while (line.size() > limit) {
    size_t cut = limit;
    // Never split a UTF-8 sequence: back up over continuation bytes.
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.data(), cut);
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74;
  }
  out.append(line.data(), line.size());
  out += "\r\n";
  return out;
}

std::string ScheduleToIcal(const Register& reg, const Schedule& schedule, const IcalOptions& options) {
  const absl::Time stamp = options.dtstamp.value_or(absl::Now());
  const std::string dtstamp = absl::FormatTime("%Y%m%dT%H%M%SZ", stamp, absl::UTCTimeZone());
  std::string out;
  auto line = [&](absl::string_view l) { out += FoldIcalLine(l); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line(absl::StrCat("PRODID:-//govgraph//govgraph ", GOVGRAPH_VERSION_STRING, "//EN"));
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  if (!options.calendar_name.empty()) line("X-WR-CALNAME:" + EscapeIcalText(options.calendar_name));
  bool timed = false;
  for (const Occurrence& o : schedule.occurrences) timed = timed || o.start_minutes.has_value();
  if (timed) {
    line("X-WR-TIMEZONE:Europe/London");
    for (const char* l : kLondonTimezone) line(l);
  }
  std::map<std::string, int> uids;
  for (const Occurrence& o : schedule.occurrences) {
    const Meeting& m = reg.meeting(o.meeting);
    std::string uid = absl::StrCat(UidPart(m.id), "-", DateValue(o.date));
    if (o.area.valid()) absl::StrAppend(&uid, "-", UidPart(reg.area(o.area).id));
    if (int n = uids[uid]++; n > 0) absl::StrAppend(&uid, "-", n + 1);
    line("BEGIN:VEVENT");
    line(absl::StrCat("UID:", uid, "@", options.uid_domain));
    line("DTSTAMP:" + dtstamp);
    if (o.start_minutes) {
      const absl::CivilMinute start = absl::CivilMinute(o.date) + *o.start_minutes;
      const long minutes = std::max(1L, std::lround(o.duration_hours * 60));
      line("DTSTART;TZID=Europe/London:" + DateTimeValue(start));
      line("DTEND;TZID=Europe/London:" + DateTimeValue(start + minutes));
    } else {
      line("DTSTART;VALUE=DATE:" + DateValue(o.date));
      line("DTEND;VALUE=DATE:" + DateValue(o.date + 1));
      line("TRANSP:TRANSPARENT");
    }
    std::string summary = m.name;
    if (o.area.valid()) absl::StrAppend(&summary, " (", reg.area(o.area).name, ")");
    if (!o.label.empty()) absl::StrAppend(&summary, " – ", o.label);
    line("SUMMARY:" + EscapeIcalText(summary));
    std::vector<std::string> description;
    if (!m.purpose.empty()) description.push_back(m.purpose);
    if (!o.step.empty()) description.push_back("Statutory step: " + o.step);
    if (!o.scrutinises.empty()) description.push_back("Scrutinises: " + o.scrutinises);
    if (o.moved_from) {
      description.push_back(absl::StrCat("Moved from ", internal::FormatDay(*o.moved_from),
                                         " (not a working day)"));
    }
    if (!o.start_minutes) description.push_back("Time not planned.");
    if (!o.note.empty()) description.push_back(o.note);
    description.push_back(absl::StrCat("Source: ", std::string(Name(o.source)), "; meeting id ", m.id));
    line("DESCRIPTION:" + EscapeIcalText(absl::StrJoin(description, "\n")));
    line("CATEGORIES:" + EscapeIcalText(std::string(Name(m.kind))));
    line(o.source == OccurrenceSource::kPlanned ? "STATUS:CONFIRMED" : "STATUS:TENTATIVE");
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

absl::Status SaveIcalFile(const Register& reg, const Schedule& schedule, const std::string& path,
                          const IcalOptions& options) {
  return internal::WriteStringToFile(path, ScheduleToIcal(reg, schedule, options));
}

}  // namespace govgraph
