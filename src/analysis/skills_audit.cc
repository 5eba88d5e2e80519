// Copyright 2026 The govgraph Authors. SPDX-License-Identifier: Apache-2.0
#include "govgraph/analysis/skills_audit.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "internal/json_fields.h"
#include "internal/json_text.h"
#include "internal/text.h"
#include "internal/enum_names.h"

namespace govgraph {

namespace internal {
extern const absl::string_view kBuiltinPanelSkillsJson;
}  // namespace internal

namespace {

using Json = nlohmann::json;

absl::Status Invalid(const std::string& path, absl::string_view message) {
  return absl::InvalidArgumentError(absl::StrCat(path, ": ", message));
}

absl::Status Text(const Json& obj, const std::string& path, const char* key, std::string& out, bool required) {
  auto it = obj.find(key);
  if (it == obj.end()) return required ? Invalid(absl::StrCat(path, key), "missing") : absl::OkStatus();
  if (!it->is_string()) return Invalid(absl::StrCat(path, key), "expected a string");
  out = it->get<std::string>();
  if (required && absl::StripAsciiWhitespace(out).empty()) return Invalid(absl::StrCat(path, key), "empty");
  return absl::OkStatus();
}

// A key the format does not have is refused, not ignored: a misspelt
// "required_leve" would otherwise leave the skill's need silently unset.
absl::Status KnownKeys(const Json& obj, const std::string& path, std::initializer_list<const char*> allowed) {
  const std::vector<std::string> unknown = internal::JsonFieldReader::UnknownKeys(obj, allowed);
  if (unknown.empty()) return absl::OkStatus();
  return Invalid(absl::StrCat(path, internal::Clip(unknown.front(), 80)), "unknown field");
}

absl::Status WholeNumber(const Json& obj, const std::string& path, const char* key, int& out) {
  auto it = obj.find(key);
  if (it == obj.end()) return Invalid(absl::StrCat(path, key), "missing");
  if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 100) {
    return Invalid(absl::StrCat(path, key), "expected a whole number from 0 to 100");
  }
  out = it->get<int>();
  return absl::OkStatus();
}

absl::Status Array(const Json& root, const char* key, bool required, const Json*& out) {
  auto it = root.find(key);
  out = nullptr;
  if (it == root.end()) return required ? Invalid(key, "missing") : absl::OkStatus();
  if (!it->is_array()) return Invalid(key, "expected an array");
  out = &*it;
  return absl::OkStatus();
}

// Headings and level names compared as people write them: case, spaces,
// hyphens, underscores and punctuation aside.
std::string Key(absl::string_view text) {
  std::string out;
  for (char c : text) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      out.push_back(absl::ascii_tolower(static_cast<unsigned char>(c)));
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      out.push_back(c);
    }
  }
  return out;
}

const Skill* FindSkill(const SkillsFramework& f, absl::string_view id) {
  for (const Skill& s : f.skills) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

absl::Status ReadSkills(const Json& list, const SkillsFramework& out_so_far, std::vector<Skill>& out) {
  for (size_t i = 0; i < list.size(); ++i) {
    const Json& e = list[i];
    const std::string path = absl::StrCat("skills[", i, "]");
    if (!e.is_object()) return Invalid(path, "expected an object");
    Skill s;
    const std::string p = path + ".";
    for (absl::Status st : {KnownKeys(e, p, {"id", "name", "description", "group", "source", "url", "required_level"}),
                            Text(e, p, "id", s.id, true), Text(e, p, "name", s.name, true),
                            Text(e, p, "description", s.description, false), Text(e, p, "group", s.group, false),
                            Text(e, p, "source", s.source, true), Text(e, p, "url", s.url, true),
                            WholeNumber(e, p, "required_level", s.required_level)}) {
      if (!st.ok()) return st;
    }
    if (s.required_level > out_so_far.max_level()) {
      return Invalid(p + "required_level",
                     absl::StrCat(s.required_level, " is above the scale's top, ", out_so_far.max_level()));
    }
    for (const Skill& other : out) {
      if (Key(other.id) == Key(s.id) || Key(other.name) == Key(s.name)) {
        return Invalid(p + "id", absl::StrCat("\"", s.id, "\" (", s.name, ") repeats skill \"", other.id, "\""));
      }
    }
    out.push_back(std::move(s));
  }
  return absl::OkStatus();
}

absl::Status ReadPillars(const Json& list, SkillsFramework& f) {
  for (size_t i = 0; i < list.size(); ++i) {
    const Json& e = list[i];
    const std::string path = absl::StrCat("pillars[", i, "]");
    if (!e.is_object()) return Invalid(path, "expected an object");
    PlanPillar pillar;
    if (absl::Status st = KnownKeys(e, path + ".", {"name", "skills"}); !st.ok()) return st;
    if (absl::Status st = Text(e, path + ".", "name", pillar.name, true); !st.ok()) return st;
    auto it = e.find("skills");
    if (it == e.end() || !it->is_array()) return Invalid(path + ".skills", "expected an array of skill ids");
    for (size_t j = 0; j < it->size(); ++j) {
      const Json& id = (*it)[j];
      const std::string at = absl::StrCat(path, ".skills[", j, "]");
      if (!id.is_string()) return Invalid(at, "expected a skill id");
      if (FindSkill(f, id.get<std::string>()) == nullptr) {
        return Invalid(at, absl::StrCat("no skill \"", internal::Clip(id.get<std::string>(), 80), "\""));
      }
      pillar.skills.push_back(id.get<std::string>());
    }
    for (const PlanPillar& other : f.pillars) {
      if (Key(other.name) == Key(pillar.name)) return Invalid(path + ".name", "a pillar of this name is already given");
    }
    f.pillars.push_back(std::move(pillar));
  }
  return absl::OkStatus();
}

// --- reading an audit table ---------------------------------------------------

enum class Column { kIgnored, kName, kCouncil, kPillar, kEvidence, kSkill };

class Places {
 public:
  explicit Places(const SkillsTableSource& source) : source_(source) {}

  std::string Cell(int row, size_t column, absl::string_view heading) const {
    std::string where;
    if (source_.cell_names) {
      where = absl::StrCat("cell ", Letters(column + 1), row);
    } else {
      where = absl::StrCat("row ", row, ", column ", column + 1);
    }
    if (!heading.empty()) absl::StrAppend(&where, " (", internal::Clip(heading, 60), ")");
    return Prefixed(where);
  }
  std::string Row(int row) const { return Prefixed(absl::StrCat("row ", row)); }
  std::string Prefixed(absl::string_view where) const {
    return source_.file.empty() ? std::string(where) : absl::StrCat(source_.file, ", ", where);
  }

 private:
  static std::string Letters(size_t column) {
    std::string out;
    while (column > 0) {
      out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
      column = (column - 1) / 26;
    }
    return out;
  }
  const SkillsTableSource& source_;
};

std::optional<int> LevelOf(const SkillsFramework& f, absl::string_view cell) {
  int n = 0;
  if (absl::SimpleAtoi(cell, &n)) {
    for (const SkillLevel& l : f.levels) {
      if (l.value == n) return n;
    }
    return std::nullopt;
  }
  for (const SkillLevel& l : f.levels) {
    if (Key(l.name) == Key(cell)) return l.value;
  }
  return std::nullopt;
}

std::string ScaleText(const SkillsFramework& f) {
  std::vector<std::string> parts;
  for (const SkillLevel& l : f.levels) parts.push_back(absl::StrCat(l.value, " (", l.name, ")"));
  return absl::StrJoin(parts, ", ");
}

std::string Suggestion(const SkillsFramework& f, absl::string_view heading) {
  const std::string key = Key(heading);
  const Skill* best = nullptr;
  size_t best_distance = 4;
  for (const Skill& s : f.skills) {
    for (const std::string& candidate : {Key(s.id), Key(s.name)}) {
      const size_t d = internal::EditDistance(key, candidate, best_distance - 1);
      if (d < best_distance) {
        best_distance = d;
        best = &s;
      }
    }
  }
  if (best != nullptr) return absl::StrCat("; did you mean \"", best->name, "\" (", best->id, ")?");
  return "; the framework's skills are given by id or name (govgraph skills --help)";
}

Column Recognise(absl::string_view heading, const SkillsFramework& f, const Skill*& skill) {
  const std::string key = Key(heading);
  skill = nullptr;
  if (key == "name" || key == "member" || key == "membername" || key == "panelmember") return Column::kName;
  if (key == "council" || key == "authority" || key == "appointedby") return Column::kCouncil;
  if (key == "pillarlead" || key == "pillar" || key == "leads" || key == "pillarled") return Column::kPillar;
  if (key == "evidence" || key == "evidenced") return Column::kEvidence;
  for (const Skill& s : f.skills) {
    if (key == Key(s.id) || key == Key(s.name)) {
      skill = &s;
      return Column::kSkill;
    }
  }
  return Column::kIgnored;
}

bool CoOpted(absl::string_view council) {
  const std::string key = Key(council);
  return key == "coopted" || key == "independent" || key == "cooptedindependent" || key == "independentcoopted" ||
         key == "independentmember";
}

// Adds `months` calendar months, keeping the day where the month has it and
// the month's last day otherwise (31 January + 1 month is 28 or 29 February).
absl::CivilDay AddMonths(absl::CivilDay day, int months) {
  const absl::CivilMonth month = absl::CivilMonth(day) + months;
  const absl::CivilDay first(month);
  const absl::CivilDay last = absl::CivilDay(absl::CivilMonth(month) + 1) - 1;
  return std::min(first + (day.day() - 1), last);
}

// A row with nothing in it, or a note: its first non-blank cell starts with '#'.
bool Skipped(const CsvRecord& row) {
  for (const std::string& field : row.fields) {
    const absl::string_view cell = absl::StripAsciiWhitespace(field);
    if (!cell.empty()) return cell.front() == '#';
  }
  return true;
}

std::string Names(const std::vector<std::string>& names) {
  return names.empty() ? std::string("-") : absl::StrJoin(names, ", ");
}

}  // namespace

namespace internal {
template <>
struct EnumNames<SkillStatus> {
  static constexpr std::string_view kWhat = "skill status";
  static constexpr std::pair<SkillStatus, std::string_view> kTable[] = {
      {SkillStatus::kCovered, "covered"},
      {SkillStatus::kSingleHolder, "single_holder"},
      {SkillStatus::kGap, "gap"},
      {SkillStatus::kNotAssessed, "not_assessed"},
  };
};
}  // namespace internal

std::string_view Name(SkillStatus s) { return internal::NameOf(s, "covered"); }

namespace internal {
template <>
struct EnumNames<TrainingReason> {
  static constexpr std::string_view kWhat = "training reason";
  static constexpr std::pair<TrainingReason, std::string_view> kTable[] = {
      {TrainingReason::kGap, "gap"},
      {TrainingReason::kSingleHolder, "single_holder"},
  };
};
}  // namespace internal

std::string_view Name(TrainingReason r) { return internal::NameOf(r, "single_holder"); }

absl::StatusOr<SkillsFramework> ParseSkillsFrameworkJson(absl::string_view text) {
  absl::StatusOr<Json> parsed = internal::ParseJsonObject(text, "skills framework");
  if (!parsed.ok()) return parsed.status();
  const Json& root = *parsed;
  if (absl::Status st = KnownKeys(root, "", {"extends", "title", "scope", "levels", "skills", "pillars"}); !st.ok()) {
    return st;
  }
  SkillsFramework out;
  if (auto it = root.find("extends"); it != root.end()) {
    if (!it->is_string() || it->get<std::string>() != "default") {
      return Invalid("extends", "the only framework to extend is \"default\"");
    }
    out = BuiltinSkillsFramework();
    out.pillars.clear();
  }
  const bool extending = !out.skills.empty();
  for (absl::Status st : {Text(root, "", "title", out.title, !extending), Text(root, "", "scope", out.scope, false)}) {
    if (!st.ok()) return st;
  }
  const Json* levels = nullptr;
  if (absl::Status st = Array(root, "levels", !extending, levels); !st.ok()) return st;
  if (levels != nullptr) {
    if (extending) return Invalid("levels", "a framework that extends the default keeps its levels");
    if (levels->size() < 2) return Invalid("levels", "expected at least two levels (0 and one above it)");
    for (size_t i = 0; i < levels->size(); ++i) {
      const Json& e = (*levels)[i];
      const std::string path = absl::StrCat("levels[", i, "].");
      if (!e.is_object()) return Invalid(path.substr(0, path.size() - 1), "expected an object");
      SkillLevel l;
      for (absl::Status st : {KnownKeys(e, path, {"value", "name", "description"}), WholeNumber(e, path, "value", l.value), Text(e, path, "name", l.name, true),
                              Text(e, path, "description", l.description, false)}) {
        if (!st.ok()) return st;
      }
      if (l.value != static_cast<int>(i)) {
        return Invalid(path + "value", absl::StrCat("expected ", i, ": levels run 0, 1, 2, ... in order"));
      }
      out.levels.push_back(std::move(l));
    }
  }
  const Json* skills = nullptr;
  if (absl::Status st = Array(root, "skills", !extending, skills); !st.ok()) return st;
  if (skills != nullptr) {
    if (absl::Status st = ReadSkills(*skills, out, out.skills); !st.ok()) return st;
  }
  if (out.skills.empty()) return Invalid("skills", "expected at least one skill");
  const Json* pillars = nullptr;
  if (absl::Status st = Array(root, "pillars", false, pillars); !st.ok()) return st;
  if (pillars != nullptr) {
    if (absl::Status st = ReadPillars(*pillars, out); !st.ok()) return st;
  }
  return out;
}

const SkillsFramework& BuiltinSkillsFramework() {
  static const SkillsFramework* const kFramework = [] {
    absl::StatusOr<SkillsFramework> f = ParseSkillsFrameworkJson(internal::kBuiltinPanelSkillsJson);
    // The shipped file is checked by the tests; keep what parsed.
    return new SkillsFramework(f.ok() ? *std::move(f) : SkillsFramework{});
  }();
  return *kFramework;
}

absl::StatusOr<SkillsAuditTable> ReadSkillsAuditRows(const std::vector<CsvRecord>& rows,
                                                     const SkillsFramework& framework,
                                                     const SkillsTableSource& source) {
  const Places places(source);
  size_t header = 0;
  while (header < rows.size() && Skipped(rows[header])) ++header;
  if (header == rows.size()) {
    return absl::InvalidArgumentError(places.Prefixed("no headings: the table is empty"));
  }
  const CsvRecord& headings = rows[header];
  std::vector<Column> columns;
  std::vector<const Skill*> skill_of;
  std::set<std::string> seen;
  size_t name_column = headings.fields.size();
  for (size_t c = 0; c < headings.fields.size(); ++c) {
    const std::string& heading = headings.fields[c];
    const Skill* skill = nullptr;
    Column kind = Recognise(heading, framework, skill);
    if (kind == Column::kIgnored) {
      if (!absl::StripAsciiWhitespace(heading).empty()) {
        return absl::InvalidArgumentError(absl::StrCat(places.Cell(headings.line, c, heading),
                                                       ": not a skill of the framework, nor name, council, "
                                                       "pillar lead or evidence",
                                                       Suggestion(framework, heading)));
      }
    }
    const std::string id = kind == Column::kSkill ? skill->id : absl::StrCat("#", static_cast<int>(kind));
    if (kind != Column::kIgnored && !seen.insert(id).second) {
      return absl::InvalidArgumentError(
          absl::StrCat(places.Cell(headings.line, c, heading), ": a second column for the same ",
                       kind == Column::kSkill ? absl::StrCat("skill (", skill->id, ")") : "field"));
    }
    if (kind == Column::kName) name_column = c;
    columns.push_back(kind);
    skill_of.push_back(skill);
  }
  if (name_column == headings.fields.size()) {
    return absl::InvalidArgumentError(
        absl::StrCat(places.Row(headings.line), ": no \"name\" (or \"member\") column among the headings"));
  }
  SkillsAuditTable out;
  for (const Skill& s : framework.skills) {
    if (!seen.contains(s.id)) out.notes.push_back(absl::StrCat("no column for \"", s.name, "\" (", s.id, "): not assessed"));
  }
  std::set<std::string> names;
  for (size_t r = header + 1; r < rows.size(); ++r) {
    const CsvRecord& row = rows[r];
    if (Skipped(row)) continue;
    MemberSkills member;
    member.row = row.line;
    for (size_t c = 0; c < row.fields.size(); ++c) {
      const std::string cell(absl::StripAsciiWhitespace(row.fields[c]));
      if (c >= columns.size()) {
        if (!cell.empty()) {
          return absl::InvalidArgumentError(
              absl::StrCat(places.Cell(row.line, c, ""), ": a value beyond the last heading"));
        }
        continue;
      }
      const std::string& heading = headings.fields[c];
      switch (columns[c]) {
        case Column::kIgnored:
          if (!cell.empty()) {
            return absl::InvalidArgumentError(
                absl::StrCat(places.Cell(row.line, c, ""), ": a value in a column with no heading"));
          }
          break;
        case Column::kName:
          member.name = cell;
          break;
        case Column::kCouncil:
          if (CoOpted(cell)) {
            member.co_opted = true;
          } else {
            member.council = cell;
          }
          break;
        case Column::kPillar:
          member.pillar = cell;
          break;
        case Column::kEvidence:
          member.evidence = cell;
          break;
        case Column::kSkill: {
          if (cell.empty()) break;  // not assessed, which is not zero
          std::optional<int> level = LevelOf(framework, cell);
          if (!level) {
            return absl::InvalidArgumentError(absl::StrCat(places.Cell(row.line, c, heading), ": \"",
                                                           internal::Clip(cell, 60), "\" is not a level; use ",
                                                           ScaleText(framework), ", or leave it blank"));
          }
          member.levels[skill_of[c]->id] = *level;
          break;
        }
      }
    }
    if (member.name.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat(places.Cell(row.line, name_column, headings.fields[name_column]), ": no member name"));
    }
    if (!names.insert(Key(member.name)).second) {
      return absl::InvalidArgumentError(absl::StrCat(places.Cell(row.line, name_column, headings.fields[name_column]),
                                                     ": \"", internal::Clip(member.name, 60),
                                                     "\" is already in the table"));
    }
    out.members.push_back(std::move(member));
  }
  if (out.members.empty()) {
    return absl::InvalidArgumentError(places.Prefixed("no members: the table has headings but no rows"));
  }
  return out;
}

absl::StatusOr<SkillsAuditTable> ParseSkillsAuditCsv(absl::string_view text, const SkillsFramework& framework,
                                                     const SkillsTableSource& source) {
  absl::StatusOr<CsvTable> table = ParseCsv(text);
  if (!table.ok()) {
    if (source.file.empty()) return table.status();
    return absl::Status(table.status().code(), absl::StrCat(source.file, ": ", table.status().message()));
  }
  // Rows as a spreadsheet numbers them: a record each, blank lines included.
  for (size_t i = 0; i < table->records.size(); ++i) table->records[i].line = static_cast<int>(i) + 1;
  return ReadSkillsAuditRows(table->records, framework, source);
}

absl::StatusOr<SkillsAuditResult> SkillsAudit(const SkillsFramework& framework, const SkillsAuditTable& audit,
                                              const SkillsAuditOptions& options) {
  if (options.holders_wanted < 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("holders_wanted: expected at least 1, got ", options.holders_wanted));
  }
  SkillsAuditResult r;
  r.as_of = options.as_of ? *options.as_of : absl::ToCivilDay(absl::Now(), absl::UTCTimeZone());
  r.train_by = options.train_by ? *options.train_by : AddMonths(r.as_of, 3);
  if (r.train_by < r.as_of) {
    return absl::InvalidArgumentError(absl::StrFormat("train_by: %s is before the audit's date, %s",
                                                      absl::FormatCivilTime(r.train_by),
                                                      absl::FormatCivilTime(r.as_of)));
  }
  std::set<std::string> names;
  for (const MemberSkills& m : audit.members) {
    const std::string where = m.row > 0 ? absl::StrCat("row ", m.row, ": ") : std::string();
    if (absl::StripAsciiWhitespace(m.name).empty()) return absl::InvalidArgumentError(where + "a member with no name");
    if (!names.insert(Key(m.name)).second) {
      return absl::InvalidArgumentError(absl::StrCat(where, "two members named \"", m.name, "\""));
    }
    for (const auto& [skill, level] : m.levels) {
      if (FindSkill(framework, skill) == nullptr) {
        return absl::InvalidArgumentError(absl::StrCat(where, m.name, ": no skill \"", skill, "\" in the framework"));
      }
      if (level < 0 || level > framework.max_level()) {
        return absl::InvalidArgumentError(absl::StrCat(where, m.name, ", ", skill, ": level ", level,
                                                       " is off the scale 0 to ", framework.max_level()));
      }
    }
    r.members.push_back(m.name);
  }
  for (const Skill& s : framework.skills) r.skills.push_back(s.id);
  for (const MemberSkills& m : audit.members) {
    std::vector<std::optional<int>> row;
    for (const Skill& s : framework.skills) {
      auto it = m.levels.find(s.id);
      row.push_back(it == m.levels.end() ? std::nullopt : std::optional<int>(it->second));
    }
    r.matrix.push_back(std::move(row));
  }

  for (size_t k = 0; k < framework.skills.size(); ++k) {
    const Skill& s = framework.skills[k];
    SkillCoverage c{.skill = s.id, .name = s.name, .group = s.group, .required_level = s.required_level,
                    .source = s.source, .url = s.url};
    for (size_t m = 0; m < audit.members.size(); ++m) {
      const std::optional<int>& level = r.matrix[m][k];
      if (!level) {
        ++c.not_assessed;
        continue;
      }
      ++c.assessed;
      c.best_level = std::max(c.best_level.value_or(*level), *level);
      if (*level >= s.required_level) c.holders.push_back(audit.members[m].name);
    }
    c.coverage = c.assessed == 0 ? 0.0 : static_cast<double>(c.holders.size()) / c.assessed;
    if (c.assessed == 0) {
      c.status = SkillStatus::kNotAssessed;
      ++r.not_assessed;
    } else if (c.holders.empty()) {
      c.status = SkillStatus::kGap;
      ++r.gaps;
    } else if (c.holders.size() == 1) {
      c.status = SkillStatus::kSingleHolder;
      ++r.single_holders;
    }
    if (c.status == SkillStatus::kGap && c.not_assessed > 0) {
      r.notes.push_back(absl::StrCat(s.name, ": a gap among the members assessed; ", c.not_assessed,
                                     " not assessed may hold it"));
    }
    r.coverage.push_back(std::move(c));
  }

  // The training plan: for each gap, then each single holding, the members
  // nearest the required level train until holders_wanted reach it; a pillar
  // lead whose pillar draws on the skill goes first among equals.
  for (TrainingReason reason : {TrainingReason::kGap, TrainingReason::kSingleHolder}) {
    for (size_t k = 0; k < framework.skills.size(); ++k) {
      const SkillCoverage& c = r.coverage[k];
      if (c.status != (reason == TrainingReason::kGap ? SkillStatus::kGap : SkillStatus::kSingleHolder)) continue;
      const int wanted = options.holders_wanted - static_cast<int>(c.holders.size());
      struct Candidate {
        size_t member;
        int level;
        bool leads_a_pillar_using_it;
      };
      std::vector<Candidate> candidates;
      for (size_t m = 0; m < audit.members.size(); ++m) {
        const std::optional<int>& level = r.matrix[m][k];
        if (!level || *level >= c.required_level) continue;
        bool pillar_lead = false;
        for (const PlanPillar& p : framework.pillars) {
          if (!audit.members[m].pillar.empty() && Key(p.name) == Key(audit.members[m].pillar)) {
            pillar_lead = pillar_lead || std::find(p.skills.begin(), p.skills.end(), c.skill) != p.skills.end();
          }
        }
        candidates.push_back({m, *level, pillar_lead});
      }
      std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.level != b.level) return a.level > b.level;
        return a.leads_a_pillar_using_it && !b.leads_a_pillar_using_it;
      });
      for (int i = 0; i < wanted && i < static_cast<int>(candidates.size()); ++i) {
        r.training.push_back({.member = audit.members[candidates[i].member].name,
                              .skill = c.skill,
                              .skill_name = c.name,
                              .current_level = candidates[i].level,
                              .target_level = c.required_level,
                              .reason = reason,
                              .by = r.train_by});
      }
      if (static_cast<int>(candidates.size()) < wanted && c.not_assessed > 0) {
        r.notes.push_back(absl::StrCat(c.name, ": too few assessed members to train; assess the ", c.not_assessed,
                                       " not assessed first"));
      }
    }
  }

  // Pillars: each led pillar (in table order), then the framework's pillars nobody leads.
  std::vector<std::string> pillar_order;
  for (const MemberSkills& m : audit.members) {
    if (m.pillar.empty()) continue;
    bool known = false;
    for (const std::string& p : pillar_order) known = known || Key(p) == Key(m.pillar);
    if (!known) pillar_order.push_back(m.pillar);
  }
  for (const PlanPillar& p : framework.pillars) {
    bool known = false;
    for (const std::string& q : pillar_order) known = known || Key(q) == Key(p.name);
    if (!known) pillar_order.push_back(p.name);
  }
  for (const std::string& name : pillar_order) {
    PillarCoverage pc{.pillar = name};
    const PlanPillar* pillar = nullptr;
    for (const PlanPillar& p : framework.pillars) {
      if (Key(p.name) == Key(name)) pillar = &p;
    }
    pc.in_framework = pillar != nullptr;
    if (pillar != nullptr) {
      pc.pillar = pillar->name;
      pc.skills = pillar->skills;
    }
    std::vector<size_t> leads;
    for (size_t m = 0; m < audit.members.size(); ++m) {
      if (!audit.members[m].pillar.empty() && Key(audit.members[m].pillar) == Key(name)) {
        leads.push_back(m);
        pc.leads.push_back(audit.members[m].name);
      }
    }
    for (const std::string& id : pc.skills) {
      size_t k = 0;
      while (framework.skills[k].id != id) ++k;
      bool assessed = false;
      bool held = false;
      for (size_t m : leads) {
        const std::optional<int>& level = r.matrix[m][k];
        assessed = assessed || level.has_value();
        held = held || (level && *level >= framework.skills[k].required_level);
      }
      (held ? pc.covered : assessed ? pc.missing : pc.not_assessed).push_back(id);
    }
    if (!pc.in_framework) {
      r.notes.push_back(absl::StrCat("pillar \"", name, "\" is not in the framework: no skills are mapped to it"));
    }
    r.pillars.push_back(std::move(pc));
  }
  for (const std::string& n : audit.notes) r.notes.push_back(n);
  return r;
}

std::string FormatSkillsAudit(const SkillsAuditResult& result) {
  std::string out = absl::StrFormat("Skills audit of %d members against %d skills, as of %s\n", result.members.size(),
                                    result.skills.size(), absl::FormatCivilTime(result.as_of));
  absl::StrAppendFormat(&out, "Gaps %d; held by one member only %d; not assessed %d\n\n", result.gaps,
                        result.single_holders, result.not_assessed);
  absl::StrAppend(&out, "Skills:\n");
  for (const SkillCoverage& c : result.coverage) {
    if (c.status == SkillStatus::kNotAssessed) {
      absl::StrAppendFormat(&out, "  %-14s %s (needs %d; nobody assessed)\n", std::string(Name(c.status)), c.name,
                            c.required_level);
      continue;
    }
    absl::StrAppendFormat(&out, "  %-14s %s (needs %d; best %d; %d of %d assessed hold it)\n",
                          std::string(Name(c.status)), c.name, c.required_level, c.best_level.value_or(0),
                          c.holders.size(), c.assessed);
    if (!c.holders.empty()) absl::StrAppend(&out, "                 held by ", Names(c.holders), "\n");
  }
  if (!result.pillars.empty()) {
    absl::StrAppend(&out, "\nPillars:\n");
    for (const PillarCoverage& p : result.pillars) {
      absl::StrAppendFormat(&out, "  %s (led by %s): covered %s; missing %s; not assessed %s\n", p.pillar,
                            Names(p.leads), Names(p.covered), Names(p.missing), Names(p.not_assessed));
    }
  }
  if (!result.training.empty()) {
    absl::StrAppendFormat(&out, "\nTraining, by %s:\n", absl::FormatCivilTime(result.train_by));
    for (const TrainingNeed& t : result.training) {
      absl::StrAppendFormat(&out, "  - %s: %s, from %d to %d (%s)\n", t.member, t.skill_name, t.current_level,
                            t.target_level, t.reason == TrainingReason::kGap ? "a gap" : "one holder only");
    }
  }
  if (!result.notes.empty()) {
    absl::StrAppend(&out, "\nNotes:\n");
    for (const std::string& n : result.notes) absl::StrAppend(&out, "  - ", n, "\n");
  }
  return out;
}

GOVGRAPH_ENUM_VALUES(SkillStatus);
GOVGRAPH_ENUM_VALUES(TrainingReason);

}  // namespace govgraph
